// Issue 9: "two app instances pushing the same campaign at once create each candidate once in the
// sandbox". Two real processes (sync_driver: the app's SyncEngine, nothing mocked) send one
// PostgreSQL team workspace's outbox to the in-process sandbox at the same time; afterwards every
// candidate exists once in SmartRecruiters, linked to its one local candidate, every note once on
// that candidate, and every outbox job was taken and done once. Then one of the two is killed
// (SIGKILL) mid-run: the other finishes its jobs once their lease ran out, without duplicates.
#include "ActivityRepository.h"
#include "SyncFixture.h"
#include "SyncSettings.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

namespace {

const int kPeople = 40;

QString emailOf(int i)
{
    return QStringLiteral("twin%1.instances@example.org").arg(i);
}

QString markerOf(qint64 candidateId)
{
    return QStringLiteral("Twin-note-%1-end").arg(candidateId);
}

// A campaign of kPeople candidates queued for creation, each with a note logged before the create
// (the create still goes first).
QList<qint64> queueCampaign(Fixture &f)
{
    f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
    const qint64 camp = f.campaign(QStringLiteral("Twins"));
    f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
    QList<qint64> ids;
    for (int i = 0; i < kPeople; ++i)
        ids << f.candidate(QStringLiteral("Twin%1").arg(i), QStringLiteral("Instances"), emailOf(i));
    f.addMembers(camp, ids);
    for (qint64 id : ids) {
        Activity a;
        a.candidateId = id;
        a.campaignId = camp;
        a.kind = ActivityKind::EmailSent;
        a.subject = markerOf(id);
        if (ActivityRepository(f.ws()).log(a) || !SyncPlanner(f.tw.shared(), kActor).activityLogged(a).ok())
            qFatal("activity");
    }
    return ids;
}

int outboxSize(Fixture &f)
{
    QSqlQuery q(f.ws().connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sr_outbox")) && q.next() ? q.value(0).toInt() : -1;
}

int doneJobs(Fixture &f)
{
    auto c = Outbox(f.ws()).counts();
    return c.ok() ? c->done : -1;
}

// Jobs in flight whose claimed_by matches the LIKE pattern.
QList<qint64> inFlightOf(Fixture &f, const QString &pattern)
{
    QList<qint64> ids;
    QSqlQuery q(f.ws().connection());
    q.prepare(QStringLiteral("SELECT id FROM sr_outbox WHERE state = 1 AND claimed_by LIKE ?"));
    q.addBindValue(pattern);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

// "quiet: … N done here" → N; -1 when the driver did not get that far.
int doneHere(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral("(\\d+) done here"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestSyncInstances : public QObject
{
    Q_OBJECT

private:
    // Waits for the processes without blocking this one: the sandbox lives here.
    static bool waitAll(const QList<QProcess *> &ps, int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                for (QProcess *p : ps)
                    if (p->state() != QProcess::NotRunning)
                        return false;
                return true;
            },
            timeoutMs);
    }

    void dumpOpenJobs(Fixture &f)
    {
        OutboxQuery q;
        q.states = {JobState::Pending, JobState::InFlight, JobState::Retrying, JobState::NeedsAttention, JobState::Held};
        for (const OutboxJob &j : Outbox(f.ws()).list(q).value())
            qWarning() << "open job" << j.id << toKey(j.kind) << toKey(j.state) << j.attempts << j.errorCode
                       << j.errorMessage;
    }

    // What a user would check: one SmartRecruiters candidate per person, linked to the local one,
    // the note once on that candidate, and nothing left in the outbox.
    void verifyEachOnce(Fixture &f, const QList<qint64> &ids)
    {
        QCOMPARE(doneJobs(f), 2 * kPeople);
        QCOMPARE(outboxSize(f), 2 * kPeople);
        const QJsonObject messages = f.sandbox.stateDump().value(QStringLiteral("messages")).toObject();
        for (int i = 0; i < kPeople; ++i) {
            const QList<QJsonObject> remote = f.remoteByEmail(emailOf(i));
            QCOMPARE(remote.size(), 1);
            const QString srId = remote.first().value(QStringLiteral("id")).toString();
            QCOMPARE(f.linkOf(ids[i]), srId);
            int notes = 0;
            for (const QJsonValue &m : messages) {
                if (!m.toObject().value(QStringLiteral("content")).toString().contains(markerOf(ids[i])))
                    continue;
                ++notes;
                QVERIFY(m.toObject().value(QStringLiteral("candidateIds")).toArray().contains(QJsonValue(srId)));
            }
            QCOMPARE(notes, 1);
        }
    }

private slots:
    void initTestCase()
    {
        SD_REQUIRE_POSTGRES();
        QVERIFY2(!qEnvironmentVariable("SYNC_DRIVER").isEmpty(), "SYNC_DRIVER is not set (run through CTest)");
        // A team workspace whatever the suite's backend: the Fixture's TempWorkspace reads this.
        qputenv("SOURCEDESK_TEST_BACKEND", "postgres");
    }

    void twoInstancesPushingTheSameCampaignCreateEachCandidateOnce()
    {
        Fixture f;
        QVERIFY(f.ws().isTeam());
        const QList<qint64> ids = queueCampaign(f);
        QCOMPARE(outboxSize(f), 2 * kPeople);
        // A little latency per call, so that the two really work side by side.
        ::sr::sandbox::Faults::Config slow;
        slow.latencyMs = 15;
        f.sandbox.setFaults(slow);

        std::unique_ptr<QProcess> a = synctest::startSyncDriver(f);
        std::unique_ptr<QProcess> b = synctest::startSyncDriver(f);
        QVERIFY(a && b);
        const bool finished = waitAll({a.get(), b.get()}, 180000);
        if (!finished) {
            dumpOpenJobs(f);
            a->kill();
            b->kill();
            waitAll({a.get(), b.get()}, 10000);
        }
        QVERIFY(finished);
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        const int byA = doneHere(a->readAllStandardOutput());
        const int byB = doneHere(b->readAllStandardOutput());
        qInfo() << "jobs done by each instance:" << byA << byB;
        // Both took part, and between them they did every job once.
        QVERIFY2(byA > 0 && byB > 0, qPrintable(QStringLiteral("a: %1, b: %2").arg(byA).arg(byB)));
        QCOMPARE(byA + byB, 2 * kPeople);

        verifyEachOnce(f, ids);
        // Each job was taken once (one attempt) by one of the two instances.
        QSqlQuery q(f.ws().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT attempts, claimed_by FROM sr_outbox")));
        QSet<QString> instances;
        while (q.next()) {
            QCOMPARE(q.value(0).toInt(), 1);
            instances.insert(q.value(1).toString());
        }
        QCOMPARE(instances.size(), 2);
    }

    void oneInstanceKilledMidRunTheOtherFinishesWithoutDuplicates()
    {
        Fixture f;
        const QList<qint64> ids = queueCampaign(f);
        ::sr::sandbox::Faults::Config slow;
        slow.latencyMs = 15;
        f.sandbox.setFaults(slow);

        std::unique_ptr<QProcess> victim = synctest::startSyncDriver(f);
        std::unique_ptr<QProcess> survivor = synctest::startSyncDriver(f);
        QVERIFY(victim && survivor);
        // The victim's instance id is "host:pid:random".
        const QString victimClaims = QStringLiteral("%:%1:%").arg(victim->processId());
        QList<qint64> orphans; // its jobs in flight when it dies
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (victim->state() == QProcess::NotRunning)
                    return true;
                if (doneJobs(f) < kPeople / 2)
                    return false;
                orphans = inFlightOf(f, victimClaims);
                if (orphans.isEmpty())
                    return false;
                victim->kill(); // SIGKILL right away: its jobs in flight keep their lease
                return true;
            },
            120000));
        QVERIFY(waitAll({victim.get()}, 10000));
        QCOMPARE(victim->exitStatus(), QProcess::CrashExit); // killed mid-run, not finished
        QVERIFY(!orphans.isEmpty());
        QVERIFY(doneJobs(f) < 2 * kPeople);

        // The survivor takes the dead instance's jobs once their lease ran out (1.5 s in the
        // driver), checks them against SmartRecruiters and finishes.
        const bool finished = waitAll({survivor.get()}, 180000);
        if (!finished) {
            dumpOpenJobs(f);
            survivor->kill();
            waitAll({survivor.get()}, 10000);
        }
        QVERIFY(finished);
        QCOMPARE(survivor->exitCode(), 0);
        verifyEachOnce(f, ids);
        // The dead instance's jobs were taken back and finished by the survivor (a second attempt,
        // checked first), not left in flight and not sent a third time.
        for (qint64 id : orphans) {
            const OutboxJob j = Outbox(f.ws()).get(id).value();
            QCOMPARE(j.state, JobState::Done);
            QCOMPARE(j.attempts, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncInstances)
#include "tst_sync_instances.moc"
