// The sync process is killed (SIGKILL) in the middle of a run, twice, and started again, with
// 429s, 5xx and lost answers on top: every candidate and every note reaches SmartRecruiters
// exactly once, checked against the sandbox.
#include "ActivityRepository.h"
#include "SyncFixture.h"
#include "SyncSettings.h"

#include <QProcess>

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    int doneJobs(Fixture &f)
    {
        auto c = Outbox(f.ws()).counts();
        return c.ok() ? c->done : -1;
    }

private slots:
    void killedMidRunLosesNothingAndSendsNothingTwice()
    {
        QVERIFY2(!qEnvironmentVariable("SYNC_DRIVER").isEmpty(), "SYNC_DRIVER is not set (run through CTest)");
        Fixture f(/*rateLimits=*/true);
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Kill"));
        f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
        const int n = 24;
        QList<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids << f.candidate(QStringLiteral("Kim%1").arg(i), QStringLiteral("Killed"), QStringLiteral("kim%1.killed@example.org").arg(i));
        f.addMembers(camp, ids);
        for (qint64 id : ids) {
            Activity a;
            a.candidateId = id;
            a.campaignId = camp;
            a.kind = ActivityKind::EmailSent;
            a.subject = QStringLiteral("Kill-note-%1-end").arg(id);
            QVERIFY(!ActivityRepository(f.ws()).log(a));
            QVERIFY(SyncPlanner(f.tw.shared(), kActor).activityLogged(a).ok());
        }
        const int total = 2 * n;
        // Faults on top of the kills: 10% 429, 5% 5xx, and two lost answers on creates.
        ::sr::sandbox::Faults::Config faults;
        faults.share429 = 0.1;
        faults.share5xx = 0.05;
        f.sandbox.setFaults(faults);
        f.sandbox.addFaultRule({::sr::sandbox::Faults::Kind::DropAfterApply, "POST", QStringLiteral("/jobs/"), 2, 0});

        // Two kills at different points of the run, each once some jobs are done.
        for (int threshold : {total / 6, total / 2}) {
            std::unique_ptr<QProcess> p = synctest::startSyncDriver(f);
            QVERIFY(p);
            QVERIFY(QTest::qWaitFor([&] { return doneJobs(f) >= threshold || p->state() == QProcess::NotRunning; }, 120000));
            QCOMPARE(p->state(), QProcess::Running); // killed mid-run, not after it finished
            p->kill();                                // SIGKILL: no cleanup of any kind
            QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 10000));
            QVERIFY(doneJobs(f) < total);
        }
        std::unique_ptr<QProcess> last = synctest::startSyncDriver(f);
        QVERIFY(last);
        // Not waitForFinished(): the sandbox lives in this process and must keep answering.
        const bool finished =
            QTest::qWaitFor([&] { return last->state() == QProcess::NotRunning; }, 180000);
        if (!finished) {
            OutboxQuery q;
            q.states = {JobState::Pending, JobState::InFlight, JobState::Retrying, JobState::NeedsAttention, JobState::Held};
            for (const OutboxJob &j : Outbox(f.ws()).list(q).value())
                qWarning() << "open job" << j.id << toKey(j.kind) << toKey(j.state) << j.attempts << j.errorCode
                           << j.errorMessage;
            last->kill();
        }
        QVERIFY(finished);
        QCOMPARE(last->exitStatus(), QProcess::NormalExit);
        QCOMPARE(last->exitCode(), 0);

        QCOMPARE(doneJobs(f), total);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(f.remoteByEmail(QStringLiteral("kim%1.killed@example.org").arg(i)).size(), 1);
            QCOMPARE(f.notesContaining(QStringLiteral("Kill-note-%1-end").arg(ids[i])), 1);
            QVERIFY(!f.linkOf(ids[i]).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
