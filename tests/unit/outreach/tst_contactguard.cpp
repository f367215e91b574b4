// The checks before enrolling people: do-not-contact (addresses and domains), other active
// campaigns (own or a teammate's), recent outreach, open SmartRecruiters applications, no email;
// also for a thousand people at once, and the do-not-contact rule of campaign imports.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "ContactGuard.h"
#include "DoNotContact.h"
#include "SequenceRepository.h"
#include "SqlUtil.h"
#include "TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

QList<ContactWarning::Kind> kindsOf(const QList<ContactWarning> &warnings, qint64 candidateId)
{
    QList<ContactWarning::Kind> out;
    for (const ContactWarning &w : warnings)
        if (w.candidateId == candidateId)
            out << w.kind;
    return out;
}

} // namespace

class TestContactGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    qint64 m_target = 0;   // ada's campaign we enroll into
    qint64 m_own = 0;      // ada's other campaign
    qint64 m_mate = 0;     // grace's campaign

    qint64 campaign(const QString &name, const QString &owner)
    {
        Campaign c;
        c.name = name;
        c.owner = owner;
        if (Status s = CampaignRepository(m_t->ws()).create(c))
            qFatal("%s", qPrintable(s->toString()));
        Sequence seq;
        seq.campaignId = c.id;
        if (Status s = SequenceRepository(m_t->ws()).create(seq))
            qFatal("%s", qPrintable(s->toString()));
        return c.id;
    }

    qint64 person(const QString &first, const QStringList &emails)
    {
        Candidate c = test::person(first, QStringLiteral("Test"));
        c.emails = emails;
        if (Status s = CandidateRepository(m_t->ws()).insert(c, QStringLiteral("test")))
            qFatal("%s", qPrintable(s->toString()));
        return c.id;
    }

    void enroll(qint64 campaignId, const QList<qint64> &ids)
    {
        QVERIFY(CampaignRepository(m_t->ws()).addMembers(campaignId, ids, QStringLiteral("test")).ok());
        QCOMPARE(SequenceRepository(m_t->ws()).enroll(campaignId, ids, kNow).value(), int(ids.size()));
    }

    void activity(qint64 candidateId, ActivityKind kind, const QDateTime &at)
    {
        QSqlQuery q(m_t->ws().connection());
        q.prepare(QStringLiteral("INSERT INTO activities(candidate_id, kind, occurred_at) VALUES (?, ?, ?)"));
        q.addBindValue(candidateId);
        q.addBindValue(int(kind));
        q.addBindValue(at.toMSecsSinceEpoch());
        QVERIFY(q.exec());
    }

    void application(qint64 candidateId, const QString &job, const QString &status)
    {
        QSqlQuery q(m_t->ws().connection());
        q.prepare(QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, pulled_at) VALUES (?, ?, ?, 0)"));
        q.addBindValue(candidateId);
        q.addBindValue(job);
        q.addBindValue(status);
        QVERIFY(q.exec());
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkspace>();
        m_target = campaign(QStringLiteral("Rust engineers"), QStringLiteral("ada"));
        m_own = campaign(QStringLiteral("Go engineers"), QStringLiteral("Ada"));
        m_mate = campaign(QStringLiteral("Designers"), QStringLiteral("grace"));
    }

    void aCleanPersonHasNoWarning()
    {
        const qint64 p = person(QStringLiteral("Clean"), {QStringLiteral("clean@x.org")});
        QVERIFY(ContactGuard(m_t->ws()).check(m_target, {p}, 90, kNow).value().isEmpty());
        QCOMPARE(ContactGuard(m_t->ws()).check(4242, {p}, 90, kNow).error().code, Error::Code::NotFound);
    }

    void doNotContactByAddressAndDomain()
    {
        DoNotContact dnc(m_t->ws());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("no@x.org"), {}, {}).ok());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("rival.com"), {}, {}).ok());
        const qint64 byAddress = person(QStringLiteral("A"), {QStringLiteral("ok@y.org"), QStringLiteral("NO@x.org")});
        const qint64 byDomain = person(QStringLiteral("B"), {QStringLiteral("b@eu.rival.com")});
        const qint64 fine = person(QStringLiteral("C"), {QStringLiteral("c@notrival.com")});
        const auto w = ContactGuard(m_t->ws()).check(m_target, {byAddress, byDomain, fine}, 0, kNow).value();
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].candidateId, byAddress);
        QCOMPARE(w[0].kind, ContactWarning::Kind::DoNotContact);
        QCOMPARE(w[0].detail, QStringLiteral("NO@x.org"));
        QVERIFY(w[0].blocking());
        QCOMPARE(w[1].candidateId, byDomain);
        QCOMPARE(w[1].detail, QStringLiteral("b@eu.rival.com"));
    }

    void otherActiveCampaignsOwnAndTeammates()
    {
        const qint64 p = person(QStringLiteral("P"), {QStringLiteral("p@x.org")});
        const qint64 paused = person(QStringLiteral("Q"), {QStringLiteral("q@x.org")});
        const qint64 here = person(QStringLiteral("R"), {QStringLiteral("r@x.org")});
        enroll(m_own, {p, paused});
        enroll(m_mate, {p});
        enroll(m_target, {here});
        QVERIFY(!SequenceRepository(m_t->ws()).setProgress(m_own, paused, 0, EnrollmentState::Paused, {}));
        const auto w = ContactGuard(m_t->ws()).check(m_target, {p, paused, here}, 0, kNow).value();
        QCOMPARE(kindsOf(w, p),
                 (QList<ContactWarning::Kind>{ContactWarning::Kind::TeammateCampaign, ContactWarning::Kind::OwnCampaign}));
        QCOMPARE(w[0].detail, QStringLiteral("Designers (grace)"));
        QVERIFY(w[1].detail.startsWith(QStringLiteral("Go engineers")));
        QVERIFY(!w[0].blocking());
        QVERIFY(kindsOf(w, paused).isEmpty()); // not active
        QVERIFY(kindsOf(w, here).isEmpty());   // this campaign itself does not count
    }

    void recentOutreachActivity()
    {
        const qint64 called = person(QStringLiteral("A"), {QStringLiteral("a@x.org")});
        const qint64 old = person(QStringLiteral("B"), {QStringLiteral("b@x.org")});
        const qint64 noted = person(QStringLiteral("C"), {QStringLiteral("c@x.org")});
        activity(called, ActivityKind::EmailSent, kNow.addDays(-20));
        activity(called, ActivityKind::Call, kNow.addDays(-3));
        activity(old, ActivityKind::LinkedInInMail, kNow.addDays(-31));
        activity(noted, ActivityKind::Note, kNow.addDays(-1));
        activity(noted, ActivityKind::EmailReply, kNow.addDays(-1));
        ContactGuard guard(m_t->ws());
        const auto w = guard.check(m_target, {called, old, noted}, 30, kNow).value();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w[0].candidateId, called);
        QCOMPARE(w[0].kind, ContactWarning::Kind::ContactedRecently);
        QCOMPARE(w[0].when, kNow.addDays(-3)); // the latest one
        QVERIFY(w[0].detail.contains(toKey(ActivityKind::Call)));
        QCOMPARE(guard.check(m_target, {called, old}, 40, kNow).value().size(), 2);
        QVERIFY(guard.check(m_target, {called, old}, 0, kNow).value().isEmpty()); // 0: not checked
    }

    void openApplications()
    {
        const qint64 open = person(QStringLiteral("A"), {QStringLiteral("a@x.org")});
        const qint64 closed = person(QStringLiteral("B"), {QStringLiteral("b@x.org")});
        application(open, QStringLiteral("job-1"), QStringLiteral("IN_REVIEW"));
        application(open, QStringLiteral("job-2"), QStringLiteral("rejected"));
        application(closed, QStringLiteral("job-1"), QStringLiteral("Hired"));
        application(closed, QStringLiteral("job-3"), QStringLiteral("WITHDRAWN"));
        const auto w = ContactGuard(m_t->ws()).check(m_target, {open, closed}, 0, kNow).value();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w[0].candidateId, open);
        QCOMPARE(w[0].kind, ContactWarning::Kind::ActiveApplication);
        QCOMPARE(w[0].detail, QStringLiteral("job-1: IN_REVIEW"));
    }

    void noEmailAndCandidateOrder()
    {
        const qint64 a = person(QStringLiteral("A"), {});
        const qint64 b = person(QStringLiteral("B"), {QStringLiteral("b@x.org")});
        const qint64 c = person(QStringLiteral("C"), {});
        activity(b, ActivityKind::ConnectionRequest, kNow.addDays(-1));
        const auto w = ContactGuard(m_t->ws()).check(m_target, {c, b, a, c}, 7, kNow).value();
        QCOMPARE(w.size(), 3);
        QCOMPARE(w[0].candidateId, c);
        QCOMPARE(w[0].kind, ContactWarning::Kind::NoEmail);
        QCOMPARE(w[1].candidateId, b);
        QCOMPARE(w[1].kind, ContactWarning::Kind::ContactedRecently);
        QCOMPARE(w[2].candidateId, a);
        QCOMPARE(w[2].kind, ContactWarning::Kind::NoEmail);
    }

    void aThousandPeopleAcrossChunks()
    {
        // 1,203 people: three chunks of the guard's IN lists, and more than DoNotContact's chunk too.
        QList<Candidate> rows;
        for (int i = 0; i < 1203; ++i)
            rows << test::person(QStringLiteral("P%1").arg(i), QStringLiteral("Bulk"),
                                 i % 100 == 7 ? QString() : QStringLiteral("p%1@bulk.example").arg(i));
        const auto imported = CandidateRepository(m_t->ws()).importBatch(rows, DuplicatePolicy::Skip, QStringLiteral("t"));
        QVERIFY(imported.ok());
        QList<qint64> ids;
        for (const ImportOutcome &o : imported.value())
            ids << o.candidateId;
        QCOMPARE(ids.size(), 1203);

        DoNotContact dnc(m_t->ws());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("p1100@bulk.example"), {}, {}).ok());
        enroll(m_mate, {ids[3], ids[600], ids[1202]});
        activity(ids[501], ActivityKind::LinkedInMessage, kNow.addDays(-2));
        application(ids[999], QStringLiteral("job-9"), QStringLiteral("NEW"));

        const auto w = ContactGuard(m_t->ws()).check(m_target, ids, 30, kNow).value();
        QMap<ContactWarning::Kind, QList<qint64>> byKind;
        for (const ContactWarning &x : w)
            byKind[x.kind] << x.candidateId;
        QCOMPARE(byKind.value(ContactWarning::Kind::DoNotContact), (QList<qint64>{ids[1100]}));
        QCOMPARE(byKind.value(ContactWarning::Kind::TeammateCampaign), (QList<qint64>{ids[3], ids[600], ids[1202]}));
        QCOMPARE(byKind.value(ContactWarning::Kind::ContactedRecently), (QList<qint64>{ids[501]}));
        QCOMPARE(byKind.value(ContactWarning::Kind::ActiveApplication), (QList<qint64>{ids[999]}));
        QList<qint64> noEmail;
        for (int i = 7; i < 1203; i += 100)
            noEmail << ids[i];
        QCOMPARE(byKind.value(ContactWarning::Kind::NoEmail), noEmail);
        QCOMPARE(w.size(), 1 + 3 + 1 + 1 + noEmail.size());
    }

    void campaignImportsLeaveDoNotContactPeopleOut()
    {
        DoNotContact dnc(m_t->ws());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("listed@x.org"), {}, {}).ok());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("rival.com"), {}, {}).ok());
        // A stored person whose listed email is not in the file: matched by name and company.
        Candidate stored = test::person(QStringLiteral("Sam"), QStringLiteral("Stored"), QStringLiteral("sam@rival.com"),
                                        QStringLiteral("Acme"));
        QVERIFY(!CandidateRepository(m_t->ws()).insert(stored, QStringLiteral("t")));

        QList<Candidate> rows{
            test::person(QStringLiteral("Ok"), QStringLiteral("One"), QStringLiteral("ok@x.org")),
            test::person(QStringLiteral("Li"), QStringLiteral("Sted"), QStringLiteral("LISTED@x.org")),
            test::person(QStringLiteral("Sam"), QStringLiteral("Stored"), QString(), QStringLiteral("Acme")),
            test::person(QStringLiteral("Two"), QStringLiteral("Mails"), QStringLiteral("two@x.org")),
        };
        rows[3].emails << QStringLiteral("two@mail.rival.com");
        const auto outcomes =
            CandidateRepository(m_t->ws()).importBatch(rows, DuplicatePolicy::Skip, QStringLiteral("t"), m_target);
        QVERIFY(outcomes.ok());
        QList<bool> blocked;
        for (const ImportOutcome &o : outcomes.value())
            blocked << o.doNotContact;
        QCOMPARE(blocked, (QList<bool>{false, true, true, true}));
        QCOMPARE(outcomes.value()[1].kind, ImportOutcome::Kind::Inserted); // still stored as a candidate
        QCOMPARE(outcomes.value()[2].kind, ImportOutcome::Kind::Skipped);
        CampaignRepository campaigns(m_t->ws());
        QCOMPARE(campaigns.memberCount({m_target, std::nullopt}).value(), 1);
        QVERIFY(campaigns.member(m_target, outcomes.value()[0].candidateId).value().has_value());
        QVERIFY(!campaigns.member(m_target, outcomes.value()[1].candidateId).value().has_value());
        QVERIFY(CandidateRepository(m_t->ws()).get(outcomes.value()[1].candidateId).ok());

        // Without a campaign the flag is never set.
        QList<Candidate> more{test::person(QStringLiteral("Re"), QStringLiteral("Listed"), QStringLiteral("x@rival.com"))};
        const auto plain = CandidateRepository(m_t->ws()).importBatch(more, DuplicatePolicy::Skip, QStringLiteral("t"));
        QVERIFY(plain.ok());
        QVERIFY(!plain.value().constFirst().doNotContact);
    }
};

QTEST_GUILESS_MAIN(TestContactGuard)
#include "tst_contactguard.moc"
