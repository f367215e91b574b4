// `sourcedesk-cli workspace copy --to LOCATION` as a user runs it: the verification table on
// stdout, progress on stderr, --json, the exit codes of a refusal and of bad arguments.

#include "CliHarness.h"
#include "TestPostgres.h"
#include "TransferFixture.h"
#include "Workspace.h"

#include <QJsonArray>

using namespace sd;
using namespace sd::test;
using namespace clitest;

class TestCliWorkspaceCopy : public QObject
{
    Q_OBJECT

private:
    CliHarness m_cli;

    // The harness's workspace, filled once.
    void fill()
    {
        auto ws = Workspace::open(m_cli.workspace());
        QVERIFY(ws.ok());
        QVERIFY(fillWorkspace(*ws.value()));
    }

private slots:
    void initTestCase() { fill(); }

    void copiesToANewFileAndShowsTheCounts()
    {
        const QString target = m_cli.dir() + QStringLiteral("/copy.sqlite");
        CliRun r = m_cli.run({s("workspace"), s("copy"), s("--to"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(s("Table")) && r.out.contains(s("Source")) && r.out.contains(s("Target")), qPrintable(r.dump()));
        const QStringList lines = r.out.split(u'\n');
        const auto row = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(s("candidates ")); });
        QVERIFY2(row != lines.end(), qPrintable(r.dump()));
        QCOMPARE(row->simplified(), s("candidates 3 3 ok"));
        QVERIFY2(r.err.contains(s("Copying")), qPrintable(r.dump()));
        QVERIFY(!r.out.contains(s("DIFFERENT")));

        // The same target again: it is not empty any more.
        r = m_cli.run({s("workspace"), s("copy"), s("--to"), target});
        expectError(r, 6, {s("not empty"), target});
    }

    void jsonListsEveryTable()
    {
        const QString target = m_cli.dir() + QStringLiteral("/copy.json.sqlite");
        CliRun r = m_cli.run({s("--json"), s("workspace"), s("copy"), s("--to"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonArray tables = r.json().value(s("tables")).toArray();
        QVERIFY(tables.size() >= filledTables().size());
        for (const auto &t : tables) {
            QVERIFY(t.toObject().value(s("matches")).toBool());
            if (t.toObject().value(s("table")).toString() == s("activities"))
                QCOMPARE(t.toObject().value(s("target")).toInt(), 3);
        }
        QCOMPARE(r.json().value(s("rows")).toInt(), 58);
    }

    void badArguments()
    {
        expectError(m_cli.run({s("workspace"), s("copy")}), 2, {s("--to")});
        expectError(m_cli.run({s("workspace"), s("paste")}), 2, {s("paste")});
        expectError(m_cli.run({s("workspace"), s("copy"), s("--to"), m_cli.workspace()}), 2, {s("same workspace")});
    }

    void copiesToATeamServer()
    {
        SD_REQUIRE_POSTGRES();
        const QString location = createDatabase(QStringLiteral("sdtransfercli"));
        CliRun r = m_cli.run({s("workspace"), s("copy"), s("--to"), location});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(s("candidate_attachments")), qPrintable(r.dump()));
        r = m_cli.run({s("workspace"), s("copy"), s("--to"), location});
        expectError(r, 6, {s("not empty")});
        dropDatabase(location);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspaceCopy)
#include "tst_cli_workspace_copy.moc"
