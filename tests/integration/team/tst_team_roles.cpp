// Admin and recruiter in a team workspace, enforced by PostgreSQL: a recruiter's own SQL cannot
// change what the team shares, an admin's can, and the recruiter's normal work still goes through.
// Also `sourcedesk-cli team`.
#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "CliHarness.h"
#include "Migrations.h"
#include "SettingsStore.h"
#include "StageCatalog.h"
#include "TempWorkspace.h"
#include "TestPostgres.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sd;
using namespace sd::test;

namespace {

QString randomWord()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// One statement; its outcome as the recruiter would see it.
struct Outcome
{
    bool ok = false;
    int rows = -1;
    QString error;
};

Outcome run(const Workspace &ws, const QString &statement)
{
    QSqlQuery q(ws.connection());
    Outcome o;
    o.ok = q.exec(statement);
    o.rows = o.ok ? q.numRowsAffected() : -1;
    o.error = q.lastError().text();
    return o;
}

QString scalar(const Workspace &ws, const QString &statement)
{
    QSqlQuery q(ws.connection());
    if (!q.exec(statement))
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    if (!q.next())
        return QStringLiteral("<no row>");
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}

} // namespace

class TeamRolesTest : public QObject
{
    Q_OBJECT

private:
    QString m_location; // the team database, as the test superuser (its owner)
    QString m_database;
    QString m_admin, m_recruiter, m_created, m_plain;
    QString m_adminPassword, m_recruiterPassword, m_createdPassword;
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_owner, m_adminWs, m_recruiterWs;

    QString locationAs(const QString &user, const QString &database = {}) const
    {
        TeamServer s = *TeamServer::parse(m_location);
        s.user = user;
        if (!database.isEmpty())
            s.database = database;
        return s.location();
    }

    std::shared_ptr<Workspace> openAs(const QString &user, const QString &password)
    {
        Workspace::Options options;
        options.password = password;
        auto ws = Workspace::open(locationAs(user), options);
        if (!ws.ok()) {
            qWarning("cannot open the team workspace as %s: %s", qPrintable(user), qPrintable(ws.error().toString()));
            return {};
        }
        return ws.value();
    }

    // What the owner reads, whatever the recruiter's session sees.
    QString teamValue(const QString &key) const
    {
        return scalar(*m_owner, QStringLiteral("SELECT value FROM sync_settings WHERE layer = 1 AND scope_id = '' "
                                               "AND key = '%1'")
                                    .arg(key));
    }
    QString workspaceValue(const QString &key) const
    {
        return scalar(*m_owner, QStringLiteral("SELECT value FROM workspace_settings WHERE key = '%1'").arg(key));
    }
    QString stageMapping() const
    {
        return scalar(*m_owner, QStringLiteral("SELECT member_status FROM sr_stages WHERE stage_id = 'st1'"));
    }

    // A refused write: an error, or no row touched.
    static bool refused(const Outcome &o) { return !o.ok || o.rows == 0; }

    CliRun cli(const QString &user, const QStringList &args, const QByteArray &stdinText = {}) const
    {
        CliHarness h;
        h.environment().readStdin = [stdinText] { return stdinText; };
        return h.runRaw(QStringList{QStringLiteral("--workspace"), locationAs(user)} + args);
    }

private slots:
    void initTestCase()
    {
        SD_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
        m_location = createDatabase(QStringLiteral("sdteam"));
        m_database = TeamServer::parse(m_location)->database;
        const QString suffix = randomWord().toLower();
        m_admin = QStringLiteral("sdt_admin_") + suffix;
        m_recruiter = QStringLiteral("sdt_rec_") + suffix;
        m_created = QStringLiteral("sdt_new_") + suffix;
        m_plain = QStringLiteral("sdt_plain_") + suffix;
        m_adminPassword = randomWord();
        m_recruiterPassword = randomWord();
        m_createdPassword = randomWord();
        QString error;
        for (const auto &[login, password] : {std::pair{m_admin, m_adminPassword}, std::pair{m_recruiter, m_recruiterPassword},
                                              std::pair{m_plain, m_adminPassword}}) {
            QVERIFY2(superuserExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
                                   QStringLiteral("postgres"), &error),
                     qPrintable(error));
        }
        // The CLI takes passwords from libpq's password file, like a user's ~/.pgpass.
        QFile original(qEnvironmentVariable("PGPASSFILE"));
        QByteArray lines = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
        const TeamServer server = *TeamServer::parse(m_location);
        for (const auto &[login, password] : {std::pair{m_admin, m_adminPassword}, std::pair{m_recruiter, m_recruiterPassword},
                                              std::pair{m_created, m_createdPassword}, std::pair{m_plain, m_adminPassword}}) {
            lines += QStringLiteral("%1:%2:*:%3:%4\n").arg(server.host).arg(server.port).arg(login, password).toUtf8();
        }
        QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(lines);
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.fileName().toUtf8());

        auto owner = Workspace::open(m_location);
        QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().toString()));
        m_owner = owner.value();
        QVERIFY2(superuserExec(QStringLiteral("GRANT %1_admin TO %2").arg(m_database, m_admin), m_database, &error), qPrintable(error));
        QVERIFY2(superuserExec(QStringLiteral("GRANT %1_recruiter TO %2").arg(m_database, m_recruiter), m_database, &error),
                 qPrintable(error));

        // What the admin set up: team settings, the SmartRecruiters client, a mapped stage.
        for (const char *sql : {
                 "INSERT INTO sync_settings(layer, scope_id, key, value, locked, updated_at, updated_by) VALUES "
                 "(1, '', 'sync.jobStatuses', 'SOURCING,INTERVIEW', 1, 0, 'owner'), "
                 "(1, '', 'sync.fieldMapping', '{\"firstName\":\"first_name\"}', 1, 0, 'owner'), "
                 "(1, '', 'sync.tagsEnabled', 'true', 0, 0, 'owner')",
                 "INSERT INTO workspace_settings(key, value, updated_at) VALUES ('sr.clientId', 'team-client', 0), "
                 "('stagesync.preferred.added', 'st1', 0)",
                 "INSERT INTO sr_stages(stage_id, process_id, process_name, status, sub_status, label, member_status, "
                 "flagged, seen_at) VALUES ('st1', 'p1', 'Default', 'NEW', '', 'New', 0, '', 0)"}) {
            const Outcome o = run(*m_owner, QString::fromLatin1(sql));
            QVERIFY2(o.ok, qPrintable(o.error));
        }
        m_adminWs = openAs(m_admin, m_adminPassword);
        m_recruiterWs = openAs(m_recruiter, m_recruiterPassword);
        QVERIFY(m_adminWs && m_recruiterWs);
    }

    void cleanupTestCase()
    {
        m_recruiterWs.reset();
        m_adminWs.reset();
        m_owner.reset();
        if (m_location.isEmpty())
            return;
        dropDatabase(m_location);
        for (const QString &role : {m_admin, m_recruiter, m_created, m_plain, m_database + QStringLiteral("_admin"),
                                    m_database + QStringLiteral("_recruiter")})
            superuserExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void rolesAreDetected()
    {
        QCOMPARE(m_owner->role(), Workspace::TeamRole::Admin);
        QCOMPARE(m_adminWs->role(), Workspace::TeamRole::Admin);
        QVERIFY(m_adminWs->canEditTeamSettings());
        QCOMPARE(m_recruiterWs->role(), Workspace::TeamRole::Recruiter);
        QVERIFY(!m_recruiterWs->canEditTeamSettings());
        // The recruiter reads the team settings (the app shows them read-only).
        QCOMPARE(scalar(*m_recruiterWs, QStringLiteral("SELECT value FROM sync_settings WHERE layer = 1 AND key = "
                                                       "'sync.jobStatuses'")),
                 QStringLiteral("SOURCING,INTERVIEW"));
        QCOMPARE(scalar(*m_recruiterWs, QStringLiteral("SELECT count(*) FROM workspace_settings")), QStringLiteral("2"));
    }

    void recruiterCannotWriteTheTeamLayer()
    {
        const Workspace &rec = *m_recruiterWs;
        QVERIFY2(refused(run(rec, QStringLiteral("UPDATE sync_settings SET value = 'CLOSED' WHERE layer = 1 AND key = "
                                              "'sync.jobStatuses'"))),
                 "UPDATE of the job status whitelist was not refused");
        QCOMPARE(teamValue(QStringLiteral("sync.jobStatuses")), QStringLiteral("SOURCING,INTERVIEW"));
        QVERIFY2(refused(run(rec, QStringLiteral("UPDATE sync_settings SET locked = 0 WHERE layer = 1"))),
                 "unlocking was not refused");
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT sum(locked) FROM sync_settings WHERE layer = 1")), QStringLiteral("2"));
        QVERIFY2(refused(run(rec, QStringLiteral("DELETE FROM sync_settings WHERE layer = 1"))),
                 "DELETE of the team layer was not refused");
        QCOMPARE(teamValue(QStringLiteral("sync.fieldMapping")), QStringLiteral("{\"firstName\":\"first_name\"}"));
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT count(*) FROM sync_settings WHERE layer = 1")), QStringLiteral("3"));

        const Outcome insert = run(rec, QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, locked, "
                                                       "updated_at) VALUES (1, '', 'sync.source', 'Me', 1, 0)"));
        QVERIFY2(!insert.ok, "a recruiter inserted a team-layer row");
        QVERIFY2(insert.error.contains(QLatin1String("row-level security")), qPrintable(insert.error));
        QCOMPARE(teamValue(QStringLiteral("sync.source")), QStringLiteral("<no row>"));
        const Outcome upsert = run(rec, QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, updated_at) "
                                                       "VALUES (1, '', 'sync.tagsEnabled', 'false', 0) ON CONFLICT(layer, "
                                                       "scope_id, key) DO UPDATE SET value = excluded.value"));
        QVERIFY(!upsert.ok);
        QCOMPARE(teamValue(QStringLiteral("sync.tagsEnabled")), QStringLiteral("true"));

        // Moving one of their own rows into the team layer is an insert into it, too.
        QVERIFY(run(rec, QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, updated_at) VALUES "
                                        "(2, 'rita', 'sync.tagTemplate', 'x', 0)"))
                    .ok);
        QVERIFY(!run(rec, QStringLiteral("UPDATE sync_settings SET layer = 1, scope_id = '' WHERE layer = 2 AND "
                                         "scope_id = 'rita'"))
                     .ok);
        QCOMPARE(teamValue(QStringLiteral("sync.tagTemplate")), QStringLiteral("<no row>"));

        // Through the app's own store: refused, nothing written.
        sync::SettingsStore store(rec);
        QVERIFY(store.set(sync::Layer::Team, QString(), QLatin1String(sync::key::TagsEnabled), QStringLiteral("false"),
                          QStringLiteral("rita")));
        QCOMPARE(teamValue(QStringLiteral("sync.tagsEnabled")), QStringLiteral("true"));
    }

    void recruiterCannotChangeOtherTeamTables()
    {
        const Workspace &rec = *m_recruiterWs;
        // The SmartRecruiters client and the preferred stages (workspace_settings team keys).
        QVERIFY2(refused(run(rec, QStringLiteral("UPDATE workspace_settings SET value = 'mine' WHERE key = 'sr.clientId'"))),
                 "changing the OAuth client was not refused");
        QCOMPARE(workspaceValue(QStringLiteral("sr.clientId")), QStringLiteral("team-client"));
        QVERIFY2(refused(run(rec, QStringLiteral("DELETE FROM workspace_settings WHERE key LIKE 'stagesync.%'"))),
                 "deleting a preferred stage was not refused");
        QCOMPARE(workspaceValue(QStringLiteral("stagesync.preferred.added")), QStringLiteral("st1"));
        QVERIFY(!run(rec, QStringLiteral("INSERT INTO workspace_settings(key, value, updated_at) VALUES "
                                         "('sr.apiUrl', 'https://evil.example', 0)"))
                     .ok);
        QCOMPARE(workspaceValue(QStringLiteral("sr.apiUrl")), QStringLiteral("<no row>"));
        // Saving a team key with the value it has (the app saves the whole connection) is fine.
        const Outcome same = run(rec, QStringLiteral("INSERT INTO workspace_settings(key, value, updated_at) VALUES "
                                                     "('sr.clientId', 'team-client', 5) ON CONFLICT(key) DO UPDATE SET "
                                                     "value = excluded.value, updated_at = excluded.updated_at"));
        QVERIFY2(same.ok, qPrintable(same.error));

        // The stage mapping.
        QVERIFY2(refused(run(rec, QStringLiteral("UPDATE sr_stages SET member_status = 3 WHERE stage_id = 'st1'"))),
                 "changing the stage mapping was not refused");
        QVERIFY2(refused(run(rec, QStringLiteral("DELETE FROM sr_stages"))),
                 "deleting the stages was not refused");
        QVERIFY(!run(rec, QStringLiteral("INSERT INTO sr_stages(stage_id, process_id, status, label, seen_at) VALUES "
                                         "('st2', 'p1', 'LEAD', 'Lead', 0)"))
                     .ok);
        QCOMPARE(stageMapping(), QStringLiteral("0"));
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT count(*) FROM sr_stages")), QStringLiteral("1"));

        // The schema version is the owner's.
        QVERIFY2(refused(run(rec, QStringLiteral("UPDATE schema_info SET value = '1' WHERE key = 'schema_version'"))),
                 "changing the schema version was not refused");
        QCOMPARE(m_owner->schemaVersion(), currentSchemaVersion());
    }

    void recruiterDoesTheNormalWork()
    {
        const Workspace &rec = *m_recruiterWs;
        Campaign campaign;
        campaign.name = QStringLiteral("Backend hires");
        QVERIFY(!CampaignRepository(rec).create(campaign));
        Candidate c = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
        const Status inserted = CandidateRepository(rec).insert(c, QStringLiteral("rita"));
        QVERIFY2(!inserted, qPrintable(inserted ? inserted->toString() : QString()));
        auto added = CampaignRepository(rec).addMembers(campaign.id, {c.id}, QStringLiteral("rita"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(added.value(), 1);
        Activity a;
        a.candidateId = c.id;
        a.campaignId = campaign.id;
        a.kind = ActivityKind::EmailSent;
        a.subject = QStringLiteral("Hello");
        a.occurredAt = QDateTime::currentDateTimeUtc();
        a.author = QStringLiteral("rita");
        const Status logged = ActivityRepository(rec).log(a);
        QVERIFY2(!logged, qPrintable(logged ? logged->toString() : QString()));
        // Their own settings layers.
        sync::SettingsStore store(rec);
        const Status own = store.set(sync::Layer::User, QStringLiteral("rita"), QLatin1String(sync::key::TagsEnabled),
                                     QStringLiteral("false"), QStringLiteral("rita"));
        QVERIFY2(!own, qPrintable(own ? own->toString() : QString()));
        QVERIFY(!store.unset(sync::Layer::User, QStringLiteral("rita"), QLatin1String(sync::key::TagsEnabled)));
        QVERIFY(!rec.setSetting(QStringLiteral("firstRun.done.rita"), QStringLiteral("1")));
        // The outbox.
        const Outcome job = run(rec, QStringLiteral("INSERT INTO sr_outbox(candidate_id, kind, correlation_id, created_at, "
                                                    "updated_at) VALUES (%1, 'create', 'corr-%2', 0, 0)")
                                         .arg(c.id)
                                         .arg(randomWord()));
        QVERIFY2(job.ok, qPrintable(job.error));
        QVERIFY(run(rec, QStringLiteral("UPDATE sr_outbox SET state = 2 WHERE candidate_id = %1").arg(c.id)).rows == 1);
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = %1").arg(c.id)),
                 QStringLiteral("1"));
    }

    void adminChangesTeamSettings()
    {
        const Workspace &adm = *m_adminWs;
        Outcome o = run(adm, QStringLiteral("UPDATE sync_settings SET value = 'SOURCING' WHERE layer = 1 AND key = "
                                            "'sync.jobStatuses'"));
        QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
        QCOMPARE(teamValue(QStringLiteral("sync.jobStatuses")), QStringLiteral("SOURCING"));
        o = run(adm, QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, updated_at) VALUES "
                                    "(1, '', 'sync.source', 'Sourcedesk', 0)"));
        QVERIFY2(o.ok, qPrintable(o.error));
        o = run(adm, QStringLiteral("DELETE FROM sync_settings WHERE layer = 1 AND key = 'sync.source'"));
        QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
        sync::SettingsStore store(adm);
        const Status s = store.set(sync::Layer::Team, QString(), QLatin1String(sync::key::TagsEnabled), QStringLiteral("false"),
                                   QStringLiteral("alex"));
        QVERIFY2(!s, qPrintable(s ? s->toString() : QString()));
        QCOMPARE(teamValue(QStringLiteral("sync.tagsEnabled")), QStringLiteral("false"));

        o = run(adm, QStringLiteral("UPDATE workspace_settings SET value = 'new-client' WHERE key = 'sr.clientId'"));
        QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
        QCOMPARE(workspaceValue(QStringLiteral("sr.clientId")), QStringLiteral("new-client"));
        o = run(adm, QStringLiteral("UPDATE sr_stages SET member_status = 3 WHERE stage_id = 'st1'"));
        QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
        QCOMPARE(stageMapping(), QStringLiteral("3"));
    }

    void stageRefreshIsTheAdmins()
    {
        sr::HiringProcess process;
        process.id = QStringLiteral("p9");
        process.name = QStringLiteral("Standard");
        process.subStatuses.insert(QStringLiteral("INTERVIEW"), {QStringLiteral("Onsite")});
        const QString onsite = stagesync::stageIdFor(process.id, QStringLiteral("INTERVIEW"), QStringLiteral("Onsite"));
        // A recruiter's stage sync learns what changed but leaves the shared catalogue alone
        // (before, its rewrite of sr_stages failed on the permission and the whole sync with it).
        const auto seen = stagesync::StageCatalog(*m_recruiterWs).refresh({process});
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().toString()));
        QVERIFY(seen.value().added.contains(onsite));
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT count(*) FROM sr_stages")), QStringLiteral("1"));
        // An admin's refresh stores it: the nine main statuses, the new sub-status, and st1 kept
        // (it is mapped) with its "gone" flag.
        const auto stored = stagesync::StageCatalog(*m_adminWs).refresh({process});
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT count(*) FROM sr_stages")), QStringLiteral("11"));
        QCOMPARE(scalar(*m_owner, QStringLiteral("SELECT flagged FROM sr_stages WHERE stage_id = 'st1'")),
                 stagesync::flagGone());
        QCOMPARE(stageMapping(), QStringLiteral("3"));
    }

    void outsidersCannotConnect()
    {
        // A login of the same server that is not in the team: CONNECT was taken from PUBLIC.
        Workspace::Options options;
        options.password = m_adminPassword;
        auto ws = Workspace::open(locationAs(m_plain), options);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().code == Error::Code::AuthFailed, qPrintable(ws.error().toString()));
    }

    void creatingWithoutCreateRoleSaysSo()
    {
        // A login that owns its database but may not create roles cannot set up a team workspace.
        const QString db = QStringLiteral("sdteam_norole_") + randomWord().toLower();
        QString error;
        QVERIFY2(superuserExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(db, m_plain), QStringLiteral("postgres"), &error),
                 qPrintable(error));
        Workspace::Options options;
        options.password = m_adminPassword;
        QString message;
        {
            auto ws = Workspace::open(locationAs(m_plain, db), options);
            message = ws.ok() ? QString() : ws.error().toString();
        }
        superuserExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        QVERIFY2(message.contains(QLatin1String("CREATEROLE")), qPrintable(message));
        QVERIFY2(message.contains(m_plain), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(m_plain)), qPrintable(message));
    }

    void cliShowsAndChangesMembers()
    {
        using clitest::args;
        // Not a team workspace.
        CliHarness local;
        CliRun r = local.run(args({"team", "role"}));
        clitest::expectError(r, sd::cli::ExitWorkspace, {QStringLiteral("not a team workspace")});

        const QString owner = TeamServer::parse(m_location)->user;
        r = cli(owner, args({"team", "role", "--json"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        r = cli(m_recruiter, args({"team", "role"}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("recruiter")) && r.out.contains(m_recruiter),
                 qPrintable(r.dump()));

        // A recruiter changes nobody.
        r = cli(m_recruiter, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_admin, QStringLiteral("--role"),
                                         QStringLiteral("recruiter")});
        clitest::expectError(r, sd::cli::ExitWorkspace, {QStringLiteral("recruiter"), QStringLiteral("admin")});

        // The owner creates a login (password from stdin); the admin makes it a recruiter.
        r = cli(owner, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_created, QStringLiteral("--role"),
                                   QStringLiteral("recruiter"), QStringLiteral("--create")},
                m_createdPassword.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(!r.out.contains(m_createdPassword) && !r.err.contains(m_createdPassword), qPrintable(r.dump()));
        auto created = openAs(m_created, m_createdPassword);
        QVERIFY2(created, "the created login cannot sign in with its password");
        QCOMPARE(created->role(), Workspace::TeamRole::Recruiter);
        created.reset();
        r = cli(m_admin, QStringList{QStringLiteral("team"), QStringLiteral("remove"), m_created});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = cli(m_admin, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_created, QStringLiteral("--role"),
                                     QStringLiteral("recruiter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));

        r = cli(m_admin, args({"team", "members", "--json"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QHash<QString, QString> roles;
        for (const QJsonValue &v : r.json().value(QStringLiteral("members")).toArray())
            roles.insert(v[QStringLiteral("login")].toString(), v[QStringLiteral("role")].toString());
        QCOMPARE(roles.value(owner), QStringLiteral("owner"));
        QCOMPARE(roles.value(m_admin), QStringLiteral("admin"));
        QCOMPARE(roles.value(m_recruiter), QStringLiteral("recruiter"));
        QCOMPARE(roles.value(m_created), QStringLiteral("recruiter"));
        QCOMPARE(roles.size(), 4);

        // Admins add recruiters; only the owner makes admins.
        r = cli(m_admin, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_created, QStringLiteral("--role"),
                                     QStringLiteral("admin")});
        clitest::expectError(r, sd::cli::ExitWorkspace, {QStringLiteral("owner")});
        r = cli(owner, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_created, QStringLiteral("--role"),
                                   QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = cli(m_created, args({"team", "role", "--json"}));
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

        // Errors a user can act on.
        r = cli(m_admin, args({"team", "add", "sdt_nobody_here", "--role", "recruiter"}));
        clitest::expectError(r, sd::cli::ExitNotFound, {QStringLiteral("sdt_nobody_here")});
        r = cli(m_admin, args({"team", "add", "sdt_nobody_here", "--role", "recruiter", "--create"}), "secret\n");
        clitest::expectError(r, sd::cli::ExitWorkspace, {QStringLiteral("CREATEROLE")});
        r = cli(m_admin, QStringList{QStringLiteral("team"), QStringLiteral("add"), m_created});
        clitest::expectError(r, sd::cli::ExitUsage, {QStringLiteral("--role")});
        r = cli(m_admin, QStringList{QStringLiteral("team"), QStringLiteral("remove"), m_plain});
        clitest::expectError(r, sd::cli::ExitNotFound, {QStringLiteral("not a member")});
        r = cli(m_admin, args({"team", "--help"}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("add LOGIN --role admin|recruiter")), qPrintable(r.dump()));
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "tst_team_roles.moc"
