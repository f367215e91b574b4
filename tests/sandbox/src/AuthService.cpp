#include "AuthService.h"

#include "ApiReply.h"
#include "SandboxClock.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace sr::sandbox {

namespace {
QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out.append(x.toString());
    return out;
}

// 401 bodies are UNCONFIRMED in the notes: the sandbox answers the standard
// ErrorResponse with a distinct code per case so clients can log the reason,
// and a WWW-Authenticate challenge for bearer tokens (RFC 6750).
HttpResponse unauthorized(const QString &code, const QString &message, bool bearer)
{
    HttpResponse r = ApiReply::error(401, code, message);
    if (bearer)
        r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}
} // namespace

AuthService::AuthService(SandboxState &state, const SandboxClock &clock)
    : m_state(state), m_clock(clock)
{
}

qint64 AuthService::nowSec() const
{
    return m_clock.now().toSecsSinceEpoch();
}

QString AuthService::randomToken() const
{
    // Tokens come from the system generator, not the seed: they must not be
    // guessable from the (public) seed.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QStringList &AuthService::knownScopes()
{
    // From the OpenAPI securitySchemes.oauth scopes, plus the docs' spelling
    // `candidates_status_read` (the notes flag the conflict; both accepted).
    static const QStringList scopes = {
        QStringLiteral("candidates_read"), QStringLiteral("candidates_create"), QStringLiteral("candidates_manage"),
        QStringLiteral("candidate_status_read"), QStringLiteral("candidates_status_read"),
        QStringLiteral("candidates_offers_read"), QStringLiteral("jobs_read"), QStringLiteral("jobs_manage"),
        QStringLiteral("jobs_publications_manage"), QStringLiteral("configuration_read"),
        QStringLiteral("configuration_manage"), QStringLiteral("company_read"), QStringLiteral("users_read"),
        QStringLiteral("users_manage"), QStringLiteral("user_me_read"), QStringLiteral("messages_write"),
        QStringLiteral("messages_read"), QStringLiteral("messages_manage"), QStringLiteral("webhooks_read"),
        QStringLiteral("webhooks_write"), QStringLiteral("webhooks_delete"), QStringLiteral("webhooks_manage"),
        QStringLiteral("approvals_read"), QStringLiteral("approvals_create"), QStringLiteral("approvals_decide"),
        QStringLiteral("audit_events_read"), QStringLiteral("interviews_read"), QStringLiteral("interviews_write"),
        QStringLiteral("interview_types_read"), QStringLiteral("interview_types_write"),
        QStringLiteral("reviews_read"), QStringLiteral("reviews_write"), QStringLiteral("reporting_read"),
        QStringLiteral("reporting_write"), QStringLiteral("job_applications_read"),
        QStringLiteral("assessment_orders_read")};
    return scopes;
}

AuthService::Result AuthService::authenticate(const HttpRequest &request) const
{
    Result r;
    const QByteArray key = request.header("x-smarttoken");
    const QByteArray authz = request.header("authorization");
    if (!key.isEmpty()) {
        const auto it = m_state.apiKeys.constFind(QString::fromLatin1(key));
        if (it == m_state.apiKeys.cend() || it->value(QStringLiteral("revoked")).toBool()) {
            r.error = unauthorized(QStringLiteral("INVALID_API_KEY"), QStringLiteral("No valid API credential"), false);
            return r;
        }
        r.ok = true;
        r.credential.kind = Credential::Kind::ApiKey;
        r.credential.limiterKey = QStringLiteral("key:") + it.key();
        r.credential.userId = it->value(QStringLiteral("userId")).toString();
        r.credential.isAdmin = true; // API keys have full access to company data
        return r;
    }
    if (authz.isEmpty()) {
        r.error = unauthorized(QStringLiteral("UNAUTHORIZED"), QStringLiteral("No valid API credential"), false);
        return r;
    }
    if (!authz.startsWith("Bearer ") && !authz.startsWith("bearer ")) {
        r.error = unauthorized(QStringLiteral("UNAUTHORIZED"), QStringLiteral("Unsupported authorization scheme"), true);
        return r;
    }
    const QString token = QString::fromLatin1(authz.mid(7).trimmed());
    const auto it = m_state.accessTokens.constFind(token);
    if (it == m_state.accessTokens.cend()) {
        r.error = unauthorized(QStringLiteral("INVALID_TOKEN"), QStringLiteral("No valid API credential"), true);
        return r;
    }
    if (it->value(QStringLiteral("expiresAt")).toInteger() <= nowSec()) {
        r.error = unauthorized(QStringLiteral("TOKEN_EXPIRED"), QStringLiteral("Access token expired"), true);
        return r;
    }
    r.ok = true;
    r.credential.clientId = it->value(QStringLiteral("clientId")).toString();
    r.credential.userId = it->value(QStringLiteral("userId")).toString();
    r.credential.scopes = toStringList(it->value(QStringLiteral("scopes")));
    r.credential.kind = it->value(QStringLiteral("grant")).toString() == u"client_credentials"
        ? Credential::Kind::OAuthClient : Credential::Kind::OAuthUser;
    // Per credential = per OAuth client: refreshing must not reset the limits.
    r.credential.limiterKey = QStringLiteral("client:") + r.credential.clientId;
    const QJsonObject user = m_state.users.value(r.credential.userId);
    r.credential.isAdmin = user.value(QStringLiteral("role")).toString() == u"ADMINISTRATOR";
    return r;
}

bool AuthService::hasScopes(const Credential &c, const QList<QStringList> &alternatives)
{
    if (c.kind == Credential::Kind::ApiKey || alternatives.isEmpty())
        return true;
    for (const QStringList &all : alternatives) {
        bool ok = true;
        for (const QString &s : all)
            ok = ok && c.scopes.contains(s);
        if (ok)
            return true;
    }
    return false;
}

QString AuthService::checkClientAndRedirect(const AuthorizeRequest &r) const
{
    if (r.clientId.isEmpty())
        return QStringLiteral("client_id is required");
    const auto it = m_state.oauthClients.constFind(r.clientId);
    if (it == m_state.oauthClients.cend())
        return QStringLiteral("Unknown client_id");
    if (r.redirectUri.isEmpty())
        return QStringLiteral("redirect_uri is required");
    // Exact string comparison, no normalisation: SmartRecruiters requires an
    // exact match with a registered URI.
    if (!toStringList(it->value(QStringLiteral("redirectUris"))).contains(r.redirectUri))
        return QStringLiteral("redirect_uri does not match a registered redirect URI");
    return {};
}

QString AuthService::checkScopes(const AuthorizeRequest &r) const
{
    if (r.scopeGiven && r.scopes.isEmpty())
        return QStringLiteral("scope must not be empty");
    for (const QString &s : r.scopes) {
        if (!knownScopes().contains(s))
            return QStringLiteral("Unknown scope: %1").arg(s);
    }
    return {};
}

std::optional<QJsonObject> AuthService::signIn(const QString &email, const QString &password) const
{
    for (const QJsonObject &u : m_state.users) {
        if (u.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0
            && u.value(QStringLiteral("password")).toString() == password && u.value(QStringLiteral("active")).toBool())
            return u;
    }
    return std::nullopt;
}

QString AuthService::createTicket(const AuthorizeRequest &r, const QString &userId)
{
    const QString t = randomToken();
    m_tickets.insert(t, Ticket{r, userId, nowSec() + kTicketTtlSec});
    return t;
}

std::optional<QPair<AuthService::AuthorizeRequest, QString>> AuthService::takeTicket(const QString &ticket)
{
    const auto it = m_tickets.find(ticket);
    if (it == m_tickets.end())
        return std::nullopt;
    const Ticket t = *it;
    m_tickets.erase(it);
    if (t.expiresAt <= nowSec())
        return std::nullopt;
    return qMakePair(t.request, t.userId);
}

QString AuthService::issueCode(const AuthorizeRequest &r, const QString &userId)
{
    QStringList scopes = r.scopes;
    if (!r.scopeGiven)
        scopes = toStringList(m_state.oauthClients.value(r.clientId).value(QStringLiteral("scopes")));
    const QString code = randomToken();
    m_state.authCodes.insert(code, QJsonObject{{QStringLiteral("clientId"), r.clientId},
                                               {QStringLiteral("userId"), userId},
                                               {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                                               {QStringLiteral("redirectUri"), r.redirectUri},
                                               {QStringLiteral("grantId"), randomToken()},
                                               {QStringLiteral("used"), false},
                                               {QStringLiteral("expiresAt"), nowSec() + kCodeTtlSec}});
    return code;
}

QJsonObject AuthService::issueTokens(const QString &clientId, const QString &userId, const QStringList &scopes,
                                     const QString &grantId, bool withRefresh)
{
    const QString access = randomToken();
    const QJsonArray scopeArray = QJsonArray::fromStringList(scopes);
    m_state.accessTokens.insert(access, QJsonObject{
        {QStringLiteral("clientId"), clientId}, {QStringLiteral("userId"), userId},
        {QStringLiteral("scopes"), scopeArray}, {QStringLiteral("grantId"), grantId},
        {QStringLiteral("grant"), withRefresh ? QStringLiteral("authorization_code") : QStringLiteral("client_credentials")},
        {QStringLiteral("expiresAt"), nowSec() + kAccessTokenTtlSec}});
    // token_type and scope in the answer are UNCONFIRMED: the sandbox leaves
    // them out so a client cannot come to depend on them.
    QJsonObject out{{QStringLiteral("access_token"), access}, {QStringLiteral("expires_in"), kAccessTokenTtlSec}};
    if (withRefresh) {
        const QString refresh = randomToken();
        m_state.refreshTokens.insert(refresh, QJsonObject{
            {QStringLiteral("clientId"), clientId}, {QStringLiteral("userId"), userId},
            {QStringLiteral("scopes"), scopeArray}, {QStringLiteral("grantId"), grantId},
            {QStringLiteral("used"), false}, {QStringLiteral("expiresAt"), nowSec() + kRefreshTokenTtlSec}});
        out.insert(QStringLiteral("refresh_token"), refresh);
    }
    return out;
}

void AuthService::revokeGrant(const QString &grantId)
{
    auto drop = [&](Table &t) {
        for (auto it = t.begin(); it != t.end();) {
            if (it->value(QStringLiteral("grantId")).toString() == grantId)
                it = t.erase(it);
            else
                ++it;
        }
    };
    drop(m_state.accessTokens);
    drop(m_state.refreshTokens);
}

HttpResponse AuthService::token(const QUrlQuery &form)
{
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (grant.isEmpty())
        return ApiReply::oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    if (grant != u"authorization_code" && grant != u"refresh_token" && grant != u"client_credentials")
        return ApiReply::oauthError(400, QStringLiteral("unsupported_grant_type"), grant);
    // Client credentials go in the form body (the documented encoding); HTTP
    // Basic is not accepted (stricter choice).
    const auto client = m_state.oauthClients.constFind(clientId);
    if (clientId.isEmpty() || client == m_state.oauthClients.cend()
        || client->value(QStringLiteral("secret")).toString() != secret)
        return ApiReply::oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed"));

    if (grant == u"client_credentials") {
        const QString userId = client->value(QStringLiteral("systemUserId")).toString();
        const QStringList scopes = toStringList(client->value(QStringLiteral("scopes")));
        return ApiReply::json(200, issueTokens(clientId, userId, scopes, randomToken(), false));
    }
    if (grant == u"authorization_code") {
        const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        auto it = m_state.authCodes.find(code);
        if (code.isEmpty() || it == m_state.authCodes.end())
            return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown authorization code"));
        if (it->value(QStringLiteral("used")).toBool()) {
            // RFC 6749 §4.1.2: a reused code revokes what it produced.
            revokeGrant(it->value(QStringLiteral("grantId")).toString());
            return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Authorization code already used"));
        }
        if (it->value(QStringLiteral("clientId")).toString() != clientId)
            return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Code was issued to another client"));
        if (it->value(QStringLiteral("expiresAt")).toInteger() <= nowSec())
            return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Authorization code expired"));
        // redirect_uri at the token step is UNCONFIRMED: optional (real
        // integrations omit it), but when sent it must match exactly.
        if (form.hasQueryItem(QStringLiteral("redirect_uri"))
            && form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                   != it->value(QStringLiteral("redirectUri")).toString())
            return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri mismatch"));
        it->insert(QStringLiteral("used"), true);
        return ApiReply::json(200, issueTokens(clientId, it->value(QStringLiteral("userId")).toString(),
                                               toStringList(it->value(QStringLiteral("scopes"))),
                                               it->value(QStringLiteral("grantId")).toString(), true));
    }
    const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    auto it = m_state.refreshTokens.find(refresh);
    if (refresh.isEmpty() || it == m_state.refreshTokens.end())
        return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token"));
    const QString grantId = it->value(QStringLiteral("grantId")).toString();
    if (it->value(QStringLiteral("used")).toBool()) {
        // Refresh tokens are one-time use. Reuse is treated as theft (RFC 6819
        // §5.2.2.3): the whole grant is revoked, so the user must sign in again.
        revokeGrant(grantId);
        return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token already used"));
    }
    if (it->value(QStringLiteral("clientId")).toString() != clientId)
        return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Token was issued to another client"));
    if (it->value(QStringLiteral("expiresAt")).toInteger() <= nowSec())
        return ApiReply::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token expired"));
    it->insert(QStringLiteral("used"), true);
    return ApiReply::json(200, issueTokens(clientId, it->value(QStringLiteral("userId")).toString(),
                                           toStringList(it->value(QStringLiteral("scopes"))), grantId, true));
}

void AuthService::expireAllAccessTokens()
{
    const qint64 past = nowSec() - 1;
    for (auto &t : m_state.accessTokens)
        t.insert(QStringLiteral("expiresAt"), past);
}

QString AuthService::registerClient(const QString &clientId, const QString &secret, const QStringList &redirectUris,
                                    const QStringList &scopes, const QString &systemUserId)
{
    m_state.oauthClients.insert(clientId, QJsonObject{{QStringLiteral("clientId"), clientId},
                                                      {QStringLiteral("secret"), secret},
                                                      {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
                                                      {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                                                      {QStringLiteral("systemUserId"), systemUserId}});
    return clientId;
}

QString AuthService::addApiKey(const QString &key, const QString &userId)
{
    m_state.apiKeys.insert(key, QJsonObject{{QStringLiteral("userId"), userId}, {QStringLiteral("revoked"), false}});
    return key;
}

} // namespace sr::sandbox
