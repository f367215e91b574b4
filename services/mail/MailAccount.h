#pragma once
// A recruiter's mailbox: where to send (SMTP) and where to read replies (IMAP). Stored in the
// workspace without its secret; the password or the OAuth2 access token lives in the keychain and
// is handed to the clients for each session only.
#include "Error.h"

#include <QString>

namespace sd::mail {

enum class Security {
    Tls,      // implicit TLS (SMTPS 465, IMAPS 993)
    StartTls, // plain connect, then STARTTLS is required (SMTP 587, IMAP 143)
    None,     // no encryption: refused unless the host is loopback and allowInsecureLoopback is set
};

enum class AuthMethod {
    Password, // AUTH PLAIN / LOGIN with the password
    XOAuth2,  // SASL XOAUTH2 with an OAuth2 access token (Gmail, Microsoft 365)
};

struct MailServer
{
    QString host;
    int port = 0;
    Security security = Security::Tls;
};

struct MailAccount
{
    QString address;     // the From address, e.g. ana@agency.example
    QString displayName; // "Ana Ruiz"
    QString user;        // login name; often the address
    AuthMethod auth = AuthMethod::Password;
    MailServer smtp;
    MailServer imap;
    QString inboxFolder = QStringLiteral("INBOX");
    QString sentFolder = QStringLiteral("Sent");
    // Gmail and Microsoft 365 file what SMTP sent into Sent themselves; other servers need a copy
    // appended over IMAP, which is also what lets an interrupted send be verified afterwards.
    bool saveCopyToSent = true;
    bool allowInsecureLoopback = false;
    int timeoutSeconds = 30;
};

QString toKey(Security s);             // "tls", "starttls", "none"
QString toKey(AuthMethod a);           // "password", "xoauth2"
bool fromKey(const QString &key, Security *out);
bool fromKey(const QString &key, AuthMethod *out);

// InvalidArgument naming the field (where = "smtp.host", "imap.port", ...) for anything that would
// fail to connect or connect unsafely: empty host/user/address, port out of range, Security::None
// for a non-loopback host, or for a loopback host without allowInsecureLoopback.
Status validate(const MailAccount &account);

bool isLoopbackHost(const QString &host);

// Known providers fill in hosts, ports and security: "gmail", "microsoft365", "other".
MailAccount presetFor(const QString &provider, const QString &address);

} // namespace sd::mail
