// `--workspace postgresql://…` and `team connect` against the throw-away PostgreSQL server
// (scripts/with-postgres.sh): the password from PGPASSWORD or the keychain, and the exit code and
// error name a script sees for a wrong password or a server that does not answer.
#include "CliHarness.h"
#include "TestPostgres.h"

#include "MemorySecretStore.h"

#include <QTcpServer>

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

    sd::test::TeamOwner m_owner;
    sd::TeamServer &m_team = m_owner.server;
    QString &m_password = m_owner.password;
};

void TestCliTeamConnect::initTestCase()
{
    SD_REQUIRE_POSTGRES();
    const QString error = m_owner.create(QStringLiteral("sdt_cli"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliTeamConnect::cleanupTestCase()
{
    qunsetenv("PGPASSWORD");
    if (!m_owner.created())
        return;
    m_owner.drop();
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
