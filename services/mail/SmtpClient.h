#pragma once
// Sends messages over SMTP with libcurl. Blocking: use from a worker thread. One client keeps its
// connection open between sends (libcurl reuses it), so a batch does not log in for every email.
#include "MailAccount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd::mail {

struct SendFailure
{
    enum class Kind {
        None,
        Config,      // the account is invalid or unsafe (see validate())
        Connect,     // host unreachable, refused, timed out, DNS
        Tls,         // TLS handshake or certificate failed, or STARTTLS required but not offered
        Auth,        // the server refused the user, password or token
        Rejected,    // the server refused the recipient or the message permanently (5xx): do not retry
        Temporary,   // 4xx or a dropped connection after DATA was not started: safe to retry later
        Uncertain,   // the connection broke after the message was handed over: it may have been sent
        Cancelled,
    };
    Kind kind = Kind::None;
    int smtpCode = 0;   // last reply code when known
    QString message;    // for the recruiter; names the server; never contains the secret

    bool ok() const { return kind == Kind::None; }
};

class SmtpClient
{
public:
    SmtpClient();
    ~SmtpClient();
    SmtpClient(const SmtpClient &) = delete;
    SmtpClient &operator=(const SmtpClient &) = delete;

    // `secret` is the password or the XOAUTH2 access token, per account.auth.
    void setAccount(const MailAccount &account, const QString &secret);

    // Sends `message` (a complete RFC 5322 message) from account.address to `recipients`.
    SendFailure send(const QStringList &recipients, const QByteArray &message);

    // Connects and authenticates without sending (Settings → "Test connection").
    SendFailure check();

    // May be called from any thread; the running transfer ends with Kind::Cancelled.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sd::mail
