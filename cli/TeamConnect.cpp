// `sourcedesk-cli team connect`: checks a team workspace login against the server and keeps its
// password in the keychain, where the app and `--workspace postgresql://…` find it. The password
// comes from stdin only (an argument would show in `ps` and the shell history).
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "OutreachSupport.h"
#include "TeamServer.h"
#include "Tr.h"
#include "Workspace.h"

#include <QJsonObject>

namespace sd::cli {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString roleName(Workspace::TeamRole role)
{
    return role == Workspace::TeamRole::Admin ? QStringLiteral("admin") : QStringLiteral("recruiter");
}

} // namespace

int runTeamConnect(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("team connect"), {},
                   Tr::tr("Signs in to a team workspace on a PostgreSQL server and, when that works, keeps the "
                          "password (read from stdin) in the system keychain. Afterwards --workspace LOCATION "
                          "and the app open it without asking."));
    cl.addOption(QCommandLineOption(QStringLiteral("server"), Tr::tr("The PostgreSQL server's host name."),
                                    Tr::tr("HOST")));
    cl.addOption(QCommandLineOption(QStringLiteral("port"), Tr::tr("Its port (default 5432)."), Tr::tr("PORT")));
    cl.addOption(QCommandLineOption(QStringLiteral("database"), Tr::tr("The team's database."), Tr::tr("NAME")));
    cl.addOption(QCommandLineOption(QStringLiteral("user"), Tr::tr("Your login on the server."), Tr::tr("USER")));
    cl.addOption(QCommandLineOption(QStringLiteral("sslmode"),
                                    Tr::tr("TLS: disable, allow, prefer (default), require, verify-ca, verify-full."),
                                    Tr::tr("MODE")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;

    TeamServer server;
    server.host = cl.value(QStringLiteral("server")).trimmed();
    server.database = cl.value(QStringLiteral("database")).trimmed();
    server.user = cl.value(QStringLiteral("user")).trimmed();
    for (const auto &[value, option] : {std::pair{server.host, "--server"}, std::pair{server.database, "--database"},
                                        std::pair{server.user, "--user"}}) {
        if (value.isEmpty()) {
            const QString name = QString::fromLatin1(option);
            return ctx.fail(cl.usage(Tr::tr("%1 is required.").arg(name), name));
        }
    }
    const auto port = cl.intOption(QStringLiteral("port"), 5432, 1, 65535);
    if (!port.ok())
        return ctx.fail(port.error());
    server.port = port.value();
    const auto mode = cl.choiceOption(QStringLiteral("sslmode"), sslModes(), QStringLiteral("prefer"));
    if (!mode.ok())
        return ctx.fail(mode.error());
    server.sslMode = mode.value();
    QString why;
    if (!TeamServer::parse(server.location(), &why))
        return ctx.fail(usageError(why, server.location()));

    // Only the line end is taken off: a password may begin or end with a space.
    const auto &readStdin = ctx.environment().readStdin;
    QString password = readStdin ? QString::fromUtf8(readStdin()) : QString();
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        return ctx.fail(usageError(Tr::tr("Give the password on stdin, e.g. "
                                          "'sourcedesk-cli team connect … < password-file'; it is never taken "
                                          "from an argument."),
                                   QStringLiteral("stdin")));
    }

    Workspace::Options options;
    options.password = password;
    auto opened = Workspace::open(server.location(), options);
    if (!opened.ok()) {
        CliError e = fromError(opened.error(), ErrorSource::Workspace);
        if (e.where.isEmpty())
            e.where = server.location();
        return ctx.fail(e);
    }
    const auto stored = keychainWrite(ctx, server.keychainKey(), password, 60000);
    if (!stored.ok())
        return ctx.fail(keychainError(stored));

    const std::shared_ptr<Workspace> ws = opened.value();
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("location"), ws->path()},
                                {QStringLiteral("database"), server.database},
                                {QStringLiteral("user"), server.user},
                                {QStringLiteral("role"), roleName(ws->role())},
                                {QStringLiteral("passwordStored"), true}});
    } else {
        ctx.output().print(Tr::tr("Connected to %1 as %2 (%3). The password is in the keychain.")
                               .arg(ws->displayName(), server.user, roleName(ws->role())));
        ctx.output().print(Tr::tr("Use it with: sourcedesk-cli --workspace '%1' …").arg(ws->path()));
    }
    return ExitOk;
}

} // namespace sd::cli
