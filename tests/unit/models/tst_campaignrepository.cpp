#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "SampleData.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;

class TestCampaignRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 addPerson(Workspace &ws, const QString &email)
    {
        Candidate c = test::person(QStringLiteral("P"), email.section(u'@', 0, 0), email);
        if (CandidateRepository(ws).insert(c, {}))
            return -1;
        return c.id;
    }

private slots:
    void createValidatesName()
    {
        test::TempWorkspace t;
        CampaignRepository repo(t.ws());
        Campaign blank;
        blank.name = QStringLiteral("   ");
        const Status s = repo.create(blank);
        QVERIFY(s);
        QCOMPARE(s->code, Error::Code::InvalidArgument);
        QCOMPARE(s->where, QStringLiteral("name"));
        Campaign ok;
        ok.name = QStringLiteral("  Data engineers Q3 ");
        QVERIFY(!repo.create(ok));
        QCOMPARE(repo.get(ok.id)->name, QStringLiteral("Data engineers Q3"));
        QCOMPARE(repo.findByName(QStringLiteral("data ENGINEERS q3")).value()->id, ok.id);
        Campaign same;
        same.name = QStringLiteral("DATA engineers q3");
        const Status taken = repo.create(same);
        QVERIFY(taken);
        QCOMPARE(taken->code, Error::Code::Duplicate);
        QVERIFY(taken->message.contains(QStringLiteral("already exists")));
    }

    void membersCountsAndStatusHistory()
    {
        test::TempWorkspace t;
        CampaignRepository repo(t.ws());
        Campaign c;
        c.name = QStringLiteral("Backend");
        QVERIFY(!repo.create(c));
        const qint64 a = addPerson(t.ws(), QStringLiteral("a@x.io"));
        const qint64 b = addPerson(t.ws(), QStringLiteral("b@x.io"));
        const qint64 d = addPerson(t.ws(), QStringLiteral("d@x.io"));
        QCOMPARE(repo.addMembers(c.id, {a, b, d, 999999}, QStringLiteral("me")).value(), 3); // unknown id ignored
        QCOMPARE(repo.addMembers(c.id, {a}, QStringLiteral("me")).value(), 0);                // already in
        QCOMPARE(repo.setStatus(c.id, {a, b}, MemberStatus::Interested, QStringLiteral("me")).value(), 2);
        QCOMPARE(repo.setStatus(c.id, {a}, MemberStatus::Interested, QStringLiteral("me")).value(), 0);

        auto list = repo.list(false);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const CampaignSummary &s = list->first();
        QCOMPARE(s.total, 3);
        QCOMPARE(s.countByStatus[size_t(MemberStatus::Interested)], 2);
        QCOMPARE(s.countByStatus[size_t(MemberStatus::Added)], 1);

        auto history = repo.statusHistory(c.id, a);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).status, MemberStatus::Added);
        QCOMPARE(history->at(1).status, MemberStatus::Interested);

        QCOMPARE(repo.removeMembers(c.id, {b}).value(), 1);
        QCOMPARE(repo.memberCount({c.id, MemberStatus::Interested}).value(), qint64(1));
        auto memberships = repo.membershipsOf(a);
        QVERIFY(memberships.ok());
        QCOMPARE(memberships->size(), 1);
        QCOMPARE(memberships->first().campaignName, QStringLiteral("Backend"));

        QVERIFY(!repo.setArchived(c.id, true));
        QCOMPARE(repo.list(false)->size(), 0);
        QCOMPARE(repo.list(true)->size(), 1);
        QVERIFY(!repo.remove(c.id));
        QCOMPARE(repo.memberCount({c.id, {}}).value(), qint64(0));
        QVERIFY(CandidateRepository(t.ws()).get(a).ok()); // people stay when a campaign goes
    }

    void memberPagingCoversEveryone()
    {
        test::TempWorkspace t;
        CampaignRepository repo(t.ws());
        Campaign c;
        c.name = QStringLiteral("Paging");
        QVERIFY(!repo.create(c));
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i)
            ids << addPerson(t.ws(), QStringLiteral("m%1@x.io").arg(i));
        QCOMPARE(repo.addMembers(c.id, ids, {}).value(), 25);
        QList<qint64> seen;
        QVariantList after;
        for (int guard = 0; guard < 10; ++guard) {
            auto page = repo.members({c.id, {}}, after, 7);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            for (const CampaignMember &m : page.value())
                seen << m.candidate.id;
            after = CampaignRepository::cursorAfter(page->constLast());
        }
        QCOMPARE(seen, ids);
    }

    void activityAdvancesStatusButNeverBackwards()
    {
        test::TempWorkspace t;
        CampaignRepository campaigns(t.ws());
        ActivityRepository activities(t.ws());
        Campaign c;
        c.name = QStringLiteral("Outreach");
        QVERIFY(!campaigns.create(c));
        const qint64 a = addPerson(t.ws(), QStringLiteral("a@x.io"));
        QVERIFY(campaigns.addMembers(c.id, {a}, {}).ok());

        Activity sent{0, a, c.id, ActivityKind::EmailSent, QStringLiteral("Hello"), QStringLiteral("Body"), {}, QStringLiteral("me")};
        QVERIFY(!activities.log(sent));
        QCOMPARE(campaigns.member(c.id, a).value()->status, MemberStatus::Contacted);
        QVERIFY(campaigns.member(c.id, a).value()->lastActivityAt.isValid());

        Activity reply{0, a, c.id, ActivityKind::EmailReply, QStringLiteral("Re: Hello"), {}, {}, QStringLiteral("them")};
        QVERIFY(!activities.log(reply));
        QCOMPARE(campaigns.member(c.id, a).value()->status, MemberStatus::Replied);

        QVERIFY(campaigns.setStatus(c.id, {a}, MemberStatus::Interested, {}).ok());
        Activity again{0, a, c.id, ActivityKind::EmailSent, QStringLiteral("Follow-up"), {}, {}, QStringLiteral("me")};
        QVERIFY(!activities.log(again));
        QCOMPARE(campaigns.member(c.id, a).value()->status, MemberStatus::Interested);

        auto timeline = activities.forCandidate(a);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->size(), 3);
        QCOMPARE(activities.forCampaign(c.id)->size(), 3);

        Activity nobody{0, 424242, 0, ActivityKind::Call, {}, {}, {}, {}};
        const Status missing = activities.log(nobody);
        QVERIFY(missing);
        QCOMPARE(missing->code, Error::Code::NotFound);

        Activity outsider{0, a, 987654, ActivityKind::Call, {}, {}, {}, {}};
        const Status notMember = activities.log(outsider);
        QVERIFY(notMember);
        QCOMPARE(notMember->code, Error::Code::NotFound);
    }

    void sampleDataIsMarkedAndRemovable()
    {
        test::TempWorkspace t;
        const qint64 mine = addPerson(t.ws(), QStringLiteral("real@x.io"));
        QVERIFY(!sample::wasOffered(t.ws()));
        auto id = sample::create(t.ws(), QStringLiteral("me"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(!sample::markOffered(t.ws()));
        QVERIFY(sample::wasOffered(t.ws()));
        QVERIFY(sample::exists(t.ws()));
        auto summary = CampaignRepository(t.ws()).list(false);
        QVERIFY(summary.ok());
        QCOMPARE(summary->size(), 1);
        QVERIFY(summary->first().campaign.sample);
        QCOMPARE(summary->first().total, 12);
        QVERIFY(summary->first().countByStatus[size_t(MemberStatus::Interested)] >= 1);

        QVERIFY(!sample::remove(t.ws()));
        QVERIFY(!sample::exists(t.ws()));
        CandidateRepository candidates(t.ws());
        QCOMPARE(candidates.count({}).value(), qint64(1));
        QVERIFY(candidates.get(mine).ok());
        QCOMPARE(candidates.search(QStringLiteral("kowalczyk"), 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
