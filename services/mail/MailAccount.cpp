#include "MailAccount.h"

#include <QObject>

#include <arpa/inet.h>

#include <cstring>

namespace sd::mail {

namespace {

Status invalid(const QString &where, const QString &message)
{
    return Error(Error::Code::InvalidArgument, message, where);
}

Status validateServer(const MailServer &server, const char *prefix, bool allowInsecureLoopback)
{
    const QString p = QLatin1StringView(prefix);
    const QString host = server.host.trimmed();
    if (host.isEmpty())
        return invalid(p + QStringLiteral(".host"), QObject::tr("The mail server's host name is empty."));
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')))
        return invalid(p + QStringLiteral(".host"),
                       QObject::tr("\"%1\" is not a host name; enter only the server name, e.g. "
                                   "smtp.example.com.")
                           .arg(host));
    if (server.port < 1 || server.port > 65535)
        return invalid(p + QStringLiteral(".port"),
                       QObject::tr("The port %1 is not between 1 and 65535.").arg(server.port));
    if (server.security == Security::None) {
        if (!isLoopbackHost(host))
            return invalid(
                p + QStringLiteral(".security"),
                QObject::tr("%1 cannot be used without encryption: choose TLS or STARTTLS.").arg(host));
        if (!allowInsecureLoopback)
            return invalid(p + QStringLiteral(".security"),
                           QObject::tr("An unencrypted connection to %1 is only allowed when insecure "
                                       "loopback connections are switched on.")
                               .arg(host));
    }
    return std::nullopt;
}

} // namespace

QString toKey(Security s)
{
    switch (s) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

QString toKey(AuthMethod a)
{
    switch (a) {
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::XOAuth2:
        return QStringLiteral("xoauth2");
    }
    return {};
}

bool fromKey(const QString &key, Security *out)
{
    for (Security s : {Security::Tls, Security::StartTls, Security::None}) {
        if (key == toKey(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool fromKey(const QString &key, AuthMethod *out)
{
    for (AuthMethod a : {AuthMethod::Password, AuthMethod::XOAuth2}) {
        if (key == toKey(a)) {
            *out = a;
            return true;
        }
    }
    return false;
}

Status validate(const MailAccount &account)
{
    const QString address = account.address.trimmed();
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (address.isEmpty())
        return invalid(QStringLiteral("address"), QObject::tr("The sender address is empty."));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')) || at == address.size() - 1 ||
        address.contains(QLatin1Char(' ')) || address.contains(QLatin1Char('<')) ||
        address.contains(QLatin1Char('>')) || address.contains(QLatin1Char('\r')) ||
        address.contains(QLatin1Char('\n')))
        return invalid(QStringLiteral("address"),
                       QObject::tr("\"%1\" is not an email address.").arg(address));
    if (account.user.trimmed().isEmpty())
        return invalid(QStringLiteral("user"), QObject::tr("The login name is empty."));
    if (account.timeoutSeconds < 1)
        return invalid(QStringLiteral("timeoutSeconds"),
                       QObject::tr("The timeout must be at least one second."));
    if (auto e = validateServer(account.smtp, "smtp", account.allowInsecureLoopback))
        return e;
    if (auto e = validateServer(account.imap, "imap", account.allowInsecureLoopback))
        return e;
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1StringView("localhost") || h == QLatin1StringView("localhost."))
        return true;
    const QByteArray text = h.toLatin1();
    // inet_pton takes dotted quads only ("127.1" is a name here, not an address) and any IPv6 form.
    unsigned char v4[4];
    if (inet_pton(AF_INET, text.constData(), v4) == 1)
        return v4[0] == 127;
    unsigned char v6[16];
    if (inet_pton(AF_INET6, text.constData(), v6) != 1)
        return false; // a name other than "localhost" is resolved by DNS, which may say anything
    static const unsigned char loopback6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(v6, loopback6, 16) == 0)
        return true;
    return std::memcmp(v6, mapped, 12) == 0 && v6[12] == 127; // ::ffff:127.x.y.z
}

MailAccount presetFor(const QString &provider, const QString &address)
{
    MailAccount a;
    a.address = address.trimmed();
    a.user = a.address;
    if (provider == QLatin1StringView("gmail")) {
        a.smtp = {QStringLiteral("smtp.gmail.com"), 465, Security::Tls};
        a.imap = {QStringLiteral("imap.gmail.com"), 993, Security::Tls};
        a.auth = AuthMethod::XOAuth2;
        a.sentFolder = QStringLiteral("[Gmail]/Sent Mail");
        a.saveCopyToSent = false;
    } else if (provider == QLatin1StringView("microsoft365")) {
        a.smtp = {QStringLiteral("smtp.office365.com"), 587, Security::StartTls};
        a.imap = {QStringLiteral("outlook.office365.com"), 993, Security::Tls};
        a.auth = AuthMethod::XOAuth2;
        a.sentFolder = QStringLiteral("Sent Items");
        a.saveCopyToSent = false;
    } else {
        a.smtp = {QString(), 587, Security::StartTls};
        a.imap = {QString(), 993, Security::Tls};
        a.auth = AuthMethod::Password;
    }
    return a;
}

} // namespace sd::mail
