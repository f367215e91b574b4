// OAuth access tokens that expire in the middle of a run: the client refreshes them and every
// push still lands exactly once.
#include "ActivityRepository.h"
#include "SyncFixture.h"
#include "SyncSettings.h"

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

class TestSyncAuth : public QObject
{
    Q_OBJECT

private slots:
    void tokensExpiringMidRunAreRefreshed()
    {
        Fixture f(/*rateLimits=*/false, Fixture::Auth::OAuth);
        auto *oauth = static_cast<srtest::ClientCredential *>(f.credential.get());
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Tokens"));
        f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
        QList<qint64> ids;
        for (int i = 0; i < 16; ++i)
            ids << f.candidate(QStringLiteral("Tom%1").arg(i), QStringLiteral("Token"), QStringLiteral("tom%1.token@example.org").arg(i));
        f.addMembers(camp, ids);
        for (qint64 id : ids) {
            Activity a;
            a.candidateId = id;
            a.campaignId = camp;
            a.kind = ActivityKind::EmailSent;
            a.subject = QStringLiteral("Token-note-%1-end").arg(id);
            QVERIFY(!ActivityRepository(f.ws()).log(a));
            QVERIFY(SyncPlanner(f.tw.shared(), kActor).activityLogged(a).ok());
        }
        SyncEngine &engine = f.makeEngine();
        engine.setConcurrency(2); // slow enough to expire the tokens twice while it runs
        engine.start();
        Outbox outbox(f.ws());
        for (int threshold : {6, 18}) {
            QVERIFY(QTest::qWaitFor([&] { return outbox.counts()->done >= threshold; }, 60000));
            f.sandbox.expireAllTokens();
        }
        QVERIFY(f.runUntilQuiet());
        QVERIFY2(oauth->tokenRequests >= 3, qPrintable(QString::number(oauth->tokenRequests)));
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(f.remoteByEmail(QStringLiteral("tom%1.token@example.org").arg(i)).size(), 1);
            QCOMPARE(f.notesContaining(QStringLiteral("Token-note-%1-end").arg(ids[i])), 1);
            for (const OutboxJob &j : f.jobs(ids[i]))
                QCOMPARE(j.state, JobState::Done);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncAuth)
#include "tst_sync_auth.moc"
