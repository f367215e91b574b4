#include "CandidateRepository.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "TempWorkspace.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Edits a workspace file behind the app's back, as an older or newer version would have left it.
void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// A new empty database on the test PostgreSQL server, dropped with the fixture.
struct TeamDatabase
{
    QString location = test::createDatabase();
    ~TeamDatabase() { test::dropDatabase(location); }
    QString name() const { return TeamServer::parse(location)->database; }
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void newWorkspaceHasCurrentSchemaAndWal()
    {
        SD_REQUIRE_SQLITE();
        test::TempWorkspace t;
        QVERIFY(t.ws().isNew());
        QCOMPARE(t.ws().schemaVersion(), currentSchemaVersion());
        QSqlQuery q(t.ws().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopenKeepsData()
    {
        test::TempWorkspace t;
        Candidate c = test::person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
        QVERIFY(!CandidateRepository(t.ws()).insert(c, QStringLiteral("me")));
        const QString path = t.path();
        t.close();
        auto again = Workspace::open(path);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(!again.value()->isNew());
        auto got = CandidateRepository(*again.value()).get(c.id);
        QVERIFY(got.ok());
        QCOMPARE(got->primaryEmail(), QStringLiteral("ada@example.com"));
    }

    void oldWorkspaceUpgradesWithDataIntact()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        qint64 id = 0;
        {
            Workspace::Options v1;
            v1.targetSchemaVersion = 1;
            auto ws = Workspace::open(path, v1);
            QVERIFY(ws.ok());
            QCOMPARE(ws.value()->schemaVersion(), 1);
            QSqlQuery q(ws.value()->connection());
            // The v1 schema has no sample flag; write the row the way v1 did.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates(first_name, last_name, emails, created_at, updated_at) "
                                          "VALUES ('Grace', 'Hopper', 'grace@example.com', 1, 1)")));
            id = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates_fts(rowid, first_name, last_name, emails, company, title, "
                                          "city, region, country_code, tags) SELECT id, first_name, last_name, emails, "
                                          "company, title, city, region, country_code, tags FROM candidates")));
            QVERIFY(!q.exec(QStringLiteral("SELECT is_sample FROM candidates")));
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->schemaVersion(), currentSchemaVersion());
        auto got = CandidateRepository(*ws.value()).get(id);
        QVERIFY(got.ok());
        QCOMPARE(got->lastName, QStringLiteral("Hopper"));
        QCOMPARE(got->sample, false);
        // The search index written under v1 still answers after the upgrade.
        auto found = CandidateRepository(*ws.value()).search(QStringLiteral("hop"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QVERIFY(!ws.value()->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(ws.value()->setting(QStringLiteral("k")), QStringLiteral("v"));
    }

    // Schema 7 adds the analytics rollups: the upgrade fills them from the rows already there, and
    // from then on the triggers keep them (tst_analytics_rollups checks them against the raw tables).
    void v6WorkspaceGainsAnalyticsRollups()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
        {
            Workspace::Options v6;
            v6.targetSchemaVersion = 6;
            auto ws = Workspace::open(path, v6);
            QVERIFY(ws.ok());
            QSqlQuery q(ws.value()->connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM member_milestones")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns(id, name, created_at, updated_at) VALUES (1, 'C', 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates(id, created_at, updated_at) VALUES (7, 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, "
                                          "status_changed_at) VALUES (1, 7, 2, 1000, 5000)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, "
                                          "changed_by) VALUES (1, 7, 0, 1000, ''), (1, 7, 1, 2000, ''), (1, 7, 2, 5000, '')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, occurred_at, author) "
                                          "VALUES (7, 1, 0, 2000, 'me'), (7, 1, 1, 5000, '')")));
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->schemaVersion(), currentSchemaVersion());
        QSqlQuery q(ws.value()->connection());
        const QString milestones = QStringLiteral("SELECT added_at, stage_rank, contacted_at, replied_at, interested_at, "
                                                  "outreach_at, reply_ms FROM member_milestones WHERE campaign_id = 1 AND candidate_id = 7");
        QVERIFY(q.exec(milestones) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1000);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toLongLong(), 2000);
        QCOMPARE(q.value(3).toLongLong(), 5000);
        QVERIFY(q.value(4).isNull());
        QCOMPARE(q.value(5).toLongLong(), 2000);
        QCOMPARE(q.value(6).toLongLong(), 3000);
        // Per campaign and for all campaigns (-1): two activities on day 0.
        QVERIFY(q.exec(QStringLiteral("SELECT sum(n) FROM activity_daily WHERE campaign_id = 1 AND day = 0")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT sum(n) FROM activity_daily WHERE campaign_id = -1")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        // The triggers are in place: removing the member leaves only the history's milestones.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaign_members")));
        QVERIFY(q.exec(milestones) && q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toLongLong(), 2000);
    }

    void newerWorkspaceIsRefusedAndLeftUnchanged()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Workspace::open(path).ok());
        rawExec(path, QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'"));
        rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::TooNew);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(ws.error().message.contains(QStringLiteral("999")));
        QCOMPARE(ws.error().where, QFileInfo(path).absoluteFilePath());
        QCOMPARE(fileHash(path), before);
    }

    void corruptFileIsRefusedAndLeftUnchanged()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        f.write(junk);
        f.close();
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::Corrupt);
        QVERIFY(ws.error().message.contains(QStringLiteral("damaged")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), junk);
    }

    void foreignSqliteFileIsRefused()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE music(id INTEGER PRIMARY KEY, title TEXT)"));
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::Corrupt);
        QVERIFY(ws.error().message.contains(QStringLiteral("not a Sourcedesk workspace")));
    }

    void folderAndMissingReadOnlyAreClearErrors()
    {
        SD_REQUIRE_SQLITE();
        QTemporaryDir dir;
        auto asFolder = Workspace::open(dir.path());
        QVERIFY(!asFolder.ok());
        QCOMPARE(asFolder.error().code, Error::Code::InvalidArgument);
        Workspace::Options ro;
        ro.readOnly = true;
        auto missing = Workspace::open(dir.filePath(QStringLiteral("none.sqlite")), ro);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void newTeamWorkspaceHasCurrentSchemaAndSearchIndex()
    {
        SD_REQUIRE_POSTGRES();
        TeamDatabase d;
        auto ws = Workspace::open(d.location);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QVERIFY(ws.value()->isTeam());
        QVERIFY(ws.value()->isNew());
        QCOMPARE(ws.value()->schemaVersion(), currentSchemaVersion());
        QSqlQuery q(ws.value()->connection());
        // The search index is a GIN index over one tsvector per candidate, not an FTS5 table.
        QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'candidate_search' "
                                      "AND indexname = 'candidate_search_doc'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("gin")), qPrintable(q.value(0).toString()));
        QVERIFY(!sql::tableNames(ws.value()->connection()).contains(QStringLiteral("candidates_fts")));
    }

    void teamWorkspaceReopensWithItsData()
    {
        SD_REQUIRE_POSTGRES();
        TeamDatabase d;
        qint64 id = 0;
        {
            auto ws = Workspace::open(d.location);
            QVERIFY(ws.ok());
            Candidate c = test::person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
            QVERIFY(!CandidateRepository(*ws.value()).insert(c, QStringLiteral("me")));
            id = c.id;
        }
        auto again = Workspace::open(d.location);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(!again.value()->isNew());
        CandidateRepository repo(*again.value());
        QCOMPARE(repo.get(id)->primaryEmail(), QStringLiteral("ada@example.com"));
        auto found = repo.search(QStringLiteral("love"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    // A v1 team workspace (search documents written by v1) upgrades and still answers searches.
    void oldTeamWorkspaceUpgradesWithSearchIntact()
    {
        SD_REQUIRE_POSTGRES();
        TeamDatabase d;
        qint64 id = 0;
        {
            Workspace::Options v1;
            v1.targetSchemaVersion = 1;
            auto ws = Workspace::open(d.location, v1);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QCOMPARE(ws.value()->schemaVersion(), 1);
            QSqlQuery q(ws.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates(first_name, last_name, emails, created_at, updated_at) "
                                          "VALUES ('Grace', 'Hopper', 'grace@example.com', 1, 1) RETURNING id")));
            QVERIFY(q.next());
            id = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidate_search(candidate_id, doc) "
                                          "VALUES (%1, to_tsvector('simple', 'grace hopper grace example com'))").arg(id)));
        }
        auto ws = Workspace::open(d.location);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(ws.value()->schemaVersion(), currentSchemaVersion());
        auto found = CandidateRepository(*ws.value()).search(QStringLiteral("hop"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).id, id);
        QCOMPARE(found->at(0).sample, false);
    }

    void newerTeamWorkspaceIsRefusedAndLeftUnchanged()
    {
        SD_REQUIRE_POSTGRES();
        TeamDatabase d;
        {
            auto ws = Workspace::open(d.location);
            QVERIFY(ws.ok());
            QSqlQuery q(ws.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        auto ws = Workspace::open(d.location);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::TooNew);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(ws.error().message.contains(QStringLiteral("999")));
        // Nothing was migrated or rewritten: the version is still the newer one.
        QVERIFY(test::superuserExec(QStringLiteral("DO $$ BEGIN IF (SELECT value FROM schema_info WHERE key = "
                                                   "'schema_version') <> '999' THEN RAISE 'changed'; END IF; END $$"),
                                    d.name()));
    }

    void databaseWithForeignTablesIsRefused()
    {
        SD_REQUIRE_POSTGRES();
        TeamDatabase d;
        QVERIFY(test::superuserExec(QStringLiteral("CREATE TABLE music(id BIGINT PRIMARY KEY, title TEXT)"), d.name()));
        auto ws = Workspace::open(d.location);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::Corrupt);
        QVERIFY2(ws.error().message.contains(QStringLiteral("not a Sourcedesk workspace")), qPrintable(ws.error().message));
        QVERIFY2(ws.error().message.contains(QStringLiteral("empty database")), qPrintable(ws.error().message));
        // Left unchanged: no Sourcedesk table was created next to the foreign one.
        QVERIFY(test::superuserExec(QStringLiteral("SELECT count(*) FROM music"), d.name()));
        QVERIFY(!test::superuserExec(QStringLiteral("SELECT count(*) FROM schema_info"), d.name()));
    }

    void teamLocationsParse()
    {
        SD_REQUIRE_SQLITE(); // no server involved: once is enough
        QString why;
        const auto s = TeamServer::parse(QStringLiteral("postgresql://rita@db.example.com:6543/recruiting?sslmode=require"), &why);
        QVERIFY2(s, qPrintable(why));
        QCOMPARE(s->host, QStringLiteral("db.example.com"));
        QCOMPARE(s->port, 6543);
        QCOMPARE(s->user, QStringLiteral("rita"));
        QCOMPARE(s->database, QStringLiteral("recruiting"));
        QCOMPARE(s->sslMode, QStringLiteral("require"));
        QCOMPARE(TeamServer::parse(s->location()), s); // round trip
        QCOMPARE(TeamServer::parse(QStringLiteral("postgresql://rita@db/recruiting"))->port, 5432);
        QVERIFY(!TeamServer::parse(QStringLiteral("postgresql://rita@db.example.com"), &why));
        QVERIFY(!TeamServer::parse(QStringLiteral("postgresql://rita@db/recruiting?sslmode=maybe"), &why));
        QVERIFY(!TeamServer::parse(QStringLiteral("/home/rita/workspace.sqlite"), &why));
    }

    void aPasswordInATeamLocationIsNeverRepeated()
    {
        SD_REQUIRE_SQLITE();
        const QString secret = QStringLiteral("hunter2-secret");
        QCOMPARE(TeamServer::withoutPassword(QStringLiteral("postgresql://rita:%1@db:5432/recruiting").arg(secret)),
                 QStringLiteral("postgresql://rita:***@db:5432/recruiting"));
        QCOMPARE(TeamServer::withoutPassword(QStringLiteral("postgresql://rita@db/recruiting")),
                 QStringLiteral("postgresql://rita@db/recruiting"));
        QCOMPARE(TeamServer::withoutPassword(QStringLiteral("postgresql://db:5432/recruiting")),
                 QStringLiteral("postgresql://db:5432/recruiting"));
        // A password with an '@' in it, and an address QUrl itself cannot parse (port out of range).
        for (const QString &location : {QStringLiteral("postgresql://rita:a@%1@db/recruiting").arg(secret),
                                        QStringLiteral("postgresql://rita:%1@db:99999/recruiting").arg(secret)}) {
            QVERIFY2(!TeamServer::withoutPassword(location).contains(secret), qPrintable(location));
            QString why;
            QVERIFY(!TeamServer::parse(location, &why));
            QVERIFY2(!why.contains(secret), qPrintable(why));
            auto ws = Workspace::open(location);
            QVERIFY(!ws.ok());
            QVERIFY2(!ws.error().toString().contains(secret), qPrintable(ws.error().toString()));
            QVERIFY(ws.error().toString().contains(QStringLiteral("Leave the password out")));
        }
    }

    void everyThreadGetsItsOwnConnection()
    {
        test::TempWorkspace t;
        const QString mainName = t.ws().connection().connectionName();
        QString workerName;
        bool workerOk = false;
        QThread *thread = QThread::create([&] {
            ThreadConnectionGuard guard(t.ws());
            QSqlDatabase db = t.ws().connection();
            workerName = db.connectionName();
            QSqlQuery q(db);
            workerOk = q.exec(QStringLiteral("SELECT count(*) FROM candidates")) && q.next();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(workerOk);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
