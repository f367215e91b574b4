#include "MailboxConfig.h"

#include <QJsonValue>
#include <QObject>

namespace sd::outreach {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

Status readServer(const QJsonObject &o, const char *hostKey, const char *portKey, const char *securityKey,
                  mail::MailServer *out)
{
    out->host = text(o, hostKey);
    const QJsonValue port = o.value(QLatin1StringView(portKey));
    out->port = port.isDouble() ? port.toInt() : 0;
    if (!mail::fromKey(text(o, securityKey), &out->security))
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("Unknown security \"%1\"; use tls, starttls or none.").arg(text(o, securityKey)),
                     QLatin1StringView(securityKey));
    return std::nullopt;
}

} // namespace

MailboxRecord toRecord(const mail::MailAccount &account, const QString &owner, const MailboxRecord &limitsFrom)
{
    MailboxRecord r = limitsFrom;
    r.address = account.address.trimmed().toLower();
    r.owner = owner;
    r.displayName = account.displayName;
    QJsonObject s;
    s.insert(QStringLiteral("smtpHost"), account.smtp.host);
    s.insert(QStringLiteral("smtpPort"), account.smtp.port);
    s.insert(QStringLiteral("smtpSecurity"), mail::toKey(account.smtp.security));
    s.insert(QStringLiteral("imapHost"), account.imap.host);
    s.insert(QStringLiteral("imapPort"), account.imap.port);
    s.insert(QStringLiteral("imapSecurity"), mail::toKey(account.imap.security));
    s.insert(QStringLiteral("user"), account.user);
    s.insert(QStringLiteral("auth"), mail::toKey(account.auth));
    s.insert(QStringLiteral("inboxFolder"), account.inboxFolder);
    s.insert(QStringLiteral("sentFolder"), account.sentFolder);
    s.insert(QStringLiteral("saveCopyToSent"), account.saveCopyToSent);
    s.insert(QStringLiteral("allowInsecureLoopback"), account.allowInsecureLoopback);
    s.insert(QStringLiteral("timeoutSeconds"), account.timeoutSeconds);
    r.settings = s;
    return r;
}

Result<mail::MailAccount> toAccount(const MailboxRecord &record)
{
    const QJsonObject &s = record.settings;
    mail::MailAccount a;
    a.address = record.address;
    a.displayName = record.displayName;
    a.user = text(s, "user");
    if (!mail::fromKey(text(s, "auth"), &a.auth))
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("Unknown sign-in method \"%1\"; use password or xoauth2.").arg(text(s, "auth")),
                     QStringLiteral("auth"));
    if (Status st = readServer(s, "smtpHost", "smtpPort", "smtpSecurity", &a.smtp))
        return *st;
    if (Status st = readServer(s, "imapHost", "imapPort", "imapSecurity", &a.imap))
        return *st;
    if (s.contains(QStringLiteral("inboxFolder")))
        a.inboxFolder = text(s, "inboxFolder");
    if (s.contains(QStringLiteral("sentFolder")))
        a.sentFolder = text(s, "sentFolder");
    a.saveCopyToSent = s.value(QStringLiteral("saveCopyToSent")).toBool(true);
    a.allowInsecureLoopback = s.value(QStringLiteral("allowInsecureLoopback")).toBool(false);
    a.timeoutSeconds = s.value(QStringLiteral("timeoutSeconds")).toInt(30);
    if (a.timeoutSeconds <= 0)
        a.timeoutSeconds = 30;
    if (Status st = mail::validate(a))
        return *st;
    return a;
}

QString secretKey(const QString &address)
{
    return QStringLiteral("mailbox/%1/secret").arg(address.trimmed().toLower());
}

} // namespace sd::outreach
