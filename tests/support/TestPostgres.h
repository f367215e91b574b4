#pragma once

#include "TeamServer.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <optional>

namespace sd::test {

// The throw-away PostgreSQL server of scripts/with-postgres.sh (SOURCEDESK_TEST_PG: a superuser's
// location; its password is in the PGPASSFILE the script wrote). Tests that run "against
// PostgreSQL as well" are the same executables run with SOURCEDESK_TEST_BACKEND=postgres.
inline std::optional<TeamServer> testServer()
{
    const QString location = qEnvironmentVariable("SOURCEDESK_TEST_PG");
    if (location.isEmpty())
        return std::nullopt;
    return TeamServer::parse(location);
}

inline bool testingPostgres()
{
    return qEnvironmentVariable("SOURCEDESK_TEST_BACKEND") == QLatin1String("postgres");
}

// Runs one statement as the test server's superuser on `database` (the maintenance one by default).
inline bool superuserExec(const QString &statement, const QString &database = QStringLiteral("postgres"),
                          QString *error = nullptr)
{
    const auto server = testServer();
    if (!server)
        return false;
    const QString name = QStringLiteral("sd-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(database);
        db.setConnectOptions(server->connectOptions());
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new empty database on the test server; dropped by dropDatabase. Returns its location.
inline QString createDatabase(const QString &prefix = QStringLiteral("sdt"))
{
    const auto server = testServer();
    if (!server)
        qFatal("SOURCEDESK_TEST_PG is not set: run the tests through scripts/with-test-session.sh");
    TeamServer s = *server;
    s.database = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!superuserExec(QStringLiteral("CREATE DATABASE \"%1\"").arg(s.database), QStringLiteral("postgres"), &error))
        qFatal("cannot create a test database: %s", qPrintable(error));
    return s.location();
}

inline void dropDatabase(const QString &location)
{
    if (const auto s = TeamServer::parse(location)) {
        superuserExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(s->database));
        // The team roles of that workspace (migration 8) are the cluster's, not the database's.
        for (const char *suffix : {"_admin", "_recruiter"})
            superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1%2\"").arg(s->database, QLatin1String(suffix)));
    }
}

// A login with a password (and CREATEROLE) that owns a new empty database, as an admin sets up a
// team workspace: what a user types into "Connect to a team workspace" or `team connect`.
struct TeamOwner
{
    TeamServer server; // as that login
    QString password;

    // Empty on success, else what went wrong.
    QString create(const QString &prefix)
    {
        const auto super = testServer();
        if (!super)
            return QStringLiteral("SOURCEDESK_TEST_PG is not set");
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        server = *super;
        server.user = prefix + QStringLiteral("_login_") + suffix;
        server.database = prefix + QStringLiteral("_team_") + suffix;
        password = QStringLiteral("pw ") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        if (!superuserExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2'").arg(server.user, password),
                           QStringLiteral("postgres"), &error))
            return error;
        m_created = true;
        superuserExec(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(server.database, server.user),
                      QStringLiteral("postgres"), &error);
        return error;
    }
    // The database, the team's group roles (made by the first open, models/TeamRolesSchema.cpp)
    // and the login.
    void drop()
    {
        if (!m_created)
            return;
        dropDatabase(server.location());
        superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(server.user));
        m_created = false;
    }
    bool created() const { return m_created; }

private:
    bool m_created = false;
};

// In a test that only means something on one backend (a damaged SQLite file, PostgreSQL roles).
#define SD_REQUIRE_SQLITE()                                                                                            \
    do {                                                                                                               \
        if (::sd::test::testingPostgres())                                                                             \
            QSKIP("a local (SQLite) workspace file only");                                                             \
    } while (false)
#define SD_REQUIRE_POSTGRES()                                                                                          \
    do {                                                                                                               \
        if (!::sd::test::testServer()) {                                                                               \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL("SOURCEDESK_TEST_PG is not set; CI must run the tests through scripts/with-test-session.sh");    \
            QSKIP("no test PostgreSQL server (run through scripts/with-test-session.sh)");                             \
        }                                                                                                              \
    } while (false)

} // namespace sd::test
