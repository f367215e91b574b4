#include "ActivityRepository.h"
#include "Analytics.h"
#include "AnalyticsLists.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "SqlUtil.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;

using sd::test::stageList;
using sd::test::funnelList;
using sd::test::bucketList;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

// Monday 2026-03-02 00:00 UTC, ISO week 2026-W10.
const qint64 T0 = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

bool run(Workspace &ws, const QString &text, const QVariantList &values)
{
    QSqlQuery q(ws.connection());
    if (!q.prepare(text))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

AnalyticsFilter filter(qint64 campaignId, qint64 from = 0, qint64 to = 0)
{
    AnalyticsFilter f;
    f.campaignId = campaignId;
    if (from != 0)
        f.from = at(from);
    if (to != 0)
        f.to = at(to);
    return f;
}




} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    qint64 m_a = 0; // "Backend": p1..p5, linked to job J-A
    qint64 m_b = 0; // "Frontend": p1, p6, no job
    QList<qint64> m_p; // m_p[1]..m_p[6]

    qint64 person(const QString &name)
    {
        Candidate c = test::person(name, QStringLiteral("Test"));
        if (CandidateRepository(m_t->ws()).insert(c, QStringLiteral("test")))
            return -1;
        return c.id;
    }

    qint64 campaign(const QString &name)
    {
        Campaign c;
        c.name = name;
        if (CampaignRepository(m_t->ws()).create(c))
            return -1;
        return c.id;
    }

    bool log(qint64 campaignId, qint64 candidateId, ActivityKind kind, qint64 ms, const QString &author)
    {
        Activity a;
        a.campaignId = campaignId;
        a.candidateId = candidateId;
        a.kind = kind;
        a.occurredAt = at(ms);
        a.author = author;
        return !ActivityRepository(m_t->ws()).log(a);
    }

    // The repositories stamp status changes with the wall clock; the tests place them in time.
    bool reached(qint64 campaignId, qint64 candidateId, MemberStatus status, qint64 ms)
    {
        const QVariantList v{ms, campaignId, candidateId, int(status)};
        return run(m_t->ws(),
                   QStringLiteral("UPDATE member_status_history SET changed_at = ? WHERE campaign_id = ? "
                                  "AND candidate_id = ? AND status = ?"),
                   v)
            && run(m_t->ws(),
                   QStringLiteral("UPDATE campaign_members SET status_changed_at = ? WHERE campaign_id = ? "
                                  "AND candidate_id = ? AND status = ?"),
                   v)
            && (status != MemberStatus::Added
                || run(m_t->ws(),
                       QStringLiteral("UPDATE campaign_members SET added_at = ? WHERE campaign_id = ? AND candidate_id = ?"),
                       {ms, campaignId, candidateId}));
    }

    // The shared scenario; every expectation in the tests below is computed by hand from it.
    void buildScenario()
    {
        m_a = campaign(QStringLiteral("Backend"));
        m_b = campaign(QStringLiteral("Frontend"));
        QVERIFY(m_a > 0 && m_b > 0);
        m_p = {0};
        for (int i = 1; i <= 6; ++i) {
            m_p << person(QStringLiteral("P%1").arg(i));
            QVERIFY(m_p.last() > 0);
        }
        CampaignRepository campaigns(m_t->ws());
        QCOMPARE(campaigns.addMembers(m_a, {m_p[1], m_p[2], m_p[3], m_p[4], m_p[5]}, QStringLiteral("alice")).value(), 5);
        QCOMPARE(campaigns.addMembers(m_b, {m_p[1], m_p[6]}, QStringLiteral("alice")).value(), 2);

        const QString alice = QStringLiteral("alice"), bob = QStringLiteral("bob"), nobody;
        // Backend. p1: emailed, replied after 5 h, then marked interested.
        QVERIFY(log(m_a, m_p[1], ActivityKind::EmailSent, T0, alice));
        QVERIFY(log(m_a, m_p[1], ActivityKind::EmailReply, T0 + 5 * kHour, nobody));
        QCOMPARE(campaigns.setStatus(m_a, {m_p[1]}, MemberStatus::Interested, alice).value(), 1);
        // p2: LinkedIn message, reply after 30 h.
        QVERIFY(log(m_a, m_p[2], ActivityKind::LinkedInMessage, T0 + kDay, bob));
        QVERIFY(log(m_a, m_p[2], ActivityKind::EmailReply, T0 + kDay + 30 * kHour, nobody));
        // p3: connection request, no reply.
        QVERIFY(log(m_a, m_p[3], ActivityKind::ConnectionRequest, T0 + 2 * kDay, bob));
        // p4: jumped from added straight to interested.
        QCOMPARE(campaigns.setStatus(m_a, {m_p[4]}, MemberStatus::Interested, bob).value(), 1);
        // p5: only a note (no status change), added later than everyone else.
        QVERIFY(log(m_a, m_p[5], ActivityKind::Note, T0 + 3 * kDay, alice));
        // Frontend. p1 again: emailed, replied after 8 days. p6: marked not interested directly.
        QVERIFY(log(m_b, m_p[1], ActivityKind::EmailSent, T0, alice));
        QVERIFY(log(m_b, m_p[1], ActivityKind::EmailReply, T0 + 8 * kDay, nobody));
        QCOMPARE(campaigns.setStatus(m_b, {m_p[6]}, MemberStatus::NotInterested, bob).value(), 1);
        // A call outside any campaign.
        QVERIFY(log(0, m_p[6], ActivityKind::Call, T0 + 4 * kDay, QStringLiteral("carol")));

        for (qint64 p : {m_p[1], m_p[2], m_p[3], m_p[4]})
            QVERIFY(reached(m_a, p, MemberStatus::Added, T0 - kDay));
        QVERIFY(reached(m_a, m_p[5], MemberStatus::Added, T0 + 10 * kDay));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Added, T0 - kDay));
        QVERIFY(reached(m_b, m_p[6], MemberStatus::Added, T0 - kDay));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Contacted, T0));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Replied, T0 + 5 * kHour));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Interested, T0 + 2 * kDay));
        QVERIFY(reached(m_a, m_p[2], MemberStatus::Contacted, T0 + kDay));
        QVERIFY(reached(m_a, m_p[2], MemberStatus::Replied, T0 + 2 * kDay + 6 * kHour));
        QVERIFY(reached(m_a, m_p[3], MemberStatus::Contacted, T0 + 2 * kDay));
        QVERIFY(reached(m_a, m_p[4], MemberStatus::Interested, T0 + 3 * kDay));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Contacted, T0));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Replied, T0 + 8 * kDay));
        QVERIFY(reached(m_b, m_p[6], MemberStatus::NotInterested, T0 + 9 * kDay));

        // SmartRecruiters: p1, p4, p6 linked; p2 has an application but no link (not synced).
        for (qint64 p : {m_p[1], m_p[4], m_p[6]})
            QVERIFY(run(m_t->ws(),
                        QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) "
                                       "VALUES (?, ?, 'created', 0)"),
                        {p, QStringLiteral("sr-%1").arg(p)}));
        const QString app = QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, sub_status, "
                                           "pulled_at) VALUES (?, ?, ?, ?, 0)");
        const QString ja = QStringLiteral("J-A"), jb = QStringLiteral("J-B");
        QVERIFY(run(m_t->ws(), app, {m_p[1], ja, QStringLiteral("HIRED"), QStringLiteral("")}));
        QVERIFY(run(m_t->ws(), app, {m_p[4], ja, QStringLiteral("INTERVIEW"), QStringLiteral("Onsite")}));
        QVERIFY(run(m_t->ws(), app, {m_p[4], jb, QStringLiteral("HIRED"), QStringLiteral("")}));
        QVERIFY(run(m_t->ws(), app, {m_p[6], jb, QStringLiteral("REJECTED"), QStringLiteral("Not a fit")}));
        QVERIFY(run(m_t->ws(), app, {m_p[2], ja, QStringLiteral("IN_REVIEW"), QStringLiteral("")}));
        QVERIFY(run(m_t->ws(),
                    QStringLiteral("INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, linked_at) VALUES (?, 'J-A', 0)"),
                    {m_a}));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkspace>();
    }

    void cleanup() { m_t.reset(); }

    void emptyWorkspace()
    {
        Analytics a(m_t->ws());
        auto f = a.funnel({});
        QVERIFY(f.ok());
        QCOMPARE(funnelList(*f), (QList<qint64>{0, 0, 0, 0, 0, 0}));
        auto r = a.ratesOverTime({});
        QVERIFY(r.ok());
        QVERIFY(r->buckets.isEmpty());
        // With a range the buckets are there, with zeros.
        auto ranged = a.ratesOverTime(filter(0, T0, T0 + 3 * kDay));
        QVERIFY(ranged.ok());
        QCOMPARE(bucketList(*ranged), (QStringList{QStringLiteral("2026-03-02:0/0/0"), QStringLiteral("2026-03-03:0/0/0"),
                                                   QStringLiteral("2026-03-04:0/0/0")}));
        QCOMPARE(ranged->buckets.first().replyRate(), 0.0);
        auto act = a.activity({});
        QVERIFY(act.ok());
        QCOMPARE(act->total, 0);
        QVERIFY(act->byRecruiter.isEmpty());
        auto t = a.timeToFirstReply({});
        QVERIFY(t.ok());
        QCOMPARE(t->outreached, 0);
        QCOMPARE(t->replied, 0);
        QCOMPARE(t->medianHours, 0.0);
        QCOMPARE(t->histogram, (std::array<qint64, 4>{}));
        auto s = a.stageDistribution({});
        QVERIFY(s.ok());
        QVERIFY(s->stages.isEmpty());
        QCOMPARE(s->total, 0);
        // Header only.
        QCOMPARE(s->toCsv().count(u'\n'), 1);
    }

    void rejectsBadFilters()
    {
        Analytics a(m_t->ws());
        auto backwards = a.funnel(filter(0, T0, T0 - kDay));
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().code, Error::Code::InvalidArgument);
        QVERIFY(!a.ratesOverTime(filter(0, T0, T0 - 1)).ok());
        QVERIFY(!a.activity(filter(-3)).ok());
        QVERIFY(!a.timeToFirstReply(filter(0, T0, T0 - 1)).ok());
        QVERIFY(!a.stageDistribution(filter(0, T0, T0 - 1)).ok());
    }

    void funnelOverallAndPerCampaign()
    {
        buildScenario();
        Analytics a(m_t->ws());
        // Per member: p1 is in both campaigns; p4 jumped to interested and so passed contacted and
        // replied; p6 "not interested" counts as replied. Hired: p1 on Backend's job J-A and p1 in
        // Frontend (no job); p4's HIRED is on J-B, not on Backend's job.
        QCOMPARE(funnelList(a.funnel(filter(0)).value()), (QList<qint64>{7, 6, 5, 2, 4, 2}));
        // Backend has job J-A: p4's HIRED on J-B does not count there; p2 is not linked.
        QCOMPARE(funnelList(a.funnel(filter(m_a)).value()), (QList<qint64>{5, 4, 3, 2, 2, 1}));
        // Frontend has no job: p1's HIRED on J-A counts.
        QCOMPARE(funnelList(a.funnel(filter(m_b)).value()), (QList<qint64>{2, 2, 2, 0, 2, 1}));
        QCOMPARE(funnelList(a.funnel(filter(987654)).value()), (QList<qint64>{0, 0, 0, 0, 0, 0}));
    }

    void funnelDateRangeIsTheAddedCohort()
    {
        buildScenario();
        Analytics a(m_t->ws());
        // Only p5 was added from T0 on.
        QCOMPARE(funnelList(a.funnel(filter(0, T0, T0 + 30 * kDay)).value()), (QList<qint64>{1, 0, 0, 0, 0, 0}));
        // Everyone else was added the day before; the end is exclusive.
        QCOMPARE(funnelList(a.funnel(filter(0, T0 - kDay, T0)).value()), (QList<qint64>{6, 6, 5, 2, 4, 2}));
        QCOMPARE(funnelList(a.funnel(filter(0, T0 - 2 * kDay, T0 - kDay)).value()), (QList<qint64>{0, 0, 0, 0, 0, 0}));
        QCOMPARE(funnelList(a.funnel(filter(m_a, T0 - kDay, T0)).value()), (QList<qint64>{4, 4, 3, 2, 2, 1}));
        // Open-ended ranges.
        AnalyticsFilter onlyFrom;
        onlyFrom.from = at(T0);
        QCOMPARE(a.funnel(onlyFrom)->added, 1);
        AnalyticsFilter onlyTo;
        onlyTo.to = at(T0);
        QCOMPARE(a.funnel(onlyTo)->added, 6);
    }

    void ratesPerWeekAndPerDay()
    {
        buildScenario();
        Analytics a(m_t->ws());
        // Open range: ISO weeks. First reach per member: Backend p1 contacted T0, replied +5h,
        // interested +2d; p2 +1d / +2d6h; p3 +2d; p4 all three at +3d. Frontend p1 contacted T0,
        // replied +8d (W11); p6 contacted and replied (not interested) at +9d, in W11.
        auto weeks = a.ratesOverTime(filter(0));
        QVERIFY(weeks.ok());
        QCOMPARE(weeks->granularity, RatesOverTime::Granularity::Week);
        QCOMPARE(bucketList(*weeks), (QStringList{QStringLiteral("2026-W10:5/3/2"), QStringLiteral("2026-W11:1/2/0")}));
        QCOMPARE(weeks->buckets.first().start, QDate(2026, 3, 2));
        QCOMPARE(weeks->buckets.first().replyRate(), 0.6);
        QCOMPARE(weeks->buckets.first().interestRate(), 0.4);

        auto days = a.ratesOverTime(filter(0, T0, T0 + 7 * kDay));
        QVERIFY(days.ok());
        QCOMPARE(days->granularity, RatesOverTime::Granularity::Day);
        QCOMPARE(bucketList(*days),
                 (QStringList{QStringLiteral("2026-03-02:2/1/0"), QStringLiteral("2026-03-03:1/0/0"),
                              QStringLiteral("2026-03-04:1/1/1"), QStringLiteral("2026-03-05:1/1/1"),
                              QStringLiteral("2026-03-06:0/0/0"), QStringLiteral("2026-03-07:0/0/0"),
                              QStringLiteral("2026-03-08:0/0/0")}));

        // Frontend alone: p1 replied there only in W11.
        QCOMPARE(bucketList(a.ratesOverTime(filter(m_b)).value()),
                 (QStringList{QStringLiteral("2026-W10:1/0/0"), QStringLiteral("2026-W11:1/2/0")}));

        // A range over 31 days is in weeks, from the week of its start to the week of its end.
        auto long_ = a.ratesOverTime(filter(m_a, T0 - 7 * kDay, T0 + 25 * kDay));
        QVERIFY(long_.ok());
        QCOMPARE(long_->granularity, RatesOverTime::Granularity::Week);
        QCOMPARE(bucketList(*long_), (QStringList{QStringLiteral("2026-W09:0/0/0"), QStringLiteral("2026-W10:4/3/2"),
                                                  QStringLiteral("2026-W11:0/0/0"), QStringLiteral("2026-W12:0/0/0"),
                                                  QStringLiteral("2026-W13:0/0/0")}));
    }

    void ratesUseTheTimeZoneOffset()
    {
        buildScenario();
        Analytics a(m_t->ws());
        // Six hours behind UTC: T0 is the evening of Sunday 1 March there, and so is p1's reply.
        AnalyticsFilter f = filter(m_a, T0 - 18 * kHour, T0 + 30 * kHour);
        f.utcOffsetSeconds = -6 * 3600;
        auto days = a.ratesOverTime(f);
        QVERIFY(days.ok());
        // Local days 1 and 2 March, i.e. [T0-18h, T0+30h) in UTC: p2 contacted at T0+1d is local
        // 2 March; p1's interest at T0+2d is past the end. In UTC days the reply would be on 2 March.
        QCOMPARE(bucketList(*days), (QStringList{QStringLiteral("2026-03-01:1/1/0"), QStringLiteral("2026-03-02:1/0/0")}));
    }

    void activityPerRecruiterAndKind()
    {
        buildScenario();
        Analytics a(m_t->ws());
        auto all = a.activity(filter(0));
        QVERIFY(all.ok());
        QCOMPARE(all->total, 9);
        QCOMPARE(all->byRecruiter.size(), 4);
        // Ties on the total go by name: the replies ('' author) before alice.
        QCOMPARE(all->byRecruiter[0].author, QString());
        QCOMPARE(all->byRecruiter[0].total, 3);
        QCOMPARE(all->byRecruiter[0].byKind[size_t(ActivityKind::EmailReply)], 3);
        QCOMPARE(all->byRecruiter[1].author, QStringLiteral("alice"));
        QCOMPARE(all->byRecruiter[1].byKind[size_t(ActivityKind::EmailSent)], 2);
        QCOMPARE(all->byRecruiter[1].byKind[size_t(ActivityKind::Note)], 1);
        QCOMPARE(all->byRecruiter[1].total, 3);
        QCOMPARE(all->byRecruiter[2].author, QStringLiteral("bob"));
        QCOMPARE(all->byRecruiter[2].byKind[size_t(ActivityKind::LinkedInMessage)], 1);
        QCOMPARE(all->byRecruiter[2].byKind[size_t(ActivityKind::ConnectionRequest)], 1);
        QCOMPARE(all->byRecruiter[3].author, QStringLiteral("carol"));
        QCOMPARE(all->byRecruiter[3].byKind[size_t(ActivityKind::Call)], 1);
        QCOMPARE(all->byKind, (std::array<qint64, ActivityKindCount>{2, 3, 1, 0, 1, 1, 0, 1}));

        // Backend only: carol's call has no campaign, Frontend's email and reply are elsewhere.
        auto backend = a.activity(filter(m_a));
        QVERIFY(backend.ok());
        QCOMPARE(backend->total, 6);
        QCOMPARE(backend->byKind, (std::array<qint64, ActivityKindCount>{1, 2, 1, 0, 1, 0, 0, 1}));

        // [T0+1d, T0+3d): bob's two and p2's reply; alice's note at exactly T0+3d is out.
        auto ranged = a.activity(filter(0, T0 + kDay, T0 + 3 * kDay));
        QVERIFY(ranged.ok());
        QCOMPARE(ranged->total, 3);
        QCOMPARE(ranged->byRecruiter.size(), 2);
        QCOMPARE(ranged->byRecruiter[0].author, QStringLiteral("bob"));
        QCOMPARE(ranged->byRecruiter[0].total, 2);

        const QStringList lines = all->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header, 4 recruiters, totals
        QCOMPARE(lines[0].split(u',').size(), 2 + ActivityKindCount);
        QVERIFY(lines[0].contains(toKey(ActivityKind::ConnectionRequest)));
        QCOMPARE(lines[2], QStringLiteral("alice,2,0,0,0,0,0,0,1,3"));
        QVERIFY(lines[5].endsWith(QStringLiteral(",2,3,1,0,1,1,0,1,9")));
    }

    void timeToFirstReply()
    {
        buildScenario();
        Analytics a(m_t->ws());
        // Backend p1 5 h, p2 30 h, p3 no reply; Frontend p1 192 h.
        auto all = a.timeToFirstReply(filter(0));
        QVERIFY(all.ok());
        QCOMPARE(all->outreached, 4);
        QCOMPARE(all->replied, 3);
        QCOMPARE(all->medianHours, 30.0);
        QVERIFY(qFuzzyCompare(all->p90Hours, 30.0 + 0.8 * 162.0));
        QCOMPARE(all->histogram, (std::array<qint64, 4>{1, 1, 0, 1}));

        auto backend = a.timeToFirstReply(filter(m_a));
        QCOMPARE(backend->outreached, 3);
        QCOMPARE(backend->replied, 2);
        QCOMPARE(backend->medianHours, 17.5);
        QCOMPARE(backend->p90Hours, 27.5);
        QCOMPARE(backend->histogram, (std::array<qint64, 4>{1, 1, 0, 0}));

        // The range selects by first outreach: p2 (T0+1d) and p3 (T0+2d).
        auto ranged = a.timeToFirstReply(filter(0, T0 + kDay, T0 + 30 * kDay));
        QCOMPARE(ranged->outreached, 2);
        QCOMPARE(ranged->replied, 1);
        QCOMPARE(ranged->medianHours, 30.0);
        QCOMPARE(ranged->p90Hours, 30.0);

        const QStringList lines = all->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines[1].endsWith(QStringLiteral(",1")));
        QVERIFY(lines[7].endsWith(QStringLiteral(",30.00")));
    }

    void timeToFirstReplyBoundaries()
    {
        const qint64 c = campaign(QStringLiteral("Edges"));
        const qint64 d = campaign(QStringLiteral("Elsewhere"));
        const qint64 q1 = person(QStringLiteral("Q1")), q2 = person(QStringLiteral("Q2")), q3 = person(QStringLiteral("Q3"));
        CampaignRepository campaigns(m_t->ws());
        QCOMPARE(campaigns.addMembers(c, {q1, q2, q3}, QStringLiteral("me")).value(), 3);
        QCOMPARE(campaigns.addMembers(d, {q3}, QStringLiteral("me")).value(), 1);
        const QString me = QStringLiteral("me");
        // q1: a reply before any outreach does not count; exactly 24 h is "1 to 3 days".
        QVERIFY(log(c, q1, ActivityKind::EmailReply, T0, me));
        QVERIFY(log(c, q1, ActivityKind::EmailSent, T0 + kHour, me));
        QVERIFY(log(c, q1, ActivityKind::EmailReply, T0 + kHour + kDay, me));
        // q2: a call, and exactly 7 days to the reply: "7 days or more".
        QVERIFY(log(c, q2, ActivityKind::Call, T0, me));
        QVERIFY(log(c, q2, ActivityKind::EmailReply, T0 + 7 * kDay, me));
        // q3: measured from the first of two emails; a reply in another campaign is not theirs.
        QVERIFY(log(d, q3, ActivityKind::EmailReply, T0 + kHour, me));
        QVERIFY(log(c, q3, ActivityKind::EmailSent, T0, me));
        QVERIFY(log(c, q3, ActivityKind::EmailSent, T0 + 2 * kDay, me));
        QVERIFY(log(c, q3, ActivityKind::EmailReply, T0 + 3 * kDay, me));
        // Meetings and notes are not outreach.
        QVERIFY(log(d, q3, ActivityKind::Meeting, T0 - kDay, me));

        auto t = Analytics(m_t->ws()).timeToFirstReply(filter(0));
        QVERIFY(t.ok());
        QCOMPARE(t->outreached, 3);
        QCOMPARE(t->replied, 3);
        QCOMPARE(t->histogram, (std::array<qint64, 4>{0, 1, 1, 1}));
        QCOMPARE(t->medianHours, 72.0);
        QVERIFY(qFuzzyCompare(t->p90Hours, 72.0 + 0.8 * 96.0));
    }

    void stageDistribution()
    {
        buildScenario();
        Analytics a(m_t->ws());
        auto all = a.stageDistribution(filter(0));
        QVERIFY(all.ok());
        // p2's IN_REVIEW is not synced (no link); p4's HIRED on J-B is on no campaign of theirs
        // (Backend is on J-A); p1's HIRED on J-A counts once although p1 is in two campaigns.
        QCOMPARE(stageList(*all), (QStringList{QStringLiteral("HIRED/=1"), QStringLiteral("INTERVIEW/Onsite=1"),
                                               QStringLiteral("REJECTED/Not a fit=1")}));
        QCOMPARE(all->total, 3);
        // Backend: its job J-A only.
        QCOMPARE(stageList(a.stageDistribution(filter(m_a)).value()),
                 (QStringList{QStringLiteral("HIRED/=1"), QStringLiteral("INTERVIEW/Onsite=1")}));
        QCOMPARE(stageList(a.stageDistribution(filter(m_b)).value()),
                 (QStringList{QStringLiteral("HIRED/=1"), QStringLiteral("REJECTED/Not a fit=1")}));
        // Added from T0 on: only p5, who is not in SmartRecruiters.
        QCOMPARE(a.stageDistribution(filter(0, T0, T0 + kDay))->total, 0);

        const QStringList lines = all->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[3], QStringLiteral("REJECTED,Not a fit,1"));
    }

    void membersWithoutHistoryUseTheirCurrentStatus()
    {
        // A member written without history rows: the funnel uses the current status; the rates
        // over time only know when a status was reached from the history.
        const qint64 c = campaign(QStringLiteral("Imported"));
        const qint64 p = person(QStringLiteral("Imp"));
        QVERIFY(run(m_t->ws(),
                    QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, "
                                   "status_changed_at) VALUES (?, ?, ?, ?, ?)"),
                    {c, p, int(MemberStatus::Replied), T0, T0 + kDay}));
        Analytics a(m_t->ws());
        QCOMPARE(funnelList(a.funnel(filter(c)).value()), (QList<qint64>{1, 1, 1, 0, 0, 0}));
        QCOMPARE(bucketList(a.ratesOverTime(filter(c, T0, T0 + 2 * kDay)).value()),
                 (QStringList{QStringLiteral("2026-03-02:0/0/0"), QStringLiteral("2026-03-03:0/0/0")}));
    }

    void csvQuotesAndFunnel()
    {
        const qint64 c = campaign(QStringLiteral("Csv"));
        const qint64 p = person(QStringLiteral("Quote"));
        QCOMPARE(CampaignRepository(m_t->ws()).addMembers(c, {p}, QStringLiteral("x")).value(), 1);
        QVERIFY(log(c, p, ActivityKind::EmailSent, T0, QStringLiteral("Smith, \"Ann\"")));
        QVERIFY(reached(c, p, MemberStatus::Contacted, T0));
        Analytics a(m_t->ws());
        const QStringList lines = a.activity(filter(0))->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines[1], QStringLiteral("\"Smith, \"\"Ann\"\"\",1,0,0,0,0,0,0,0,1"));
        const QStringList funnel = a.funnel(filter(c))->toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(funnel.size(), 7);
        QVERIFY(funnel[1].endsWith(QStringLiteral(",1")));
        QVERIFY(funnel[2].endsWith(QStringLiteral(",1")));
        QVERIFY(funnel[3].endsWith(QStringLiteral(",0")));
        auto rates = a.ratesOverTime(filter(c, T0, T0 + kDay));
        QCOMPARE(rates->toCsv().split(u'\n', Qt::SkipEmptyParts).value(1), QStringLiteral("2026-03-02,1,0,0,0.0000,0.0000"));
    }

    void percentile()
    {
        QCOMPARE(Analytics::percentile({}, 0.5), 0.0);
        QCOMPARE(Analytics::percentile({4.0}, 0.9), 4.0);
        QCOMPARE(Analytics::percentile({1.0, 2.0, 3.0, 4.0}, 0.5), 2.5);
        QCOMPARE(Analytics::percentile({1.0, 2.0, 3.0, 4.0}, 1.0), 4.0);
        QCOMPARE(Analytics::percentile({1.0, 2.0, 3.0, 4.0}, 0.0), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
