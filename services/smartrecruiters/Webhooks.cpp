#include "Webhooks.h"

#include "ApiClient.h"
#include "Jobs.h"

#include <QJsonArray>

namespace sd::sr {

Subscription Subscription::fromJson(const JsonReader &r)
{
    Subscription s;
    s.id = r.string(QStringLiteral("id"), JsonReader::Required);
    s.callbackUrl = r.string(QStringLiteral("callbackUrl"));
    for (const JsonReader &e : r.objects(QStringLiteral("events")))
        s.events.append(e.string(QStringLiteral("name"), JsonReader::Required));
    s.status = r.string(QStringLiteral("status"));
    return s;
}

QJsonObject SubscriptionRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("callbackUrl"), callbackUrl.toString(QUrl::FullyEncoded)},
                  {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
    if (!alertingEmailAddress.isEmpty())
        o.insert(QStringLiteral("alertingEmailAddress"), alertingEmailAddress);
    if (!authHeaderName.isEmpty())
        o.insert(QStringLiteral("callbackAuthentication"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                             {QStringLiteral("headerName"), authHeaderName},
                             {QStringLiteral("headerValue"), authHeaderValue}});
    return o;
}

ApiCall *WebhooksApi::list(const QString &pageId, QObject *context, Done<ArrayOf<Subscription>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!pageId.isEmpty())
        q.addQueryItem(QStringLiteral("page_id"), QString::fromLatin1(QUrl::toPercentEncoding(pageId)));
    return m_client->call<ArrayOf<Subscription>>(
        m_client->prepare(ApiRequest::get(kBase + QStringLiteral("/subscriptions"), q)), context, std::move(done));
}

ApiCall *WebhooksApi::create(const SubscriptionRequest &request, QObject *context, Done<Subscription> done) const
{
    return m_client->call<Subscription>(
        m_client->prepare(ApiRequest::json("POST", kBase + QStringLiteral("/subscriptions"), request.toJson())), context,
        std::move(done));
}

ApiCall *WebhooksApi::activate(const QString &subscriptionId, QObject *context, Done<NoContent> done) const
{
    ApiRequest rq = m_client->prepare(
        ApiRequest::empty("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(pathSegment(subscriptionId))));
    rq.timeoutMs = std::max(rq.timeoutMs, 45000);
    return m_client->call<NoContent>(rq, context, std::move(done));
}

} // namespace sd::sr
