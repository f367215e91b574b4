#include "CurlSession.h"

#include <QObject>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace sd::mail::detail {

namespace {

int onProgress(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancelled = static_cast<std::atomic_bool *>(clientp);
    return cancelled && cancelled->load() ? 1 : 0;
}

QString serverName(const MailServer &server)
{
    return QStringLiteral("%1:%2").arg(server.host.trimmed()).arg(server.port);
}

// curl's own words ("Failed to connect to x port 25 after 0 ms: Couldn't connect to server") help an
// admin; they never contain credentials (curl does not echo what it sends).
QString detailOf(const char *errorBuffer, int curlCode)
{
    QString text = errorBuffer ? QString::fromUtf8(errorBuffer).trimmed() : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(curl_easy_strerror(static_cast<CURLcode>(curlCode)));
    return text;
}

} // namespace

void ensureCurlInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray baseUrl(const MailServer &server, const char *scheme)
{
    QByteArray url(scheme);
    if (server.security == Security::Tls)
        url += 's';
    url += "://";
    const QString host = server.host.trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        url += '[' + host.toLatin1() + ']';
    else
        url += QUrl::toAce(host).isEmpty() ? host.toLatin1() : QUrl::toAce(host);
    url += ':' + QByteArray::number(server.port);
    return url;
}

void applyAccount(CURL *curl, const MailAccount &account, const MailServer &server, const QString &secret,
                  std::atomic_bool *cancelled)
{
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps,imap,imaps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    switch (server.security) {
    case Security::Tls: // implicit by the smtps:// or imaps:// scheme
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
        break;
    case Security::StartTls: // STARTTLS or fail before anything is authenticated or sent
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
        break;
    case Security::None:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_NONE));
        break;
    }

    const QByteArray user = account.user.trimmed().toUtf8();
    const QByteArray secretBytes = secret.toUtf8();
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    if (account.auth == AuthMethod::XOAuth2) {
        curl_easy_setopt(curl, CURLOPT_PASSWORD, nullptr);
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, secretBytes.constData());
        curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
    } else {
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, nullptr);
        curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, nullptr);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secretBytes.constData());
    }

    const long timeout = qMax(1, account.timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    // A stalled transfer ends after `timeout` seconds below 1 byte/s; big messages may take longer.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, timeout);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);

    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, cancelled);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 0L); // verbose output would show the AUTH exchange
}

SendFailure failureFrom(int curlCode, long responseCode, const MailServer &server, const char *errorBuffer,
                        AuthMethod auth)
{
    SendFailure f;
    if (curlCode == CURLE_OK)
        return f;
    f.smtpCode = static_cast<int>(responseCode);
    const QString where = serverName(server);
    const QString detail = detailOf(errorBuffer, curlCode);
    using Kind = SendFailure::Kind;
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_ABORTED_BY_CALLBACK:
        f.kind = Kind::Cancelled;
        f.message = QObject::tr("Cancelled while talking to the mail server %1.").arg(where);
        return f;
    case CURLE_COULDNT_RESOLVE_HOST:
        f.kind = Kind::Connect;
        f.message = QObject::tr("The mail server %1 was not found. Check the server name in Settings → "
                                "Mailbox and your internet connection.")
                        .arg(where);
        return f;
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        f.kind = Kind::Connect;
        f.message = QObject::tr("Could not connect to the mail server %1 (%2). Check the server name and "
                                "port in Settings → Mailbox, and your internet connection.")
                        .arg(where, detail);
        return f;
    case CURLE_USE_SSL_FAILED:
        f.kind = Kind::Tls;
        f.message = QObject::tr("The mail server %1 does not offer an encrypted connection (STARTTLS), so "
                                "nothing was sent. Check the port and security in Settings → Mailbox.")
                        .arg(where);
        return f;
    case CURLE_PEER_FAILED_VERIFICATION:
        f.kind = Kind::Tls;
        f.message = QObject::tr("The certificate of the mail server %1 could not be verified (%2). Check "
                                "the server name in Settings → Mailbox; if it is right, ask whoever "
                                "runs the server.")
                        .arg(where, detail);
        return f;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
        f.kind = Kind::Tls;
        f.message = QObject::tr("The encrypted connection to the mail server %1 failed (%2). Check that "
                                "the port matches the security setting in Settings → Mailbox (usually "
                                "465 or 993 for TLS, 587 for STARTTLS).")
                        .arg(where, detail);
        return f;
    case CURLE_LOGIN_DENIED:
        f.kind = Kind::Auth;
        f.message = auth == AuthMethod::XOAuth2
                        ? QObject::tr("The mail server %1 refused the sign-in. Sign in to the mailbox "
                                      "again in Settings → Mailbox.")
                              .arg(where)
                        : QObject::tr("The mail server %1 refused the user name or password. Check them "
                                      "in Settings → Mailbox.")
                              .arg(where);
        return f;
    default:
        break;
    }
    if (responseCode == 530 || responseCode == 534 || responseCode == 535) {
        f.kind = Kind::Auth;
        f.message = QObject::tr("The mail server %1 requires a sign-in that it did not accept (%2). Check "
                                "the user name and password in Settings → Mailbox.")
                        .arg(where)
                        .arg(responseCode);
    } else if (responseCode >= 500 && responseCode < 600) {
        f.kind = Kind::Rejected;
        f.message = QObject::tr("The mail server %1 refused the message (%2). It will not be retried.")
                        .arg(where, detail);
    } else if (responseCode >= 400 && responseCode < 500) {
        f.kind = Kind::Temporary;
        f.message = QObject::tr("The mail server %1 is busy or refused the message for now (%2). It "
                                "will be tried again later.")
                        .arg(where, detail);
    } else {
        f.kind = Kind::Temporary;
        f.message = QObject::tr("The connection to the mail server %1 failed (%2). It will be tried "
                                "again later.")
                        .arg(where, detail);
    }
    return f;
}

QString redacted(QString text, const QString &secret)
{
    if (secret.size() >= 3) {
        text.replace(secret, QStringLiteral("••••"));
        const QString b64 = QString::fromLatin1(secret.toUtf8().toBase64());
        text.replace(b64, QStringLiteral("••••"));
    }
    return text;
}

} // namespace sd::mail::detail
