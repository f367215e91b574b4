// kill -9 in the middle of a send batch: nothing is sent twice, nothing is lost. The email that was
// being handed over when the process died is "uncertain" and is not sent again on its own.
#include "MailServers.h"

#include "Enroller.h"
#include "OutreachQueue.h"
#include "OutreachSetup.h"
#include "TempWorkspace.h"

#include <QProcess>
#include <QTest>

#include <csignal>

using namespace sd;

class TestOutreachKill : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBatchSendsEachEmailAtMostOnce()
    {
        test::MailServers servers;
        QVERIFY2(servers.start(), qPrintable(servers.errorString()));
        test::TempWorkspace tw;
        Workspace &ws = tw.ws();
        const QString actor = QStringLiteral("ada");
        constexpr int kPeople = 300;
        outreachsetup::Volume volume;
        outreachsetup::setUpVolume(ws, servers.account(),
                                   {.actor = actor,
                                    .campaign = QStringLiteral("Batch"),
                                    .subject = QStringLiteral("Hello {first_name}"),
                                    .body = QStringLiteral("Hi {first_name}"),
                                    .lastName = QStringLiteral("Kill"),
                                    .company = {},
                                    .people = kPeople},
                                   &volume);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(outreach::enroll(ws, volume.campaignId, volume.people, true, 0, QDateTime::currentDateTimeUtc())->enrolled, kPeople);

        const QString driver = qEnvironmentVariable("OUTREACH_DRIVER");
        QVERIFY(!driver.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUTREACH_DRIVER_SECRET"), test::MailServers::password());
        auto run = [&](QProcess &p) {
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driver, {ws.path()});
            return p.waitForStarted();
        };

        // Killed once roughly a third of the batch went out.
        QProcess first;
        QVERIFY(run(first));
        QVERIFY(QTest::qWaitFor([&] { return servers.peopleMessages().size() >= kPeople / 3 || first.state() == QProcess::NotRunning; }, 120000));
        QCOMPARE(first.state(), QProcess::Running); // still mid-batch
        ::kill(static_cast<pid_t>(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        const int beforeRestart = servers.peopleMessages().size();
        QVERIFY(beforeRestart < kPeople);

        // Started again: it finishes the batch.
        QProcess second;
        QVERIFY(run(second));
        QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 120000));
        QCOMPARE(second.exitCode(), 0);

        OutreachQueue queue(ws);
        const QList<QueuedEmail> sent = queue.inState(EmailState::Sent, 10000).value();
        const QList<QueuedEmail> uncertain = queue.inState(EmailState::Uncertain, 10000).value();
        QCOMPARE(queue.inState(EmailState::Queued, 10000).value().size(), 0);
        QCOMPARE(queue.inState(EmailState::Sending, 10000).value().size(), 0);
        // Every email is accounted for: sent, or uncertain (at most the one in flight at the kill).
        QCOMPARE(sent.size() + uncertain.size(), kPeople);
        QVERIFY(uncertain.size() <= 1);
        for (const QueuedEmail &e : sent)
            QCOMPARE(servers.deliveries(e.messageId), 1);
        for (const QueuedEmail &e : uncertain)
            QVERIFY(servers.deliveries(e.messageId) <= 1);
        // And nobody got two emails.
        QCOMPARE(servers.peopleMessages().size(), sent.size() + (uncertain.isEmpty() ? 0 : servers.deliveries(uncertain[0].messageId)));
    }
};

QTEST_GUILESS_MAIN(TestOutreachKill)
#include "tst_outreach_kill.moc"
