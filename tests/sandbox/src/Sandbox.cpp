#include "Sandbox.h"

#include "ApiReply.h"
#include "ApiRoutes.h"
#include "HttpServer.h"
#include "Redactor.h"
#include "Router.h"
#include "SandboxCore.h"
#include "SandboxLog.h"
#include "SeedData.h"
#include "WebhookDispatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "sourcedesk.sandbox")

namespace sr::sandbox {

namespace {
constexpr qsizetype kMaxLogEntries = 2000;
const QString kControlPrefix = QStringLiteral("/__sandbox/");
} // namespace

std::optional<QJsonValue> SandboxCore::jsonBody(const ApiCall &call, const JsonSchema &schema, HttpResponse *error) const
{
    const QByteArray type = call.request.header("content-type");
    if (!type.isEmpty() && !type.contains("json")) {
        *error = ApiReply::error(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                                 QStringLiteral("Expected application/json, got %1").arg(QString::fromLatin1(type)));
        return std::nullopt;
    }
    QJsonValue v;
    if (auto e = JsonSchema::parseAndValidate(call.request.body, schema, &v)) {
        *error = ApiReply::error(400, e->code, e->message);
        return std::nullopt;
    }
    return v;
}

Sandbox::Sandbox(QObject *parent)
    : Sandbox(Options{}, parent)
{
}

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_core(std::make_unique<SandboxCore>(options.seed)),
      m_router(std::make_unique<Router>())
{
    m_server = new HttpServer(this);
    m_server->setHandler([this](HttpExchange *ex) { handle(ex); });
    m_webhooks = new WebhookDispatcher(*m_core, this);
    connect(m_webhooks, &WebhookDispatcher::delivered, this, &Sandbox::webhookDelivered);
    m_core->limiter.setEnabled(options.rateLimits);
    ApiRoutes::registerAll(*m_router, *m_webhooks);
    seed();
}

Sandbox::~Sandbox()
{
    if (!m_options.dataFile.isEmpty())
        save();
    // Connections and pending exchanges call back into the core (rate-limit
    // release) when they die: end them while the core still exists.
    delete m_server;
    m_server = nullptr;
    m_core->eventSink = nullptr;
    delete m_webhooks;
    m_webhooks = nullptr;
}

void Sandbox::seed()
{
    const quint64 seedValue = m_options.seed;
    m_core->state.clear();
    m_core->state.seed = seedValue;
    SeedData::populate(*m_core);
}

bool Sandbox::start(quint16 port, QString *error)
{
    if (!m_options.dataFile.isEmpty() && QFile::exists(m_options.dataFile)) {
        QFile f(m_options.dataFile);
        QString why;
        QJsonParseError pe{};
        QJsonDocument doc;
        if (f.open(QIODevice::ReadOnly))
            doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject() || !SandboxState::fromJson(doc.object(), &m_core->state, &why)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(m_options.dataFile, why.isEmpty() ? pe.errorString() : why);
            return false;
        }
        m_core->ids.reseed(m_core->state.seed * 1000003ULL + m_core->state.generation);
    }
    if (!m_server->listen(port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_core->baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    qCInfo(lcSandbox) << "SmartRecruiters sandbox listening on" << m_core->baseUrl;
    return true;
}

void Sandbox::stop()
{
    m_server->close();
}

quint16 Sandbox::port() const { return m_server->port(); }
QUrl Sandbox::baseUrl() const { return QUrl(m_core->baseUrl); }
QUrl Sandbox::url(const QString &pathAndQuery) const { return QUrl(m_core->baseUrl + pathAndQuery); }
SandboxCore &Sandbox::core() { return *m_core; }

QList<QPair<QByteArray, QString>> Sandbox::routes() const
{
    QList<QPair<QByteArray, QString>> out;
    for (const Route &r : m_router->routes())
        out.append({r.method, r.pattern});
    return out;
}

QString Sandbox::apiKey() const { return m_core->state.apiKeys.firstKey(); }
QString Sandbox::clientId() const { return SeedData::clientId(); }
QString Sandbox::limitedClientId() const { return SeedData::limitedClientId(); }
QString Sandbox::clientSecret() const
{
    return m_core->state.oauthClients.value(SeedData::clientId()).value(QStringLiteral("secret")).toString();
}
QStringList Sandbox::redirectUris() const { return SeedData::redirectUris(); }

QList<Sandbox::User> Sandbox::users() const
{
    QList<User> out;
    for (const QJsonObject &u : std::as_const(m_core->state.users)) {
        out.append(User{u.value(QStringLiteral("id")).toString(), u.value(QStringLiteral("email")).toString(),
                        u.value(QStringLiteral("password")).toString(), u.value(QStringLiteral("role")).toString()});
    }
    return out;
}

Sandbox::User Sandbox::adminUser() const
{
    const auto all = users();
    for (const User &u : all) {
        if (u.email == u"administrator@sandbox.example")
            return u;
    }
    return {};
}

void Sandbox::setRateLimitsEnabled(bool on) { m_core->limiter.setEnabled(on); }
void Sandbox::setRateLimits(const RateLimiter::Limits &limits) { m_core->limiter.setLimits(limits); }
void Sandbox::setFaults(const Faults::Config &config) { m_core->faults.setConfig(config); }
void Sandbox::addFaultRule(const Faults::Rule &rule) { m_core->faults.addRule(rule); }
void Sandbox::clearFaults() { m_core->faults.clear(); }
void Sandbox::expireAllTokens() { m_core->auth.expireAllAccessTokens(); }
void Sandbox::advanceClock(qint64 ms) { m_core->clock.advance(ms); }
void Sandbox::setClockFrozen(bool frozen) { m_core->clock.setFrozen(frozen); }
void Sandbox::setWebhookRetryDelays(const QList<int> &delaysMs) { m_webhooks->setRetryDelays(delaysMs); }
void Sandbox::setWebhookTimeouts(int handshakeMs, int deliveryMs) { m_webhooks->setTimeouts(handshakeMs, deliveryMs); }

QJsonArray Sandbox::requestLog() const
{
    QJsonArray a;
    for (const SandboxCore::LogEntry &e : std::as_const(m_core->requestLog)) {
        QJsonObject headers;
        for (const auto &[k, v] : Redactor::headers(e.headers))
            headers.insert(k, v);
        a.append(QJsonObject{{QStringLiteral("seq"), qint64(e.seq)},
                             {QStringLiteral("time"), SandboxClock::format(QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC))},
                             {QStringLiteral("method"), QString::fromLatin1(e.method)},
                             {QStringLiteral("target"), Redactor::target(e.target)},
                             {QStringLiteral("status"), e.status}, {QStringLiteral("dropped"), e.dropped},
                             {QStringLiteral("credential"), e.credential}, {QStringLiteral("elapsedMs"), e.elapsedMs},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("body"), Redactor::body(e.contentType, e.body)}});
    }
    return a;
}

QJsonObject Sandbox::stateDump() const
{
    return m_core->state.toJson(false);
}

void Sandbox::reset()
{
    m_webhooks->cancelAll();
    m_core->faults.clear();
    m_core->limiter.reset();
    m_core->requestLog.clear();
    seed();
}

bool Sandbox::save(QString *error) const
{
    if (m_options.dataFile.isEmpty())
        return true;
    QSaveFile f(m_options.dataFile);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(m_core->state.toJson(true)).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void Sandbox::scheduleSave()
{
    if (m_options.dataFile.isEmpty() || m_saveScheduled)
        return;
    m_saveScheduled = true;
    // Coalesce bursts of writes into one file write.
    QTimer::singleShot(200, this, [this] {
        m_saveScheduled = false;
        QString error;
        if (!save(&error))
            qCWarning(lcSandbox) << "cannot save sandbox state to" << m_options.dataFile << ":" << error;
    });
}

void Sandbox::handle(HttpExchange *exchange)
{
    const HttpRequest &req = exchange->request();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const bool candidateSearch = req.method == "GET" && req.path == u"/candidates";
    auto decision = std::make_shared<RateLimiter::Decision>(m_core->limiter.peek(QStringLiteral("anonymous"), candidateSearch));
    auto credentialKind = std::make_shared<QString>(QStringLiteral("none"));

    exchange->setFinalizer([this, exchange, timer, decision, credentialKind](HttpResponse &r) {
        RateLimiter::applyHeaders(r, *decision);
        const HttpRequest &rq = exchange->request();
        qCDebug(lcSandbox).noquote() << rq.method << Redactor::target(rq.target) << "->" << r.status;
        if (rq.path.startsWith(kControlPrefix))
            return;
        m_core->requestLog.append({rq.sequence, m_core->clock.now().toMSecsSinceEpoch(), rq.method, rq.target,
                                   r.dropConnection ? 0 : r.status, r.dropConnection, *credentialKind, timer->elapsed(),
                                   rq.headers, rq.header("content-type"), rq.body.left(4096)});
        if (m_core->requestLog.size() > kMaxLogEntries)
            m_core->requestLog.removeFirst();
        if (rq.method != "GET" && r.status < 400)
            scheduleSave();
    });

    if (req.path.startsWith(kControlPrefix)) {
        exchange->respond(ControlApi::handle(*this, req));
        return;
    }

    const Route *route = nullptr;
    QHash<QString, QString> params;
    const Router::Match match = m_router->match(req.method, req.path, &route, &params);
    if (match == Router::Match::NoPath) {
        exchange->respond(ApiReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint: %1").arg(req.path)));
        return;
    }
    if (match == Router::Match::NoMethod) {
        exchange->respond(ApiReply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                          QStringLiteral("%1 is not allowed here").arg(QString::fromLatin1(req.method))));
        return;
    }

    const Faults::Outcome fault = m_core->faults.decide(req.method, req.path);
    if (fault.kind == Faults::Kind::Hang)
        return; // the exchange stays open until the client gives up
    if (fault.kind == Faults::Kind::Status) {
        HttpResponse r = ApiReply::error(fault.status, fault.status == 429 ? QStringLiteral("TOO_MANY_REQUESTS")
                                                                          : QStringLiteral("SANDBOX_INJECTED_FAULT"),
                                         QStringLiteral("Injected fault"));
        r.delayMs = fault.latencyMs;
        exchange->respond(r);
        return;
    }

    Credential credential;
    if (route->requiresAuth) {
        const AuthService::Result auth = m_core->auth.authenticate(req);
        if (!auth.ok) {
            HttpResponse r = auth.error;
            r.delayMs = fault.latencyMs;
            exchange->respond(r);
            return;
        }
        credential = auth.credential;
        *credentialKind = credential.kind == Credential::Kind::ApiKey ? QStringLiteral("apiKey")
                                                                      : QStringLiteral("oauth:") + credential.clientId;
        *decision = m_core->limiter.acquire(credential.limiterKey, candidateSearch);
        if (!decision->allowed) {
            exchange->respond(ApiReply::error(429, QStringLiteral("TOO_MANY_REQUESTS"),
                                              QStringLiteral("Rate limit exceeded for this credential")));
            return;
        }
        exchange->setOnEnd([this, key = credential.limiterKey, candidateSearch] {
            m_core->limiter.release(key, candidateSearch);
        });
        if (!AuthService::hasScopes(credential, route->scopes)) {
            QStringList wanted;
            for (const QStringList &alt : route->scopes)
                wanted.append(alt.join(u'+'));
            exchange->respond(ApiReply::error(403, QStringLiteral("PERMISSION_DENIED"),
                                              QStringLiteral("OAuthPermissionsException: requires scope %1")
                                                  .arg(wanted.join(QStringLiteral(" or ")))));
            return;
        }
    }

    ApiCall call{exchange, req, params, credential, *m_core};
    HttpResponse response = route->handler(call);
    if (call.deferred)
        return;
    response.delayMs = fault.latencyMs;
    response.dropConnection = fault.kind == Faults::Kind::DropAfterApply;
    exchange->respond(response);
}

} // namespace sr::sandbox
