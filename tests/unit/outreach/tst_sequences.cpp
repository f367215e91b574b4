#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "DoNotContact.h"
#include "SequenceRepository.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;

namespace {

SequenceStep step(StepKind kind, const QString &subject, int delay = 0)
{
    SequenceStep s;
    s.kind = kind;
    s.subject = subject;
    s.delayBusinessDays = delay;
    return s;
}

QStringList subjects(const QList<SequenceStep> &steps)
{
    QStringList out;
    for (const SequenceStep &s : steps)
        out << s.subject + QLatin1Char('@') + QString::number(s.position);
    return out;
}

} // namespace

class TestSequences : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    qint64 m_campaign = 0;
    QList<qint64> m_people;

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkspace>();
        CampaignRepository campaigns(m_t->ws());
        Campaign c;
        c.name = QStringLiteral("Rust engineers");
        QVERIFY(!campaigns.create(c));
        m_campaign = c.id;
        CandidateRepository candidates(m_t->ws());
        m_people.clear();
        for (const QString &name : {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus")}) {
            Candidate p = test::person(name, QStringLiteral("X"));
            QVERIFY(!candidates.insert(p, QStringLiteral("test")));
            m_people << p.id;
        }
        QCOMPARE(campaigns.addMembers(m_campaign, {m_people[0], m_people[1]}, QStringLiteral("test")).value(), 2);
    }

    void oneSequencePerCampaign()
    {
        SequenceRepository repo(m_t->ws());
        Sequence s;
        s.campaignId = m_campaign;
        s.name = QStringLiteral("Intro");
        QVERIFY(!repo.create(s));
        QVERIFY(s.id > 0);
        Sequence again;
        again.campaignId = m_campaign;
        const Status dup = repo.create(again);
        QVERIFY(dup.has_value());
        QCOMPARE(dup->code, Error::Code::Duplicate);
        QCOMPARE(repo.forCampaign(m_campaign).value()->name, QStringLiteral("Intro"));

        s.timeZoneMode = TimeZoneMode::Recruiter;
        s.recruiterTimeZone = QStringLiteral("Mars/Olympus");
        QCOMPARE(repo.update(s)->code, Error::Code::InvalidArgument);
        s.recruiterTimeZone = QStringLiteral("Europe/Paris");
        QVERIFY(!repo.update(s));
        QCOMPARE(repo.get(s.id).value().recruiterTimeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(repo.get(s.id).value().timeZoneMode, TimeZoneMode::Recruiter);
    }

    void stepsOrderedAndReordered()
    {
        SequenceRepository repo(m_t->ws());
        Sequence s;
        s.campaignId = m_campaign;
        QVERIFY(!repo.create(s));
        QList<SequenceStep> added;
        for (auto [kind, subject] : {std::pair{StepKind::AutoEmail, QStringLiteral("a")},
                                     std::pair{StepKind::LinkedinConnect, QStringLiteral("b")},
                                     std::pair{StepKind::Call, QStringLiteral("c")}}) {
            SequenceStep st = step(kind, subject, 2);
            QVERIFY(!repo.addStep(s.id, st));
            added << st;
        }
        QCOMPARE(subjects(repo.steps(s.id).value()), (QStringList{QStringLiteral("a@0"), QStringLiteral("b@1"), QStringLiteral("c@2")}));
        QCOMPARE(repo.steps(s.id).value().at(1).kind, StepKind::LinkedinConnect);

        QVERIFY(!repo.reorderSteps(s.id, {added[2].id, added[0].id, added[1].id}));
        QCOMPARE(subjects(repo.steps(s.id).value()), (QStringList{QStringLiteral("c@0"), QStringLiteral("a@1"), QStringLiteral("b@2")}));
        // Not a permutation of the sequence's steps: refused, order unchanged.
        QCOMPARE(repo.reorderSteps(s.id, {added[0].id, added[1].id})->code, Error::Code::InvalidArgument);
        QCOMPARE(repo.reorderSteps(s.id, {added[0].id, added[0].id, added[1].id})->code, Error::Code::InvalidArgument);
        QCOMPARE(subjects(repo.steps(s.id).value()), (QStringList{QStringLiteral("c@0"), QStringLiteral("a@1"), QStringLiteral("b@2")}));

        QVERIFY(!repo.removeStep(added[2].id));
        QCOMPARE(subjects(repo.steps(s.id).value()), (QStringList{QStringLiteral("a@0"), QStringLiteral("b@1")}));

        SequenceStep bad = step(StepKind::Task, QStringLiteral("x"));
        bad.windowStartMinute = 600;
        bad.windowEndMinute = 540;
        QCOMPARE(repo.addStep(s.id, bad)->code, Error::Code::InvalidArgument);
        SequenceStep edited = repo.steps(s.id).value().at(0);
        edited.body = QStringLiteral("Hello {first_name}");
        QVERIFY(!repo.updateStep(edited));
        QCOMPARE(repo.steps(s.id).value().at(0).body, QStringLiteral("Hello {first_name}"));
    }

    void enrollAndDue()
    {
        SequenceRepository repo(m_t->ws());
        const QDateTime t0 = QDateTime(QDate(2024, 3, 6), QTime(9, 0), Qt::UTC);
        QCOMPARE(repo.enroll(m_campaign, {m_people[0]}, t0).error().code, Error::Code::NotFound); // no sequence yet
        Sequence s;
        s.campaignId = m_campaign;
        QVERIFY(!repo.create(s));
        // Linus is not a member: refused, and nobody else was enrolled either.
        QCOMPARE(repo.enroll(m_campaign, {m_people[0], m_people[2]}, t0).error().code, Error::Code::InvalidArgument);
        QVERIFY(!repo.enrollment(m_campaign, m_people[0]).value().has_value());

        QCOMPARE(repo.enroll(m_campaign, {m_people[0]}, t0).value(), 1);
        QCOMPARE(repo.enroll(m_campaign, {m_people[0], m_people[1]}, t0.addSecs(3600)).value(), 1);
        const auto e = repo.enrollment(m_campaign, m_people[0]).value();
        QVERIFY(e.has_value());
        QCOMPARE(e->state, EnrollmentState::Active);
        QCOMPARE(e->currentStep, 0);
        QCOMPARE(e->nextDueAt, t0);

        QCOMPARE(repo.due(t0.addSecs(-1), 10).value().size(), 0);
        QCOMPARE(repo.due(t0, 10).value().size(), 1);
        auto both = repo.due(t0.addDays(1), 10).value();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0].candidateId, m_people[0]); // oldest due first
        QCOMPARE(repo.due(t0.addDays(1), 1).value().size(), 1);

        QVERIFY(!repo.setProgress(m_campaign, m_people[0], 1, EnrollmentState::Replied, t0, QStringLiteral("reply")));
        QCOMPARE(repo.enrollment(m_campaign, m_people[0]).value()->state, EnrollmentState::Replied);
        QVERIFY(!repo.enrollment(m_campaign, m_people[0]).value()->nextDueAt.isValid());
        QCOMPARE(repo.due(t0.addDays(1), 10).value().size(), 1);

        QCOMPARE(repo.unenroll(m_campaign, {m_people[1], m_people[2]}).value(), 1);
        QCOMPARE(repo.due(t0.addDays(1), 10).value().size(), 0);

        // Leaving the campaign ends the enrollment.
        CampaignRepository campaigns(m_t->ws());
        QCOMPARE(campaigns.removeMembers(m_campaign, {m_people[0]}).value(), 1);
        QVERIFY(!repo.enrollment(m_campaign, m_people[0]).value().has_value());
    }

    void doNotContact_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("listed email") << QStringLiteral("ada@example.org") << true;
        QTest::newRow("listed email, other case") << QStringLiteral("  ADA@Example.ORG ") << true;
        QTest::newRow("same domain, other person") << QStringLiteral("grace@example.org") << false;
        QTest::newRow("listed domain") << QStringLiteral("anyone@rival.com") << true;
        QTest::newRow("listed domain, other case") << QStringLiteral("Anyone@RIVAL.Com") << true;
        QTest::newRow("subdomain of listed domain") << QStringLiteral("x@eu.rival.com") << true;
        QTest::newRow("lookalike domain") << QStringLiteral("x@notrival.com") << false;
        QTest::newRow("parent of listed domain") << QStringLiteral("x@corp.com") << false;
        QTest::newRow("listed subdomain") << QStringLiteral("x@mail.corp.com") << true;
        QTest::newRow("empty") << QString() << false;
    }

    void doNotContact()
    {
        QFETCH(QString, email);
        QFETCH(bool, blocked);
        DoNotContact dnc(m_t->ws());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("Ada@Example.org"), {}, QStringLiteral("me")).ok());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("@Rival.com"), QStringLiteral("client"), {}).ok());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("mail.corp.com"), {}, {}).ok());
        QCOMPARE(dnc.blocks(email).value(), blocked);
        QCOMPARE(dnc.blockedAmong({email, QStringLiteral("free@open.org")}).value().contains(email), blocked);
    }

    void doNotContactList()
    {
        DoNotContact dnc(m_t->ws());
        const auto id = dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("ada@example.org"), {}, {});
        QVERIFY(id.ok());
        QCOMPARE(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("ADA@example.org"), {}, {}).error().code,
                 Error::Code::Duplicate);
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("example.org"), {}, {}).ok());
        QCOMPARE(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("Example.ORG"), {}, {}).error().code,
                 Error::Code::Duplicate);
        QCOMPARE(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("not-an-email"), {}, {}).error().code,
                 Error::Code::InvalidArgument);
        QCOMPARE(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("localhost"), {}, {}).error().code,
                 Error::Code::InvalidArgument);
        const auto all = dnc.list().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, DoNotContactEntry::Kind::Email);
        QCOMPARE(all[1].value, QStringLiteral("example.org"));

        const QStringList emails{QStringLiteral("a@x.org"), QStringLiteral("b@Example.org"), QStringLiteral("c@y.org")};
        QCOMPARE(dnc.blockedAmong(emails).value(), QSet<QString>{QStringLiteral("b@Example.org")});
        QVERIFY(!dnc.remove(id.value()));
        QCOMPARE(dnc.remove(id.value())->code, Error::Code::NotFound);
        QCOMPARE(dnc.list().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSequences)
#include "tst_sequences.moc"
