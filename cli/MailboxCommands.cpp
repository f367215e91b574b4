// mailbox set | show | test | remove: the mailbox the CLI user sends outreach from. The settings
// go to the workspace (MailboxRepository), the password or OAuth2 token to the keychain under
// MailboxConfig's secretKey(address): it is read from stdin or an environment variable, never from
// an argument, and never printed.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "ImapClient.h"
#include "MailboxConfig.h"
#include "OutreachSupport.h"
#include "SmtpClient.h"
#include "Tr.h"
#include "Workspace.h"

#include <QJsonObject>

namespace sd::cli {

namespace {

using connection::SecretStore;

QJsonObject mailboxJson(const MailboxRecord &m)
{
    return {{QStringLiteral("address"), m.address},
            {QStringLiteral("owner"), m.owner},
            {QStringLiteral("displayName"), m.displayName},
            {QStringLiteral("settings"), m.settings},
            {QStringLiteral("dailyLimit"), m.dailyLimit},
            {QStringLiteral("hourlyLimit"), m.hourlyLimit},
            {QStringLiteral("minSpacingSeconds"), m.minSpacingSeconds},
            {QStringLiteral("polledAt"), m.polledAt.isValid()
                                             ? QJsonValue(m.polledAt.toUTC().toString(Qt::ISODateWithMs))
                                             : QJsonValue()},
            {QStringLiteral("lastError"), m.lastError},
            {QStringLiteral("updatedAt"), m.updatedAt.isValid()
                                              ? QJsonValue(m.updatedAt.toUTC().toString(Qt::ISODateWithMs))
                                              : QJsonValue()}};
}

QString serverText(const mail::MailServer &s)
{
    return QStringLiteral("%1:%2 (%3)").arg(s.host).arg(s.port).arg(mail::toKey(s.security));
}

void addSecretOptions(CommandLine &cl)
{
    cl.addOption(QCommandLineOption(QStringLiteral("secret-stdin"),
                                    Tr::tr("Read the password or OAuth2 access token from stdin.")));
    cl.addOption(QCommandLineOption(QStringLiteral("secret-env"),
                                    Tr::tr("Read the password or OAuth2 access token from this environment variable."),
                                    Tr::tr("VAR")));
}

// A command that takes a secret takes no other words: a stray word may be a secret typed as an
// argument, so it is refused without being repeated.
std::optional<int> parseNoWords(Context &ctx, CommandLine &cl, const QStringList &args)
{
    if (auto rc = cl.parse(args, 0, -1))
        return rc;
    if (!cl.positional().isEmpty())
        return ctx.fail(cl.usage(Tr::tr("'%1' takes no arguments besides its options; a secret is read from stdin "
                                        "(--secret-stdin) or an environment variable (--secret-env VAR), never "
                                        "from an argument. The unexpected word is not repeated here.")
                                     .arg(cl.command()),
                                 QStringLiteral("--secret-stdin")));
    return std::nullopt;
}

CliError fieldError(const sd::Error &e)
{
    CliError c = fromError(e, ErrorSource::Data);
    c.where = optionForField(e.where);
    return c;
}

int setMailbox(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("mailbox set"), {},
                   Tr::tr("Adds or changes your mailbox (one per user): where outreach emails are sent from and "
                          "replies are read. Options not given keep their stored value; --provider starts again "
                          "from the provider's servers. The password or token is read from stdin or an "
                          "environment variable and kept in the system keychain, never in the workspace."));
    const auto opt = [&](const char *name, const QString &help, const QString &value = {}) {
        cl.addOption(value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                                     : QCommandLineOption(QString::fromLatin1(name), help, value));
    };
    opt("address", Tr::tr("The sender address (required)."), Tr::tr("ADDRESS"));
    opt("name", Tr::tr("The sender's display name (required for a new mailbox)."), Tr::tr("NAME"));
    opt("provider", Tr::tr("gmail, microsoft365 or other: fills in the servers."), Tr::tr("PROVIDER"));
    opt("smtp-host", Tr::tr("The SMTP server."), Tr::tr("HOST"));
    opt("smtp-port", Tr::tr("The SMTP port."), Tr::tr("PORT"));
    opt("smtp-security", Tr::tr("tls, starttls or none (none: loopback only)."), Tr::tr("SECURITY"));
    opt("imap-host", Tr::tr("The IMAP server."), Tr::tr("HOST"));
    opt("imap-port", Tr::tr("The IMAP port."), Tr::tr("PORT"));
    opt("imap-security", Tr::tr("tls, starttls or none (none: loopback only)."), Tr::tr("SECURITY"));
    opt("user", Tr::tr("The login name (default: the address)."), Tr::tr("USER"));
    opt("auth", Tr::tr("password or xoauth2."), Tr::tr("METHOD"));
    opt("sent-folder", Tr::tr("The IMAP folder of sent mail."), Tr::tr("FOLDER"));
    opt("no-copy-to-sent", Tr::tr("Do not append a copy of each email to the sent folder (the server files it)."));
    opt("allow-insecure-loopback", Tr::tr("Allow an unencrypted server on this computer (tests)."));
    opt("daily-limit", Tr::tr("At most this many emails a day (0: no limit; default 200)."), Tr::tr("N"));
    opt("hourly-limit", Tr::tr("At most this many emails an hour (0: no limit; default 40)."), Tr::tr("N"));
    opt("spacing", Tr::tr("At least this many seconds between two emails (default 60)."), Tr::tr("SECONDS"));
    addSecretOptions(cl);
    if (auto rc = parseNoWords(ctx, cl, args))
        return *rc;

    const QString address = cl.value(QStringLiteral("address")).trimmed();
    if (address.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("'mailbox set' needs --address."), QStringLiteral("--address")));
    auto provider = cl.choiceOption(QStringLiteral("provider"),
                                    {QStringLiteral("gmail"), QStringLiteral("microsoft365"), QStringLiteral("other")},
                                    QString());
    if (!provider)
        return ctx.fail(provider.error());
    const QStringList securities{QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")};
    auto smtpSecurity = cl.choiceOption(QStringLiteral("smtp-security"), securities, QString());
    if (!smtpSecurity)
        return ctx.fail(smtpSecurity.error());
    auto imapSecurity = cl.choiceOption(QStringLiteral("imap-security"), securities, QString());
    if (!imapSecurity)
        return ctx.fail(imapSecurity.error());
    auto auth = cl.choiceOption(QStringLiteral("auth"), {QStringLiteral("password"), QStringLiteral("xoauth2")}, QString());
    if (!auth)
        return ctx.fail(auth.error());
    auto smtpPort = cl.intOption(QStringLiteral("smtp-port"), 0, 1, 65535);
    if (!smtpPort)
        return ctx.fail(smtpPort.error());
    auto imapPort = cl.intOption(QStringLiteral("imap-port"), 0, 1, 65535);
    if (!imapPort)
        return ctx.fail(imapPort.error());
    auto daily = cl.intOption(QStringLiteral("daily-limit"), -1, 0, 100000);
    if (!daily)
        return ctx.fail(daily.error());
    auto hourly = cl.intOption(QStringLiteral("hourly-limit"), -1, 0, 10000);
    if (!hourly)
        return ctx.fail(hourly.error());
    auto spacing = cl.intOption(QStringLiteral("spacing"), -1, 0, 86400);
    if (!spacing)
        return ctx.fail(spacing.error());
    std::optional<Expected<QString>> secret = secretFromOptions(ctx, cl);
    if (secret && !secret->ok())
        return ctx.fail(secret->error());

    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    MailboxRepository repo(ctx.workspace());
    auto taken = repo.get(address.toLower());
    if (!taken.ok())
        return ctx.fail(fromError(taken.error(), ErrorSource::Data));
    if (taken->has_value() && (*taken)->owner != ctx.actor())
        return ctx.fail(conflictError(Tr::tr("%1 is already the mailbox of %2.").arg(address, (*taken)->owner),
                                      QStringLiteral("--address")));
    auto previous = repo.forOwner(ctx.actor());
    if (!previous.ok())
        return ctx.fail(fromError(previous.error(), ErrorSource::Data));

    // Start from what is stored for this address (unless --provider says otherwise), else the preset.
    MailboxRecord limits;
    mail::MailAccount account = mail::presetFor(provider.value(), address);
    if (taken->has_value()) {
        limits = **taken;
        if (provider.value().isEmpty()) {
            if (auto stored = outreach::toAccount(**taken); stored.ok())
                account = *stored;
        }
    }
    if (!taken->has_value() && cl.value(QStringLiteral("name")).trimmed().isEmpty())
        return ctx.fail(cl.usage(Tr::tr("A new mailbox needs --name, the sender's display name."), QStringLiteral("--name")));
    account.address = address;
    if (cl.isSet(QStringLiteral("name")))
        account.displayName = cl.value(QStringLiteral("name")).trimmed();
    if (cl.isSet(QStringLiteral("smtp-host")))
        account.smtp.host = cl.value(QStringLiteral("smtp-host")).trimmed();
    if (cl.isSet(QStringLiteral("smtp-port")))
        account.smtp.port = smtpPort.value();
    if (!smtpSecurity.value().isEmpty())
        mail::fromKey(smtpSecurity.value(), &account.smtp.security);
    if (cl.isSet(QStringLiteral("imap-host")))
        account.imap.host = cl.value(QStringLiteral("imap-host")).trimmed();
    if (cl.isSet(QStringLiteral("imap-port")))
        account.imap.port = imapPort.value();
    if (!imapSecurity.value().isEmpty())
        mail::fromKey(imapSecurity.value(), &account.imap.security);
    if (cl.isSet(QStringLiteral("user")))
        account.user = cl.value(QStringLiteral("user")).trimmed();
    if (account.user.isEmpty())
        account.user = address;
    if (!auth.value().isEmpty())
        mail::fromKey(auth.value(), &account.auth);
    if (cl.isSet(QStringLiteral("sent-folder")))
        account.sentFolder = cl.value(QStringLiteral("sent-folder")).trimmed();
    if (cl.isSet(QStringLiteral("no-copy-to-sent")))
        account.saveCopyToSent = false;
    account.allowInsecureLoopback = cl.isSet(QStringLiteral("allow-insecure-loopback"));
    if (Status s = mail::validate(account))
        return ctx.fail(cl.usage(s->message, optionForField(s->where)));
    if (daily.value() >= 0)
        limits.dailyLimit = daily.value();
    if (hourly.value() >= 0)
        limits.hourlyLimit = hourly.value();
    if (spacing.value() >= 0)
        limits.minSpacingSeconds = spacing.value();

    const MailboxRecord record = outreach::toRecord(account, ctx.actor(), limits);
    if (Status s = repo.save(record))
        return ctx.fail(fieldError(*s));
    OutputFormatter &out = ctx.output();
    // One mailbox per user: another address replaces the old one, and the old secret goes too.
    if (previous->has_value() && (*previous)->address != record.address) {
        if (Status s = repo.remove((*previous)->address))
            return ctx.fail(fromError(*s, ErrorSource::Data));
        const SecretStore::Result removed = keychainRemove(ctx, outreach::secretKey((*previous)->address));
        if (!removed.ok() && removed.status != SecretStore::Status::NotFound)
            out.printWarning(Tr::tr("The secret of %1 could not be removed from the keychain: %2")
                                 .arg((*previous)->address, removed.message));
    }
    bool stored = false;
    if (secret) {
        const SecretStore::Result written = keychainWrite(ctx, outreach::secretKey(record.address), secret->value());
        if (!written.ok()) {
            CliError e = keychainError(written);
            e.message = Tr::tr("The mailbox was saved, but the keychain refused the secret: %1").arg(e.message);
            return ctx.fail(e);
        }
        stored = true;
    }
    auto saved = repo.get(record.address);
    const MailboxRecord shown = saved.ok() && saved->has_value() ? **saved : record;
    if (out.json()) {
        out.printJson({{QStringLiteral("mailbox"), mailboxJson(shown)}, {QStringLiteral("secretStored"), stored}});
        return ExitOk;
    }
    out.print(Tr::tr("Saved the mailbox %1 <%2>: sending through %3, reading %4.")
                  .arg(account.displayName, record.address, serverText(account.smtp), serverText(account.imap)));
    if (stored)
        out.print(Tr::tr("The password or token is stored in the keychain."));
    else if (!taken->has_value())
        out.print(Tr::tr("No password or token is stored yet: run again with --secret-stdin or --secret-env VAR."));
    return ExitOk;
}

int showMailbox(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("mailbox show"), {},
                   Tr::tr("Your mailbox: servers, limits, reply detection, and whether the keychain holds its secret."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto mailbox = ownMailbox(ctx);
    if (!mailbox)
        return ctx.fail(mailbox.error());
    const SecretStore::Result secret = keychainRead(ctx, outreach::secretKey(mailbox->address));
    const QString secretState = secret.ok() ? QStringLiteral("stored")
                                : secret.status == SecretStore::Status::NotFound ? QStringLiteral("missing")
                                                                                  : QStringLiteral("unknown");
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("mailbox"), mailboxJson(*mailbox)}, {QStringLiteral("secret"), secretState}});
        return ExitOk;
    }
    const MailboxRecord &m = *mailbox;
    const QJsonObject &s = m.settings;
    const auto server = [&](const char *prefix) {
        const QString p = QLatin1StringView(prefix);
        return QStringLiteral("%1:%2 (%3)")
            .arg(s.value(p + QStringLiteral("Host")).toString())
            .arg(s.value(p + QStringLiteral("Port")).toInt())
            .arg(s.value(p + QStringLiteral("Security")).toString());
    };
    const auto limit = [](int n) { return n > 0 ? QString::number(n) : Tr::tr("none"); };
    out.printFields({
        {Tr::tr("Address"), m.address},
        {Tr::tr("Name"), m.displayName},
        {Tr::tr("Owner"), m.owner},
        {Tr::tr("SMTP"), server("smtp")},
        {Tr::tr("IMAP"), server("imap")},
        {Tr::tr("Login"), QStringLiteral("%1 (%2)").arg(s.value(QStringLiteral("user")).toString(),
                                                       s.value(QStringLiteral("auth")).toString())},
        {Tr::tr("Sent folder"), s.value(QStringLiteral("saveCopyToSent")).toBool(true)
                                    ? s.value(QStringLiteral("sentFolder")).toString()
                                    : Tr::tr("%1 (filed by the server)").arg(s.value(QStringLiteral("sentFolder")).toString())},
        {Tr::tr("Limits"), Tr::tr("%1 a day, %2 an hour, %3 s apart")
                               .arg(limit(m.dailyLimit), limit(m.hourlyLimit))
                               .arg(m.minSpacingSeconds)},
        {Tr::tr("Secret"), secret.ok() ? Tr::tr("stored in the keychain")
                           : secret.status == SecretStore::Status::NotFound
                               ? Tr::tr("not stored: 'mailbox set --address %1 --secret-stdin'").arg(m.address)
                               : Tr::tr("unknown: %1").arg(secret.message)},
        {Tr::tr("Last read"), OutputFormatter::localTime(m.polledAt)},
        {Tr::tr("Last error"), m.lastError},
    });
    return ExitOk;
}

QJsonObject checkJson(const mail::MailServer &server, const mail::SendFailure &f)
{
    return {{QStringLiteral("host"), server.host},
            {QStringLiteral("port"), server.port},
            {QStringLiteral("security"), mail::toKey(server.security)},
            {QStringLiteral("ok"), f.ok()},
            {QStringLiteral("kind"), failureKey(f.kind)},
            {QStringLiteral("code"), f.smtpCode},
            {QStringLiteral("message"), f.message}};
}

int testMailbox(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("mailbox test"), {},
                   Tr::tr("Signs in to your mailbox's SMTP server (sending) and IMAP server (reading) without "
                          "sending anything. The secret comes from the keychain unless --secret-stdin or "
                          "--secret-env gives one. Exit codes: 0 both work, 2 the settings are invalid, 3 no "
                          "mailbox, 7 no secret or the keychain failed, 10 a server cannot be reached, 11 TLS "
                          "failed, 12 the sign-in was refused, 13 another refusal; SMTP is reported first."));
    addSecretOptions(cl);
    if (auto rc = parseNoWords(ctx, cl, args))
        return *rc;
    std::optional<Expected<QString>> given = secretFromOptions(ctx, cl);
    if (given && !given->ok())
        return ctx.fail(given->error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto mailbox = ownMailbox(ctx);
    if (!mailbox)
        return ctx.fail(mailbox.error());
    auto account = outreach::toAccount(*mailbox);
    if (!account.ok())
        return ctx.fail(fieldError(account.error()));
    QString secret;
    if (given) {
        secret = given->value();
    } else {
        const SecretStore::Result r = keychainRead(ctx, outreach::secretKey(mailbox->address));
        if (r.status == SecretStore::Status::NotFound)
            return ctx.fail({ExitRemote, QStringLiteral("keychain"),
                             Tr::tr("No password or token of %1 is in the keychain; store it with 'mailbox set "
                                    "--address %1 --secret-stdin'.")
                                 .arg(mailbox->address),
                             QStringLiteral("keychain")});
        if (!r.ok())
            return ctx.fail(keychainError(r));
        secret = r.value;
    }
    mail::SmtpClient smtp;
    smtp.setAccount(*account, secret);
    const mail::SendFailure smtpResult = smtp.check();
    mail::ImapClient imap;
    imap.setAccount(*account, secret);
    const mail::SendFailure imapResult = imap.check();

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("address"), mailbox->address},
                       {QStringLiteral("smtp"), checkJson(account->smtp, smtpResult)},
                       {QStringLiteral("imap"), checkJson(account->imap, imapResult)}});
    } else {
        const auto line = [](const QString &what, const mail::MailServer &s, const mail::SendFailure &f) {
            return f.ok() ? Tr::tr("%1 %2: works.").arg(what, serverText(s))
                          : Tr::tr("%1 %2: failed (%3): %4").arg(what, serverText(s), failureKey(f.kind), f.message);
        };
        out.print(line(Tr::tr("Sending (SMTP)"), account->smtp, smtpResult));
        out.print(line(Tr::tr("Reading (IMAP)"), account->imap, imapResult));
    }
    const mail::SendFailure &first = !smtpResult.ok() ? smtpResult : imapResult;
    if (first.ok())
        return ExitOk;
    return ctx.fail({exitCodeFor(first.kind), QStringLiteral("mail_") + failureKey(first.kind), first.message,
                     !smtpResult.ok() ? account->smtp.host : account->imap.host});
}

int removeMailbox(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("mailbox remove"), {},
                   Tr::tr("Removes your mailbox and its secret from the keychain. Queued emails wait until a "
                          "mailbox is set again."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto mailbox = ownMailbox(ctx);
    if (!mailbox)
        return ctx.fail(mailbox.error());
    if (Status s = MailboxRepository(ctx.workspace()).remove(mailbox->address))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    const SecretStore::Result removed = keychainRemove(ctx, outreach::secretKey(mailbox->address));
    if (!removed.ok() && removed.status != SecretStore::Status::NotFound) {
        CliError e = keychainError(removed);
        e.message = Tr::tr("The mailbox was removed, but its secret could not be removed from the keychain: %1")
                        .arg(e.message);
        return ctx.fail(e);
    }
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("removed"), mailbox->address}});
    else
        ctx.output().print(Tr::tr("Removed the mailbox %1 and its secret.").arg(mailbox->address));
    return ExitOk;
}

QString groupHelp()
{
    return Tr::tr("Usage: sourcedesk-cli mailbox set|show|test|remove [options]\n"
                  "\n"
                  "  set --address A --name N [--provider gmail|microsoft365|other] [--smtp-host H --smtp-port P\n"
                  "      --smtp-security tls|starttls|none] [--imap-host H --imap-port P --imap-security S] [--user U]\n"
                  "      [--auth password|xoauth2] [--sent-folder F] [--no-copy-to-sent] [--allow-insecure-loopback]\n"
                  "      [--daily-limit N] [--hourly-limit N] [--spacing SECONDS] [--secret-stdin | --secret-env VAR]\n"
                  "                  Your mailbox (one per user); the secret goes to the keychain.\n"
                  "  show            Servers, limits, reply detection, whether the secret is stored.\n"
                  "  test            Sign in over SMTP and IMAP. Exit 10 unreachable, 11 TLS, 12 sign-in refused,\n"
                  "                  13 another refusal, 7 no secret.\n"
                  "  remove          Remove the mailbox and its secret.\n"
                  "\n"
                  "Run 'sourcedesk-cli mailbox <subcommand> --help' for details.\n");
}

} // namespace

int runMailbox(Context &ctx, const QStringList &args)
{
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty()) {
        if (wantsHelp(rest)) {
            ctx.output().out() << groupHelp();
            ctx.output().out().flush();
            return ExitOk;
        }
        if (rest.contains(QStringLiteral("--json")))
            ctx.output().setJson(true);
        return ctx.fail(usageError(Tr::tr("'mailbox' needs a subcommand: set, show, test, remove. See "
                                          "'sourcedesk-cli mailbox --help'.")));
    }
    if (sub == QStringLiteral("set"))
        return setMailbox(ctx, rest);
    if (sub == QStringLiteral("show"))
        return showMailbox(ctx, rest);
    if (sub == QStringLiteral("test"))
        return testMailbox(ctx, rest);
    if (sub == QStringLiteral("remove"))
        return removeMailbox(ctx, rest);
    if (rest.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    return ctx.fail(usageError(
        Tr::tr("Unknown subcommand 'mailbox %1'; accepted: set, show, test, remove. See 'sourcedesk-cli mailbox --help'.")
            .arg(sub),
        sub));
}

} // namespace sd::cli
