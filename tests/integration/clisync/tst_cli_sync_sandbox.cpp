// The sync flow a script runs, end to end against the in-process sandbox: connect, link a campaign
// to a job (checked against the whitelist), preview, push, sync --wait; Ctrl+C in the middle of a
// push loses nothing; an unreachable host is exit 7 with the jobs kept.
#include "CliHarness.h"
#include "Interrupt.h"
#include "MemorySecretStore.h"
#include "Outbox.h"
#include "Sandbox.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

using sd::connection::MemorySecretStore;

using clitest::args;
using clitest::s;

namespace {

QSet<QString> sandboxEmails(const ::sr::sandbox::Sandbox &sandbox)
{
    QSet<QString> emails;
    const QJsonObject candidates = sandbox.stateDump().value(s("candidates")).toObject();
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it)
        emails.insert(it.value().toObject().value(s("email")).toString().toLower());
    return emails;
}

sd::sync::OutboxCounts outboxCounts(const CliHarness &h)
{
    auto ws = sd::Workspace::open(h.workspace());
    if (!ws.ok())
        return {};
    auto counts = sd::sync::Outbox(*ws.value()).counts();
    return counts.ok() ? counts.value() : sd::sync::OutboxCounts{};
}

} // namespace

class TestCliSyncSandbox : public QObject
{
    Q_OBJECT

private:
    ::sr::sandbox::Sandbox *m_sandbox = nullptr;

    void connectTo(CliHarness &h, MemorySecretStore &store, const ::sr::sandbox::Sandbox &sandbox)
    {
        h.environment().secretStore = &store;
        const QString key = sandbox.apiKey();
        h.environment().readStdin = [key] {
            return key.toUtf8();
        };
        const CliRun r = h.run(
            QStringList{s("--sr-api-url"), sandbox.baseUrl().toString(), s("connect"), s("--api-key-stdin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    }

    static void addCandidates(const CliHarness &h, const QString &campaign, const QString &prefix, int n)
    {
        for (int i = 1; i <= n; ++i) {
            const CliRun r =
                h.run({s("candidates"), s("add"), s("--first"), prefix, s("--last"), s("Number%1").arg(i),
                       s("--email"), s("%1.%2@cli-sync.example").arg(prefix.toLower()).arg(i),
                       s("--campaign"), campaign});
            QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        }
    }

    QString jobWithStatus(const CliHarness &h, const char *status)
    {
        const CliRun r = h.run({s("--json"), s("jobs"), s("--status"), s(status), s("--limit"), s("1")});
        if (r.exitCode != 0)
            return {};
        return r.json().value(s("jobs")).toArray().at(0).toObject().value(s("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new ::sr::sandbox::Sandbox(::sr::sandbox::Sandbox::Options{1, false, {}}, this);
        QVERIFY(m_sandbox->start());
    }

    void init() { m_sandbox->reset(); }

    void linkPreviewPushSync()
    {
        CliHarness h;
        MemorySecretStore store;
        connectTo(h, store, *m_sandbox);
        QCOMPARE(h.run(args({"campaigns", "create", "Backend"})).exitCode, 0);
        addCandidates(h, s("Backend"), s("Ada"), 1);

        // The whitelist (SOURCING, INTERVIEW, OFFER by default) decides which jobs can be linked.
        const QString filled = jobWithStatus(h, "filled");
        QVERIFY(!filled.isEmpty());
        CliRun r = h.run({s("campaigns"), s("link-job"), s("Backend"), s("--job"), filled});
        QVERIFY2(r.exitCode == 6, qPrintable(r.dump()));
        QVERIFY2(r.err.contains(s("FILLED")) && r.err.contains(s("sync.jobStatuses")), qPrintable(r.dump()));
        r = h.run(args({"campaigns", "link-job", "Backend", "--job", "no-such-job"}));
        QVERIFY2(r.exitCode == 3, qPrintable(r.dump()));
        QVERIFY(r.err.contains(s("no-such-job")));

        const QString job = jobWithStatus(h, "sourcing");
        QVERIFY(!job.isEmpty());
        r = h.run({s("--json"), s("campaigns"), s("link-job"), s("Backend"), s("--job"), job});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("job")).toObject().value(s("srJobId")).toString(), job);
        QCOMPARE(r.json().value(s("job")).toObject().value(s("status")).toString(), s("SOURCING"));

        r = h.run(args({"--json", "preview", "1", "--campaign", "Backend"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QJsonObject preview = r.json().value(s("preview")).toObject();
        QCOMPARE(preview.value(s("canPush")).toBool(), true);
        QCOMPARE(preview.value(s("method")).toString(), s("POST"));
        QVERIFY2(preview.value(s("path")).toString().contains(job), qPrintable(r.dump()));
        QCOMPARE(preview.value(s("body")).toObject().value(s("firstName")).toString(), s("Ada"));
        r = h.run(args({"preview", "1"}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(s("POST")), qPrintable(r.dump()));
        QVERIFY(!sandboxEmails(*m_sandbox).contains(s("ada.1@cli-sync.example"))); // a preview sends nothing

        r = h.run(args({"--json", "push", "1", "--campaign", "Backend"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.json().value(s("sent")).toInt() >= 1);
        QCOMPARE(r.json().value(s("queued")).toInt(), 1);
        QVERIFY2(sandboxEmails(*m_sandbox).contains(s("ada.1@cli-sync.example")), qPrintable(r.dump()));
        const sd::sync::OutboxCounts counts = outboxCounts(h);
        QCOMPARE(counts.waiting(), 0);
        QCOMPARE(counts.needsAttention, 0);
        QVERIFY(counts.done >= 1);

        // Linked now: the preview reads the candidate back from SmartRecruiters.
        r = h.run(args({"--json", "preview", "1"}));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(!r.json().value(s("preview")).toObject().value(s("srCandidateId")).toString().isEmpty(),
                 qPrintable(r.dump()));

        r = h.run(args({"sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(s("Nothing was sent")));
        r = h.run(args({"--json", "sync"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.json().value(s("stageSync")).isNull()); // stage sync is off by default

        // With stage sync on, 'sync' pulls the stages after sending.
        QCOMPARE(h.run(args({"settings", "set", "sync.stageSync.enabled", "true", "--team"})).exitCode, 0);
        r = h.run(args({"--json", "sync", "--wait"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonObject stages = r.json().value(s("stageSync")).toObject();
        QVERIFY2(stages.value(s("ok")).toBool(), qPrintable(r.dump()));
        QVERIFY2(stages.value(s("stagesAdded")).toInt() > 0, qPrintable(r.dump()));
        r = h.run(args({"sync"}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(s("Stages pulled")), qPrintable(r.dump()));
        r = h.run(args({"--json", "sync", "--push-only"}));
        QVERIFY2(r.exitCode == 0 && r.json().value(s("stageSync")).isNull(), qPrintable(r.dump()));
    }

    // The flow a script runs: the team's settings from a file, a campaign on a job, candidates
    // added (the create trigger queues them), one sync.
    void settingsFileThenAddThenSyncWait()
    {
        CliHarness h;
        MemorySecretStore store;
        connectTo(h, store, *m_sandbox);
        const QString file =
            h.writeFile(s("team.json"), R"({"format": "sourcedesk-sync-settings", "version": 1,
            "layer": "team", "scope": "", "values": {"sync.createTrigger": {"value": "onAdd", "locked": true}}})");
        CliRun r = h.run({s("settings"), s("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(h.run(args({"campaigns", "create", "Flow"})).exitCode, 0);
        const QString job = jobWithStatus(h, "interview");
        QVERIFY(!job.isEmpty());
        QCOMPARE(h.run({s("campaigns"), s("link-job"), s("Flow"), s("--job"), job}).exitCode, 0);
        addCandidates(h, s("Flow"), s("Hedy"), 3);
        r = h.run(args({"--json", "outbox", "--state", "pending"}));
        QVERIFY2(r.json().value(s("jobs")).toArray().size() >= 3, qPrintable(r.dump()));

        r = h.run(args({"--json", "sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.json().value(s("sent")).toInt() >= 3);
        QCOMPARE(r.json().value(s("waiting")).toInt(), 0);
        const QSet<QString> emails = sandboxEmails(*m_sandbox);
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(emails.contains(s("hedy.%1@cli-sync.example").arg(i)), qPrintable(QString::number(i)));
    }

    void ctrlCDuringPushLosesNothingThenSyncWaitSendsTheRest()
    {
        CliHarness h;
        MemorySecretStore store;
        connectTo(h, store, *m_sandbox);
        QCOMPARE(h.run(args({"campaigns", "create", "Bulk"})).exitCode, 0);
        QCOMPARE(h.run(args({"campaigns", "link-job", "Bulk", "--talent-pool"})).exitCode, 0);
        constexpr int n = 20;
        addCandidates(h, s("Bulk"), s("Grace"), n);

        // Ctrl+C as soon as the first job is done.
        QTimer presser;
        presser.setInterval(5);
        bool pressed = false;
        auto ws = sd::Workspace::open(h.workspace());
        QVERIFY(ws.ok());
        sd::sync::Outbox outbox(*ws.value());
        connect(&presser, &QTimer::timeout, this, [&] {
            auto c = outbox.counts();
            if (!pressed && c.ok() && c->done >= 1) {
                pressed = true;
                sd::cli::InterruptScope::simulate();
            }
        });
        presser.start();
        QStringList pushArgs{s("push")};
        for (int i = 1; i <= n; ++i)
            pushArgs << QString::number(i);
        pushArgs << s("--campaign") << s("Bulk");
        CliRun r = h.run(pushArgs);
        presser.stop();
        QVERIFY(pressed);
        QVERIFY2(r.exitCode == 130, qPrintable(r.dump()));
        QVERIFY2(r.err.contains(s("next 'sourcedesk-cli sync'")), qPrintable(r.dump()));
        sd::sync::OutboxCounts counts = outbox.counts().value();
        QCOMPARE(counts.inFlight, 0); // the jobs in flight finished
        QVERIFY(counts.done >= 1);
        QVERIFY2(counts.pending > 0, "Ctrl+C came too late to leave jobs waiting");
        QCOMPARE(counts.done + counts.pending + counts.retrying, n);
        const int sentBefore = counts.done;

        // Progress on stderr: not a terminal, so a line per tenth at most, ending with all of them.
        r = h.run(args({"sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const int rest = n - sentBefore;
        QVERIFY2(r.out.contains(s("Sent %1 job").arg(rest)), qPrintable(r.dump()));
        const QStringList progress = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!progress.isEmpty() && progress.size() <= 10, qPrintable(r.dump()));
        for (const QString &line : progress)
            QVERIFY2(line.startsWith(s("Sent ")), qPrintable(r.dump()));
        QCOMPARE(progress.constLast(), s("Sent %1/%1 …").arg(rest));
        counts = outbox.counts().value();
        QCOMPARE(counts.done, n);
        const QSet<QString> emails = sandboxEmails(*m_sandbox);
        for (int i = 1; i <= n; ++i)
            QVERIFY2(emails.contains(s("grace.%1@cli-sync.example").arg(i)), qPrintable(QString::number(i)));
    }

    void jobsThatNeedAttentionAreListedWithExit1()
    {
        CliHarness h;
        MemorySecretStore store;
        connectTo(h, store, *m_sandbox);
        QCOMPARE(h.run(args({"campaigns", "create", "Strict"})).exitCode, 0);
        QCOMPARE(h.run(args({"campaigns", "link-job", "Strict", "--talent-pool"})).exitCode, 0);
        addCandidates(h, s("Strict"), s("Mona"), 1);
        QCOMPARE(h.run(args({"settings", "set", "sync.mandatoryFields",
                             "firstName,lastName,email,phoneNumber", "--team"}))
                     .exitCode,
                 0);

        CliRun r = h.run(args({"preview", "1"}));
        QVERIFY2(r.exitCode == 1 && r.out.contains(s("Missing")) && r.err.contains(s("refused")),
                 qPrintable(r.dump()));

        r = h.run(args({"push", "1", "--campaign", "Strict"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(s("need attention")) && r.out.contains(s("Mandatory fields are blank")),
                 qPrintable(r.dump()));
        QVERIFY2(r.err.contains(s("outbox show")), qPrintable(r.dump()));
        r = h.run(args({"--json", "outbox", "--state", "needsAttention"}));
        const QJsonArray jobs = r.json().value(s("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        const QString id = QString::number(jobs.at(0).toObject().value(s("id")).toInteger());
        QCOMPARE(jobs.at(0).toObject().value(s("errorCode")).toString(), s("MANDATORY_FIELDS"));

        // sync lists it too; retried, it fails again; skipped, nothing is left to do.
        r = h.run(args({"--json", "sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("needsAttention")).toArray().size(), 1);
        QCOMPARE(h.run({s("outbox"), s("retry"), id}).exitCode, 0);
        r = h.run(args({"sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(h.run({s("outbox"), s("skip"), id}).exitCode, 0);
        r = h.run(args({"sync", "--wait", "--push-only"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(!sandboxEmails(*m_sandbox).contains(s("mona.1@cli-sync.example")));
    }

    void unreachableIsExit7AndTheJobsStay()
    {
        ::sr::sandbox::Sandbox gone(::sr::sandbox::Sandbox::Options{1, false, {}});
        QVERIFY(gone.start());
        CliHarness h;
        MemorySecretStore store;
        connectTo(h, store, gone);
        QCOMPARE(h.run(args({"campaigns", "create", "Lost"})).exitCode, 0);
        QCOMPARE(h.run(args({"campaigns", "link-job", "Lost", "--talent-pool"})).exitCode, 0);
        addCandidates(h, s("Lost"), s("Linus"), 1);
        gone.stop();

        CliRun r = h.run(args({"push", "1", "--campaign", "Lost", "--timeout", "3"}));
        QVERIFY2(r.exitCode == 7, qPrintable(r.dump()));
        sd::sync::OutboxCounts counts = outboxCounts(h);
        QCOMPARE(counts.inFlight, 0);
        QCOMPARE(counts.done, 0);
        QCOMPARE(counts.waiting(), 1); // kept for the next run
        r = h.run(args({"sync", "--push-only"}));
        QVERIFY2(r.exitCode == 7, qPrintable(r.dump()));
        QCOMPARE(outboxCounts(h).waiting(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSyncSandbox)
#include "tst_cli_sync_sandbox.moc"
