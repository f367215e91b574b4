// Moving a workspace between a local file and a team server (services/workspace): every table
// row by row, the search, the analytics rollups and their triggers, cancel, refusals. The
// PostgreSQL parts need scripts/with-postgres.sh (SD_REQUIRE_POSTGRES skips them otherwise).

#include "CandidateRepository.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "TempWorkspace.h"
#include "TestPostgres.h"
#include "TransferFixture.h"
#include "Workspace.h"
#include "workspace/TableCatalog.h"
#include "workspace/WorkspaceTransfer.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;
using sd::transfer::WorkspaceTransfer;

namespace {

std::shared_ptr<Workspace> openOrFail(const QString &location)
{
    auto ws = Workspace::open(location);
    if (!ws.ok())
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(ws.error().toString()));
    return ws.value();
}

// A new PostgreSQL database for one test, dropped with it.
class PgDatabase
{
public:
    PgDatabase() : m_location(createDatabase(QStringLiteral("sdtransfer"))) {}
    ~PgDatabase() { dropDatabase(m_location); }
    QString location() const { return m_location; }

private:
    QString m_location;
};

qint64 rowsIn(const Workspace &ws, const QString &table)
{
    QSqlQuery q(ws.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestWorkspaceTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_local; // the filled source, made once

    QString newFile(const QString &name) const { return m_dir.filePath(name); }

    // Same tables, same columns, same rows (as text, in any order).
    void compareWorkspaces(const Workspace &a, const Workspace &b)
    {
        const auto plan = WorkspaceTransfer(a, b).plan();
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        for (const QString &table : plan.value()) {
            const QStringList columns = tableColumns(a.connection(), table);
            QCOMPARE(tableColumns(b.connection(), table), columns);
            const QStringList left = tableRows(a.connection(), table, columns);
            const QStringList right = tableRows(b.connection(), table, columns);
            if (left != right) {
                for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
                    if (left.value(i) != right.value(i))
                        qWarning("%s row %lld:\n  source %s\n  target %s", qPrintable(table), qlonglong(i),
                                 qPrintable(left.value(i)), qPrintable(right.value(i)));
                }
            }
            QVERIFY2(left == right, qPrintable(table));
        }
    }

    void copyOrFail(const Workspace &from, const Workspace &to)
    {
        WorkspaceTransfer job(from, to);
        QList<transfer::Progress> seen;
        job.setProgressHandler([&](const transfer::Progress &p) { seen << p; });
        auto result = job.run();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        // The verification count: every table, both sides, equal.
        QCOMPARE(result->counts.size(), job.plan()->size());
        for (const transfer::TableCount &c : result->counts) {
            QVERIFY2(c.matches(), qPrintable(c.table));
            QCOMPARE(c.target, rowsIn(to, c.table));
        }
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast().step, transfer::Progress::Step::Committing);
        QCOMPARE(seen.constLast().allDone, seen.constLast().allTotal);
        QCOMPARE(seen.constLast().allTotal, result->rows);
    }

    void searchFinds(const Workspace &ws)
    {
        CandidateRepository repo(ws);
        auto zoe = repo.search(QStringLiteral("zoë"), 10);
        QVERIFY2(zoe.ok(), qPrintable(zoe.ok() ? QString() : zoe.error().toString()));
        QCOMPARE(zoe->size(), 1);
        QCOMPARE(zoe->first().lastName, QStringLiteral("Ångström-Łukasiewicz"));
        auto sean = repo.search(QStringLiteral("obrien"), 10);
        QVERIFY(sean.ok());
        QCOMPARE(sean->size(), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_local = openOrFail(newFile(QStringLiteral("local.sqlite")));
        QVERIFY(fillWorkspace(*m_local));
        for (const QString &t : filledTables())
            QVERIFY2(rowsIn(*m_local, t) > 0, qPrintable(t));
    }

    // The copy finds its tables in the schema: nothing a later migration adds is forgotten.
    void copiesEverySchemaTableButTheDerivedOnes()
    {
        auto target = openOrFail(newFile(QStringLiteral("plan.sqlite")));
        QSqlQuery q(target->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")));
        QStringList expected;
        while (q.next())
            expected << q.value(0).toString();
        QVERIFY(expected.contains(QStringLiteral("candidates_fts")));
        for (const QString &skipped : {QStringLiteral("schema_info"), QStringLiteral("candidates_fts"),
                                       QStringLiteral("candidates_fts_data"), QStringLiteral("candidates_fts_idx"),
                                       QStringLiteral("candidates_fts_docsize"), QStringLiteral("candidates_fts_config")}) {
            QVERIFY2(expected.removeAll(skipped) == 1, qPrintable(skipped));
        }
        auto plan = WorkspaceTransfer(*m_local, *target).plan();
        QVERIFY(plan.ok());
        QStringList planned = plan.value();
        // Foreign-key order: a table comes after every table it references.
        const qsizetype members = planned.indexOf(QStringLiteral("campaign_members"));
        QVERIFY(members > planned.indexOf(QStringLiteral("campaigns")));
        QVERIFY(members > planned.indexOf(QStringLiteral("candidates")));
        QVERIFY(planned.indexOf(QStringLiteral("enrollments")) > members);
        QVERIFY(planned.indexOf(QStringLiteral("sequence_steps")) > planned.indexOf(QStringLiteral("sequences")));
        planned.sort();
        expected.sort();
        QCOMPARE(planned, expected);
        QCOMPARE(transfer::TableCatalog::derivedTables(),
                 (QStringList{QStringLiteral("candidates_fts"), QStringLiteral("candidate_search")}));
    }

    void localToLocalCopiesEveryRow()
    {
        auto target = openOrFail(newFile(QStringLiteral("copy.sqlite")));
        copyOrFail(*m_local, *target);
        compareWorkspaces(*m_local, *target);
        searchFinds(*target);
        // The rollups' triggers are back: a new activity is counted.
        const qint64 daily = rowsIn(*target, QStringLiteral("activity_daily"));
        QVERIFY(execAll(target->connection(),
                        {QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, occurred_at, author) "
                                        "SELECT min(id), 7, 5, 1800000000000, 'new author' FROM candidates")}));
        QVERIFY(rowsIn(*target, QStringLiteral("activity_daily")) > daily);
        // New rows get new ids.
        Candidate c = person(QStringLiteral("New"), QStringLiteral("Person"));
        QVERIFY(!CandidateRepository(*target).insert(c, QStringLiteral("t")));
        QVERIFY(c.id > 3);
    }

    void nonEmptyTargetIsRefused()
    {
        auto target = openOrFail(newFile(QStringLiteral("busy.sqlite")));
        QVERIFY(execAll(target->connection(), {QStringLiteral("INSERT INTO campaigns(name, created_at, updated_at) "
                                                              "VALUES ('Already here', 1, 1)")}));
        auto result = WorkspaceTransfer(*m_local, *target).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Conflict);
        QVERIFY2(result.error().message.contains(QStringLiteral("not empty")), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("campaigns")));
        QCOMPARE(rowsIn(*target, QStringLiteral("campaigns")), 1);
        QCOMPARE(rowsIn(*target, QStringLiteral("candidates")), 0);
    }

    void differentSchemaVersionIsRefused()
    {
        Workspace::Options old;
        old.targetSchemaVersion = currentSchemaVersion() - 1;
        auto target = Workspace::open(newFile(QStringLiteral("old.sqlite")), old);
        QVERIFY(target.ok());
        auto result = WorkspaceTransfer(*m_local, *target.value()).run();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("schema versions")), qPrintable(result.error().message));
    }

    void cancelHalfwayLeavesTheLocalTargetEmpty()
    {
        auto target = openOrFail(newFile(QStringLiteral("cancelled.sqlite")));
        cancelHalfway(*target);
    }

    // --- PostgreSQL ------------------------------------------------------------------------

    void toTeamServerAndBack()
    {
        SD_REQUIRE_POSTGRES();
        PgDatabase db;
        {
            auto team = openOrFail(db.location());
            QVERIFY(team->isTeam());
            copyOrFail(*m_local, *team);
            compareWorkspaces(*m_local, *team);
            searchFinds(*team);
            // Every table of the server's schema was copied, except the derived search table.
            QSqlQuery q(team->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")));
            QStringList expected;
            while (q.next())
                expected << q.value(0).toString();
            QVERIFY(expected.removeAll(QStringLiteral("schema_info")) == 1);
            QVERIFY(expected.removeAll(QStringLiteral("candidate_search")) == 1);
            QStringList planned = WorkspaceTransfer(*m_local, *team).plan().value();
            planned.sort();
            expected.sort();
            QCOMPARE(planned, expected);
            // The triggers paused for the copy are on again.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // The identity sequences were moved past the copied ids.
            Candidate c = person(QStringLiteral("Next"), QStringLiteral("One"));
            QVERIFY(!CandidateRepository(*team).insert(c, QStringLiteral("t")));
            QVERIFY(c.id > 3);
            QVERIFY(!CandidateRepository(*team).remove({c.id}));

            auto back = openOrFail(newFile(QStringLiteral("back.sqlite")));
            copyOrFail(*team, *back);
            compareWorkspaces(*m_local, *back);
            searchFinds(*back);
        }
    }

    void cancelHalfwayLeavesTheTeamServerEmpty()
    {
        SD_REQUIRE_POSTGRES();
        PgDatabase db;
        auto team = openOrFail(db.location());
        cancelHalfway(*team);
    }

    void nonEmptyTeamServerIsRefused()
    {
        SD_REQUIRE_POSTGRES();
        PgDatabase db;
        auto team = openOrFail(db.location());
        QVERIFY(execAll(team->connection(), {QStringLiteral("INSERT INTO sync_runs(kind, started_at) VALUES ('x', 1)")}));
        auto result = WorkspaceTransfer(*m_local, *team).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Conflict);
        QVERIFY2(result.error().message.contains(QStringLiteral("sync_runs")), qPrintable(result.error().message));
        QCOMPARE(rowsIn(*team, QStringLiteral("candidates")), 0);
    }

    // Timing, not a check: SOURCEDESK_TRANSFER_BENCH=100000 copies that many candidates each way.
    void benchmarkEachWay()
    {
        const int n = qEnvironmentVariableIntValue("SOURCEDESK_TRANSFER_BENCH");
        if (n <= 0)
            QSKIP("set SOURCEDESK_TRANSFER_BENCH=<candidates> to time a copy");
        SD_REQUIRE_POSTGRES();
        auto big = openOrFail(newFile(QStringLiteral("big.sqlite")));
        QVERIFY(execAll(big->connection(), {
            QStringLiteral("INSERT INTO campaigns(id, name, created_at, updated_at) VALUES (1, 'Big', 1, 1)"),
            QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO candidates(first_name, last_name, emails, company, title, city, country_code, "
                           "tags, notes, created_at, updated_at) SELECT 'First' || i, 'Läst' || i, "
                           "'p' || i || '@example.com', 'Company ' || (i % 997), 'Engineer', 'Zürich', 'CH', "
                           "'tag' || (i % 13), 'Some notes about candidate ' || i, i, i FROM s").arg(n),
            QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, status_changed_at) "
                           "SELECT 1, id, id % 4, id, id FROM candidates WHERE id % 2 = 0"),
            QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, subject, occurred_at, author) "
                           "SELECT id, 1, id % 8, 'Subject', id * 1000, 'a' || (id % 5) FROM candidates WHERE id % 2 = 0"),
            QStringLiteral("INSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild')"),
        }));
        PgDatabase db;
        auto team = openOrFail(db.location());
        QElapsedTimer t;
        t.start();
        copyOrFail(*big, *team);
        const qint64 up = t.restart();
        auto back = openOrFail(newFile(QStringLiteral("big-back.sqlite")));
        copyOrFail(*team, *back);
        const qint64 down = t.elapsed();
        qInfo("%d candidates: SQLite -> PostgreSQL %lld ms, PostgreSQL -> SQLite %lld ms", n, up, down);
    }

private:
    void cancelHalfway(const Workspace &target)
    {
        WorkspaceTransfer job(*m_local, target);
        job.setBatchRows(1);
        bool cancelledDuringCopy = false;
        job.setProgressHandler([&](const transfer::Progress &p) {
            if (p.step == transfer::Progress::Step::Copying && p.allDone * 2 >= p.allTotal && !job.isCancelled()) {
                job.cancel();
                cancelledDuringCopy = true;
            }
        });
        auto result = job.run();
        QVERIFY(cancelledDuringCopy);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        for (const QString &t : job.plan().value())
            QVERIFY2(rowsIn(target, t) == 0, qPrintable(t));
        // Still empty, so the copy can run again.
        copyOrFail(*m_local, target);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceTransfer)
#include "tst_workspace_transfer.moc"
