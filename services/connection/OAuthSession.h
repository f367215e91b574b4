#pragma once
// One SmartRecruiters connection by OAuth 2.0 authorization code: builds the consent URL, checks
// the redirect, exchanges the code, keeps the access token in memory only and the (rotating,
// one-time) refresh token and the client secret in a SecretStore. As an sd::sr::Credential it
// signs API requests and refreshes single-flight, ahead of expiry and on demand after a 401.
//
//   OAuthSession session({hosts, clientId, redirectUri, scopes}, &store);
//   session.setClientSecret(secret);              // typed by the admin; stored after sign-in
//   QUrl consent = session.beginLogin();          // show it (LoginDialog) or open it (BrowserLogin)
//   session.completeLogin(redirectUrl);           // -> loginSucceeded() / loginFailed()
//   session.restore();                            // at start: -> restoreFinished(connected, problem)
//   session.disconnectAccount();                  // -> disconnectFinished(ok, problem)
#include "Credential.h"
#include "Hosts.h"
#include "SecretStore.h"

#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace sd::connection {

struct TokenAnswer;

class OAuthSession final : public sd::sr::Credential
{
    Q_OBJECT
public:
    struct Config
    {
        sd::sr::Hosts hosts;
        QString clientId;
        // Must equal one registered for the client; the embedded browser never loads it.
        QUrl redirectUri = QUrl(QStringLiteral("http://localhost:8765/callback"));
        QStringList scopes; // empty: the client's default scopes
    };

    enum class LoginFailure
    {
        Configuration, // bad host, client id or redirect address; no client secret
        Denied,        // the user chose Deny
        StateMismatch, // the answer does not belong to this attempt
        Refused,       // SmartRecruiters refused the sign-in or the code
        Network,       // the token endpoint could not be reached
        BadAnswer,     // the token answer is not what the protocol says
        Storage,       // the keychain refused the refresh token
        Cancelled,     // window closed, timed out, abandoned
    };
    Q_ENUM(LoginFailure)

    OAuthSession(Config config, SecretStore *store, QObject *parent = nullptr);
    ~OAuthSession() override;

    const Config &config() const { return m_config; }
    // Uses this access manager instead of an own one (not owned).
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    bool hasClientSecret() const { return !m_clientSecret.isEmpty(); }
    // How long before expiry the access token is renewed (2 minutes by default).
    void setRefreshMargin(int seconds) { m_refreshMarginSeconds = seconds; }

    // Empty when the configuration is usable; otherwise what is wrong, for the user.
    QString configurationProblem() const;

    // Login. beginLogin() returns the consent URL (empty when configurationProblem() says why) and
    // remembers a fresh random state; completeLogin() takes the URL the browser was redirected to.
    QUrl beginLogin();
    bool isRedirect(const QUrl &url) const;
    void completeLogin(const QUrl &redirectUrl);
    void cancelLogin(const QString &message = {});
    bool isLoginPending() const { return !m_pendingState.isEmpty() || m_exchangeReply; }

    // At start: reads the client secret and the refresh token from the store. No network; the first
    // refresh() gets an access token.
    void restore();
    // Signs out: forgets the tokens and removes every secret this session stored.
    void disconnectAccount();

    // True when a refresh token is held (signed in, or restored).
    bool isConnected() const { return !m_refreshToken.isEmpty(); }
    bool hasValidAccessToken() const;

    // sd::sr::Credential
    QString bucketKey() const override;
    bool sign(QNetworkRequest &request) const override;
    bool canRefresh() const override { return isConnected(); }
    void refresh() override;

signals:
    void loginSucceeded();
    void loginFailed(sd::connection::OAuthSession::LoginFailure failure, const QString &message);
    void restoreFinished(bool connected, const QString &problem);
    void disconnectFinished(bool ok, const QString &problem);

private:
    QNetworkReply *postToken(const QList<QPair<QString, QString>> &form);
    void onExchangeFinished();
    void onRefreshFinished();
    void persistThenUse(const TokenAnswer &answer, bool login);
    void useAccessToken(const QString &accessToken, qint64 expiresInSeconds);
    void failLogin(LoginFailure failure, const QString &message);
    void failRefresh(const QString &message, bool reconnectNeeded);
    void forgetTokens();
    QString refreshKey() const;
    QString secretKey() const;

    Config m_config;
    QPointer<SecretStore> m_store;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_clientSecret;
    QString m_refreshToken;
    QString m_accessToken;
    QDeadlineTimer m_accessExpiry;
    QTimer m_refreshTimer;
    int m_refreshMarginSeconds = 120;
    QString m_pendingState;
    QPointer<QNetworkReply> m_exchangeReply;
    QPointer<QNetworkReply> m_refreshReply;
    bool m_refreshing = false; // from the token request until the new refresh token is stored
    quint64 m_generation = 0;  // bumped by disconnect/cancel so late answers are ignored
};

} // namespace sd::connection
