#include "OutreachSupport.h"

#include "CommandLine.h"
#include "Context.h"
#include "Tr.h"

#include <QRegularExpression>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace sd::cli {

namespace {

using connection::SecretStore;

// Starts `op` and runs a local event loop until its callback came or the time is up.
SecretStore::Result runKeychain(const std::function<void(QObject *, SecretStore::Callback)> &op, int timeoutMs)
{
    std::optional<SecretStore::Result> answer;
    QObject context;
    QEventLoop loop;
    op(&context, [&](const SecretStore::Result &r) {
        answer = r;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer)
        return *answer;
    return {SecretStore::Status::Unavailable, Tr::tr("The keychain did not answer within %n seconds.", nullptr,
                                                      timeoutMs / 1000),
            {}};
}

} // namespace

int exitCodeFor(mail::SendFailure::Kind kind)
{
    using K = mail::SendFailure::Kind;
    switch (kind) {
    case K::None:
        return ExitOk;
    case K::Config:
        return ExitUsage;
    case K::Connect:
        return ExitMailConnect;
    case K::Tls:
        return ExitMailTls;
    case K::Auth:
        return ExitMailAuth;
    case K::Cancelled:
        return ExitCancelled;
    case K::Rejected:
    case K::Temporary:
    case K::Uncertain:
        return ExitMailRefused;
    }
    return ExitMailRefused;
}

QString failureKey(mail::SendFailure::Kind kind)
{
    using K = mail::SendFailure::Kind;
    switch (kind) {
    case K::None: return QStringLiteral("ok");
    case K::Config: return QStringLiteral("config");
    case K::Connect: return QStringLiteral("connect");
    case K::Tls: return QStringLiteral("tls");
    case K::Auth: return QStringLiteral("auth");
    case K::Rejected: return QStringLiteral("rejected");
    case K::Temporary: return QStringLiteral("temporary");
    case K::Uncertain: return QStringLiteral("uncertain");
    case K::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("rejected");
}

SecretStore::Result keychainRead(Context &ctx, const QString &key, int timeoutMs)
{
    SecretStore *store = ctx.secretStore();
    return runKeychain([&](QObject *c, SecretStore::Callback done) { store->read(key, c, std::move(done)); },
                       timeoutMs);
}

SecretStore::Result keychainWrite(Context &ctx, const QString &key, const QString &value, int timeoutMs)
{
    SecretStore *store = ctx.secretStore();
    return runKeychain(
        [&](QObject *c, SecretStore::Callback done) { store->write(key, value, c, std::move(done)); }, timeoutMs);
}

SecretStore::Result keychainRemove(Context &ctx, const QString &key, int timeoutMs)
{
    SecretStore *store = ctx.secretStore();
    return runKeychain([&](QObject *c, SecretStore::Callback done) { store->remove(key, c, std::move(done)); },
                       timeoutMs);
}

CliError keychainError(const SecretStore::Result &result)
{
    return {ExitRemote, QStringLiteral("keychain"),
            result.message.isEmpty() ? Tr::tr("The keychain failed.") : result.message, QStringLiteral("keychain")};
}

QString environmentValue(const Context &ctx, const QString &name)
{
    const auto &lookup = ctx.environment().variable;
    return lookup ? lookup(name) : qEnvironmentVariable(name.toLocal8Bit().constData());
}

std::optional<Expected<QString>> secretFromOptions(Context &ctx, const CommandLine &cl, bool withStdin)
{
    const bool fromStdin = withStdin && cl.isSet(QStringLiteral("secret-stdin"));
    const bool fromEnv = cl.isSet(QStringLiteral("secret-env"));
    if (fromStdin && fromEnv)
        return Expected<QString>(cl.usage(Tr::tr("Give either --secret-stdin or --secret-env, not both."),
                                          QStringLiteral("--secret-env")));
    if (fromStdin) {
        const auto &readStdin = ctx.environment().readStdin;
        // Only the line end is taken off: a password may begin or end with a space.
        QString text = readStdin ? QString::fromUtf8(readStdin()) : QString();
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        if (text.isEmpty())
            return Expected<QString>(usageError(Tr::tr("Nothing was read from stdin."), QStringLiteral("--secret-stdin")));
        return Expected<QString>(text);
    }
    if (fromEnv) {
        const QString variable = cl.value(QStringLiteral("secret-env")).trimmed();
        // Not a variable name: perhaps the secret itself, which is not repeated.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!name.match(variable).hasMatch())
            return Expected<QString>(usageError(
                Tr::tr("--secret-env takes the name of an environment variable (letters, digits, _), which the "
                       "given value is not; it is not repeated here."),
                QStringLiteral("--secret-env")));
        const QString text = variable.isEmpty() ? QString() : environmentValue(ctx, variable);
        if (text.isEmpty())
            return Expected<QString>(
                usageError(Tr::tr("The environment variable '%1' is empty or not set.").arg(variable),
                           QStringLiteral("--secret-env")));
        return Expected<QString>(text);
    }
    return std::nullopt;
}

Expected<MailboxRecord> ownMailbox(Context &ctx)
{
    auto mailbox = MailboxRepository(ctx.workspace()).forOwner(ctx.actor());
    if (!mailbox.ok())
        return fromError(mailbox.error(), ErrorSource::Data);
    if (!mailbox->has_value())
        return notFoundError(Tr::tr("%1 has no mailbox yet; 'sourcedesk-cli mailbox set --address …' adds it.")
                                 .arg(ctx.actor()),
                             QStringLiteral("mailbox"));
    return **mailbox;
}

QString optionForField(const QString &field)
{
    if (field.isEmpty())
        return {};
    static const QList<std::pair<QString, QString>> map = {
        {QStringLiteral("address"), QStringLiteral("--address")},
        {QStringLiteral("user"), QStringLiteral("--user")},
        {QStringLiteral("auth"), QStringLiteral("--auth")},
        {QStringLiteral("smtp.host"), QStringLiteral("--smtp-host")},
        {QStringLiteral("smtp.port"), QStringLiteral("--smtp-port")},
        {QStringLiteral("smtp.security"), QStringLiteral("--smtp-security")},
        {QStringLiteral("imap.host"), QStringLiteral("--imap-host")},
        {QStringLiteral("imap.port"), QStringLiteral("--imap-port")},
        {QStringLiteral("imap.security"), QStringLiteral("--imap-security")},
        {QStringLiteral("smtpHost"), QStringLiteral("--smtp-host")},
        {QStringLiteral("smtpPort"), QStringLiteral("--smtp-port")},
        {QStringLiteral("smtpSecurity"), QStringLiteral("--smtp-security")},
        {QStringLiteral("imapHost"), QStringLiteral("--imap-host")},
        {QStringLiteral("imapPort"), QStringLiteral("--imap-port")},
        {QStringLiteral("imapSecurity"), QStringLiteral("--imap-security")},
        {QStringLiteral("sentFolder"), QStringLiteral("--sent-folder")},
    };
    for (const auto &[key, option] : map)
        if (key == field)
            return option;
    return field;
}

} // namespace sd::cli
