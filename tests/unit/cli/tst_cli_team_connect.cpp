// `--workspace postgresql://…` and `team connect` against the throw-away PostgreSQL server
// (scripts/with-postgres.sh): the password from PGPASSWORD or the keychain, and the exit code and
// error name a script sees for a wrong password or a server that does not answer.
#include "CliHarness.h"
#include "TestPostgres.h"

#include "MemorySecretStore.h"

#include <QTcpServer>
#include <QUuid>

using namespace clitest;

class TestCliTeamConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void workspaceWithPgpassword();
    void wrongPasswordExitCode();
    void unreachableServer();
    void teamConnectKeepsThePasswordInTheKeychain();

private:
    QStringList connectArgs(int port) const;

    sd::TeamServer m_team;
    QString m_password;
    bool m_created = false;
};

void TestCliTeamConnect::initTestCase()
{
    SD_REQUIRE_POSTGRES();
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_team = *sd::test::testServer();
    m_team.user = QStringLiteral("sdt_cli_") + suffix;
    m_team.database = QStringLiteral("sdt_cli_") + suffix;
    m_password = QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString error;
    QVERIFY2(sd::test::superuserExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2'").arg(m_team.user, m_password),
                                     QStringLiteral("postgres"), &error),
             qPrintable(error));
    QVERIFY2(sd::test::superuserExec(
                 QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(m_team.database, m_team.user),
                 QStringLiteral("postgres"), &error),
             qPrintable(error));
    m_created = true;
}

void TestCliTeamConnect::cleanupTestCase()
{
    qunsetenv("PGPASSWORD");
    if (!m_created)
        return;
    sd::test::superuserExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_team.database));
    // The first open made the team's group roles (models/TeamRolesSchema.cpp); they go too.
    sd::test::superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1_admin\", \"%1_recruiter\", \"%2\"")
                                .arg(m_team.database, m_team.user));
}

void TestCliTeamConnect::init()
{
    qunsetenv("PGPASSWORD");
}

QStringList TestCliTeamConnect::connectArgs(int port) const
{
    return {s("team"),     s("connect"),     s("--server"), m_team.host, s("--port"),    QString::number(port),
            s("--database"), m_team.database, s("--user"),   m_team.user, s("--sslmode"), m_team.sslMode};
}

void TestCliTeamConnect::workspaceWithPgpassword()
{
    CliHarness cli;
    sd::connection::MemorySecretStore store; // empty: libpq's PGPASSWORD is the source
    cli.environment().secretStore = &store;
    qputenv("PGPASSWORD", m_password.toUtf8());
    CliRun r = cli.runRaw({s("--workspace"), m_team.location(), s("campaigns"), s("create"), s("Team search")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    r = cli.runRaw({s("--json"), s("--workspace"), m_team.location(), s("campaigns"), s("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QVERIFY2(r.out.contains(s("Team search")), qPrintable(r.dump()));
}

void TestCliTeamConnect::wrongPasswordExitCode()
{
    CliHarness cli;
    sd::connection::MemorySecretStore store;
    cli.environment().secretStore = &store;
    qputenv("PGPASSWORD", "certainly wrong");
    CliRun r = cli.runRaw({s("--json"), s("--workspace"), m_team.location(), s("campaigns"), s("list")});
    QVERIFY2(r.exitCode == sd::cli::ExitWorkspace, qPrintable(r.dump()));
    QCOMPARE(r.errorJson().value(s("code")).toString(), s("workspace_auth_failed"));
    QVERIFY(r.errorJson().value(s("message")).toString().contains(s("team connect")));
    QVERIFY(!r.err.contains(s("certainly wrong")));

    // Without any password at all: the same answer, not a crash or a hang.
    qunsetenv("PGPASSWORD");
    r = cli.runRaw({s("--workspace"), m_team.location(), s("campaigns"), s("list")});
    expectError(r, sd::cli::ExitWorkspace, {m_team.user});
}

void TestCliTeamConnect::unreachableServer()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    sd::TeamServer closed = m_team;
    closed.port = probe.serverPort();
    probe.close();
    CliHarness cli;
    sd::connection::MemorySecretStore store;
    cli.environment().secretStore = &store;
    const CliRun r = cli.runRaw({s("--json"), s("--workspace"), closed.location(), s("campaigns"), s("list")});
    QVERIFY2(r.exitCode == sd::cli::ExitWorkspace, qPrintable(r.dump()));
    QCOMPARE(r.errorJson().value(s("code")).toString(), s("workspace_unreachable"));
}

void TestCliTeamConnect::teamConnectKeepsThePasswordInTheKeychain()
{
    CliHarness cli;
    sd::connection::MemorySecretStore store;
    cli.environment().secretStore = &store;

    // A wrong password is refused and nothing is stored.
    cli.environment().readStdin = [] { return QByteArray("nope\n"); };
    CliRun r = cli.runRaw(connectArgs(m_team.port));
    expectError(r, sd::cli::ExitWorkspace, {m_team.user});
    QVERIFY(store.isEmpty());

    // No password on stdin: a usage error, never an argument.
    cli.environment().readStdin = [] { return QByteArray(); };
    r = cli.runRaw(connectArgs(m_team.port));
    expectError(r, sd::cli::ExitUsage, {s("stdin")});

    const QByteArray typed = m_password.toUtf8() + '\n';
    cli.environment().readStdin = [typed] { return typed; };
    r = cli.runRaw(connectArgs(m_team.port));
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QVERIFY(r.out.contains(m_team.database + s(" on ") + m_team.host));
    QVERIFY(!r.out.contains(m_password));
    QCOMPARE(store.value(m_team.keychainKey()), m_password);

    // From now on --workspace needs neither PGPASSWORD nor ~/.pgpass.
    r = cli.runRaw({s("--workspace"), m_team.location(), s("campaigns"), s("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
}

QTEST_GUILESS_MAIN(TestCliTeamConnect)
#include "tst_cli_team_connect.moc"
