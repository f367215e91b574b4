#include "ApiClient.h"

#include "Credential.h"
#include "HttpLog.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace sd::sr {

namespace {

// QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host; a 7th request would wait
// inside it and go out later than the scheduler counted, bunching arrivals inside one window.
constexpr int kQnamConnectionsPerHost = 6;

int headerInt(const ApiResult &r, const char *name)
{
    bool ok = false;
    const int v = r.header(name).trimmed().toInt(&ok);
    return ok ? v : -1;
}

// The body of a request that must not be repeated (a POST that creates something). When the
// connection closes after the request went out but before any answer byte, QNetworkAccessManager
// silently sends the request again if it can rewind the body; SmartRecruiters may have applied
// the first one, so the repeat would create a second candidate or note. A sequential device cannot
// be rewound: the reply then fails (ContentReSendError) and the caller looks the entity up first.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return -1; // everything was read; a sequential device says so with -1
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

int parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min(seconds, 3600.0) * 1000);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(utc), 0, 3600 * 1000));
}

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client), m_client(client), m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
}

void ApiCall::cancel()
{
    if (!m_finished && !m_cancelled)
        m_client->cancelCall(this);
}

ApiClient::ApiClient(Credential *credential, const Hosts &hosts, QObject *parent)
    : QObject(parent), m_credential(credential), m_hosts(hosts), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_credential, &Credential::refreshed, this, &ApiClient::onRefreshed);
    connect(m_credential, &Credential::refreshFailed, this, &ApiClient::onRefreshFailed);
}

ApiClient::~ApiClient()
{
    // Calls still running end silently with the client: their contexts are going away too.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        call->m_finished = true;
        call->m_retryTimer.stop();
        if (call->m_reply) {
            call->m_reply->disconnect(call);
            call->m_reply->abort();
        }
    }
}

void ApiClient::setRateLimits(const RateLimits &limits)
{
    m_limits = limits;
    qDeleteAll(m_schedulers);
    m_schedulers.clear();
}

RateScheduler *ApiClient::scheduler(const QString &bucket)
{
    RateScheduler *&s = m_schedulers[bucket];
    if (!s) {
        RateLimits limits = m_limits;
        limits.maxInFlight = std::min(limits.maxInFlight, kQnamConnectionsPerHost);
        s = new RateScheduler(limits, this);
    }
    return s;
}

ApiRequest ApiClient::prepare(ApiRequest request) const
{
    request.retry = m_defaultRetry;
    request.timeoutMs = m_defaultTimeoutMs;
    return request;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_hosts.apiUrl(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->m_id = m_nextId++;
    call->m_elapsed.start();
    connect(&call->m_retryTimer, &QTimer::timeout, call, [this, call] { dispatch(call); });
    // Following a Link or actions URL must never send the credential to another host.
    if (request.absoluteUrl.isValid() && (request.absoluteUrl.host() != m_hosts.api.host()
                                          || request.absoluteUrl.port() != m_hosts.api.port()
                                          || request.absoluteUrl.scheme() != m_hosts.api.scheme())) {
        call->m_result.error = ApiError::malformed(request.describe(),
                                                   QStringLiteral("link points to another host (%1)").arg(request.absoluteUrl.host()));
        finish(call);
        return call;
    }
    dispatch(call);
    return call;
}

void ApiClient::dispatch(ApiCall *call)
{
    if (call->m_cancelled || call->m_finished)
        return;
    if (!m_credential) {
        call->m_result.error = ApiError::reconnectNeeded(QString());
        finish(call);
        return;
    }
    call->m_bucket = m_credential->bucketKey();
    call->m_queued = true;
    call->m_ticket = scheduler(call->m_bucket)->submit(call->m_request.isCandidateSearch(), [this, call] {
        call->m_queued = false;
        startAttempt(call);
    });
}

void ApiClient::startAttempt(ApiCall *call)
{
    const ApiRequest &rq = call->m_request;
    ++call->m_attempt;
    call->m_result.attempts = call->m_attempt;
    QNetworkRequest request(urlFor(rq));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("Sourcedesk/" SOURCEDESK_VERSION));
    if (!rq.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, rq.contentType);
    for (const auto &[name, value] : rq.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(rq.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_credential || !m_credential->sign(request)) {
        scheduler(call->m_bucket)->release(rq.isCandidateSearch());
        if (m_credential && m_credential->canRefresh() && !call->m_refreshedOnce) {
            waitForRefresh(call);
        } else {
            call->m_result.error = ApiError::reconnectNeeded(QString());
            finish(call);
        }
        return;
    }
    call->m_signedGeneration = m_generation;
    httplog::logRequest(call->m_id, call->m_attempt, rq.method, request.url(),
                        [&request] {
                            HeaderList h;
                            for (const QByteArray &name : request.rawHeaderList())
                                h.append({name, request.rawHeader(name)});
                            return h;
                        }(),
                        rq.body, rq.contentType);
    QNetworkReply *reply = nullptr;
    if (!rq.body.isEmpty() && rq.retry.mode != RetryPolicy::Always && !rq.retry.isIdempotent(rq.method)) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, rq.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(rq.body);
        reply = m_network->sendCustomRequest(request, rq.method, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, rq.method, rq.body);
    }
    call->m_reply = reply;
    call->m_elapsed.restart();
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReply(call, reply); });
}

void ApiClient::onReply(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply = nullptr;
    const ApiRequest &rq = call->m_request;
    RateScheduler *sched = scheduler(call->m_bucket);
    sched->release(rq.isCandidateSearch());

    ApiResult &r = call->m_result;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.json = {};
    r.error = {};
    httplog::logAnswer(call->m_id, call->m_attempt, rq.method, reply->url(), r.status, call->m_elapsed.elapsed(),
                       r.headers, r.body, reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());

    const int retryAfterMs = parseRetryAfterMs(r.header("Retry-After"));
    if (r.status > 0)
        sched->observe(r.status, headerInt(r, "X-RateLimit-Remaining"), headerInt(r, "X-RateLimit-Concurrent-Remaining"),
                       retryAfterMs);

    if (call->m_cancelled) {
        r.error = ApiError::cancelled(rq.describe());
        finish(call);
        return;
    }
    if (r.status == 0) {
        const auto err = reply->error();
        r.error = (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError)
            ? ApiError::timeout(rq.describe(), rq.timeoutMs)
            : ApiError::fromNetwork(err, reply->errorString(), rq.describe());
        handleFailure(call, -1);
        return;
    }
    if (r.status == 401 && m_credential && m_credential->canRefresh() && !call->m_refreshedOnce) {
        if (call->m_signedGeneration < m_generation) {
            // Signed before the last refresh finished: just sign again.
            call->m_refreshedOnce = true;
            dispatch(call);
        } else {
            waitForRefresh(call);
        }
        return;
    }
    if (r.status >= 400) {
        r.error = ApiError::fromHttp(r.status, r.body, rq.describe());
        handleFailure(call, retryAfterMs);
        return;
    }
    if (r.status >= 300) {
        r.error = ApiError::malformed(rq.describe(), QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status));
        finish(call);
        return;
    }
    if (!r.body.trimmed().isEmpty()) {
        QJsonParseError pe;
        r.json = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            r.error = ApiError::malformed(rq.describe(), QStringLiteral("not valid JSON at byte %1: %2")
                                                             .arg(pe.offset).arg(pe.errorString()));
    }
    finish(call);
}

void ApiClient::handleFailure(ApiCall *call, int retryAfterMs)
{
    const ApiRequest &rq = call->m_request;
    if (!rq.retry.shouldRetry(rq.method, call->m_result.error, call->m_attempt)) {
        finish(call);
        return;
    }
    const int delay = rq.retry.delayMs(call->m_attempt, retryAfterMs,
                                       [] { return QRandomGenerator::global()->generateDouble(); });
    call->m_retryTimer.start(delay);
}

void ApiClient::waitForRefresh(ApiCall *call)
{
    m_waitingForRefresh.append(call);
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshCount;
    if (m_credential)
        m_credential->refresh();
}

void ApiClient::onRefreshed()
{
    m_refreshing = false;
    ++m_generation;
    const auto waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_finished)
            continue;
        call->m_refreshedOnce = true;
        dispatch(call);
    }
}

void ApiClient::onRefreshFailed(const QString &message, bool reconnectNeeded)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_finished)
            continue;
        if (reconnectNeeded) {
            call->m_result.error = ApiError::reconnectNeeded(message);
        } else {
            call->m_result.error = ApiError::fromNetwork(QNetworkReply::UnknownNetworkError, message,
                                                         call->m_request.describe());
        }
        finish(call);
    }
}

void ApiClient::cancelCall(ApiCall *call)
{
    call->m_cancelled = true;
    call->m_retryTimer.stop();
    if (call->m_reply) {
        call->m_reply->abort(); // onReply() finishes the call as cancelled
        return;
    }
    if (call->m_queued)
        scheduler(call->m_bucket)->cancel(call->m_ticket);
    m_waitingForRefresh.removeAll(call);
    call->m_result.error = ApiError::cancelled(call->m_request.describe());
    finish(call);
}

void ApiClient::finish(ApiCall *call)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    // Queued, so finished() never fires inside send() or cancel().
    QTimer::singleShot(0, call, [call] {
        emit call->finished();
        call->deleteLater();
    });
}

} // namespace sd::sr
