// Outreach sequences end to end against real loopback mail servers (Dovecot + an aiosmtpd sink)
// and the in-process SmartRecruiters sandbox.
#include "OutreachFixture.h"

#include "ActivityRepository.h"
#include "DoNotContact.h"
#include "Enroller.h"
#include "MailMessage.h"
#include "SendWindow.h"
#include "StepTiming.h"
#include "TaskActions.h"
#include "TaskRepository.h"

using namespace sd;
using namespace outreachtest;
using synctest::kActor;

namespace {

MemberStatus statusOf(Fixture &f, qint64 campaign, qint64 candidate)
{
    auto m = CampaignRepository(f.ws()).member(campaign, candidate);
    return (m.ok() && m->has_value()) ? (*m)->status : MemberStatus::Added;
}

int activitiesOf(Fixture &f, qint64 candidate, ActivityKind kind)
{
    int n = 0;
    for (const Activity &a : ActivityRepository(f.ws()).forCandidate(candidate).value())
        n += a.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class TestOutreachFlow : public QObject
{
    Q_OBJECT

private slots:
    void threeStepSequenceStopsOnReplyAndReachesSmartRecruiters()
    {
        Fixture f;
        f.setTeam(QLatin1String(sync::key::CreateTrigger), QStringLiteral("onReply"));
        const qint64 camp = f.ownedCampaign(QStringLiteral("Backend"));
        f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
        f.saveMailbox();
        // Step 1 in a window around now; step 2 a call the same day; step 3 three business days on.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SequenceStep first = Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hello {first_name}"),
                                                  QStringLiteral("Hi {first_name}, a role at {company}?"));
        const int minute = now.time().hour() * 60 + now.time().minute();
        first.windowStartMinute = std::max(0, minute - 120);
        first.windowEndMinute = std::min(24 * 60, minute + 120);
        f.sequence(camp, {first, Fixture::stepOpenNow(StepKind::Call, 0, QStringLiteral("Call {first_name}"), {}),
                          Fixture::stepOpenNow(StepKind::AutoEmail, 3, {}, QStringLiteral("Following up, {first_name}."))});
        const qint64 ana = f.candidate(QStringLiteral("Ana"), QStringLiteral("Reply"), QStringLiteral("ana.reply@people.test"),
                                       QStringLiteral("Acme"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {ana}, kActor).ok());
        QVERIFY(f.runUntilQuiet());
        QVERIFY(f.remoteByEmail(QStringLiteral("ana.reply@people.test")).isEmpty()); // not before the reply

        auto enrolled = outreach::enroll(f.ws(), camp, {ana}, false, 30, now);
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().toString()));
        QCOMPARE(enrolled->enrolled, 1);

        // Round 1: the first email goes out inside its window, from the recruiter's mailbox.
        auto r1 = f.round();
        QCOMPARE(r1.mailboxes.size(), 1);
        QVERIFY2(r1.mailboxes[0].error.isEmpty(), qPrintable(r1.mailboxes[0].error));
        QCOMPARE(r1.mailboxes[0].send.sent, 1);
        const QList<QueuedEmail> sent = f.emails(EmailState::Sent);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].subject, QStringLiteral("Hello Ana"));
        QVERIFY(outreach::insideWindow(sent[0].sentAt, outreach::windowOf(first), QTimeZone::utc()));
        QCOMPARE(f.mail.deliveries(sent[0].messageId), 1);
        const QByteArray delivered = f.mail.peopleMessages().value(0);
        QVERIFY(delivered.contains("List-Unsubscribe: <mailto:recruiter@agency.test?subject=unsubscribe>"));
        auto parsed = mail::parseMessage(delivered);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->bodyText.contains(QStringLiteral("a role at Acme?")));
        QCOMPARE(statusOf(f, camp, ana), MemberStatus::Contacted);
        // A copy is filed in Sent (how an interrupted send is verified later).
        QTRY_COMPARE(f.mail.recruiterFiles(QStringLiteral("Sent")).size(), 1);

        // Round 2: the call step becomes a task in the owner's Today list; done, step 3 is 3 days out.
        f.round();
        auto tasks = TaskRepository(f.ws()).open(kActor, now.addDays(1), 10);
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->at(0).kind, StepKind::Call);
        QCOMPARE(tasks->at(0).title, QStringLiteral("Call Ana"));
        QVERIFY(!outreach::completeTask(f.ws(), tasks->at(0).id, TaskState::Done, QStringLiteral("voicemail"),
                                        QStringLiteral("Left a message"), kActor, QDateTime::currentDateTimeUtc()));
        QCOMPARE(activitiesOf(f, ana, ActivityKind::Call), 1);
        Enrollment e = f.enrollment(camp, ana);
        QCOMPARE(e.currentStep, 2);
        QVERIFY(e.nextDueAt > now.addDays(2));

        // The reply arrives; the next round stops the run before step 3 and marks Ana replied.
        QVERIFY(f.mail.dropIntoInbox(Fixture::reply(QStringLiteral("Ana Reply <ana.reply@people.test>"), sent[0].messageId,
                                                    QStringLiteral("Re: Hello Ana"),
                                                    QStringLiteral("Sounds interesting, call me Friday.\r\n\r\n"
                                                                   "On Tue, Ada wrote:\r\n> Hi Ana"))));
        auto r3 = f.round();
        QCOMPARE(r3.mailboxes[0].poll.replies, 1);
        QCOMPARE(statusOf(f, camp, ana), MemberStatus::Replied);
        e = f.enrollment(camp, ana);
        QCOMPARE(e.state, EnrollmentState::Replied);
        QVERIFY(!e.nextDueAt.isValid());
        auto replyActivities = ActivityRepository(f.ws()).forCandidate(ana).value();
        QString replyText;
        for (const Activity &a : replyActivities)
            if (a.kind == ActivityKind::EmailReply)
                replyText = a.body;
        QCOMPARE(replyText, QStringLiteral("Sounds interesting, call me Friday."));
        // Step 3 never queued, even when its time comes.
        QCOMPARE(f.emails(EmailState::Queued).size(), 0);
        QCOMPARE(outreach::scheduleDue(f.ws(), now.addDays(10))->emailsQueued, 0);

        // "Add when they reply": the candidate is created with the notes of the email and the reply.
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(QStringLiteral("ana.reply@people.test")).size(), 1);
        QCOMPARE(f.notesContaining(QStringLiteral("a role at Acme?")), 1); // the email (the reply's note quotes only the new text)
        QCOMPARE(f.notesContaining(QStringLiteral("call me Friday")), 1);
    }

    void bounceMarksTheMemberAndStopsTheRun()
    {
        Fixture f;
        const qint64 camp = f.ownedCampaign(QStringLiteral("Bounces"));
        f.saveMailbox();
        f.sequence(camp, {Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hi"), QStringLiteral("Hi {first_name}")),
                          Fixture::stepOpenNow(StepKind::AutoEmail, 0, {}, QStringLiteral("Again"))});
        const qint64 bob = f.candidate(QStringLiteral("Bob"), QStringLiteral("Gone"), QStringLiteral("bob@bounce.test"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {bob}, kActor).ok());
        QVERIFY(outreach::enroll(f.ws(), camp, {bob}, true, 0, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(f.round().mailboxes[0].send.sent, 1); // the sink accepts, then reports the failure
        auto r = f.round();
        QCOMPARE(r.mailboxes[0].poll.bounces, 1);
        QCOMPARE(statusOf(f, camp, bob), MemberStatus::Bounced);
        QCOMPARE(f.enrollment(camp, bob).state, EnrollmentState::Bounced);
        const QList<QueuedEmail> bounced = f.emails(EmailState::Bounced);
        QCOMPARE(bounced.size(), 1);
        QVERIFY2(bounced[0].lastError.contains(QStringLiteral("5.1.1")), qPrintable(bounced[0].lastError));
        // The follow-up (queued in the same round as the bounce arrived, or later) never goes out.
        f.round();
        QCOMPARE(f.emails(EmailState::Sent).size(), 0);
        QCOMPARE(f.mail.peopleMessages().size(), 0);
    }

    void outOfOfficeIsNotAReply()
    {
        Fixture f;
        const qint64 camp = f.ownedCampaign(QStringLiteral("Holidays"));
        f.saveMailbox();
        f.sequence(camp, {Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hi"), QStringLiteral("Hi")),
                          Fixture::stepOpenNow(StepKind::AutoEmail, 0, {}, QStringLiteral("Second"))});
        const qint64 cy = f.candidate(QStringLiteral("Cy"), QStringLiteral("Away"), QStringLiteral("cy@people.test"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {cy}, kActor).ok());
        QVERIFY(outreach::enroll(f.ws(), camp, {cy}, true, 0, QDateTime::currentDateTimeUtc()).ok());
        f.round();
        const QString firstId = f.emails(EmailState::Sent).value(0).messageId;
        QVERIFY(!firstId.isEmpty());
        QVERIFY(f.mail.dropIntoInbox(Fixture::reply(QStringLiteral("cy@people.test"), firstId,
                                                    QStringLiteral("Automatic reply: Hi"),
                                                    QStringLiteral("I am out of the office until Monday."),
                                                    QStringLiteral("Auto-Submitted: auto-replied\r\n"))));
        auto r = f.round();
        QCOMPARE(r.mailboxes[0].poll.outOfOffice, 1);
        QCOMPARE(r.mailboxes[0].poll.replies, 0);
        QCOMPARE(statusOf(f, camp, cy), MemberStatus::Contacted);
        QCOMPARE(activitiesOf(f, cy, ActivityKind::EmailReply), 0);
        // The run goes on: the follow-up went out in the same round, threaded under the first email.
        QCOMPARE(r.mailboxes[0].send.sent, 1);
        QCOMPARE(f.emails(EmailState::Sent).size(), 2);
        const QueuedEmail second = f.emails(EmailState::Sent).value(1);
        QCOMPARE(second.inReplyTo, firstId);
        QCOMPARE(second.subject, QStringLiteral("Re: Hi"));
    }

    void dailyLimitHoldsTheRestBack()
    {
        Fixture f;
        const qint64 camp = f.ownedCampaign(QStringLiteral("Limits"));
        f.saveMailbox(/*daily*/ 2);
        f.sequence(camp, {Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hi"), QStringLiteral("Hi")),
                          Fixture::stepOpenNow(StepKind::AutoEmail, 0, {}, QStringLiteral("Again"))});
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << f.candidate(QStringLiteral("P%1").arg(i), QStringLiteral("Limit"), QStringLiteral("p%1@people.test").arg(i));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, ids, kActor).ok());
        QVERIFY(outreach::enroll(f.ws(), camp, ids, true, 0, QDateTime::currentDateTimeUtc()).ok());
        auto r = f.round();
        QCOMPARE(r.mailboxes[0].send.sent, 2);
        QVERIFY(r.mailboxes[0].send.stoppedBecause.contains(QStringLiteral("daily limit")));
        QVERIFY(r.mailboxes[0].send.resumeAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(f.emails(EmailState::Queued).size(), 2);
        // Next round: the follow-ups of the two who got the first email are queued; the two still
        // waiting for their first email do not get a follow-up queued ahead of it.
        auto r2 = f.round();
        QCOMPARE(r2.mailboxes[0].send.sent, 0);
        QCOMPARE(r2.schedule.emailsQueued, 2);
        QCOMPARE(r2.schedule.waitingForPrevious, 2);
        const QList<QueuedEmail> queued = f.emails(EmailState::Queued);
        QCOMPARE(queued.size(), 4);
        QSet<qint64> sentTo;
        for (const QueuedEmail &e : f.emails(EmailState::Sent))
            sentTo.insert(e.candidateId);
        for (const QueuedEmail &e : queued)
            QCOMPARE(e.stepPosition, sentTo.contains(e.candidateId) ? 1 : 0);
        QCOMPARE(f.mail.peopleMessages().size(), 2);
    }

    void unsubscribeGoesOnTheListEverywhere()
    {
        Fixture f;
        const qint64 camp = f.ownedCampaign(QStringLiteral("First"));
        const qint64 other = f.ownedCampaign(QStringLiteral("Second"));
        f.saveMailbox();
        for (qint64 c : {camp, other})
            f.sequence(c, {Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hi"), QStringLiteral("Hi")),
                           Fixture::stepOpenNow(StepKind::AutoEmail, 1, {}, QStringLiteral("Again"))});
        const qint64 dee = f.candidate(QStringLiteral("Dee"), QStringLiteral("Stop"), QStringLiteral("dee@people.test"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {dee}, kActor).ok());
        QVERIFY(CampaignRepository(f.ws()).addMembers(other, {dee}, kActor).ok());
        QVERIFY(outreach::enroll(f.ws(), camp, {dee}, true, 0, QDateTime::currentDateTimeUtc()).ok());
        f.round();
        const QString firstId = f.emails(EmailState::Sent).value(0).messageId;
        QVERIFY(f.mail.dropIntoInbox(Fixture::reply(QStringLiteral("dee@people.test"), firstId, QStringLiteral("Re: Hi"),
                                                    QStringLiteral("Unsubscribe"))));
        QCOMPARE(f.round().mailboxes[0].poll.unsubscribes, 1);
        QCOMPARE(statusOf(f, camp, dee), MemberStatus::Unsubscribed);
        QCOMPARE(f.enrollment(camp, dee).state, EnrollmentState::Unsubscribed);
        QVERIFY(DoNotContact(f.ws()).blocks(QStringLiteral("DEE@people.test")).value());
        // Another campaign refuses to enroll her.
        auto again = outreach::enroll(f.ws(), other, {dee}, true, 0, QDateTime::currentDateTimeUtc());
        QVERIFY(again.ok());
        QCOMPARE(again->enrolled, 0);
        QCOMPARE(again->refused, QList<qint64>{dee});
    }

    void wrongPasswordIsAClearErrorAndLosesNothing()
    {
        Fixture f;
        const qint64 camp = f.ownedCampaign(QStringLiteral("Auth"));
        f.saveMailbox();
        f.sequence(camp, {Fixture::stepOpenNow(StepKind::AutoEmail, 0, QStringLiteral("Hi"), QStringLiteral("Hi"))});
        const qint64 eve = f.candidate(QStringLiteral("Eve"), QStringLiteral("Wait"), QStringLiteral("eve@people.test"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {eve}, kActor).ok());
        QVERIFY(outreach::enroll(f.ws(), camp, {eve}, true, 0, QDateTime::currentDateTimeUtc()).ok());
        f.secret = QStringLiteral("not-the-password-7731");
        auto r = f.round();
        const QString error = r.mailboxes[0].error;
        QVERIFY2(error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!error.contains(f.secret));
        QCOMPARE(f.mail.peopleMessages().size(), 0);
        // Nothing was consumed: with the right password the email goes out once.
        f.secret = sd::test::MailServers::password();
        QCOMPARE(f.round().mailboxes[0].send.sent, 1);
        QCOMPARE(f.mail.peopleMessages().size(), 1);
    }

    void plaintextServerIsRefusedUnlessAllowedForLoopback()
    {
        Fixture f;
        mail::MailAccount account = f.mail.account();
        account.allowInsecureLoopback = false;
        MailboxRecord record = outreach::toRecord(account, kActor, MailboxRecord{});
        QVERIFY(!MailboxRepository(f.ws()).save(record));
        auto refused = outreach::toAccount(record);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("encrypt"), Qt::CaseInsensitive)
                     || refused.error().message.contains(QStringLiteral("TLS")),
                 qPrintable(refused.error().message));
        auto r = f.round();
        QCOMPARE(r.mailboxes.size(), 1);
        QVERIFY(!r.mailboxes[0].error.isEmpty());
        // A non-loopback host is refused even when "allow" is ticked.
        account.allowInsecureLoopback = true;
        account.smtp.host = QStringLiteral("mail.example.com");
        QVERIFY(!outreach::toAccount(outreach::toRecord(account, kActor, MailboxRecord{})).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutreachFlow)
#include "tst_outreach_flow.moc"
