#include "OAuthSession.h"

#include "Logging.h"
#include "TokenAnswer.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace sd::connection {

namespace {

Q_LOGGING_CATEGORY(lcOAuth, "sourcedesk.connection.oauth")

constexpr int kTokenTimeoutMs = 30 * 1000;
constexpr qint64 kClockSkewSeconds = 10;
constexpr int kRetryAfterFailureMs = 60 * 1000;

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString randomState()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withoutQuery(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

} // namespace

OAuthSession::OAuthSession(Config config, SecretStore *store, QObject *parent)
    : Credential(parent), m_config(std::move(config)), m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OAuthSession::refresh);
}

OAuthSession::~OAuthSession()
{
    ++m_generation;
    if (m_exchangeReply)
        m_exchangeReply->abort();
    if (m_refreshReply)
        m_refreshReply->abort();
}

void OAuthSession::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam;
}

QString OAuthSession::configurationProblem() const
{
    if (QString p = sd::sr::Hosts::problemWith(m_config.hosts.api); !p.isEmpty())
        return p;
    if (QString p = sd::sr::Hosts::problemWith(m_config.hosts.web); !p.isEmpty())
        return p;
    if (m_config.clientId.trimmed().isEmpty())
        return tr("Enter the OAuth client ID of the SmartRecruiters app (Settings → Apps & Integrations → "
                  "Credentials in SmartRecruiters).");
    const QUrl &r = m_config.redirectUri;
    const QString scheme = r.scheme().toLower();
    if (!r.isValid() || r.host().isEmpty()
        || !(scheme == QLatin1String("https") || (scheme == QLatin1String("http") && sd::sr::Hosts::isLoopback(r))))
        return tr("The redirect address “%1” must be an https:// address or http://localhost, exactly as "
                  "registered for the SmartRecruiters app.")
            .arg(r.toString());
    if (m_clientSecret.isEmpty())
        return tr("Enter the OAuth client secret of the SmartRecruiters app.");
    if (!m_store)
        return tr("No place to keep the sign-in is set up.");
    return {};
}

QUrl OAuthSession::beginLogin()
{
    if (!configurationProblem().isEmpty())
        return {};
    cancelLogin();
    m_pendingState = randomState();
    QList<QPair<QString, QString>> query = {{QStringLiteral("client_id"), m_config.clientId},
                                            {QStringLiteral("redirect_uri"), m_config.redirectUri.toString()},
                                            {QStringLiteral("response_type"), QStringLiteral("code")},
                                            {QStringLiteral("state"), m_pendingState}};
    if (!m_config.scopes.isEmpty())
        query.append({QStringLiteral("scope"), m_config.scopes.join(u' ')});
    QUrl url = m_config.hosts.consentUrl();
    url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    qCDebug(lcOAuth) << "sign-in started at" << url.host();
    return url;
}

bool OAuthSession::isRedirect(const QUrl &url) const
{
    const QUrl a = withoutQuery(url);
    const QUrl b = withoutQuery(m_config.redirectUri);
    const auto port = [](const QUrl &u) { return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b) && a.path() == b.path();
}

void OAuthSession::completeLogin(const QUrl &redirectUrl)
{
    if (m_pendingState.isEmpty()) {
        failLogin(LoginFailure::StateMismatch,
                  tr("Sourcedesk received a sign-in answer it did not ask for and ignored it. Start the sign-in "
                     "again."));
        return;
    }
    const QUrlQuery query(redirectUrl);
    const auto value = [&query](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    const QString expected = std::exchange(m_pendingState, QString());
    if (!isRedirect(redirectUrl) || value(QStringLiteral("state")) != expected) {
        qCWarning(lcOAuth) << "sign-in answer rejected: state does not match";
        failLogin(LoginFailure::StateMismatch,
                  tr("The sign-in answer did not belong to this sign-in and was rejected, so Sourcedesk is not "
                     "connected. Start the sign-in again."));
        return;
    }
    if (const QString error = value(QStringLiteral("error")); !error.isEmpty()) {
        if (error == QLatin1String("access_denied")) {
            failLogin(LoginFailure::Denied, tr("You chose not to allow Sourcedesk to use SmartRecruiters, so it is "
                                               "not connected. Sign in again and choose Allow to connect."));
        } else {
            const QString description = TokenAnswer::serverText(value(QStringLiteral("error_description")));
            failLogin(LoginFailure::Refused, tr("SmartRecruiters refused the sign-in (%1%2). Check the client ID "
                                                "and redirect address in Settings → Integration.")
                                                 .arg(TokenAnswer::serverText(error),
                                                      description.isEmpty() ? QString() : QStringLiteral(": ") + description));
        }
        return;
    }
    const QString code = value(QStringLiteral("code"));
    if (code.isEmpty()) {
        failLogin(LoginFailure::Refused,
                  tr("SmartRecruiters did not send a sign-in code. Start the sign-in again."));
        return;
    }
    m_exchangeReply = postToken({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("redirect_uri"), m_config.redirectUri.toString()},
                                 {QStringLiteral("client_id"), m_config.clientId},
                                 {QStringLiteral("client_secret"), m_clientSecret}});
    QNetworkReply *reply = m_exchangeReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply == m_exchangeReply)
            onExchangeFinished();
    });
}

void OAuthSession::cancelLogin(const QString &message)
{
    const bool pending = isLoginPending();
    m_pendingState.clear();
    if (QNetworkReply *reply = std::exchange(m_exchangeReply, nullptr))
        reply->abort();
    if (pending && !message.isEmpty())
        failLogin(LoginFailure::Cancelled, message);
}

QNetworkReply *OAuthSession::postToken(const QList<QPair<QString, QString>> &form)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(m_config.hosts.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // A token endpoint that redirects is misconfigured; following it could hand the secret elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTokenTimeoutMs);
    qCDebug(lcOAuth) << "token request:" << form.value(0).second << "at" << request.url().host();
    return m_nam->post(request, formEncode(form));
}

void OAuthSession::onExchangeFinished()
{
    QNetworkReply *reply = std::exchange(m_exchangeReply, nullptr);
    const TokenAnswer answer = TokenAnswer::fromReply(reply, m_config.hosts.api.host());
    if (!answer.failure.isEmpty()) {
        failLogin(answer.network ? LoginFailure::Network
                  : answer.error.isEmpty() ? LoginFailure::BadAnswer
                                           : LoginFailure::Refused,
                  answer.failure);
        return;
    }
    persistThenUse(answer, true);
}

void OAuthSession::refresh()
{
    if (m_refreshing)
        return; // single flight: the running refresh answers every caller
    if (m_refreshToken.isEmpty() || m_clientSecret.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                failRefresh(tr("Sourcedesk is not connected to SmartRecruiters. Sign in under Settings → "
                               "Integration."),
                            true);
            },
            Qt::QueuedConnection);
        return;
    }
    m_refreshing = true;
    m_refreshTimer.stop();
    m_refreshReply = postToken({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), m_refreshToken},
                                {QStringLiteral("client_id"), m_config.clientId},
                                {QStringLiteral("client_secret"), m_clientSecret}});
    QNetworkReply *reply = m_refreshReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply == m_refreshReply)
            onRefreshFinished();
    });
}

void OAuthSession::onRefreshFinished()
{
    QNetworkReply *reply = std::exchange(m_refreshReply, nullptr);
    const TokenAnswer answer = TokenAnswer::fromReply(reply, m_config.hosts.api.host());
    if (answer.failure.isEmpty()) {
        persistThenUse(answer, false);
        return;
    }
    if (answer.error != QLatin1String("invalid_grant")) {
        const bool reconnect = answer.error == QLatin1String("invalid_client")
                            || answer.error == QLatin1String("unauthorized_client");
        // A passing network or server problem: try again later while the access token still works.
        if (!reconnect && hasValidAccessToken())
            m_refreshTimer.start(kRetryAfterFailureMs);
        failRefresh(answer.failure, reconnect);
        return;
    }
    // The grant is gone: a stored refresh token would only fail again (and a reuse revokes more).
    forgetTokens();
    const quint64 generation = m_generation;
    m_store->remove(refreshKey(), this, [this, generation, message = answer.failure](const SecretStore::Result &) {
        if (generation == m_generation)
            failRefresh(message, true);
    });
}

void OAuthSession::persistThenUse(const TokenAnswer &answer, bool login)
{
    // The refresh token is one-time use and rotated: the new one must be in the keychain before the
    // access token is used, or a crash would leave a spent token behind and force a new sign-in.
    const quint64 generation = m_generation;
    const auto storeRefreshToken = [this, generation, answer, login] {
        m_store->write(refreshKey(), answer.refreshToken, this,
                       [this, generation, answer, login](const SecretStore::Result &stored) {
                           if (generation != m_generation)
                               return;
                           if (!stored.ok()) {
                               if (login) {
                                   failLogin(LoginFailure::Storage, stored.message);
                               } else {
                                   // The old token is spent; keep the new one so a retry can store it.
                                   m_refreshToken = answer.refreshToken;
                                   failRefresh(stored.message, false);
                               }
                               return;
                           }
                           m_refreshToken = answer.refreshToken;
                           useAccessToken(answer.accessToken, answer.expiresInSeconds);
                           if (login) {
                               qCInfo(lcOAuth) << "signed in to" << m_config.hosts.api.host();
                               emit loginSucceeded();
                           } else {
                               m_refreshing = false;
                               emit refreshed();
                           }
                       });
    };
    if (!login) {
        storeRefreshToken();
        return;
    }
    m_store->write(secretKey(), m_clientSecret, this,
                   [this, generation, storeRefreshToken](const SecretStore::Result &stored) {
                       if (generation != m_generation)
                           return;
                       if (!stored.ok())
                           failLogin(LoginFailure::Storage, stored.message);
                       else
                           storeRefreshToken();
                   });
}

void OAuthSession::useAccessToken(const QString &accessToken, qint64 expiresInSeconds)
{
    m_accessToken = accessToken;
    m_accessExpiry.setRemainingTime(std::max<qint64>(1, expiresInSeconds - kClockSkewSeconds) * 1000);
    // Ahead of expiry, so requests rarely meet an expired token; lifetimes shorter than the margin
    // renew at half-life.
    const qint64 ahead = m_refreshMarginSeconds < expiresInSeconds ? expiresInSeconds - m_refreshMarginSeconds
                                                                    : expiresInSeconds / 2;
    m_refreshTimer.start(std::chrono::seconds(std::max<qint64>(1, ahead)));
}

void OAuthSession::failLogin(LoginFailure failure, const QString &message)
{
    qCWarning(lcOAuth) << "sign-in failed:" << failure;
    emit loginFailed(failure, sd::logging::redact(message));
}

void OAuthSession::failRefresh(const QString &message, bool reconnectNeeded)
{
    m_refreshing = false;
    qCWarning(lcOAuth) << "refresh failed; reconnect needed:" << reconnectNeeded;
    emit refreshFailed(sd::logging::redact(message), reconnectNeeded);
}

void OAuthSession::forgetTokens()
{
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiry = QDeadlineTimer();
}

bool OAuthSession::hasValidAccessToken() const
{
    return !m_accessToken.isEmpty() && !m_accessExpiry.hasExpired();
}

QString OAuthSession::bucketKey() const
{
    return m_config.hosts.apiKey() + QStringLiteral("/oauth:") + m_config.clientId;
}

bool OAuthSession::sign(QNetworkRequest &request) const
{
    if (!hasValidAccessToken())
        return false;
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return true;
}

void OAuthSession::restore()
{
    if (!m_store) {
        emit restoreFinished(false, configurationProblem());
        return;
    }
    const quint64 generation = m_generation;
    m_store->read(secretKey(), this, [this, generation](const SecretStore::Result &secret) {
        if (generation != m_generation)
            return;
        if (secret.status == SecretStore::Status::NotFound) {
            emit restoreFinished(false, {});
            return;
        }
        if (!secret.ok()) {
            emit restoreFinished(false, secret.message);
            return;
        }
        m_clientSecret = secret.value;
        m_store->read(refreshKey(), this, [this, generation](const SecretStore::Result &token) {
            if (generation != m_generation)
                return;
            if (token.ok() && !token.value.isEmpty()) {
                m_refreshToken = token.value;
                emit restoreFinished(true, {});
            } else {
                emit restoreFinished(false, token.status == SecretStore::Status::NotFound ? QString() : token.message);
            }
        });
    });
}

void OAuthSession::disconnectAccount()
{
    ++m_generation;
    const bool wasRefreshing = m_refreshing;
    m_refreshing = false;
    if (QNetworkReply *reply = std::exchange(m_refreshReply, nullptr))
        reply->abort();
    cancelLogin(tr("Sourcedesk was disconnected from SmartRecruiters while signing in."));
    forgetTokens();
    m_clientSecret.clear();
    if (wasRefreshing)
        emit refreshFailed(tr("Sourcedesk was disconnected from SmartRecruiters."), true);
    if (!m_store) {
        emit disconnectFinished(true, {});
        return;
    }
    const quint64 generation = m_generation;
    const auto removedOrAbsent = [](const SecretStore::Result &r) {
        return r.ok() || r.status == SecretStore::Status::NotFound;
    };
    m_store->remove(refreshKey(), this, [this, generation, removedOrAbsent](const SecretStore::Result &first) {
        m_store->remove(secretKey(), this, [this, generation, first, removedOrAbsent](const SecretStore::Result &second) {
            if (generation != m_generation)
                return;
            const bool ok = removedOrAbsent(first) && removedOrAbsent(second);
            emit disconnectFinished(ok, ok ? QString() : (removedOrAbsent(first) ? second.message : first.message));
        });
    });
}

QString OAuthSession::refreshKey() const
{
    return SecretKeys::refreshToken(m_config.hosts, m_config.clientId);
}

QString OAuthSession::secretKey() const
{
    return SecretKeys::clientSecret(m_config.hosts, m_config.clientId);
}

} // namespace sd::connection
