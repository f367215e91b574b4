#pragma once

#include "HttpServer.h"
#include "Router.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sr::sandbox {

struct SandboxState;
class SandboxClock;

// OAuth 2.0 (authorization code, refresh, client credentials) and X-SmartToken
// API keys, with the lifetimes SmartRecruiters documents.
class AuthService
{
public:
    static constexpr qint64 kAccessTokenTtlSec = 30 * 60;
    static constexpr qint64 kRefreshTokenTtlSec = 28 * 24 * 3600;
    static constexpr qint64 kCodeTtlSec = 10 * 60;
    static constexpr qint64 kTicketTtlSec = 15 * 60;

    AuthService(SandboxState &state, const SandboxClock &clock);

    struct Result
    {
        bool ok = false;
        Credential credential;
        HttpResponse error;
    };
    Result authenticate(const HttpRequest &request) const;
    static bool hasScopes(const Credential &c, const QList<QStringList> &alternatives);

    static const QStringList &knownScopes();

    // --- consent flow (/identity/oauth/allow) ---
    struct AuthorizeRequest
    {
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        QString state;
        bool scopeGiven = false;
    };
    // Validates client and redirect URI. Errors here must not redirect (RFC 6749 §4.1.2.1).
    QString checkClientAndRedirect(const AuthorizeRequest &r) const;
    // Validates scopes; errors here redirect with error=invalid_scope.
    QString checkScopes(const AuthorizeRequest &r) const;
    std::optional<QJsonObject> signIn(const QString &email, const QString &password) const;
    QString createTicket(const AuthorizeRequest &r, const QString &userId);
    std::optional<QPair<AuthorizeRequest, QString>> takeTicket(const QString &ticket);
    QString issueCode(const AuthorizeRequest &r, const QString &userId);

    // --- token endpoint ---
    HttpResponse token(const QUrlQuery &form);

    // --- controls ---
    void expireAllAccessTokens();
    QString registerClient(const QString &clientId, const QString &secret, const QStringList &redirectUris,
                           const QStringList &scopes, const QString &systemUserId);
    QString addApiKey(const QString &key, const QString &userId);

private:
    QJsonObject issueTokens(const QString &clientId, const QString &userId, const QStringList &scopes,
                            const QString &grantId, bool withRefresh);
    void revokeGrant(const QString &grantId);
    qint64 nowSec() const;
    QString randomToken() const;

    SandboxState &m_state;
    const SandboxClock &m_clock;
    struct Ticket
    {
        AuthorizeRequest request;
        QString userId;
        qint64 expiresAt = 0;
    };
    QHash<QString, Ticket> m_tickets; // in-memory browser sessions only
};

} // namespace sr::sandbox
