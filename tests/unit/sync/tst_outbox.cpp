// The outbox on its own: per-candidate order (a create goes before the notes queued earlier),
// what blocks whom, held jobs, recovery after a crash, user decisions; and the encoding of
// candidate property values per SmartRecruiters type.
#include "CandidateRepository.h"
#include "Outbox.h"
#include "PropertyValues.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sd;
using namespace sd::sync;

namespace {

qint64 person(test::TempWorkspace &t, const QString &name)
{
    Candidate c = test::person(name, QStringLiteral("Outbox"), name.toLower() + QStringLiteral("@example.org"));
    if (CandidateRepository(t.ws()).insert(c, QStringLiteral("test")))
        qFatal("insert");
    return c.id;
}

OutboxJob queue(Outbox &outbox, JobKind kind, qint64 candidate, JobState state = JobState::Pending)
{
    OutboxJob j = OutboxJob::make(kind, candidate, 0);
    j.state = state;
    if (outbox.enqueue(j))
        qFatal("enqueue");
    return j;
}

QList<qint64> readyIds(const Outbox &outbox, const QSet<qint64> &busy = {})
{
    QList<qint64> ids;
    for (const OutboxJob &j : outbox.ready(50, busy).value())
        ids << j.id;
    return ids;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void createGoesFirstAndBlocksOnlyItsCandidate()
    {
        test::TempWorkspace t;
        Outbox outbox(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const qint64 bob = person(t, QStringLiteral("Bob"));
        const OutboxJob note = queue(outbox, JobKind::AddNote, ann);   // queued before the create
        const OutboxJob create = queue(outbox, JobKind::Create, ann);
        const OutboxJob bobNote = queue(outbox, JobKind::AddNote, bob);
        QCOMPARE(readyIds(outbox), (QList<qint64>{create.id, bobNote.id}));
        // A busy candidate's jobs are left out.
        QCOMPARE(readyIds(outbox, {ann}), (QList<qint64>{bobNote.id}));
        // The create needs attention: Ann's note keeps waiting, Bob's does not.
        QVERIFY(!outbox.markInFlight(create.id));
        QVERIFY(!outbox.markNeedsAttention(create.id, QStringLiteral("MANDATORY_FIELDS"), QStringLiteral("email"), QString()));
        QCOMPARE(readyIds(outbox), (QList<qint64>{bobNote.id}));
        QVERIFY(!*outbox.isQuiet()); // Bob's note could go
        QVERIFY(!outbox.markInFlight(bobNote.id));
        QVERIFY(!outbox.markDone(bobNote.id, {}));
        QVERIFY(*outbox.isQuiet()); // only what the recruiter must decide remains
        // Skipping the create lets the note go.
        QVERIFY(!outbox.skip(create.id, QStringLiteral("test")));
        QCOMPARE(readyIds(outbox), (QList<qint64>{note.id}));
        QCOMPARE(outbox.get(create.id)->state, JobState::Skipped);
    }

    void retryWaitsUntilDueAndVerifiesWhenTheAnswerWasLost()
    {
        test::TempWorkspace t;
        Outbox outbox(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const OutboxJob create = queue(outbox, JobKind::Create, ann);
        QVERIFY(!outbox.markInFlight(create.id));
        QVERIFY(!outbox.markRetry(create.id, QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("network"),
                                  QStringLiteral("lost"), /*mustVerify=*/true));
        QVERIFY(readyIds(outbox).isEmpty()); // not due yet
        QVERIFY(outbox.get(create.id)->mustVerify());
        QVERIFY(outbox.nextDue()->isValid());
        QVERIFY(!outbox.retry(create.id)); // the recruiter says now
        QCOMPARE(readyIds(outbox), (QList<qint64>{create.id}));
        QCOMPARE(outbox.get(create.id)->attempts, 1);
    }

    void inFlightJobsAreCheckedAfterACrash()
    {
        test::TempWorkspace t;
        Outbox outbox(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const OutboxJob note = queue(outbox, JobKind::AddNote, ann);
        QVERIFY(!outbox.markInFlight(note.id));
        QVERIFY(!outbox.get(note.id)->mustVerify());
        QCOMPARE(outbox.recoverInFlight().value(), 1);
        const OutboxJob after = outbox.get(note.id).value();
        QCOMPARE(after.state, JobState::Pending);
        QVERIFY(after.mustVerify());
        QCOMPARE(after.correlationId, note.correlationId); // the same id is looked for
        QCOMPARE(outbox.recoverInFlight().value(), 0);
    }

    void heldJobsWaitAsideUntilReleased()
    {
        test::TempWorkspace t;
        Outbox outbox(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const OutboxJob held = queue(outbox, JobKind::AddNote, ann, JobState::Held);
        const OutboxJob tags = queue(outbox, JobKind::SetTags, ann);
        QCOMPARE(readyIds(outbox), (QList<qint64>{tags.id})); // held does not block
        QVERIFY(*outbox.hasOpenJob(ann, JobKind::AddNote));
        QCOMPARE(outbox.releaseHeld(ann).value(), 1);
        QCOMPARE(readyIds(outbox), (QList<qint64>{held.id}));
        // Done and skipped jobs cannot be retried or skipped again.
        QVERIFY(!outbox.markInFlight(tags.id));
        QVERIFY(!outbox.markDone(tags.id, {{QStringLiteral("ok"), true}}));
        QVERIFY(outbox.retry(tags.id).has_value());
        QVERIFY(outbox.skip(tags.id, QStringLiteral("test")).has_value());
        const OutboxCounts c = outbox.counts().value();
        QCOMPARE(c.done, 1);
        QCOMPARE(c.pending, 1);
        // A job without a candidate is refused, and nothing is stored.
        OutboxJob orphan = OutboxJob::make(JobKind::AddNote, 0, 0);
        QVERIFY(outbox.enqueue(orphan).has_value());
        QCOMPARE(outbox.counts()->pending, 1);
    }

    // Two instances (members' apps) share the outbox: each job is claimed by one of them, the
    // order rule holds across instances, and only an expired lease is recovered.
    void claimsGoToOneInstanceInOrder()
    {
        test::TempWorkspace t;
        Outbox setup(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const qint64 bob = person(t, QStringLiteral("Bob"));
        const OutboxJob note = queue(setup, JobKind::AddNote, ann); // queued before the create
        const OutboxJob create = queue(setup, JobKind::Create, ann);
        const OutboxJob bobNote = queue(setup, JobKind::AddNote, bob);
        Outbox first(t.ws()), second(t.ws());
        first.setLease(QStringLiteral("first"), 60000);
        second.setLease(QStringLiteral("second"), 60000);

        const QList<OutboxJob> a = first.claim(1).value();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().id, create.id); // the create, not the note queued before it
        QCOMPARE(a.first().state, JobState::InFlight);
        QCOMPARE(a.first().attempts, 1);
        // The other instance gets Bob's note; Ann's note waits for her create in flight elsewhere.
        QList<OutboxJob> b = second.claim(10).value();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().id, bobNote.id);
        QVERIFY(second.claim(10).value().isEmpty());
        QVERIFY(first.claim(10).value().isEmpty());
        // A live instance's job is not "recovered" by another one starting.
        QCOMPARE(second.recoverInFlight().value(), 0);
        QCOMPARE(first.get(create.id)->state, JobState::InFlight);
        QVERIFY(!first.renewLeases());
        // Only the instance holding a job moves it on.
        QVERIFY(second.markDone(create.id, {}).has_value());
        QCOMPARE(first.get(create.id)->state, JobState::InFlight);
        QVERIFY(!first.markDone(create.id, {}));
        b = second.claim(10).value();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().id, note.id);
        QVERIFY(!second.markDone(note.id, {}));
        QVERIFY(!second.markDone(bobNote.id, {}));
        QCOMPARE(first.counts()->done, 3);
    }

    void onlyAnExpiredLeaseIsRecovered()
    {
        test::TempWorkspace t;
        Outbox setup(t.ws());
        const qint64 ann = person(t, QStringLiteral("Ann"));
        const OutboxJob create = queue(setup, JobKind::Create, ann);
        Outbox dying(t.ws()), survivor(t.ws());
        dying.setLease(QStringLiteral("dying"), 200);
        survivor.setLease(QStringLiteral("survivor"), 60000);
        QCOMPARE(dying.claim(5).value().size(), 1);
        QCOMPARE(survivor.recoverInFlight().value(), 0);
        QVERIFY(!survivor.get(create.id)->mustVerify());
        // The dying instance stops renewing; once its lease ran out the job is checked, then resent.
        QTest::qWait(300);
        QCOMPARE(survivor.recoverInFlight().value(), 1);
        OutboxJob back = survivor.get(create.id).value();
        QCOMPARE(back.state, JobState::Pending);
        QVERIFY(back.mustVerify());
        const QList<OutboxJob> taken = survivor.claim(5).value();
        QCOMPARE(taken.size(), 1);
        QVERIFY(taken.first().mustVerify());
        QCOMPARE(taken.first().attempts, 2);
        // The first instance wakes up: the job is not its own any more.
        const Status late = dying.markDone(create.id, {});
        QVERIFY(late.has_value());
        QCOMPARE(late->code, Error::Code::Conflict);
        QCOMPARE(survivor.get(create.id)->state, JobState::InFlight);
        // An instance that stops gives its jobs back at once, marked to be checked.
        QCOMPARE(survivor.releaseClaims().value(), 1);
        back = survivor.get(create.id).value();
        QCOMPARE(back.state, JobState::Pending);
        QVERIFY(back.mustVerify());
        QCOMPARE(survivor.releaseClaims().value(), 0);
    }

    void propertyValuesAreEncodedPerType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("json"); // compact JSON of the value; empty: refused
        QTest::newRow("boolean yes") << "BOOLEAN" << "Yes" << "true";
        QTest::newRow("boolean 0") << "BOOLEAN" << "0" << "false";
        QTest::newRow("boolean bad") << "BOOLEAN" << "maybe" << "";
        QTest::newRow("number") << "NUMBER" << " 42.5 " << "42.5";
        QTest::newRow("percent") << "PERCENT" << "15 %" << "15";
        QTest::newRow("number bad") << "NUMBER" << "a lot" << "";
        QTest::newRow("currency code first") << "CURRENCY" << "gbp 1200" << R"({"code":"GBP","value":1200})";
        QTest::newRow("currency code last") << "CURRENCY" << "99.5 EUR" << R"({"code":"EUR","value":99.5})";
        QTest::newRow("currency bad") << "CURRENCY" << "1200" << "";
        QTest::newRow("date") << "DATE" << "2026-03-01" << R"("2026-03-01T00:00:00.000Z")";
        QTest::newRow("date bad") << "DATE" << "01/03/2026" << "";
        QTest::newRow("country") << "COUNTRY" << "DE" << R"("de")";
        QTest::newRow("country bad") << "COUNTRY" << "Germany" << "";
        QTest::newRow("region") << "REGION" << "US-WA" << R"("us-wa")";
        QTest::newRow("text") << "TEXT" << " Senior engineer " << R"("Senior engineer")";
        QTest::newRow("single select id") << "SINGLE_SELECT" << "3f1c" << R"("3f1c")";
    }

    void propertyValuesAreEncodedPerType()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QString, json);
        QString problem;
        const QJsonValue v = encodePropertyValue(type, text, &problem);
        if (json.isEmpty()) {
            QVERIFY(v.isUndefined());
            QVERIFY(problem.contains(text.trimmed()));
            return;
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray got = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        QCOMPARE(QString::fromUtf8(got.mid(1, got.size() - 2)), json);
        // Round trip through the text form compares equal with what SmartRecruiters returns.
        QCOMPARE(propertyValueText(v).isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
