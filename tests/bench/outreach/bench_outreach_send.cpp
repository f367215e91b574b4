// Outreach at volume through real loopback servers (aiosmtpd sink + Dovecot), limits off:
// 1. schedule and send N emails (enrolment to the last SMTP "250"): emails per second;
// 2. R replies dropped into the inbox at once: the time until every one is matched and recorded
//    (member replied, run stopped, activity logged).
//   SOURCEDESK_BENCH_OUTREACH_N (default 5000), SOURCEDESK_BENCH_OUTREACH_REPLIES (default 1000).
#include "MailServers.h"

#include "CampaignRepository.h"
#include "Enroller.h"
#include "OutreachQueue.h"
#include "OutreachRunner.h"
#include "OutreachSetup.h"
#include "TempWorkspace.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sd;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class BenchOutreachSend : public QObject
{
    Q_OBJECT

private slots:
    void sendAndDetectReplies()
    {
        const int n = envInt("SOURCEDESK_BENCH_OUTREACH_N", 5000);
        const int replies = std::min(n, envInt("SOURCEDESK_BENCH_OUTREACH_REPLIES", 1000));
        test::MailServers servers;
        QVERIFY2(servers.start(), qPrintable(servers.errorString()));
        test::TempWorkspace tw;
        Workspace &ws = tw.ws();
        const QString actor = QStringLiteral("ada");
        mail::MailAccount account = servers.account();
        account.saveCopyToSent = false; // as with Gmail: the server files Sent itself
        outreachsetup::Volume volume;
        outreachsetup::setUpVolume(
            ws, account,
            {.actor = actor,
             .campaign = QStringLiteral("Volume"),
             .subject = QStringLiteral("A role for you, {first_name}"),
             .body = QStringLiteral("Hi {first_name},\n\nwould a new role at {company} interest you?\n\nAda"),
             .lastName = QStringLiteral("Bench"),
             .company = QStringLiteral("Acme"),
             .people = n},
            &volume);
        if (QTest::currentTestFailed())
            return;
        const qint64 campaignId = volume.campaignId;
        const QList<qint64> &ids = volume.people;

        outreach::OutreachRunner runner(ws, [](const QString &) { return test::MailServers::password(); });
        QElapsedTimer sendTimer;
        sendTimer.start();
        QCOMPARE(outreach::enroll(ws, campaignId, ids, true, 0, QDateTime::currentDateTimeUtc())->enrolled, n);
        int sent = 0;
        while (sent < n) {
            auto r = runner.runRound();
            QVERIFY(r.ok());
            QVERIFY2(r->mailboxes[0].error.isEmpty(), qPrintable(r->mailboxes[0].error));
            sent += r->mailboxes[0].send.sent;
            if (r->mailboxes[0].send.sent == 0 && r->schedule.emailsQueued == 0 && !r->schedule.more)
                break;
        }
        const qint64 sendMs = sendTimer.elapsed();
        QCOMPARE(sent, n);
        QCOMPARE(servers.peopleMessages().size(), n);

        // Replies to the first R emails, all arriving at once.
        const QList<QueuedEmail> all = OutreachQueue(ws).inState(EmailState::Sent, n).value();
        for (int i = 0; i < replies; ++i) {
            const QueuedEmail &e = all.at(i);
            const QString raw = QStringLiteral("From: %1\r\nTo: recruiter@agency.test\r\nSubject: Re: %2\r\n"
                                               "Message-ID: <bench.%3@people.test>\r\nIn-Reply-To: <%4>\r\n"
                                               "Content-Type: text/plain; charset=utf-8\r\n\r\nYes, tell me more.\r\n")
                                    .arg(e.toAddress, e.subject, QString::number(i), e.messageId);
            QVERIFY(servers.dropIntoInbox(raw.toUtf8()));
        }
        outreach::OutreachRunner::Options pollOnly;
        pollOnly.send = false;
        QElapsedTimer replyTimer;
        replyTimer.start();
        int detected = 0;
        while (detected < replies) {
            auto r = runner.runRound(pollOnly);
            QVERIFY(r.ok());
            QVERIFY2(r->mailboxes[0].error.isEmpty(), qPrintable(r->mailboxes[0].error));
            detected += r->mailboxes[0].poll.replies;
            if (r->mailboxes[0].poll.fetched == 0)
                break;
        }
        const qint64 replyMs = replyTimer.elapsed();
        QCOMPARE(detected, replies);
        auto replied = CampaignRepository(ws).memberCount(MemberQuery{campaignId, MemberStatus::Replied});
        QVERIFY(replied.ok());
        QCOMPARE(int(*replied), replies);

        qInfo("bench_outreach_send: %d emails scheduled and sent in %lld ms = %.1f emails/s", n, sendMs,
              n * 1000.0 / std::max<qint64>(sendMs, 1));
        qInfo("bench_outreach_send: %d replies detected and recorded in %lld ms = %.1f replies/s", replies, replyMs,
              replies * 1000.0 / std::max<qint64>(replyMs, 1));
    }
};

QTEST_GUILESS_MAIN(BenchOutreachSend)
#include "bench_outreach_send.moc"
