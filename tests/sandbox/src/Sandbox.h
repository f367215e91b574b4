#pragma once

#include "Faults.h"
#include "RateLimiter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sr::sandbox {

class HttpExchange;
class HttpServer;
class Router;
class SandboxCore;
class WebhookDispatcher;

// A local SmartRecruiters emulator. Tests create one, call start() (an
// ephemeral loopback port by default) and point their client at baseUrl().
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 seed = 1;
        bool rateLimits = true;
        QString dataFile; // persist state here (loaded at start if present)
    };

    struct User
    {
        QString id;
        QString email;
        QString password;
        QString role;
    };

    explicit Sandbox(QObject *parent = nullptr);
    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(quint16 port = 0, QString *error = nullptr);
    void stop();
    quint16 port() const;
    QUrl baseUrl() const;
    QUrl url(const QString &pathAndQuery) const;

    // Credentials from the seed.
    QString apiKey() const;
    QString clientId() const;
    QString clientSecret() const;
    QStringList redirectUris() const;
    QList<User> users() const;
    User adminUser() const;
    // A second, restricted OAuth client with few scopes, for 403 tests.
    QString limitedClientId() const;

    // Controls (also under /__sandbox/ over HTTP).
    void setRateLimitsEnabled(bool on);
    void setRateLimits(const RateLimiter::Limits &limits);
    void setFaults(const Faults::Config &config);
    void addFaultRule(const Faults::Rule &rule);
    void clearFaults();
    void expireAllTokens();
    void advanceClock(qint64 ms);
    // Stops the sandbox clock; it then moves only with advanceClock().
    void setClockFrozen(bool frozen);
    // Webhook retry delays; production is 1, 3, 10, 45, 120 min..., tests shorten them.
    void setWebhookRetryDelays(const QList<int> &delaysMs);
    void setWebhookTimeouts(int handshakeMs, int deliveryMs);
    QJsonArray requestLog() const;
    QJsonObject stateDump() const;
    void reset();
    bool save(QString *error = nullptr) const;

    SandboxCore &core();
    // (method, pattern) of every SmartRecruiters route served, for contract tests.
    QList<QPair<QByteArray, QString>> routes() const;

Q_SIGNALS:
    void webhookDelivered(const QString &subscriptionId, const QString &eventName, int httpStatus);

private:
    void handle(HttpExchange *exchange);
    void seed();
    void scheduleSave();

    Options m_options;
    std::unique_ptr<SandboxCore> m_core;
    std::unique_ptr<Router> m_router;
    HttpServer *m_server = nullptr;
    WebhookDispatcher *m_webhooks = nullptr;
    bool m_saveScheduled = false;
    friend class ControlApi;
};

} // namespace sr::sandbox
