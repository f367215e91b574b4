#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Paging.h"
#include "Router.h"
#include "SandboxCore.h"
#include "WebhookDispatcher.h"

#include <QPointer>
#include <QRandomGenerator>

namespace sr::sandbox {

namespace {
const QString kBase = QStringLiteral("/webhooks-api/v201907");
constexpr int kMaxSubscriptions = 20;
constexpr int kMaxSecretKeys = 16;
constexpr qint64 kDeprecatedKeyLifetimeSec = 24 * 3600;

const QStringList &eventNames()
{
    static const QStringList names = {
        QStringLiteral("job.created"), QStringLiteral("job.updated"), QStringLiteral("job.status.updated"),
        QStringLiteral("job.hiring-team.updated"), QStringLiteral("job.ad.created"), QStringLiteral("job.ad.updated"),
        QStringLiteral("job.ad.postings.updated"), QStringLiteral("position.created"), QStringLiteral("position.updated"),
        QStringLiteral("position.deleted"), QStringLiteral("application.created"), QStringLiteral("application.status.updated"),
        QStringLiteral("application.fields.updated"), QStringLiteral("application.onboarding-status.updated"),
        QStringLiteral("application.attachment.created"), QStringLiteral("application.source.updated"),
        QStringLiteral("application.screening-answers.created"), QStringLiteral("application.screening-answers.updated"),
        QStringLiteral("candidate.created"), QStringLiteral("candidate.updated"), QStringLiteral("candidate.deleted"),
        QStringLiteral("offer.created"), QStringLiteral("offer.updated"), QStringLiteral("offer.approval.created"),
        QStringLiteral("offer.approval.approved"), QStringLiteral("offer.approval.rejected"),
        QStringLiteral("offer.approval.abandoned"), QStringLiteral("offer.approval.step.approved"),
        QStringLiteral("offer.approval.step.rejected"), QStringLiteral("offer.approver.skipped"),
        QStringLiteral("offer.approver.delegated"), QStringLiteral("offer.approval.comment.created"),
        QStringLiteral("job.approval.created"), QStringLiteral("job.approval.approved"), QStringLiteral("job.approval.rejected"),
        QStringLiteral("job.approval.abandoned"), QStringLiteral("job.approval.step.approved"),
        QStringLiteral("job.approval.step.rejected"), QStringLiteral("job.approver.skipped"),
        QStringLiteral("job.approver.delegated"), QStringLiteral("job.approval.comment.created"),
        QStringLiteral("review.created"), QStringLiteral("review.updated"), QStringLiteral("review.deleted"),
        QStringLiteral("onboarding.process.started"), QStringLiteral("onboarding.assignments.high-priority.completed"),
        QStringLiteral("onboarding.assignments.completed")};
    return names;
}

QJsonObject render(const QJsonObject &s)
{
    return QJsonObject{{QStringLiteral("id"), s.value(QStringLiteral("id"))},
                       {QStringLiteral("callbackUrl"), s.value(QStringLiteral("callbackUrl"))},
                       {QStringLiteral("events"), s.value(QStringLiteral("events"))},
                       {QStringLiteral("status"), s.value(QStringLiteral("status"))}};
}

// Subscriptions belong to the credential that created them.
const QJsonObject *ownSubscription(ApiCall &call, HttpResponse *error)
{
    const auto it = call.core.state.subscriptions.constFind(call.param(QStringLiteral("id")));
    if (it == call.core.state.subscriptions.cend()
        || it->value(QStringLiteral("owner")).toString() != call.credential.limiterKey) {
        *error = ApiReply::error(404, QStringLiteral("SUBSCRIPTION_NOT_FOUND"), QStringLiteral("Subscription not found"));
        return nullptr;
    }
    return &it.value();
}

HttpResponse subscribe(ApiCall &call)
{
    SandboxCore &core = call.core;
    HttpResponse err;
    const JsonSchema auth = JsonSchema::object({{QStringLiteral("type"), JsonSchema::string().enumOf(
                                                    {QStringLiteral("basic"), QStringLiteral("header"), QStringLiteral("oauth2")})},
                                                {QStringLiteral("username"), JsonSchema::string()},
                                                {QStringLiteral("password"), JsonSchema::string()},
                                                {QStringLiteral("headerName"), JsonSchema::string()},
                                                {QStringLiteral("headerValue"), JsonSchema::string()}},
                                               {QStringLiteral("type")});
    const auto body = core.jsonBody(call, JsonSchema::object({{QStringLiteral("callbackUrl"), JsonSchema::string(1)},
                                                             {QStringLiteral("events"), JsonSchema::array(JsonSchema::string(1), 1)},
                                                             {QStringLiteral("alertingEmailAddress"), JsonSchema::string()},
                                                             {QStringLiteral("callbackAuthentication"), auth}},
                                                            {QStringLiteral("callbackUrl"), QStringLiteral("events")}), &err);
    if (!body)
        return err;
    const QJsonObject in = body->toObject();
    const QString url = in.value(QStringLiteral("callbackUrl")).toString();
    const QUrl parsed(url, QUrl::StrictMode);
    // The spec says https_url. The sandbox also accepts http on loopback so
    // tests can run a plain receiver; any other http URL is refused (422).
    if (!parsed.isValid() || parsed.host().isEmpty()
        || !(parsed.scheme() == u"https" || (parsed.scheme() == u"http" && WebhookDispatcher::isLoopbackUrl(url))))
        return ApiReply::error(422, QStringLiteral("INVALID_CALLBACK_URL"), QStringLiteral("callbackUrl must be an https URL"));
    QJsonArray events;
    QStringList seen;
    const QJsonArray requested = in.value(QStringLiteral("events")).toArray();
    for (const QJsonValue &e : requested) {
        if (!eventNames().contains(e.toString()))
            return ApiReply::error(422, QStringLiteral("UNKNOWN_EVENT"), QStringLiteral("Unknown event %1").arg(e.toString()));
        if (seen.contains(e.toString()))
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("events must be unique"));
        seen.append(e.toString());
        events.append(QJsonObject{{QStringLiteral("name"), e.toString()}, {QStringLiteral("version"), QStringLiteral("v201910")}});
    }
    const QJsonObject cbAuth = in.value(QStringLiteral("callbackAuthentication")).toObject();
    if (cbAuth.value(QStringLiteral("type")).toString() == u"header"
        && !cbAuth.value(QStringLiteral("headerName")).toString().startsWith(QStringLiteral("x-"), Qt::CaseInsensitive))
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("headerName must start with x-"));
    int owned = 0;
    for (const QJsonObject &s : std::as_const(core.state.subscriptions))
        owned += s.value(QStringLiteral("owner")).toString() == call.credential.limiterKey ? 1 : 0;
    if (owned >= kMaxSubscriptions)
        return ApiReply::error(403, QStringLiteral("SUBSCRIPTIONS_LIMIT_EXCEEDED"), QStringLiteral("At most 20 subscriptions"));
    const QString id = core.ids.uuid(); // subscription id format is UNCONFIRMED: a UUID
    const QJsonObject s{{QStringLiteral("id"), id}, {QStringLiteral("callbackUrl"), url}, {QStringLiteral("events"), events},
                        {QStringLiteral("status"), QStringLiteral("inactive")}, {QStringLiteral("owner"), call.credential.limiterKey},
                        {QStringLiteral("callbackAuthentication"), cbAuth}, {QStringLiteral("secretKeys"), QJsonArray{}},
                        {QStringLiteral("alertingEmailAddress"), in.value(QStringLiteral("alertingEmailAddress"))}};
    core.state.subscriptions.insert(id, s);
    return ApiReply::json(201, render(s));
}
} // namespace

void WebhooksApi::registerRoutes(Router &router, WebhookDispatcher &webhooks)
{
    const auto read = Router::anyOf({QStringLiteral("webhooks_read"), QStringLiteral("webhooks_manage")});
    const auto write = Router::anyOf({QStringLiteral("webhooks_write"), QStringLiteral("webhooks_manage")});
    const auto remove = Router::anyOf({QStringLiteral("webhooks_delete"), QStringLiteral("webhooks_manage")});

    router.add("POST", kBase + QStringLiteral("/subscriptions"), write, subscribe);
    router.add("GET", kBase + QStringLiteral("/subscriptions"), read, [](ApiCall &call) {
        Paging::Page page;
        if (auto e = Paging::parse(call.request, 10, &page, QStringLiteral("page_id")))
            return *e;
        QStringList keys;
        for (auto it = call.core.state.subscriptions.cbegin(); it != call.core.state.subscriptions.cend(); ++it) {
            if (it->value(QStringLiteral("owner")).toString() == call.credential.limiterKey)
                keys.append(it.key());
        }
        const Paging::Slice slice = Paging::slice(keys, page);
        QJsonArray out;
        for (const QString &k : slice.keys)
            out.append(render(call.core.state.subscriptions.value(k)));
        HttpResponse r = ApiReply::json(200, out);
        Paging::addLink(r, call.request, slice.nextPageId, QStringLiteral("page_id"));
        return r;
    });
    router.add("GET", kBase + QStringLiteral("/subscriptions/{id}"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *s = ownSubscription(call, &err);
        return s ? ApiReply::json(200, render(*s)) : err;
    });
    router.add("DELETE", kBase + QStringLiteral("/subscriptions/{id}"), remove, [](ApiCall &call) {
        HttpResponse err;
        if (!ownSubscription(call, &err))
            return err;
        call.core.state.subscriptions.remove(call.param(QStringLiteral("id")));
        return ApiReply::noContent();
    });
    router.add("PUT", kBase + QStringLiteral("/subscriptions/{id}/activation"), write, [&webhooks](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *s = ownSubscription(call, &err);
        if (!s)
            return err;
        if (s->value(QStringLiteral("status")).toString() == u"active")
            return ApiReply::error(409, QStringLiteral("SUBSCRIPTION_ALREADY_ACTIVE"), QStringLiteral("Subscription already activated"));
        // Answer only after the handshake, like SmartRecruiters (204 or 424).
        call.deferred = true;
        QPointer<HttpExchange> exchange = call.exchange;
        SandboxCore *core = &call.core;
        const QString id = call.param(QStringLiteral("id"));
        webhooks.handshake(id, exchange, [exchange, core, id](bool ok, const QString &why) {
            if (!exchange)
                return;
            if (!ok) {
                exchange->respond(ApiReply::error(424, QStringLiteral("HANDSHAKE_FAILED"), why));
                return;
            }
            if (core->state.subscriptions.contains(id))
                core->state.subscriptions[id].insert(QStringLiteral("status"), QStringLiteral("active"));
            exchange->respond(ApiReply::noContent());
        });
        return HttpResponse{};
    });
    router.add("POST", kBase + QStringLiteral("/subscriptions/{id}/secret-key"), write, [](ApiCall &call) {
        HttpResponse err;
        if (!ownSubscription(call, &err))
            return err;
        QJsonObject &s = call.core.state.subscriptions[call.param(QStringLiteral("id"))];
        QJsonArray keys = s.value(QStringLiteral("secretKeys")).toArray();
        const qint64 now = call.core.clock.now().toSecsSinceEpoch();
        QJsonArray live;
        for (const QJsonValue &k : std::as_const(keys)) {
            const qint64 until = k.toObject().value(QStringLiteral("validUntil")).toInteger(0);
            if (until == 0 || until > now)
                live.append(k);
        }
        if (live.size() >= kMaxSecretKeys)
            return ApiReply::error(403, QStringLiteral("SECRET_KEYS_LIMIT_EXCEEDED"), QStringLiteral("At most 16 live secret keys"));
        // A new key deprecates the current one, which stays valid for 24 h.
        for (auto it = live.begin(); it != live.end(); ++it) {
            QJsonObject k = it->toObject();
            if (k.value(QStringLiteral("validUntil")).toInteger(0) == 0)
                k.insert(QStringLiteral("validUntil"), now + kDeprecatedKeyLifetimeSec);
            *it = k;
        }
        QByteArray raw(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        const QString key = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        live.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("validUntil"), 0}});
        s.insert(QStringLiteral("secretKeys"), live);
        return ApiReply::json(201, QJsonObject{{QStringLiteral("secretKey"), key}});
    });
    router.add("GET", kBase + QStringLiteral("/subscriptions/{id}/secret-key"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *s = ownSubscription(call, &err);
        if (!s)
            return err;
        const QJsonArray keys = s->value(QStringLiteral("secretKeys")).toArray();
        for (const QJsonValue &k : keys) {
            if (k.toObject().value(QStringLiteral("validUntil")).toInteger(0) == 0)
                return ApiReply::json(200, QJsonObject{{QStringLiteral("secretKey"), k.toObject().value(QStringLiteral("key"))}});
        }
        return ApiReply::error(404, QStringLiteral("SECRET_KEY_NOT_FOUND"), QStringLiteral("No secret key generated yet"));
    });
    router.add("GET", kBase + QStringLiteral("/subscriptions/{id}/callbacks-log"), read, [&webhooks](ApiCall &call) {
        HttpResponse err;
        if (!ownSubscription(call, &err))
            return err;
        QJsonArray out;
        const QList<QJsonObject> log = webhooks.callbackLog(call.param(QStringLiteral("id")));
        for (const QJsonObject &e : log)
            out.append(e);
        return ApiReply::json(200, out);
    });
}

} // namespace sr::sandbox
