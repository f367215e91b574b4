// The durable send queue: no double queueing, claim order and due times, the allowed state
// transitions (and the refused ones), crash recovery and the sending counts behind the limits.
#include "CandidateRepository.h"
#include "OutreachQueue.h"
#include "OutreachStorageSetup.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;

namespace {

const QString kBox = QStringLiteral("ada@agency.example");
const QDateTime kT0 = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

} // namespace

class TestOutreachQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    qint64 m_campaign = 0;
    QList<qint64> m_people;

    QueuedEmail email(int person, int step, const QDateTime &notBefore, const QString &mailbox = kBox)
    {
        QueuedEmail e;
        e.campaignId = m_campaign;
        e.candidateId = m_people.at(person);
        e.stepPosition = step;
        e.mailbox = mailbox;
        e.toAddress = QStringLiteral("p%1@example.com").arg(person);
        e.subject = QStringLiteral("Hello");
        e.body = QStringLiteral("Body");
        e.messageId = QStringLiteral("m%1.%2.%3@agency.example").arg(m_campaign).arg(person).arg(step);
        e.notBefore = notBefore;
        return e;
    }

    qint64 queue(int person, int step, const QDateTime &notBefore, const QString &mailbox = kBox)
    {
        QueuedEmail e = email(person, step, notBefore, mailbox);
        auto id = OutreachQueue(m_t->ws()).enqueue(e);
        if (!id.ok())
            qFatal("enqueue failed: %s", qPrintable(id.error().toString()));
        return id.value();
    }

    EmailState stateOf(qint64 id) { return OutreachQueue(m_t->ws()).get(id).value().state; }

private slots:
    void init()
    {
        QVERIFY(outreachstorage::freshCampaign(m_t, m_campaign));
        CandidateRepository candidates(m_t->ws());
        m_people.clear();
        for (int i = 0; i < 3; ++i) {
            Candidate p = test::person(QStringLiteral("P%1").arg(i), QStringLiteral("X"));
            QVERIFY(!candidates.insert(p, QStringLiteral("test")));
            m_people << p.id;
        }
    }

    void keysRoundTrip()
    {
        for (EmailState s : {EmailState::Queued, EmailState::Sending, EmailState::Sent, EmailState::Failed,
                             EmailState::Uncertain, EmailState::Bounced, EmailState::Cancelled})
            QCOMPARE(emailStateFromKey(toKey(s)), s);
        QVERIFY(!emailStateFromKey(QStringLiteral("lost")).has_value());
    }

    void aStepIsQueuedOnce()
    {
        OutreachQueue q(m_t->ws());
        QueuedEmail e = email(0, 0, kT0);
        e.messageId = QStringLiteral("<first@agency.example>");
        e.references = {QStringLiteral("<a@x>"), QStringLiteral("b@x")};
        const qint64 id = q.enqueue(e).value();
        QVERIFY(id > 0);
        QCOMPARE(e.id, id);
        QCOMPARE(e.state, EmailState::Queued);

        QueuedEmail again = email(0, 0, kT0.addDays(1));
        again.messageId = QStringLiteral("other@agency.example");
        QCOMPARE(q.enqueue(again).value(), 0);

        const QueuedEmail stored = q.get(id).value();
        QCOMPARE(stored.messageId, QStringLiteral("first@agency.example"));
        QCOMPARE(stored.references, (QStringList{QStringLiteral("a@x"), QStringLiteral("b@x")}));
        QCOMPARE(stored.notBefore, kT0);
        QCOMPARE(stored.attempts, 0);
        QCOMPARE(q.byMessageId(QStringLiteral("<first@agency.example>")).value()->id, id);
        QVERIFY(!q.byMessageId(QStringLiteral("nobody@x")).value().has_value());

        // The same Message-ID on another step is refused, not silently dropped.
        QueuedEmail reused = email(0, 1, kT0);
        reused.messageId = QStringLiteral("first@agency.example");
        QCOMPARE(q.enqueue(reused).error().code, Error::Code::Duplicate);

        QueuedEmail bad = email(1, 0, QDateTime());
        QCOMPARE(q.enqueue(bad).error().code, Error::Code::InvalidArgument);
        bad = email(1, 0, kT0);
        bad.messageId.clear();
        QCOMPARE(q.enqueue(bad).error().code, Error::Code::InvalidArgument);
        QCOMPARE(q.get(9999).error().code, Error::Code::NotFound);
    }

    void claimTakesTheOldestDueEmailOfTheMailbox()
    {
        OutreachQueue q(m_t->ws());
        const qint64 late = queue(0, 0, kT0.addSecs(120));
        const qint64 first = queue(1, 0, kT0.addSecs(60));
        const qint64 second = queue(2, 0, kT0.addSecs(60));
        queue(0, 1, kT0, QStringLiteral("grace@agency.example")); // another mailbox

        QVERIFY(!q.claimNext(kBox, kT0).value().has_value());
        auto a = q.claimNext(QStringLiteral("ADA@agency.example"), kT0.addSecs(60)).value();
        QVERIFY(a.has_value());
        QCOMPARE(a->id, first);
        QCOMPARE(a->state, EmailState::Sending);
        QCOMPARE(a->attempts, 1);
        QCOMPARE(stateOf(first), EmailState::Sending);
        QCOMPARE(q.get(first).value().attempts, 1);
        QCOMPARE(q.claimNext(kBox, kT0.addSecs(60)).value()->id, second);
        QVERIFY(!q.claimNext(kBox, kT0.addSecs(119)).value().has_value());
        QCOMPARE(q.claimNext(kBox, kT0.addSecs(120)).value()->id, late);
        QVERIFY(!q.claimNext(kBox, kT0.addDays(10)).value().has_value());

        // Both due: the earlier due time goes first, whatever was queued first.
        const QString carol = QStringLiteral("carol@agency.example");
        const qint64 queuedFirst = queue(0, 5, kT0.addSecs(50), carol);
        const qint64 dueFirst = queue(1, 5, kT0.addSecs(10), carol);
        QCOMPARE(q.claimNext(carol, kT0.addSecs(100)).value()->id, dueFirst);
        QCOMPARE(q.claimNext(carol, kT0.addSecs(100)).value()->id, queuedFirst);
    }

    void transitionsAreGuarded()
    {
        OutreachQueue q(m_t->ws());
        const qint64 id = queue(0, 0, kT0);
        // Not claimed yet: it cannot have been sent, failed or bounced.
        QCOMPARE(q.markSent(id, kT0)->code, Error::Code::Conflict);
        QCOMPARE(q.markFailed(id, QStringLiteral("x"))->code, Error::Code::Conflict);
        QCOMPARE(q.markRetry(id, QStringLiteral("x"), kT0)->code, Error::Code::Conflict);
        QCOMPARE(q.requeue(id, kT0)->code, Error::Code::Conflict);
        QCOMPARE(q.markSent(4242, kT0)->code, Error::Code::NotFound);

        // sending -> queued (retry) -> sending again, attempts counted.
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        QCOMPARE(q.cancel(id, QStringLiteral("stop"))->code, Error::Code::Conflict); // in flight
        QVERIFY(!q.markRetry(id, QStringLiteral("451 try later"), kT0.addSecs(300)));
        QueuedEmail e = q.get(id).value();
        QCOMPARE(e.state, EmailState::Queued);
        QCOMPARE(e.lastError, QStringLiteral("451 try later"));
        QCOMPARE(e.notBefore, kT0.addSecs(300));
        QVERIFY(!q.claimNext(kBox, kT0.addSecs(299)).value().has_value());
        QCOMPARE(q.claimNext(kBox, kT0.addSecs(300)).value()->attempts, 2);

        // sending -> sent -> bounced; then final.
        QVERIFY(!q.markSent(id, kT0.addSecs(301)));
        QCOMPARE(q.get(id).value().sentAt, kT0.addSecs(301));
        QCOMPARE(q.get(id).value().lastError, QString());
        QCOMPARE(q.markSent(id, kT0)->code, Error::Code::Conflict);
        QCOMPARE(q.cancel(id, QStringLiteral("x"))->code, Error::Code::Conflict);
        QVERIFY(!q.markBounced(id, QStringLiteral("550 no such user")));
        QCOMPARE(stateOf(id), EmailState::Bounced);
        QCOMPARE(q.get(id).value().sentAt, kT0.addSecs(301)); // still counts as sent
        QCOMPARE(q.markSent(id, kT0)->code, Error::Code::Conflict);
        QCOMPARE(q.requeue(id, kT0)->code, Error::Code::Conflict);

        // sending -> failed -> requeue -> cancelled; a cancelled email is never sent.
        const qint64 other = queue(1, 0, kT0);
        QCOMPARE(q.claimNext(kBox, kT0).value()->id, other);
        QVERIFY(!q.markFailed(other, QStringLiteral("554 rejected")));
        QCOMPARE(stateOf(other), EmailState::Failed);
        QVERIFY(!q.claimNext(kBox, kT0.addDays(1)).value().has_value()); // failed waits for the recruiter
        QVERIFY(!q.requeue(other, kT0.addSecs(10)));
        QCOMPARE(stateOf(other), EmailState::Queued);
        QVERIFY(!q.cancel(other, QStringLiteral("replied")));
        QCOMPARE(q.get(other).value().lastError, QStringLiteral("replied"));
        const Status refused = q.markSent(other, kT0);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->code, Error::Code::Conflict);
        QVERIFY(refused->message.contains(QStringLiteral("cancelled")));
        QCOMPARE(q.markUncertain(other, QStringLiteral("x"))->code, Error::Code::Conflict);

        // sending -> uncertain -> sent (found in the Sent folder).
        const qint64 third = queue(2, 0, kT0);
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        QVERIFY(!q.markUncertain(third, QStringLiteral("connection lost after DATA")));
        QVERIFY(!q.claimNext(kBox, kT0.addDays(1)).value().has_value());
        QVERIFY(!q.markSent(third, kT0.addSecs(5)));
        QCOMPARE(stateOf(third), EmailState::Sent);
        QCOMPARE(q.inState(EmailState::Sent, 10).value().size(), 1);
        QCOMPARE(q.inState(EmailState::Bounced, 10).value().constFirst().id, id);
    }

    void crashRecoveryMakesSendingUncertain()
    {
        OutreachQueue q(m_t->ws());
        const qint64 a = queue(0, 0, kT0);
        const qint64 b = queue(1, 0, kT0);
        const qint64 c = queue(2, 0, kT0.addDays(1));
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        // A new session on the same file, as after a crash.
        m_t->close();
        auto reopened = Workspace::open(m_t->path());
        QVERIFY(reopened.ok());
        OutreachQueue after(*reopened.value());
        QCOMPARE(after.recoverSending().value(), (QList<qint64>{a, b}));
        QCOMPARE(after.get(a).value().state, EmailState::Uncertain);
        QVERIFY(!after.get(b).value().lastError.isEmpty());
        QCOMPARE(after.get(c).value().state, EmailState::Queued);
        QVERIFY(after.recoverSending().value().isEmpty());
        // Uncertain is never claimed again blindly; the recruiter (or the verification) decides.
        QVERIFY(!after.claimNext(kBox, kT0).value().has_value());
        QVERIFY(!after.requeue(a, kT0));
        QCOMPARE(after.claimNext(kBox, kT0).value()->attempts, 2);
        QVERIFY(!after.cancel(b, QStringLiteral("given up")));
        QCOMPARE(after.get(b).value().state, EmailState::Cancelled);
    }

    void cancelPendingOnlyTouchesQueuedEmailsOfTheMember()
    {
        OutreachQueue q(m_t->ws());
        const qint64 sent = queue(0, 0, kT0);
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        QVERIFY(!q.markSent(sent, kT0));
        const qint64 failed = queue(0, 1, kT0);
        QVERIFY(q.claimNext(kBox, kT0).value().has_value());
        QVERIFY(!q.markFailed(failed, QStringLiteral("554")));
        const qint64 next = queue(0, 2, kT0.addDays(2));
        const qint64 later = queue(0, 3, kT0.addDays(4));
        const qint64 someoneElse = queue(1, 2, kT0.addDays(2));

        QCOMPARE(q.cancelPending(m_campaign, m_people[0], QStringLiteral("replied")).value(), 2);
        QCOMPARE(stateOf(next), EmailState::Cancelled);
        QCOMPARE(q.get(later).value().lastError, QStringLiteral("replied"));
        QCOMPARE(stateOf(sent), EmailState::Sent);
        QCOMPARE(stateOf(failed), EmailState::Failed);
        QCOMPARE(stateOf(someoneElse), EmailState::Queued);
        QCOMPARE(q.cancelPending(m_campaign, m_people[0], QStringLiteral("again")).value(), 0);
    }

    void threadListsSentMessagesOldestFirst()
    {
        OutreachQueue q(m_t->ws());
        const qint64 a = queue(0, 0, kT0);
        const qint64 b = queue(0, 1, kT0.addSecs(1));
        queue(0, 2, kT0.addSecs(2)); // still queued: not part of the thread
        QCOMPARE(q.claimNext(kBox, kT0.addSecs(10)).value()->id, a);
        QCOMPARE(q.claimNext(kBox, kT0.addSecs(10)).value()->id, b);
        QVERIFY(!q.markSent(b, kT0.addSecs(20)));
        QVERIFY(!q.markSent(a, kT0.addSecs(30)));
        QCOMPARE(q.threadOf(m_campaign, m_people[0]).value(),
                 (QStringList{q.get(b).value().messageId, q.get(a).value().messageId}));
        QVERIFY(q.threadOf(m_campaign, m_people[1]).value().isEmpty());
    }

    void usageCountsAtHourAndDayBoundaries()
    {
        OutreachQueue q(m_t->ws());
        const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::UTC);
        const QDateTime dayStart = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        const QList<QDateTime> sentAt = {
            now.addSecs(-3600),    // 23:30 yesterday, exactly an hour ago: neither
            now.addSecs(-3599),    // 23:30:01 yesterday: the last hour only
            dayStart,              // 00:00: today and the last hour
            dayStart.addMSecs(-1), // 23:59:59.999 yesterday: the last hour only
            now.addDays(-2),       // long ago: neither
        };
        int step = 0;
        for (const QDateTime &at : sentAt) {
            const qint64 id = queue(0, step++, kT0.addYears(-1));
            QVERIFY(q.claimNext(kBox, now).value().has_value());
            QVERIFY(!q.markSent(id, at));
        }
        // Another mailbox's emails do not count; nor do emails not sent yet.
        const qint64 other = queue(1, 0, kT0.addYears(-1), QStringLiteral("grace@agency.example"));
        QVERIFY(q.claimNext(QStringLiteral("grace@agency.example"), now).value().has_value());
        QVERIFY(!q.markSent(other, now));
        queue(2, 0, kT0.addYears(-1));

        const MailboxUsage u = q.usage(kBox.toUpper(), now, dayStart).value();
        // Last hour (23:30, 00:30]: 23:30:01, 00:00, 23:59:59.999.
        QCOMPARE(u.sentLastHour, 3);
        // Today [00:00, ...): 00:00 only (an hour ago is 23:30 yesterday).
        QCOMPARE(u.sentToday, 1);
        QCOMPARE(u.lastSentAt, dayStart);

        const MailboxUsage none = q.usage(QStringLiteral("nobody@agency.example"), now, dayStart).value();
        QCOMPARE(none.sentLastHour, 0);
        QCOMPARE(none.sentToday, 0);
        QVERIFY(!none.lastSentAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOutreachQueue)
#include "tst_outreachqueue.moc"
