// StageSyncScheduler against the in-process sandbox: a run missed at start runs at once (and is
// followed by the reconciliation scan), a run not missed arms the timer for the next slot of the
// configured time and zone (the clock is injected, nothing waits for it), the timer's check runs
// when due, offline a due run waits for the client, and a disabled stage sync does nothing.
#include "SettingsStore.h"
#include "SrTestSupport.h"
#include "StageSyncScheduler.h"
#include "StageSyncStore.h"
#include "StageSyncTestSupport.h"

using namespace sd;
using namespace sd::stagesync;
using namespace stagetest;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestStageSyncScheduler : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<::sr::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<test::TempWorkspace> m_tw;
    sd::sr::ApiKeyCredential *m_credential = nullptr;
    sd::sr::ApiClient *m_client = nullptr;

    Workspace &ws() { return m_tw->ws(); }

    void setTeam(const char *key, const QString &value)
    {
        const Status s = sync::SettingsStore(ws()).set(sync::Layer::Team, QString(), QLatin1String(key), value,
                                                       QStringLiteral("admin"));
        QVERIFY2(!s, s ? qPrintable(s->toString()) : "");
    }

    void recordRun(const QDateTime &startedAt, bool ok)
    {
        StageSyncStore store(ws());
        const Result<qint64> id = store.beginRun(startedAt);
        QVERIFY(id.ok());
        QVERIFY(!store.finishRun(id.value(), ok, {}));
    }

    int stageRuns() { return scalar(ws(), QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE kind = 'stages'")).toInt(); }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<::sr::sandbox::Sandbox>();
        QVERIFY(m_sandbox->start());
        m_tw = std::make_unique<test::TempWorkspace>();
        m_credential = new sd::sr::ApiKeyCredential(m_sandbox->baseUrl().host(), m_sandbox->apiKey());
        m_client = new sd::sr::ApiClient(m_credential, sd::sr::Hosts::single(m_sandbox->baseUrl()));
    }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_credential;
        m_credential = nullptr;
        m_tw.reset();
        m_sandbox.reset();
    }

    void disabledDoesNothing()
    {
        StageSyncScheduler scheduler(ws(), QStringLiteral("recruiter"), m_client);
        QSignalSpy started(&scheduler, &StageSyncScheduler::started);
        const qint64 seq = lastLogSeq(*m_sandbox);
        scheduler.start(); // never ran: it would be due if it were on
        QVERIFY(!scheduler.isEnabled());
        QVERIFY(!scheduler.isArmed());
        QVERIFY(!scheduler.isRunning());
        QVERIFY(!scheduler.nextRunAt().isValid());
        QTest::qWait(100);
        QCOMPARE(started.size(), 0);
        QCOMPARE(lastLogSeq(*m_sandbox), seq);
        QCOMPARE(stageRuns(), 0);
        // On demand is refused with what to do, and nothing runs.
        QSignalSpy problems(&scheduler, &StageSyncScheduler::problem);
        QVERIFY(!scheduler.runNow());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("turned off")));
        QCOMPARE(started.size(), 0);
    }

    void missedRunRunsAtStartThenScans()
    {
        setTeam(sync::key::StageSyncEnabled, QStringLiteral("true"));
        // The last successful run was two days ago: at least one slot passed without a run.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        recordRun(now.addDays(-2), true);
        StageSyncScheduler scheduler(ws(), QStringLiteral("recruiter"), m_client);
        QSignalSpy started(&scheduler, &StageSyncScheduler::started);
        QSignalSpy finished(&scheduler, &StageSyncScheduler::finished);
        QSignalSpy scanned(&scheduler, &StageSyncScheduler::scanned);
        const qint64 seq = lastLogSeq(*m_sandbox);
        scheduler.start();
        QCOMPARE(started.size(), 1);
        QVERIFY(scheduler.isRunning());
        QVERIFY(!scheduler.runNow()); // one run at a time
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<StageSyncReport>();
        QVERIFY2(report.ok, qPrintable(report.errors.join(u'\n')));
        // It really went to SmartRecruiters: the hiring processes were read.
        QVERIFY(countRequests(*m_sandbox, seq, QStringLiteral("/configuration/hiring-processes")) >= 1);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE kind = 'stages' AND ok = 1")).toInt(), 2);
        QVERIFY(scanned.wait(10000) || scanned.size() == 1);
        QCOMPARE(scanned.first().first().toInt(), int(scheduler.outOfStep().size()));
        // Not run again: the timer waits for the next slot.
        QVERIFY(!scheduler.isRunning());
        QVERIFY(scheduler.isArmed());
        QVERIFY(scheduler.nextRunAt() > now);
        QCOMPARE(scheduler.nextRunAt(), scheduler.schedule().nextSlotAfter(scheduler.now()));
        QCOMPARE(started.size(), 1);

        // On demand works once the run is over.
        QVERIFY(scheduler.runNow());
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.size(), 2);
    }

    void notMissedArmsTimerForTheNextSlot()
    {
        setTeam(sync::key::StageSyncEnabled, QStringLiteral("true"));
        setTeam(sync::key::StageSyncTime, QStringLiteral("11:30"));
        // Winter in Paris: 11:30 local is 10:30 UTC. The last run was late yesterday, after every
        // slot this test uses.
        QDateTime clock = utc("2025-01-15T10:00:00Z");
        recordRun(utc("2025-01-14T23:00:00Z"), true);
        StageSyncScheduler scheduler(ws(), QStringLiteral("recruiter"), m_client);
        scheduler.setClock([&clock] { return clock; });
        QSignalSpy started(&scheduler, &StageSyncScheduler::started);
        scheduler.start();
        QCOMPARE(started.size(), 0);
        QVERIFY(scheduler.isArmed());
        QCOMPARE(scheduler.nextRunAt(), utc("2025-01-15T10:30:00Z"));
        QCOMPARE(scheduler.timerIntervalMsecs(), qint64(30 * 60 * 1000));

        // A later time is capped at an hour between looks at the clock.
        setTeam(sync::key::StageSyncTime, QStringLiteral("17:00"));
        scheduler.reload();
        QCOMPARE(scheduler.nextRunAt(), utc("2025-01-15T16:00:00Z"));
        QCOMPARE(scheduler.timerIntervalMsecs(), StageSyncScheduler::kMaxTimerMsecs);
        // Another zone moves the slot.
        setTeam(sync::key::StageSyncTimeZone, QStringLiteral("America/New_York"));
        scheduler.reload();
        QCOMPARE(scheduler.nextRunAt(), utc("2025-01-15T22:00:00Z"));

        // The timer looks before the slot: nothing; after it: the run starts.
        clock = utc("2025-01-15T21:00:00Z");
        scheduler.checkDue();
        QCOMPARE(started.size(), 0);
        QCOMPARE(scheduler.timerIntervalMsecs(), qint64(60 * 60 * 1000));
        clock = utc("2025-01-15T22:00:01Z");
        QSignalSpy finished(&scheduler, &StageSyncScheduler::finished);
        scheduler.checkDue();
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(scheduler.isArmed());
        QCOMPARE(scheduler.nextRunAt(), utc("2025-01-16T22:00:00Z"));

        // Turned off: the timer stops.
        setTeam(sync::key::StageSyncEnabled, QStringLiteral("false"));
        scheduler.reload();
        QVERIFY(!scheduler.isArmed());
        QVERIFY(!scheduler.nextRunAt().isValid());
    }

    void offlineDueRunWaitsForTheClient()
    {
        setTeam(sync::key::StageSyncEnabled, QStringLiteral("true"));
        StageSyncScheduler scheduler(ws(), QStringLiteral("recruiter"), nullptr);
        QSignalSpy started(&scheduler, &StageSyncScheduler::started);
        QSignalSpy problems(&scheduler, &StageSyncScheduler::problem);
        QSignalSpy finished(&scheduler, &StageSyncScheduler::finished);
        scheduler.start(); // never ran: due
        QCOMPARE(started.size(), 0);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("not connected")));
        QCOMPARE(stageRuns(), 0);
        scheduler.setClient(m_client);
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<StageSyncReport>().ok);
    }

    void failedRunIsNotRetriedInALoop()
    {
        setTeam(sync::key::StageSyncEnabled, QStringLiteral("true"));
        // A key SmartRecruiters refuses: the run fails.
        sd::sr::ApiKeyCredential bad(m_sandbox->baseUrl().host(), QStringLiteral("wrong-key"));
        sd::sr::ApiClient badClient(&bad, sd::sr::Hosts::single(m_sandbox->baseUrl()));
        StageSyncScheduler scheduler(ws(), QStringLiteral("recruiter"), &badClient);
        QSignalSpy started(&scheduler, &StageSyncScheduler::started);
        QSignalSpy finished(&scheduler, &StageSyncScheduler::finished);
        scheduler.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().value<StageSyncReport>().ok);
        QTest::qWait(200);
        QCOMPARE(started.size(), 1);
        QVERIFY(scheduler.isArmed());
        QVERIFY(scheduler.nextRunAt() > scheduler.now());
    }
};

QTEST_GUILESS_MAIN(TestStageSyncScheduler)
#include "tst_stagesync_scheduler.moc"
