// A bulk status change and its undo with the real SmartRecruiters planner (SyncEvents): nothing of
// the change reaches SmartRecruiters when it was taken back before anything went, the way back
// follows it when something did, and no person is ever queued for a second create.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Outbox.h"
#include "SettingsStore.h"
#include "StatusUndo.h"
#include "SyncEvents.h"
#include "SyncSettings.h"
#include "TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::sync;

namespace {

const QString kActor = QStringLiteral("ada");

qint64 addPerson(test::TempWorkspace &t, const QString &first, const QString &last)
{
    Candidate c = test::person(first, last, first.toLower() + QStringLiteral("@example.org"));
    return CandidateRepository(t.ws()).insert(c, kActor) ? -1 : c.id;
}

QList<OutboxJob> jobsOf(test::TempWorkspace &t, qint64 candidateId)
{
    OutboxQuery q;
    q.candidateId = candidateId;
    return Outbox(t.ws()).list(q).value();
}

int count(const QList<OutboxJob> &jobs, JobKind kind, const QList<JobState> &states)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [&](const OutboxJob &j) { return j.kind == kind && states.contains(j.state); }));
}

} // namespace

class TestUndoStatusSync : public QObject
{
    Q_OBJECT

private slots:
    void undoKeepsSmartRecruitersInStep()
    {
        test::TempWorkspace t;
        t.ws().setEvents(std::make_shared<SyncEvents>(t.ws(), QStringLiteral("manual")));
        QVERIFY(!SettingsStore(t.ws()).set(Layer::Team, QString(), QLatin1String(key::CreateTrigger),
                                           QStringLiteral("onInterested"), kActor));
        Campaign campaign;
        campaign.name = QStringLiteral("Backend");
        QVERIFY(!CampaignRepository(t.ws()).create(campaign));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 b = addPerson(t, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        CampaignRepository campaigns(t.ws());
        QCOMPARE(campaigns.addMembers(campaign.id, {a, b}, kActor).value(), 2);
        QVERIFY(jobsOf(t, a).isEmpty());

        StatusUndo undo;
        QCOMPARE(campaigns.setStatus(campaign.id, {a, b}, MemberStatus::Interested, kActor, &undo).value(),
                 2);
        const QList<JobState> open{JobState::Pending, JobState::Held, JobState::Retrying, JobState::InFlight};
        QCOMPARE(count(jobsOf(t, a), JobKind::Create, open), 1);
        QCOMPARE(count(jobsOf(t, b), JobKind::Create, open), 1);
        // The engine already created Grace in SmartRecruiters; Ada's create has not gone yet.
        Outbox outbox(t.ws());
        for (const OutboxJob &j : jobsOf(t, b)) {
            if (j.kind == JobKind::Create) {
                QVERIFY(!outbox.markInFlight(j.id));
                QVERIFY(!outbox.markDone(j.id, {}));
            }
        }
        QSqlQuery link(t.ws().connection());
        QVERIFY(link.exec(
            QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) "
                           "VALUES (%1, 'sr-grace', 'created', 1)")
                .arg(b)));
        qint64 lastBefore = 0;
        for (const OutboxJob &j : jobsOf(t, b))
            lastBefore = qMax(lastBefore, j.id);

        auto outcome = undoStatusChange(t.ws(), undo, kActor);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->reverted, 2);
        QCOMPARE(campaigns.member(campaign.id, a).value()->status, MemberStatus::Added);
        QCOMPARE(campaigns.member(campaign.id, b).value()->status, MemberStatus::Added);

        // Ada: every job of the change and of the way back is skipped; nothing is left to send.
        const QList<OutboxJob> ada = jobsOf(t, a);
        QVERIFY(!ada.isEmpty());
        for (const OutboxJob &j : ada)
            QCOMPARE(j.state, JobState::Skipped);
        // Grace: created once, and the way back follows the change (jobs queued by the undo).
        const QList<OutboxJob> grace = jobsOf(t, b);
        QCOMPARE(count(grace, JobKind::Create, {JobState::Done}), 1);
        QCOMPARE(count(grace, JobKind::Create, open), 0);
        const bool followed = std::any_of(grace.cbegin(), grace.cend(), [&](const OutboxJob &j) {
            return j.id > lastBefore && j.state != JobState::Skipped;
        });
        QVERIFY(followed);
        for (const OutboxJob &j : grace)
            QVERIFY(j.state != JobState::Skipped);

        // Marked interested again: Ada's create is queued once; Grace, linked, gets none.
        QCOMPARE(campaigns.setStatus(campaign.id, {a, b}, MemberStatus::Interested, kActor).value(), 2);
        QCOMPARE(count(jobsOf(t, a), JobKind::Create, open), 1);
        QCOMPARE(count(jobsOf(t, b), JobKind::Create, open), 0);
    }
};

QTEST_GUILESS_MAIN(TestUndoStatusSync)
#include "tst_undostatus_sync.moc"
