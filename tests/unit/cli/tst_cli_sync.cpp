// sourcedesk-cli settings | outbox | campaigns link-job | sync | push | preview without a
// SmartRecruiters host: the settings layers and locks, export and import, the outbox decisions and
// the argument errors. tests/integration/clisync runs the sending against the sandbox.
#include "CliHarness.h"

#include "MemorySecretStore.h"
#include "Outbox.h"
#include "Workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using sd::sync::JobKind;
using sd::sync::JobState;
using sd::sync::Outbox;
using sd::sync::OutboxJob;

using clitest::args;
using clitest::expectError;
using clitest::s;

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    sd::connection::MemorySecretStore m_store;

    void prepare(CliHarness &h)
    {
        h.environment().secretStore = &m_store; // never the real keychain
        h.addCampaignWithPeople(s("Backend Q3"), {s("jane"), s("bob")});
    }

    // The resolved setting as `settings show --json` reports it.
    static QJsonObject shown(const CliHarness &h, const QString &key, const QStringList &context = {})
    {
        const CliRun r = h.run(QStringList{s("--json"), s("settings"), s("show"), key} + context);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.dump()));
        const QJsonArray rows = r.json().value(s("settings")).toArray();
        return rows.size() == 1 ? rows.at(0).toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsShowEachLayer()
    {
        CliHarness h;
        prepare(h);
        QJsonObject v = shown(h, s("sync.createTrigger"));
        QCOMPARE(v.value(s("value")).toString(), s("onReply"));
        QCOMPARE(v.value(s("from")).toString(), s("default"));
        QCOMPARE(v.value(s("locked")).toBool(), false);

        QCOMPARE(h.run(args({"settings", "set", "sync.createTrigger", "onAdd", "--team"})).exitCode, 0);
        QCOMPARE(shown(h, s("sync.createTrigger")).value(s("from")).toString(), s("team"));

        CliRun r = h.run(args({"settings", "set", "sync.createTrigger", "onInterested"})); // default: --user
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(s("tester")));
        v = shown(h, s("sync.createTrigger"));
        QCOMPARE(v.value(s("value")).toString(), s("onInterested"));
        QCOMPARE(v.value(s("from")).toString(), s("user"));
        // Another user sees the team value.
        v = shown(h, s("sync.createTrigger"), args({"--user", "ana"}));
        QCOMPARE(v.value(s("value")).toString(), s("onAdd"));
        QCOMPARE(v.value(s("from")).toString(), s("team"));

        r = h.run(args({"settings", "set", "sync.createTrigger", "never", "--campaign", "Backend Q3"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"settings", "set", "sync.createTrigger", "onReply", "--candidate", "1"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(
            shown(h, s("sync.createTrigger"), args({"--campaign", "Backend Q3"})).value(s("from")).toString(),
            s("campaign"));
        v = shown(h, s("sync.createTrigger"), args({"--campaign", "1", "--candidate", "1"}));
        QCOMPARE(v.value(s("from")).toString(), s("candidate"));
        QCOMPARE(v.value(s("value")).toString(), s("onReply"));
        QCOMPARE(shown(h, s("sync.createTrigger"), args({"--campaign", "1", "--candidate", "2"}))
                     .value(s("value"))
                     .toString(),
                 s("never"));

        // The whole list, in text: key, layer, value.
        r = h.run(args({"settings", "show", "--campaign", "Backend Q3"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 20);
        bool found = false;
        for (const QString &line : lines) {
            if (line.startsWith(s("sync.createTrigger "))) {
                found = true;
                QVERIFY2(line.contains(s("campaign")) && line.contains(s("never")), qPrintable(line));
            }
        }
        QVERIFY2(found, qPrintable(r.out));
        r = h.run(args({"--json", "settings", "show"}));
        QVERIFY(r.json().value(s("settings")).toArray().size() > 20);

        // Turning stage sync on starts it today, as the app does.
        r = h.run(args({"settings", "set", "sync.stageSync.enabled", "true", "--team"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        v = shown(h, s("sync.stageSync.since"));
        QCOMPARE(v.value(s("value")).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(v.value(s("from")).toString(), s("team"));

        // unset: the layer below decides again.
        QCOMPARE(h.run(args({"settings", "unset", "sync.createTrigger"})).exitCode, 0);
        QCOMPARE(shown(h, s("sync.createTrigger")).value(s("from")).toString(), s("team"));
    }

    void settingsRefusals()
    {
        CliHarness h;
        prepare(h);
        expectError(h.run(args({"settings", "set", "sync.nope", "1"})), 2,
                    {s("sync.nope"), s("sync.createTrigger"), s("sync.jobStatuses")});
        expectError(h.run(args({"settings", "show", "sync.nope"})), 2, {s("sync.createTrigger")});
        expectError(h.run(args({"settings", "set", "sync.createTrigger", "sometimes"})), 2,
                    {s("sync.createTrigger"), s("onAdd"), s("sometimes")});
        // The whitelist is the team's only.
        expectError(h.run(args({"settings", "set", "sync.jobStatuses", "SOURCING", "--user"})), 2,
                    {s("sync.jobStatuses"), s("team")});
        expectError(
            h.run(args({"settings", "set", "sync.tagsEnabled", "false", "--team", "--campaign", "1"})), 2,
            {s("--team"), s("--campaign")});
        expectError(h.run(args({"settings", "set", "sync.tagsEnabled", "false", "--campaign", "Nope"})), 3,
                    {s("Nope")});
        expectError(h.run(args({"settings", "set", "sync.tagsEnabled", "false", "--candidate", "99"})), 3,
                    {s("99")});
        expectError(h.run(args({"settings", "frobnicate"})), 2, {s("frobnicate"), s("export")});

        // A lock holds for everyone and says who can change it.
        QCOMPARE(h.run(args({"settings", "set", "sync.createTrigger", "onAdd", "--team"})).exitCode, 0);
        CliRun r = h.run(args({"settings", "lock", "sync.createTrigger"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        expectError(h.run(args({"settings", "set", "sync.createTrigger", "never"})), 6,
                    {s("locked"), s("team admin"), s("settings unlock sync.createTrigger")});
        expectError(
            h.run(args({"settings", "set", "sync.createTrigger", "never", "--campaign", "Backend Q3"})), 6,
            {s("locked")});
        QJsonObject v = shown(h, s("sync.createTrigger"), args({"--campaign", "1"}));
        QCOMPARE(v.value(s("locked")).toBool(), true);
        QCOMPARE(v.value(s("value")).toString(), s("onAdd"));
        // The team changes its locked value; users still cannot.
        QCOMPARE(h.run(args({"settings", "set", "sync.createTrigger", "onInterested", "--team"})).exitCode,
                 0);
        QCOMPARE(shown(h, s("sync.createTrigger")).value(s("value")).toString(), s("onInterested"));
        QCOMPARE(h.run(args({"settings", "unlock", "sync.createTrigger"})).exitCode, 0);
        QCOMPARE(h.run(args({"settings", "set", "sync.createTrigger", "never"})).exitCode, 0);
        v = shown(h, s("sync.createTrigger"));
        QCOMPARE(v.value(s("value")).toString(), s("never"));
        QCOMPARE(v.value(s("locked")).toBool(), false);
    }

    void exportImportRoundTrip()
    {
        CliHarness h;
        prepare(h);
        for (const QStringList &a :
             {args({"settings", "set", "sync.tagsEnabled", "false", "--team"}),
              args({"settings", "set", "sync.jobStatuses", "SOURCING,OFFER", "--team"}),
              args({"settings", "lock", "sync.tagsEnabled"}),
              args({"settings", "set", "sync.createTrigger", "onAdd", "--campaign", "Backend Q3"})}) {
            const CliRun r = h.run(a);
            QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        }
        const QString teamFile = h.dir() + s("/team.json");
        CliRun r =
            h.run(QStringList{s("settings"), s("export"), s("--layer"), s("team"), s("--output"), teamFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(s("2 setting")), qPrintable(r.out));
        // To stdout, the file itself.
        r = h.run(args({"settings", "export", "--layer", "campaign", "Backend Q3"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QString campaignFile = h.writeFile(s("campaign.json"), r.out.toUtf8());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("scope")).toString(), s("1"));

        // Change everything, then read the files back.
        QCOMPARE(h.run(args({"settings", "unlock", "sync.tagsEnabled"})).exitCode, 0);
        QCOMPARE(h.run(args({"settings", "set", "sync.tagsEnabled", "true", "--team"})).exitCode, 0);
        QCOMPARE(h.run(args({"settings", "unset", "sync.jobStatuses", "--team"})).exitCode, 0);
        QCOMPARE(h.run(args({"settings", "unset", "sync.createTrigger", "--campaign", "1"})).exitCode, 0);
        QCOMPARE(shown(h, s("sync.jobStatuses")).value(s("from")).toString(), s("default"));

        r = h.run(QStringList{s("settings"), s("import"), teamFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(QStringList{s("--json"), s("settings"), s("import"), campaignFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("layer")).toString(), s("campaign"));
        QJsonObject v = shown(h, s("sync.tagsEnabled"));
        QCOMPARE(v.value(s("value")).toString(), s("false"));
        QCOMPARE(v.value(s("locked")).toBool(), true);
        v = shown(h, s("sync.jobStatuses"));
        QCOMPARE(v.value(s("value")).toString(), s("SOURCING,OFFER"));
        QCOMPARE(v.value(s("from")).toString(), s("team"));
        v = shown(h, s("sync.createTrigger"), args({"--campaign", "Backend Q3"}));
        QCOMPARE(v.value(s("value")).toString(), s("onAdd"));
        QCOMPARE(v.value(s("from")).toString(), s("campaign"));
        // And the export of the imported layer is the file that was imported.
        r = h.run(args({"settings", "export", "--layer", "team"}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("values")),
                 QJsonDocument::fromJson(CliHarness::readFile(teamFile)).object().value(s("values")));

        expectError(h.run(args({"settings", "export"})), 2, {s("--layer")});
        expectError(h.run(args({"settings", "export", "--layer", "galaxy"})), 2, {s("--layer"), s("team")});
        expectError(h.run(args({"settings", "export", "--layer", "campaign"})), 2, {s("SCOPE")});
        expectError(h.run(args({"settings", "export", "--layer", "team", "x"})), 2, {s("x")});
    }

    void badImportNamesTheFileAndTheKeyAndChangesNothing()
    {
        CliHarness h;
        prepare(h);
        const QByteArray bad =
            R"({"format": "sourcedesk-sync-settings", "version": 1, "layer": "team", "scope": "",
            "values": {"sync.tagsEnabled": {"value": "false"}, "sync.createTrigger": {"value": "sometimes"}}})";
        const QString file = h.writeFile(s("bad-settings.json"), bad);
        CliRun r = h.run(QStringList{s("settings"), s("import"), file});
        expectError(
            r, 5,
            {s("bad-settings.json"), s("sync.createTrigger"), s("sometimes"), s("Nothing was changed")});
        // The good value in the same file was not written either.
        QCOMPARE(shown(h, s("sync.tagsEnabled")).value(s("from")).toString(), s("default"));

        r = h.run(QStringList{s("--json"), s("settings"), s("import"), file});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.errorJson().value(s("where")).toString(), file);
        QCOMPARE(r.errorJson().value(s("code")).toString(), s("input"));

        const QString unknownKey = h.writeFile(
            s("unknown.json"),
            R"({"format": "sourcedesk-sync-settings", "version": 1, "layer": "user", "scope": "tester",
                "values": {"sync.colour": {"value": "blue"}}})");
        expectError(h.run(QStringList{s("settings"), s("import"), unknownKey}), 5,
                    {s("unknown.json"), s("sync.colour")});
        expectError(h.run(QStringList{s("settings"), s("import"), h.writeFile(s("garbage.json"), "{nope")}),
                    5, {s("garbage.json")});
        const QString missing = h.dir() + s("/missing.json");
        expectError(h.run(QStringList{s("settings"), s("import"), missing}), 5, {missing});
        const QString otherCampaign = h.writeFile(
            s("campaign-42.json"),
            R"({"format": "sourcedesk-sync-settings", "version": 1, "layer": "campaign", "scope": "42",
                "values": {"sync.tagsEnabled": {"value": "false"}}})");
        expectError(h.run(QStringList{s("settings"), s("import"), otherCampaign}), 5,
                    {s("campaign-42.json"), s("42")});
        // A lock on a user value is refused.
        const QString lockedUser = h.writeFile(
            s("locked-user.json"),
            R"({"format": "sourcedesk-sync-settings", "version": 1, "layer": "user", "scope": "tester",
                "values": {"sync.tagsEnabled": {"value": "false", "locked": true}}})");
        expectError(h.run(QStringList{s("settings"), s("import"), lockedUser}), 5,
                    {s("locked-user.json"), s("sync.tagsEnabled")});
        QCOMPARE(shown(h, s("sync.tagsEnabled")).value(s("from")).toString(), s("default"));

        // From stdin.
        h.environment().readStdin = [] {
            return QByteArray(R"({"format": "sourcedesk-sync-settings", "version": 1, "layer": "user",
                "scope": "tester", "values": {"sync.tagsEnabled": {"value": "false"}}})");
        };
        r = h.run(args({"settings", "import", "-"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(shown(h, s("sync.tagsEnabled")).value(s("from")).toString(), s("user"));
    }

    void outboxListRetrySkipShow()
    {
        CliHarness h;
        prepare(h);
        qint64 createId = 0, noteId = 0, tagsId = 0, doneId = 0;
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
            Outbox outbox(*ws.value());
            OutboxJob create = OutboxJob::make(JobKind::Create, 1, 1);
            OutboxJob note = OutboxJob::make(JobKind::AddNote, 1, 1,
                                             QJsonObject{{s("content"), s("Replied on LinkedIn")}});
            OutboxJob tags = OutboxJob::make(JobKind::SetTags, 2, 1);
            OutboxJob done = OutboxJob::make(JobKind::SetTags, 2, 1);
            for (OutboxJob *j : {&create, &note, &tags, &done})
                QVERIFY(!outbox.enqueue(*j, s("tester")));
            createId = create.id;
            noteId = note.id;
            tagsId = tags.id;
            doneId = done.id;
            QVERIFY(!outbox.markInFlight(createId));
            QVERIFY(!outbox.markNeedsAttention(createId, s("VALIDATION"),
                                               s("SmartRecruiters refused the email address."),
                                               s("Correct the email of Jane Doe, then retry.")));
            QVERIFY(!outbox.markInFlight(doneId));
            QVERIFY(!outbox.markDone(doneId, QJsonObject{{s("srCandidateId"), s("abc")}}));
        }

        CliRun r = h.run(args({"--json", "outbox"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("jobs")).toArray().size(), 4);
        QJsonObject counts = r.json().value(s("counts")).toObject();
        QCOMPARE(counts.value(s("needsAttention")).toInt(), 1);
        QCOMPARE(counts.value(s("pending")).toInt(), 2);
        QCOMPARE(counts.value(s("done")).toInt(), 1);
        // Newest first.
        QCOMPARE(r.json().value(s("jobs")).toArray().at(0).toObject().value(s("id")).toInteger(), doneId);

        r = h.run(args({"outbox", "list", "--state", "needs_attention", "--json"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QJsonArray jobs = r.json().value(s("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(s("id")).toInteger(), createId);
        QCOMPARE(jobs.at(0).toObject().value(s("kind")).toString(), s("create"));
        QCOMPARE(jobs.at(0).toObject().value(s("state")).toString(), s("needsAttention"));
        r = h.run(args({"outbox", "--candidate", "2", "--state", "pending,done", "--json"}));
        QCOMPARE(r.json().value(s("jobs")).toArray().size(), 2);
        r = h.run(args({"outbox", "--limit", "1", "--json"}));
        QCOMPARE(r.json().value(s("jobs")).toArray().size(), 1);

        r = h.run(args({"outbox"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(s("SmartRecruiters refused the email address.")));
        QVERIFY(r.out.contains(s("outbox retry")));

        r = h.run(QStringList{s("outbox"), s("show"), QString::number(createId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(s("Correct the email of Jane Doe, then retry.")));
        QVERIFY(r.out.contains(s("VALIDATION")));
        r = h.run(QStringList{s("outbox"), s("show"), QString::number(noteId), s("--json")});
        QCOMPARE(
            r.json().value(s("job")).toObject().value(s("payload")).toObject().value(s("content")).toString(),
            s("Replied on LinkedIn"));

        expectError(h.run(args({"outbox", "--state", "lost"})), 2, {s("--state"), s("needsAttention")});
        expectError(h.run(args({"outbox", "--limit", "0"})), 2, {s("--limit")});
        expectError(h.run(args({"outbox", "show", "999"})), 3, {s("999")});
        expectError(h.run(args({"outbox", "retry", "x1"})), 2, {s("x1")});
        expectError(h.run(args({"outbox", "retry"})), 2, {s("ID")});
        expectError(h.run(args({"outbox", "drop", "1"})), 2, {s("drop"), s("skip")});

        // retry: back to pending; a done job cannot be retried; an unknown one is not found.
        r = h.run(QStringList{s("outbox"), s("retry"), QString::number(createId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        expectError(h.run(QStringList{s("outbox"), s("retry"), QString::number(doneId)}), 6,
                    {QString::number(doneId)});
        expectError(h.run(args({"outbox", "retry", "999"})), 3, {s("999")});
        r = h.run(QStringList{s("outbox"), s("skip"), QString::number(tagsId), s("999")});
        expectError(r, 1, {s("999")});

        r = h.run(args({"--json", "outbox"}));
        counts = r.json().value(s("counts")).toObject();
        QCOMPARE(counts.value(s("needsAttention")).toInt(), 0);
        QCOMPARE(counts.value(s("pending")).toInt(), 2);
        QCOMPARE(counts.value(s("skipped")).toInt(), 1);
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
            Outbox outbox(*ws.value());
            QCOMPARE(outbox.get(createId)->state, JobState::Pending);
            QCOMPARE(outbox.get(tagsId)->state, JobState::Skipped);
            QCOMPARE(outbox.get(tagsId)->result.value(s("skippedBy")).toString(), s("tester"));
        }
    }

    void linkJobAndSyncWithoutAConnection()
    {
        CliHarness h;
        prepare(h);
        expectError(h.run(args({"campaigns", "link-job", "Backend Q3"})), 2,
                    {s("--job"), s("--talent-pool"), s("--none")});
        expectError(h.run(args({"campaigns", "link-job", "Backend Q3", "--job", "J1", "--talent-pool"})), 2,
                    {s("--job"), s("--talent-pool")});
        expectError(h.run(args({"campaigns", "link-job", "Backend Q3", "--job", " "})), 2, {s("--job")});
        expectError(h.run(args({"campaigns", "link-job", "--job", "J1"})), 2, {s("CAMPAIGN")});
        expectError(h.run(args({"campaigns", "link-job", "Nope", "--talent-pool"})), 3, {s("Nope")});
        // A job is checked in SmartRecruiters: without a connection it is refused.
        expectError(h.run(args({"campaigns", "link-job", "Backend Q3", "--job", "J1"})), 7,
                    {s("sourcedesk-cli connect")});

        CliRun r = h.run(args({"--json", "campaigns", "link-job", "Backend Q3", "--talent-pool"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("job")).toObject().value(s("talentPool")).toBool(), true);
        r = h.run(args({"campaigns", "link-job", "1", "--none"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(s("no longer")));
        r = h.run(args({"campaigns", "link-job", "1", "--none"}));
        QVERIFY(r.out.contains(s("was not linked")));

        expectError(h.run(args({"sync"})), 7, {s("sourcedesk-cli connect")});
        expectError(h.run(args({"sync", "--timeout", "0"})), 2, {s("--timeout")});
        expectError(h.run(args({"sync", "now"})), 2, {s("now")});
        expectError(h.run(args({"push", "1"})), 2, {s("--campaign")});
        expectError(h.run(args({"push", "x", "--campaign", "1"})), 2, {s("CANDIDATE")});
        expectError(h.run(args({"push", "99", "--campaign", "1"})), 3, {s("99")});
        // Queued for later, and 7 because nothing can be sent now.
        r = h.run(args({"push", "1", "--campaign", "Backend Q3"}));
        expectError(r, 7, {s("sourcedesk-cli connect")});
        QVERIFY2(r.out.contains(s("Queued 1 job")), qPrintable(r.dump()));
        r = h.run(args({"--json", "outbox", "--state", "pending"}));
        QCOMPARE(r.json().value(s("jobs")).toArray().size(), 1);
        QCOMPARE(r.json().value(s("jobs")).toArray().at(0).toObject().value(s("kind")).toString(),
                 s("create"));

        // "Don't add": nothing is queued, nothing needs SmartRecruiters, and the reason is given.
        QCOMPARE(h.run(args({"settings", "set", "sync.createTrigger", "never"})).exitCode, 0);
        r = h.run(args({"push", "2", "--campaign", "Backend Q3"}));
        expectError(r, 1, {s("Don't add"), s("Nothing was pushed")});
        QVERIFY2(r.out.contains(s("Queued 0 job")), qPrintable(r.dump()));
        r = h.run(args({"--json", "outbox", "--candidate", "2"}));
        QCOMPARE(r.json().value(s("jobs")).toArray().size(), 0);

        expectError(h.run(args({"preview", "99"})), 3, {s("99")});
        expectError(h.run(args({"preview"})), 2, {s("CANDIDATE")});
        // Without a connection the preview is built from local data.
        r = h.run(args({"--json", "preview", "1"}));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.dump()));
        const QJsonObject p = r.json().value(s("preview")).toObject();
        QCOMPARE(p.value(s("candidateId")).toInteger(), 1);
        QCOMPARE(p.value(s("campaignId")).toInteger(), 1);
        QVERIFY2(!p.value(s("fields")).toArray().isEmpty(), qPrintable(r.dump()));
        r = h.run(args({"preview", "1"}));
        QVERIFY2(r.out.contains(s("jane")), qPrintable(r.dump()));
    }

    void helpNamesTheCommands()
    {
        CliHarness h;
        CliRun r = h.runRaw(args({"--help"}));
        QCOMPARE(r.exitCode, 0);
        for (const char *c :
             {"settings show", "settings import", "campaigns link-job", "sync [--push-only] [--wait]",
              "push CANDIDATE", "preview CANDIDATE", "outbox [list]", "outbox show ID"})
            QVERIFY2(r.out.contains(s(c)), c);
        for (const QStringList &a : {args({"settings", "--help"}), args({"outbox", "--help"}),
                                     args({"sync", "--help"}), args({"campaigns", "link-job", "--help"}),
                                     args({"preview", "--help"}), args({"settings", "export", "--help"})}) {
            r = h.runRaw(a);
            QVERIFY2(r.exitCode == 0 && r.out.startsWith(s("Usage: sourcedesk-cli")), qPrintable(r.dump()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
