// `team`: who belongs to a team workspace and as what. Membership is PostgreSQL role membership in
// "<database>_admin" / "<database>_recruiter" (models/TeamRolesSchema.cpp, docs/team.md); these
// commands only grant and revoke it, so the database stays the one place that decides.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "TeamServer.h"
#include "Tr.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::cli {

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kRecruiter = QStringLiteral("recruiter");
const QString kOwner = QStringLiteral("owner");
// PostgreSQL's "insufficient_privilege".
const QString kInsufficientPrivilege = QStringLiteral("42501");

QString groupHelp()
{
    return Tr::tr("Usage: sourcedesk-cli team connect|members|add|remove|role [arguments] [options]\n"
                  "\n"
                  "Who belongs to a team (PostgreSQL) workspace and as what. Admins change team settings,\n"
                  "field mappings, the job status whitelist and the stage mapping; recruiters do everything\n"
                  "else. The database enforces it.\n"
                  "\n"
                  "  connect ...         Sign in to a team workspace (see 'sourcedesk-cli team connect --help').\n"
                  "  members             Every login of the team with its role.\n"
                  "  add LOGIN --role admin|recruiter [--create]\n"
                  "                      Give a database login a role (admins add recruiters; the owner adds\n"
                  "                      admins). --create also creates the login (needs CREATEROLE); its\n"
                  "                      password is read from stdin.\n"
                  "  remove LOGIN        Take the login out of the team (the login itself stays).\n"
                  "  role                Your login and role in this workspace.\n");
}

CliError teamError(const QString &code, const QString &message, const QString &where = {})
{
    return {ExitWorkspace, code, message, where};
}

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as libpq's
// PQencryptPasswordConn makes it): the password itself never travels to the server, where a
// statement log could keep it. NFKC is the mapping step of SASLprep that matters in practice.
QString scramVerifier(const QString &password)
{
    constexpr int kIterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, kIterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

// Everything the subcommands ask the server about the team.
struct TeamInfo
{
    QString login;
    QString database;
    QString adminGroup;
    QString recruiterGroup;
    bool owner = false;
    bool canCreateRoles = false;
};

// Opens the workspace when it is a team one; otherwise (or on failure) the exit code.
std::optional<int> openTeam(Context &ctx, TeamInfo *info)
{
    const QString path = ctx.workspacePath();
    if (!TeamServer::isLocation(path)) {
        return ctx.fail(teamError(QStringLiteral("not_team"),
                                  Tr::tr("This is not a team workspace: team members and roles exist only in a "
                                         "workspace on a PostgreSQL server (--workspace postgresql://LOGIN@HOST/DATABASE)."),
                                  path));
    }
    // Write: a team location is never created by opening it; Read would look for a file.
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return rc;
    QSqlQuery q(ctx.workspace().connection());
    if (!q.exec(QStringLiteral(
            "SELECT current_user, current_database(), "
            "  (SELECT d.datdba = r.oid FROM pg_database d, pg_roles r WHERE d.datname = current_database() "
            "   AND r.rolname = current_user), "
            "  (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user)"))
        || !q.next()) {
        return ctx.fail(teamError(QStringLiteral("workspace"),
                                  Tr::tr("Cannot read the team's roles: %1").arg(q.lastError().text())));
    }
    info->login = q.value(0).toString();
    info->database = q.value(1).toString();
    info->owner = q.value(2).toBool();
    info->canCreateRoles = q.value(3).toBool();
    info->adminGroup = info->database + QStringLiteral("_admin");
    info->recruiterGroup = info->database + QStringLiteral("_recruiter");
    return std::nullopt;
}

std::optional<int> requireAdmin(Context &ctx, const TeamInfo &info)
{
    if (ctx.workspace().role() == Workspace::TeamRole::Admin)
        return std::nullopt;
    return ctx.fail(teamError(QStringLiteral("not_admin"),
                              Tr::tr("Only an admin of the team may change its members; your login “%1” is a "
                                     "recruiter. Ask an admin of “%2”.")
                                  .arg(info.login, info.database)));
}

struct Login
{
    bool exists = false;
    bool canLogin = false;
    bool owner = false;
    QStringList groups; // the team groups it was granted directly
};

Expected<Login> findLogin(Context &ctx, const TeamInfo &info, const QString &name)
{
    QSqlQuery q(ctx.workspace().connection());
    q.prepare(QStringLiteral(
        "SELECT r.rolcanlogin, r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()), "
        "  coalesce((SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "            WHERE m.member = r.oid AND g.rolname IN (?, ?)), '') "
        "FROM pg_roles r WHERE r.rolname = ?"));
    q.addBindValue(info.adminGroup);
    q.addBindValue(info.recruiterGroup);
    q.addBindValue(name);
    if (!q.exec())
        return teamError(QStringLiteral("workspace"), Tr::tr("Cannot look up the login: %1").arg(q.lastError().text()));
    Login out;
    if (!q.next())
        return out;
    out.exists = true;
    out.canLogin = q.value(0).toBool();
    out.owner = q.value(1).toBool();
    out.groups = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return out;
}

// Runs a GRANT, REVOKE or CREATE ROLE; a refusal of the server becomes what the user can do.
std::optional<CliError> runRoleStatement(Context &ctx, const QString &statement, const QString &refusal)
{
    QSqlQuery q(ctx.workspace().connection());
    if (q.exec(statement))
        return std::nullopt;
    if (q.lastError().nativeErrorCode() == kInsufficientPrivilege)
        return teamError(QStringLiteral("not_admin"), refusal);
    return teamError(QStringLiteral("workspace"), Tr::tr("The server refused the change: %1").arg(q.lastError().text()));
}

QString onlyOwnerAddsAdmins(const TeamInfo &info)
{
    return Tr::tr("Only the owner of “%1” (or a login with CREATEROLE) may make someone an admin or take the "
                  "admin role away; your login “%2” may not.")
        .arg(info.database, info.login);
}

int roleCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("team role"), QString(),
                   Tr::tr("Your database login and your role in this team workspace."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    TeamInfo info;
    if (auto rc = openTeam(ctx, &info))
        return *rc;
    const bool admin = ctx.workspace().role() == Workspace::TeamRole::Admin;
    const QString role = info.owner ? kOwner : admin ? kAdmin : kRecruiter;
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("login"), info.login},
                                {QStringLiteral("database"), info.database},
                                {QStringLiteral("role"), role},
                                {QStringLiteral("canEditTeamSettings"), admin}});
        return ExitOk;
    }
    ctx.output().printFields({{Tr::tr("Login"), info.login},
                              {Tr::tr("Database"), info.database},
                              {Tr::tr("Role"), role},
                              {Tr::tr("Team settings"), admin ? Tr::tr("can change") : Tr::tr("read-only")}},
                             0);
    return ExitOk;
}

int membersCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("team members"), QString(),
                   Tr::tr("Every login of the team with its role: owner, admin or recruiter."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    TeamInfo info;
    if (auto rc = openTeam(ctx, &info))
        return *rc;
    // Members through other roles count too (a DBA may grant a department role), so the walk is
    // recursive; the group roles themselves are not people.
    QSqlQuery q(ctx.workspace().connection());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE grp(oid, kind) AS ("
        "  SELECT oid, 'admin' FROM pg_roles WHERE rolname = ? "
        "  UNION ALL SELECT oid, 'recruiter' FROM pg_roles WHERE rolname = ?), "
        "mem(member, kind) AS ("
        "  SELECT m.member, g.kind FROM pg_auth_members m JOIN grp g ON m.roleid = g.oid "
        "  UNION SELECT m.member, t.kind FROM pg_auth_members m JOIN mem t ON m.roleid = t.member) "
        "SELECT r.rolname, CASE WHEN r.oid = d.datdba THEN 'owner' "
        "                       WHEN bool_or(mem.kind = 'admin') THEN 'admin' ELSE 'recruiter' END "
        "FROM pg_roles r CROSS JOIN (SELECT datdba FROM pg_database WHERE datname = current_database()) d "
        "LEFT JOIN mem ON mem.member = r.oid "
        "WHERE r.rolcanlogin AND (mem.member IS NOT NULL OR r.oid = d.datdba) AND r.oid NOT IN (SELECT oid FROM grp) "
        "GROUP BY r.oid, r.rolname, d.datdba ORDER BY r.rolname"));
    q.addBindValue(info.adminGroup);
    q.addBindValue(info.recruiterGroup);
    if (!q.exec())
        return ctx.fail(teamError(QStringLiteral("workspace"),
                                  Tr::tr("Cannot read the team's members: %1").arg(q.lastError().text())));
    QList<QStringList> rows;
    QJsonArray members;
    while (q.next()) {
        const QString login = q.value(0).toString();
        const QString role = q.value(1).toString();
        rows.append({login, role});
        members.append(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), role}});
    }
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("database"), info.database}, {QStringLiteral("members"), members}});
        return ExitOk;
    }
    ctx.output().printTable({Tr::tr("LOGIN"), Tr::tr("ROLE")}, rows);
    return ExitOk;
}

// Creates LOGIN with the password read from stdin (never an argument: arguments show in `ps`).
std::optional<CliError> createLogin(Context &ctx, const TeamInfo &info, const QString &login)
{
    if (!info.canCreateRoles) {
        return teamError(QStringLiteral("not_allowed"),
                         Tr::tr("Your login “%1” may not create logins (it lacks CREATEROLE). Ask the database "
                                "administrator to create “%2”, then run this again without --create.")
                             .arg(info.login, login),
                         QStringLiteral("--create"));
    }
    const auto &readStdin = ctx.environment().readStdin;
    QString password = readStdin ? QString::fromUtf8(readStdin()) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return usageError(Tr::tr("--create reads the new login's password from stdin, and nothing was read."),
                          QStringLiteral("--create"));
    return runRoleStatement(ctx,
                            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(sql::quotedIdentifier(login), scramVerifier(password)),
                            Tr::tr("Your login “%1” may not create logins.").arg(info.login));
}

int addCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("team add"), QStringLiteral("LOGIN"),
                   Tr::tr("Give a database login a role in this team workspace. Admins add recruiters; the "
                          "owner adds admins. A recruiter made an admin (or the reverse) loses the other role. "
                          "Creating the login is the database administrator's job, unless your login has "
                          "CREATEROLE: then --create makes it, with the password read from stdin."));
    cl.addPositional(QStringLiteral("LOGIN"), Tr::tr("The database login (user name)."));
    cl.addOption(QCommandLineOption(QStringLiteral("role"), Tr::tr("admin or recruiter."), Tr::tr("ROLE")));
    cl.addOption(QCommandLineOption(QStringLiteral("create"),
                                    Tr::tr("Create the login first; its password is read from stdin.")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    if (!cl.isSet(QStringLiteral("role")))
        return ctx.fail(cl.usage(Tr::tr("'team add' needs --role admin or --role recruiter."), QStringLiteral("--role")));
    auto role = cl.choiceOption(QStringLiteral("role"), {kAdmin, kRecruiter}, QString());
    if (!role.ok())
        return ctx.fail(role.error());
    const QString login = cl.positional().constFirst().trimmed();
    if (login.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("LOGIN is empty."), QStringLiteral("LOGIN")));
    TeamInfo info;
    if (auto rc = openTeam(ctx, &info))
        return *rc;
    if (auto rc = requireAdmin(ctx, info))
        return *rc;
    auto found = findLogin(ctx, info, login);
    if (!found.ok())
        return ctx.fail(found.error());
    const bool create = cl.isSet(QStringLiteral("create"));
    if (found->exists && create)
        return ctx.fail(conflictError(Tr::tr("The login “%1” exists already; run without --create.").arg(login), login));
    if (!found->exists && !create) {
        return ctx.fail(notFoundError(Tr::tr("The server has no login “%1”. Ask the database administrator to create "
                                             "it (CREATE ROLE … LOGIN PASSWORD …), or add --create if your login has "
                                             "CREATEROLE.")
                                          .arg(login),
                                      login));
    }
    if (found->exists && !found->canLogin)
        return ctx.fail(usageError(Tr::tr("“%1” is a group role, not a login.").arg(login), login));
    if (found->owner)
        return ctx.fail(conflictError(Tr::tr("“%1” owns the database and is always an admin.").arg(login), login));

    sql::Transaction tx(ctx.workspace().connection());
    if (!tx.isActive())
        return ctx.fail(fromError(tx.error(), ErrorSource::Workspace));
    if (create) {
        if (auto e = createLogin(ctx, info, login))
            return ctx.fail(*e);
    }
    const bool toAdmin = *role == kAdmin;
    const QString target = toAdmin ? info.adminGroup : info.recruiterGroup;
    const QString other = toAdmin ? info.recruiterGroup : info.adminGroup;
    if (found->groups.contains(other)) {
        if (auto e = runRoleStatement(ctx, QStringLiteral("REVOKE %1 FROM %2").arg(sql::quotedIdentifier(other), sql::quotedIdentifier(login)),
                                      onlyOwnerAddsAdmins(info)))
            return ctx.fail(*e);
    }
    if (!found->groups.contains(target)) {
        if (auto e = runRoleStatement(ctx, QStringLiteral("GRANT %1 TO %2").arg(sql::quotedIdentifier(target), sql::quotedIdentifier(login)),
                                      onlyOwnerAddsAdmins(info)))
            return ctx.fail(*e);
    }
    if (Status s = tx.commit())
        return ctx.fail(fromError(*s, ErrorSource::Workspace));
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("login"), login},
                                {QStringLiteral("role"), *role},
                                {QStringLiteral("created"), create}});
    } else {
        ctx.output().print(toAdmin ? Tr::tr("“%1” is now an admin of %2.").arg(login, info.database)
                                   : Tr::tr("“%1” is now a recruiter of %2.").arg(login, info.database));
    }
    return ExitOk;
}

int removeCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("team remove"), QStringLiteral("LOGIN"),
                   Tr::tr("Take a login out of the team: it can no longer open this workspace. The login itself "
                          "stays on the server (dropping it is the database administrator's job)."));
    cl.addPositional(QStringLiteral("LOGIN"), Tr::tr("The database login (user name)."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    const QString login = cl.positional().constFirst().trimmed();
    TeamInfo info;
    if (auto rc = openTeam(ctx, &info))
        return *rc;
    if (auto rc = requireAdmin(ctx, info))
        return *rc;
    auto found = findLogin(ctx, info, login);
    if (!found.ok())
        return ctx.fail(found.error());
    if (!found->exists)
        return ctx.fail(notFoundError(Tr::tr("The server has no login “%1”.").arg(login), login));
    if (found->owner)
        return ctx.fail(conflictError(Tr::tr("“%1” owns the database and cannot be removed from the team.").arg(login), login));
    if (found->groups.isEmpty())
        return ctx.fail(notFoundError(Tr::tr("“%1” is not a member of this team.").arg(login), login));
    sql::Transaction tx(ctx.workspace().connection());
    if (!tx.isActive())
        return ctx.fail(fromError(tx.error(), ErrorSource::Workspace));
    for (const QString &group : std::as_const(found->groups)) {
        if (auto e = runRoleStatement(ctx, QStringLiteral("REVOKE %1 FROM %2").arg(sql::quotedIdentifier(group), sql::quotedIdentifier(login)),
                                      onlyOwnerAddsAdmins(info)))
            return ctx.fail(*e);
    }
    if (Status s = tx.commit())
        return ctx.fail(fromError(*s, ErrorSource::Workspace));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("login"), login}, {QStringLiteral("removed"), true}});
    else
        ctx.output().print(Tr::tr("“%1” is no longer a member of %2.").arg(login, info.database));
    return ExitOk;
}

} // namespace

int runTeam(Context &ctx, const QStringList &args)
{
    const QStringList subcommands{QStringLiteral("connect"), QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("remove"),
                                  QStringLiteral("role")};
    if (args.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty() && wantsHelp(rest)) {
        ctx.output().out() << groupHelp();
        ctx.output().out().flush();
        return ExitOk;
    }
    if (sub == QStringLiteral("connect")) // reached only as `team --json connect`
        return runTeamConnect(ctx, rest);
    if (sub == QStringLiteral("members"))
        return membersCommand(ctx, rest);
    if (sub == QStringLiteral("add"))
        return addCommand(ctx, rest);
    if (sub == QStringLiteral("remove"))
        return removeCommand(ctx, rest);
    if (sub == QStringLiteral("role"))
        return roleCommand(ctx, rest);
    if (sub.isEmpty()) {
        return ctx.fail(usageError(Tr::tr("'team' needs a subcommand: %1. See 'sourcedesk-cli team --help'.")
                                       .arg(subcommands.join(QStringLiteral(", ")))));
    }
    return ctx.fail(usageError(Tr::tr("Unknown subcommand 'team %1'; accepted: %2. See 'sourcedesk-cli team --help'.")
                                   .arg(sub, subcommands.join(QStringLiteral(", "))),
                               sub));
}

} // namespace sd::cli
