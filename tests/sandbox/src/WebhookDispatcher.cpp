#include "WebhookDispatcher.h"

#include "SandboxCore.h"
#include "SandboxLog.h"
#include "WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>


namespace sr::sandbox {

namespace {
const QByteArray kEventVersion = "v201910";

QByteArray randomSecret()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

WebhookDispatcher::WebhookDispatcher(SandboxCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_pending(new QObject(this))
{
    m_core.eventSink = [this](const QString &name, const QJsonObject &body, const QString &link) {
        publish(name, body, link);
    };
}

bool WebhookDispatcher::isLoopbackUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString host = u.host();
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https")
        && (host == u"127.0.0.1" || host == u"localhost" || host == u"::1");
}

void WebhookDispatcher::cancelAll()
{
    delete m_pending;
    m_pending = new QObject(this);
    m_log.clear();
}

void WebhookDispatcher::applyAuthentication(QNetworkRequest &request, const QJsonObject &subscription) const
{
    const QJsonObject auth = subscription.value(QStringLiteral("callbackAuthentication")).toObject();
    const QString type = auth.value(QStringLiteral("type")).toString();
    if (type == u"basic") {
        const QByteArray cred = (auth.value(QStringLiteral("username")).toString() + u':'
                                 + auth.value(QStringLiteral("password")).toString()).toUtf8();
        request.setRawHeader("Authorization", "Basic " + cred.toBase64());
    } else if (type == u"header") {
        request.setRawHeader(auth.value(QStringLiteral("headerName")).toString().toLatin1(),
                             auth.value(QStringLiteral("headerValue")).toString().toUtf8());
    }
}

void WebhookDispatcher::handshake(const QString &subscriptionId, QObject *context,
                                  std::function<void(bool, QString)> done)
{
    const QJsonObject sub = m_core.state.subscriptions.value(subscriptionId);
    const QString url = sub.value(QStringLiteral("callbackUrl")).toString();
    if (!isLoopbackUrl(url)) {
        // The sandbox never connects off the machine.
        done(false, QStringLiteral("The sandbox only calls back to loopback URLs"));
        return;
    }
    QNetworkRequest request{QUrl(url)};
    const QByteArray secret = randomSecret();
    request.setRawHeader("X-Hook-Secret", secret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_handshakeTimeoutMs);
    applyAuthentication(request, sub);
    QNetworkReply *reply = m_nam.post(request, QByteArray("{}"));
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, secret, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            done(false, QStringLiteral("Handshake answered %1 (expected 200)").arg(status));
            return;
        }
        if (reply->rawHeader("X-Hook-Secret") != secret) {
            done(false, QStringLiteral("Handshake did not echo X-Hook-Secret"));
            return;
        }
        done(true, {});
    });
}

void WebhookDispatcher::publish(const QString &eventName, const QJsonObject &body, const QString &selfLink)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (auto it = m_core.state.subscriptions.cbegin(); it != m_core.state.subscriptions.cend(); ++it) {
        if (it->value(QStringLiteral("status")).toString() != u"active")
            continue;
        bool wanted = false;
        const QJsonArray events = it->value(QStringLiteral("events")).toArray();
        for (const QJsonValue &e : events)
            wanted = wanted || e.toObject().value(QStringLiteral("name")).toString() == eventName;
        if (!wanted)
            continue;
        Delivery d;
        d.subscriptionId = it.key();
        d.eventId = m_core.ids.uuid();
        d.eventName = eventName;
        d.body = payload;
        if (!selfLink.isEmpty())
            d.link = "<" + selfLink.toUtf8() + ">; rel=self";
        // Deliver after the current request has been answered, as a real queue would.
        QTimer::singleShot(0, m_pending, [this, d] { attempt(d); });
    }
}

void WebhookDispatcher::attempt(const Delivery &d)
{
    const QJsonObject sub = m_core.state.subscriptions.value(d.subscriptionId);
    if (sub.isEmpty() || sub.value(QStringLiteral("status")).toString() != u"active")
        return;
    const QString url = sub.value(QStringLiteral("callbackUrl")).toString();
    const QByteArray timestamp = QByteArray::number(m_core.clock.now().toSecsSinceEpoch());
    QList<QByteArray> keys;
    const QJsonArray secretKeys = sub.value(QStringLiteral("secretKeys")).toArray();
    const qint64 now = m_core.clock.now().toSecsSinceEpoch();
    for (const QJsonValue &k : secretKeys) {
        const qint64 validUntil = k.toObject().value(QStringLiteral("validUntil")).toInteger(0);
        if (validUntil == 0 || validUntil > now)
            keys.append(k.toObject().value(QStringLiteral("key")).toString().toUtf8());
    }
    auto finish = [this, d](int status, const QString &error) {
        const bool ok = status == 202;
        m_log[d.subscriptionId].append(QJsonObject{{QStringLiteral("eventId"), d.eventId}, {QStringLiteral("eventName"), d.eventName},
                                                  {QStringLiteral("attempt"), d.attempt + 1}, {QStringLiteral("httpStatus"), status},
                                                  {QStringLiteral("status"), ok ? QStringLiteral("successful") : QStringLiteral("failed")},
                                                  {QStringLiteral("error"), error}, {QStringLiteral("time"), m_core.now()}});
        Q_EMIT delivered(d.subscriptionId, d.eventName, status);
        if (ok || d.attempt >= kMaxRetries || m_retryDelaysMs.isEmpty())
            return;
        Delivery next = d; // same event-id across retries, as documented
        next.attempt = d.attempt + 1;
        const int delay = m_retryDelaysMs.value(d.attempt, m_retryDelaysMs.last());
        QTimer::singleShot(delay, m_pending, [this, next] { attempt(next); });
    };
    if (!isLoopbackUrl(url)) {
        finish(0, QStringLiteral("not a loopback URL"));
        return;
    }
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("event-name", d.eventName.toUtf8());
    request.setRawHeader("event-version", kEventVersion);
    request.setRawHeader("event-id", d.eventId.toUtf8());
    if (!d.link.isEmpty())
        request.setRawHeader("Link", d.link);
    if (!keys.isEmpty()) {
        request.setRawHeader("smartrecruiters-timestamp", timestamp);
        request.setRawHeader("smartrecruiters-signature",
                             WebhookSignature::header(keys, timestamp, d.body, d.eventId.toUtf8(), d.eventName.toUtf8(),
                                                      kEventVersion, d.link));
    }
    request.setTransferTimeout(m_deliveryTimeoutMs);
    applyAuthentication(request, sub);
    QNetworkReply *reply = m_nam.post(request, d.body);
    connect(reply, &QNetworkReply::finished, m_pending, [reply, finish] {
        reply->deleteLater();
        finish(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
               reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
    });
}

} // namespace sr::sandbox
