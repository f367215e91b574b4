#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sr::sandbox {

class SandboxCore;

// Delivers webhook notifications the way SmartRecruiters does: the activation
// handshake, signed POSTs expecting 202, and retries on the documented back-off.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRetries = 10;

    WebhookDispatcher(SandboxCore &core, QObject *parent = nullptr);

    void setRetryDelays(const QList<int> &delaysMs) { m_retryDelaysMs = delaysMs; }
    void setTimeouts(int handshakeMs, int deliveryMs)
    {
        m_handshakeTimeoutMs = handshakeMs;
        m_deliveryTimeoutMs = deliveryMs;
    }
    void cancelAll();

    // Sends the X-Hook-Secret handshake; `done` runs once, unless `context` dies first.
    void handshake(const QString &subscriptionId, QObject *context, std::function<void(bool ok, QString why)> done);
    void publish(const QString &eventName, const QJsonObject &body, const QString &selfLink);
    QList<QJsonObject> callbackLog(const QString &subscriptionId) const { return m_log.value(subscriptionId); }

    static bool isLoopbackUrl(const QString &url);

Q_SIGNALS:
    void delivered(const QString &subscriptionId, const QString &eventName, int httpStatus);

private:
    struct Delivery
    {
        QString subscriptionId;
        QString eventId;
        QString eventName;
        QByteArray body;
        QByteArray link;
        int attempt = 0;
    };
    void attempt(const Delivery &d);
    void applyAuthentication(QNetworkRequest &request, const QJsonObject &subscription) const;

    SandboxCore &m_core;
    QNetworkAccessManager m_nam;
    // Production back-off: 1, 3, 10, 45, 120 min, then up to 24 h.
    QList<int> m_retryDelaysMs = {60000, 180000, 600000, 2700000, 7200000, 14400000, 28800000, 43200000, 86400000, 86400000};
    int m_handshakeTimeoutMs = 20000;
    int m_deliveryTimeoutMs = 5000;
    QHash<QString, QList<QJsonObject>> m_log;
    QObject *m_pending = nullptr; // parent of retry timers, so cancelAll() drops them
};

} // namespace sr::sandbox
