// Team workspaces: the PostgreSQL side of Workspace (connections, server checks, the user's role).
#include "Workspace.h"

#include "Migrations.h"
#include "SqlUtil.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcTeam, "sourcedesk.workspace.team")
}

namespace sd {

namespace {

// libpq's words (English on every server we ship for: lc_messages does not reach the client
// before authentication) turned into what a recruiter can act on.
Error classifyConnectError(const TeamServer &server, const QString &driverText)
{
    const QString lower = driverText.toLower();
    const QString where = server.location();
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("authentication failed"))) {
        return Error(Error::Code::AuthFailed,
                     QObject::tr("The server refused the password for “%1”. Check the user name and password, or "
                                 "ask your admin to reset it.")
                         .arg(server.user),
                     where);
    }
    if (lower.contains(QLatin1String("no pg_hba.conf entry")) || lower.contains(QLatin1String("permission denied for database"))) {
        return Error(Error::Code::AuthFailed,
                     QObject::tr("The server does not let “%1” into the database “%2” from this computer. Ask your "
                                 "admin to give this login access.")
                         .arg(server.user, server.database),
                     where);
    }
    if (lower.contains(QLatin1String("database")) && lower.contains(QLatin1String("does not exist"))) {
        return Error(Error::Code::NotFound,
                     QObject::tr("The server has no database “%1”. Check the name, or ask your admin to create it.")
                         .arg(server.database),
                     where);
    }
    if (lower.contains(QLatin1String("ssl")) || lower.contains(QLatin1String("certificate"))) {
        return Error(Error::Code::Unreachable,
                     QObject::tr("The secure connection to %1 failed (TLS mode %2): %3")
                         .arg(server.host, server.sslMode, driverText.trimmed()),
                     where);
    }
    if (lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("could not translate host name")) || lower.contains(QLatin1String("timeout"))
        || lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("no route to host"))
        || lower.contains(QLatin1String("connection to server"))) {
        return Error(Error::Code::Unreachable,
                     QObject::tr("The team server %1 (port %2) does not answer. Check the server name and port, your "
                                 "network or VPN, and try again.")
                         .arg(server.host)
                         .arg(server.port),
                     where);
    }
    return Error(Error::Code::Database, QObject::tr("Cannot open the team workspace: %1").arg(driverText.trimmed()), where);
}

} // namespace

Result<std::shared_ptr<Workspace>> Workspace::openTeam(const QString &location, const Options &options)
{
    QString why;
    const std::optional<TeamServer> server = TeamServer::parse(location, &why);
    if (!server)
        return Error(Error::Code::InvalidArgument, why, TeamServer::withoutPassword(location));
    std::shared_ptr<Workspace> ws(new Workspace(server->location(), options.readOnly));
    ws->m_team = server;
    ws->m_password = options.password;
    const int target = options.targetSchemaVersion > 0 ? options.targetSchemaVersion : currentSchemaVersion();
    if (Status s = ws->prepareSchema(target))
        return *s;
    return ws;
}

Result<QSqlDatabase> Workspace::openPostgresConnection(const QString &name) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error(Error::Code::Unsupported,
                     QObject::tr("This installation has no PostgreSQL support (Qt's QPSQL driver is missing); "
                                 "install libqt6sql6-psql."),
                     m_path);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_team->host);
    db.setPort(m_team->port);
    db.setDatabaseName(m_team->database);
    db.setUserName(m_team->user);
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setConnectOptions(m_team->connectOptions());
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (!db.open())
        return classifyConnectError(*m_team, db.lastError().text());

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return classifyConnectError(*m_team, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version < kMinimumServerVersion) {
        return Error(Error::Code::TooOld,
                     QObject::tr("The team server runs PostgreSQL %1.%2; Sourcedesk needs PostgreSQL 13 or newer. Ask "
                                 "your admin to upgrade the server.")
                         .arg(version / 10000)
                         .arg(version % 10000),
                     m_path);
    }
    // Timestamps are integers; text comparisons and sorting must not depend on the server's setup.
    for (const char *setting : {"SET client_min_messages = warning", "SET lock_timeout = '10s'"}) {
        if (!q.exec(QString::fromLatin1(setting)))
            return classifyConnectError(*m_team, q.lastError().text());
    }
    if (m_readOnly && !q.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return classifyConnectError(*m_team, q.lastError().text());
    // Who wrote a change, for the change feed's notifications (ChangeFeedSchema.cpp).
    q.prepare(QStringLiteral("SELECT set_config('sourcedesk.instance', ?, false)"));
    q.addBindValue(m_id);
    if (!q.exec())
        return classifyConnectError(*m_team, q.lastError().text());
    qCDebug(lcTeam) << "connected" << name << "to" << m_team->displayName();
    return db;
}

Result<QSqlDatabase> Workspace::openListenerConnection() const
{
    const QString name = threadConnectionName() + QStringLiteral(":listen");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    return openConnection(name);
}

Status Workspace::detectRole(const QSqlDatabase &db)
{
    // Admins: the database's owner and members of the "<database>_admin" group role (see
    // docs/team.md). Everyone else who may connect is a recruiter; the database enforces it.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT d.datdba = r.oid FROM pg_database d, pg_roles r "
            "        WHERE d.datname = current_database() AND r.rolname = current_user) "
            "    OR EXISTS(SELECT 1 FROM pg_roles g WHERE g.rolname = current_database() || '_admin' "
            "              AND pg_has_role(current_user, g.oid, 'MEMBER'))"))
        || !q.next()) {
        return sql::errorFrom(q, QStringLiteral("reading the team role"));
    }
    m_role = q.value(0).toBool() ? TeamRole::Admin : TeamRole::Recruiter;
    return std::nullopt;
}

} // namespace sd
