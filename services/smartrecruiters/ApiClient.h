#pragma once
// The SmartRecruiters transport: asynchronous calls on a QNetworkAccessManager owned by the client
// (it works on the thread the client lives in and never blocks), paced per credential bucket by a
// RateScheduler, retried per RetryPolicy, and re-signed once after a credential refresh on 401.
#include "ApiRequest.h"
#include "Credential.h"
#include "Hosts.h"
#include "RateScheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sd::sr {

class ApiClient;

// One call, possibly several attempts. Emits finished() exactly once (never from inside send())
// and deletes itself afterwards; keep a QPointer if you hold on to it.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    const ApiResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // Stops the call wherever it is (queued, in flight, waiting to retry); finished() follows
    // with ApiError::Kind::Cancelled.
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    ApiClient *m_client;
    ApiRequest m_request;
    ApiResult m_result;
    quint64 m_id = 0;
    QString m_bucket;
    quint64 m_ticket = 0;
    bool m_queued = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    int m_signedGeneration = 0;
    bool m_refreshedOnce = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    // The credential should outlive the client; if it goes first, calls fail with ReconnectNeeded.
    ApiClient(Credential *credential, const Hosts &hosts, QObject *parent = nullptr);
    ~ApiClient() override;

    ApiCall *send(const ApiRequest &request);

    // send() and decode the answer as T (T::fromJson(const JsonReader &)); `done` runs in
    // `context`'s thread unless context is gone.
    template <class T>
    ApiCall *call(const ApiRequest &request, QObject *context, std::function<void(const Result<T> &)> done)
    {
        ApiCall *c = send(request);
        connect(c, &ApiCall::finished, context, [c, done = std::move(done)] {
            done(decodeResult<T>(c->result(), c->request().describe()));
        });
        return c;
    }

    void setRateLimits(const RateLimits &limits);
    RateLimits rateLimits() const { return m_limits; }
    // Default retry policy for the typed API (a request may carry its own).
    void setDefaultRetry(const RetryPolicy &policy) { m_defaultRetry = policy; }
    RetryPolicy defaultRetry() const { return m_defaultRetry; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    // A request that the typed API builds, with the client's defaults applied.
    ApiRequest prepare(ApiRequest request) const;

    const Hosts &hosts() const { return m_hosts; }
    Credential *credential() const { return m_credential.data(); }
    QNetworkAccessManager *network() const { return m_network; }
    RateScheduler *scheduler(const QString &bucket);
    int refreshCount() const { return m_refreshCount; }

private:
    friend class ApiCall;
    void dispatch(ApiCall *call);
    void startAttempt(ApiCall *call);
    void onReply(ApiCall *call, QNetworkReply *reply);
    void handleFailure(ApiCall *call, int retryAfterMs);
    void waitForRefresh(ApiCall *call);
    void onRefreshed();
    void onRefreshFailed(const QString &message, bool reconnectNeeded);
    void cancelCall(ApiCall *call);
    void finish(ApiCall *call);
    QUrl urlFor(const ApiRequest &request) const;

    QPointer<Credential> m_credential; // a credential deleted first fails calls with "reconnect"
    Hosts m_hosts;
    QNetworkAccessManager *m_network;
    RateLimits m_limits;
    RetryPolicy m_defaultRetry;
    int m_defaultTimeoutMs = 30000;
    QHash<QString, RateScheduler *> m_schedulers;
    QList<QPointer<ApiCall>> m_waitingForRefresh;
    bool m_refreshing = false;
    int m_generation = 0;
    int m_refreshCount = 0;
    quint64 m_nextId = 1;
};

// Seconds or HTTP-date of a Retry-After header, in milliseconds; -1 when absent or unreadable.
int parseRetryAfterMs(const QByteArray &value);

} // namespace sd::sr
