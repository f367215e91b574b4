// The analytics rollups (member_milestones, activity_daily; schema v7) must give exactly what the
// raw tables give. A seeded random workload goes through every write path — repositories (members
// added, bulk status changes and their undo, activities logged and removed, members removed and
// restored, candidates deleted and restored, campaigns deleted, imports into a campaign) and raw
// SQL edits (history and activity rows moved in time, re-kinded, deleted; members written without
// history) — then every Analytics call is compared with a slow reference computed from the raw
// tables by the pre-rollup queries, over campaigns, ranges and time zones. The same on PostgreSQL
// (SOURCEDESK_TEST_BACKEND=postgres), where PL/pgSQL trigger functions keep the rollups.
#include "ActivityRepository.h"
#include "Analytics.h"
#include "AnalyticsLists.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "StatusUndo.h"
#include "TempWorkspace.h"
#include "UndoSnapshot.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>

using namespace sd;

using sd::test::stageList;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

// ---- the reference: the queries Analytics ran on the raw tables before the rollups ----------

const QString kRank = QStringLiteral("(CASE %1 WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 2 WHEN 5 THEN 1 "
                                     "WHEN 6 THEN 1 ELSE 0 END)");

QString campaignCond(const AnalyticsFilter &f, const QString &alias)
{
    return f.campaignId <= 0 ? QStringLiteral("true") : QStringLiteral("%1.campaign_id = %2").arg(alias).arg(f.campaignId);
}

QString rangeCond(const AnalyticsFilter &f, const QString &column)
{
    QStringList parts;
    if (f.from.isValid())
        parts << QStringLiteral("%1 >= %2").arg(column).arg(f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        parts << QStringLiteral("%1 < %2").arg(column).arg(f.to.toMSecsSinceEpoch());
    return parts.isEmpty() ? QStringLiteral("true") : parts.join(QStringLiteral(" AND "));
}

QList<QVariantList> rows(Workspace &ws, const QString &sql, int columns)
{
    QList<QVariantList> out;
    QSqlQuery q(ws.connection());
    if (!q.exec(sql)) {
        qWarning() << "reference query failed:" << sql;
        return {{QStringLiteral("error")}};
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QList<qint64> referenceFunnel(Workspace &ws, const AnalyticsFilter &f)
{
    const QString cohort = QStringLiteral("%1 AND %2").arg(campaignCond(f, QStringLiteral("m")), rangeCond(f, QStringLiteral("m.added_at")));
    QList<qint64> out(6, 0);
    for (const QVariantList &r : rows(ws,
                                      QStringLiteral("SELECT %2 FROM campaign_members m WHERE %1")
                                          .arg(cohort, sql::greatest(sql::dialectOf(ws.connection()), kRank.arg(QStringLiteral("m.status")),
                                                                     QStringLiteral("coalesce((SELECT max(%1) FROM member_status_history h "
                                                                                    "WHERE h.campaign_id = m.campaign_id AND "
                                                                                    "h.candidate_id = m.candidate_id), 0)")
                                                                         .arg(kRank.arg(QStringLiteral("h.status"))))),
                                      1)) {
        const int rank = r[0].toInt();
        for (int i = 0; i <= rank; ++i)
            ++out[i];
    }
    out[4] = rows(ws, QStringLiteral("SELECT count(*) FROM sr_candidate_links l JOIN campaign_members m ON m.candidate_id = l.candidate_id "
                                     "WHERE %1").arg(cohort), 1)[0][0].toLongLong();
    out[5] = rows(ws, QStringLiteral("SELECT count(*) FROM campaign_members m LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                                     "WHERE %1 AND EXISTS(SELECT 1 FROM sr_applications a WHERE a.candidate_id = m.candidate_id "
                                     "AND a.status = 'HIRED' AND (coalesce(j.sr_job_id, '') = '' OR a.sr_job_id = j.sr_job_id))")
                          .arg(cohort), 1)[0][0].toLongLong();
    return out;
}

// label:contacted/replied/interested per bucket, filled as the original did.
QStringList referenceRates(Workspace &ws, const AnalyticsFilter &f)
{
    const bool days = f.from.isValid() && f.to.isValid() && f.from.msecsTo(f.to) <= 31 * kDay;
    auto inRange = [&f](const QString &col) { return QStringLiteral("%1 IS NOT NULL AND %2").arg(col, rangeCond(f, col)); };
    const QString sql =
        QStringLiteral("WITH firsts AS (SELECT min(CASE WHEN %1 >= 1 THEN h.changed_at END) AS c, "
                       "min(CASE WHEN %1 >= 2 THEN h.changed_at END) AS p, min(CASE WHEN %1 >= 3 THEN h.changed_at END) AS i "
                       "FROM member_status_history h WHERE %2 GROUP BY h.campaign_id, h.candidate_id) "
                       "SELECT d, count(CASE WHEN k = 1 THEN 1 END), count(CASE WHEN k = 2 THEN 1 END), "
                       "count(CASE WHEN k = 3 THEN 1 END) FROM (SELECT (c + %6) / %7 AS d, 1 AS k FROM firsts WHERE %3 "
                       "UNION ALL SELECT (p + %6) / %7, 2 FROM firsts WHERE %4 UNION ALL SELECT (i + %6) / %7, 3 FROM firsts WHERE %5) s "
                       "GROUP BY d ORDER BY d")
            .arg(kRank.arg(QStringLiteral("h.status")), campaignCond(f, QStringLiteral("h")), inRange(QStringLiteral("c")),
                 inRange(QStringLiteral("p")), inRange(QStringLiteral("i")))
            .arg(qint64(f.utcOffsetSeconds) * 1000)
            .arg(kDay);
    auto start = [days](const QDate &d) { return days ? d : d.addDays(1 - d.dayOfWeek()); };
    auto dayIndex = [&f](qint64 ms) {
        const qint64 local = ms + qint64(f.utcOffsetSeconds) * 1000;
        return local >= 0 ? local / kDay : -((-local + kDay - 1) / kDay);
    };
    QMap<QDate, std::array<qint64, 3>> byStart;
    for (const QVariantList &r : rows(ws, sql, 4)) {
        auto &b = byStart[start(QDate(1970, 1, 1).addDays(r[0].toLongLong()))];
        for (int i = 0; i < 3; ++i)
            b[std::size_t(i)] += r[i + 1].toLongLong();
    }
    QDate first = byStart.isEmpty() ? QDate() : byStart.firstKey();
    QDate last = byStart.isEmpty() ? QDate() : byStart.lastKey();
    if (f.from.isValid())
        first = start(QDate(1970, 1, 1).addDays(dayIndex(f.from.toMSecsSinceEpoch())));
    if (f.to.isValid() && f.to > f.from)
        last = start(QDate(1970, 1, 1).addDays(dayIndex(f.to.toMSecsSinceEpoch() - 1)));
    QStringList out;
    if (!first.isValid() || !last.isValid() || last < first)
        return out;
    for (QDate d = first; d <= last; d = d.addDays(days ? 1 : 7)) {
        const auto b = byStart.value(d);
        out << QStringLiteral("%1:%2/%3/%4").arg(d.toString(Qt::ISODate)).arg(b[0]).arg(b[1]).arg(b[2]);
    }
    return out;
}

QStringList referenceActivity(Workspace &ws, const AnalyticsFilter &f)
{
    QStringList out;
    for (const QVariantList &r : rows(ws,
                                      QStringLiteral("SELECT a.author, a.kind, count(*) FROM activities a WHERE %1 AND %2 "
                                                     "GROUP BY a.author, a.kind ORDER BY a.author, a.kind")
                                          .arg(campaignCond(f, QStringLiteral("a")), rangeCond(f, QStringLiteral("a.occurred_at"))),
                                      3))
        out << QStringLiteral("%1/%2=%3").arg(r[0].toString()).arg(r[1].toInt()).arg(r[2].toLongLong());
    return out;
}

ReplyTimeStats referenceReplyTimes(Workspace &ws, const AnalyticsFilter &f)
{
    const QString o = QStringLiteral("(SELECT a.campaign_id, a.candidate_id, min(a.occurred_at) AS t0 FROM activities a "
                                     "WHERE a.campaign_id IS NOT NULL AND %1 AND a.kind IN (0, 2, 3, 4, 5) "
                                     "GROUP BY a.campaign_id, a.candidate_id)")
                          .arg(campaignCond(f, QStringLiteral("a")));
    const QString inRange = rangeCond(f, QStringLiteral("o.t0"));
    ReplyTimeStats out;
    out.outreached = rows(ws, QStringLiteral("SELECT count(*) FROM %1 o WHERE %2").arg(o, inRange), 1)[0][0].toLongLong();
    QList<double> hours;
    for (const QVariantList &r : rows(ws,
                                      QStringLiteral("SELECT d FROM (SELECT (SELECT min(r.occurred_at) FROM activities r "
                                                     "WHERE r.candidate_id = o.candidate_id AND r.campaign_id = o.campaign_id "
                                                     "AND r.kind = 1 AND r.occurred_at >= o.t0) - o.t0 AS d FROM %1 o WHERE %2) s "
                                                     "WHERE d IS NOT NULL ORDER BY d")
                                          .arg(o, inRange),
                                      1)) {
        const qint64 ms = r[0].toLongLong();
        hours << double(ms) / double(kHour);
        ++out.histogram[ms < kDay ? 0 : ms < 3 * kDay ? 1 : ms < 7 * kDay ? 2 : 3];
    }
    out.replied = hours.size();
    out.medianHours = Analytics::percentile(hours, 0.5);
    out.p90Hours = Analytics::percentile(hours, 0.9);
    return out;
}

QStringList referenceStages(Workspace &ws, const AnalyticsFilter &f)
{
    QStringList out;
    for (const QVariantList &r : rows(ws,
                                      QStringLiteral("SELECT a.status, a.sub_status, count(*) FROM sr_applications a "
                                                     "JOIN sr_candidate_links l ON l.candidate_id = a.candidate_id "
                                                     "WHERE EXISTS(SELECT 1 FROM campaign_members m LEFT JOIN campaign_sr_jobs j "
                                                     "ON j.campaign_id = m.campaign_id WHERE m.candidate_id = a.candidate_id "
                                                     "AND %1 AND %2 AND (coalesce(j.sr_job_id, '') = '' OR j.sr_job_id = a.sr_job_id)) "
                                                     "GROUP BY a.status, a.sub_status ORDER BY 3 DESC, a.status%3, a.sub_status%3")
                                          .arg(campaignCond(f, QStringLiteral("m")), rangeCond(f, QStringLiteral("m.added_at")),
                                               sql::isPostgres(ws.connection()) ? QStringLiteral(" COLLATE \"C\"") : QString()),
                                      3))
        out << QStringLiteral("%1/%2=%3").arg(r[0].toString(), r[1].toString()).arg(r[2].toLongLong());
    return out;
}


} // namespace

class TestAnalyticsRollups : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    std::mt19937 m_rng;
    qint64 m_t0 = 0;
    QList<qint64> m_campaigns;
    QList<qint64> m_candidates;
    QList<qint64> m_deletedCampaigns;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template<typename T> T pick(const QList<T> &list) { return list.at(uniform(0, int(list.size()) - 1)); }
    qint64 someTime() { return m_t0 + std::uniform_int_distribution<qint64>(0, 60 * kDay)(m_rng); }
    QString someAuthor() { return pick(QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QString(), QStringLiteral("Zoë")}); }

    QList<qint64> someCandidates(int max)
    {
        QList<qint64> out;
        for (int i = uniform(1, max); i > 0; --i)
            out << pick(m_candidates);
        return out;
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_t->ws().connection());
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    }

    qint64 someRowId(const QString &table)
    {
        QSqlQuery q(m_t->ws().connection());
        if (!q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY random() LIMIT 1").arg(table)) || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    qint64 newCampaign(const QString &name)
    {
        Campaign c;
        c.name = name;
        return CampaignRepository(m_t->ws()).create(c) ? 0 : c.id;
    }

    // One random write through one of the paths that feed the rollups.
    void step(int i)
    {
        Workspace &ws = m_t->ws();
        CampaignRepository campaigns(ws);
        const qint64 campaign = pick(m_campaigns);
        const QString actor = someAuthor();
        switch (uniform(0, 17)) {
        case 0:
        case 1:
            QVERIFY(campaigns.addMembers(campaign, someCandidates(6), actor).ok());
            break;
        case 2:
        case 3: {
            StatusUndo undo;
            const bool withUndo = chance(0.4);
            QVERIFY(campaigns.setStatus(campaign, someCandidates(5), MemberStatus(uniform(0, MemberStatusCount - 1)), actor,
                                        withUndo ? &undo : nullptr).ok());
            if (withUndo && chance(0.6))
                QVERIFY(undoStatusChange(ws, undo, actor).ok());
            break;
        }
        case 4:
        case 5: {
            // Through the repository when the candidate is a member (it may move the status), else raw.
            Activity a;
            a.candidateId = pick(m_candidates);
            a.campaignId = chance(0.85) ? campaign : 0;
            a.kind = ActivityKind(uniform(0, ActivityKindCount - 1));
            a.occurredAt = at(someTime());
            a.author = actor;
            if (ActivityRepository(ws).log(a))
                QVERIFY(exec(QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, occurred_at, author) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {a.candidateId, a.campaignId > 0 ? QVariant(a.campaignId) : QVariant(QMetaType::fromType<qint64>()),
                              int(a.kind), a.occurredAt.toMSecsSinceEpoch(), a.author.isNull() ? QStringLiteral("") : a.author}));
            break;
        }
        case 6:
            if (const qint64 id = someRowId(QStringLiteral("activities")))
                QVERIFY(!ActivityRepository(ws).remove(id));
            break;
        case 7:
            if (const qint64 id = someRowId(QStringLiteral("activities"))) {
                const QVariantList edits[] = {{someTime(), id}, {uniform(0, ActivityKindCount - 1), id}, {campaign, id}, {actor.isNull() ? QStringLiteral("") : actor, id}};
                const QString columns[] = {QStringLiteral("occurred_at"), QStringLiteral("kind"), QStringLiteral("campaign_id"), QStringLiteral("author")};
                const int which = uniform(0, 3);
                QVERIFY(exec(QStringLiteral("UPDATE activities SET %1 = ? WHERE id = ?").arg(columns[which]), edits[which]));
            }
            break;
        case 8:
            if (const qint64 id = someRowId(QStringLiteral("member_status_history")))
                QVERIFY(chance(0.7) ? exec(QStringLiteral("UPDATE member_status_history SET changed_at = ? WHERE id = ?"), {someTime(), id})
                                    : exec(QStringLiteral("DELETE FROM member_status_history WHERE id = ?"), {id}));
            break;
        case 9:
            QVERIFY(exec(QStringLiteral("UPDATE campaign_members SET added_at = ? WHERE campaign_id = ? AND candidate_id = ?"),
                         {someTime(), campaign, pick(m_candidates)}));
            break;
        case 10: {
            UndoSnapshot undo;
            QVERIFY(campaigns.removeMembers(campaign, someCandidates(4), &undo).ok());
            if (chance(0.6))
                QVERIFY(!undo.restore(ws));
            break;
        }
        case 11: {
            UndoSnapshot undo;
            const qint64 who = pick(m_candidates);
            QVERIFY(!CandidateRepository(ws).remove({who}, &undo));
            if (chance(0.6))
                QVERIFY(!undo.restore(ws));
            else
                m_candidates.removeAll(who);
            break;
        }
        case 12:
            // An import written straight into the table, without history rows.
            QVERIFY(exec(QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, "
                                        "status_changed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                         {campaign, pick(m_candidates), uniform(0, MemberStatusCount - 1), someTime(), someTime()}));
            break;
        case 13: {
            QList<Candidate> batch;
            for (int n = uniform(1, 3); n > 0; --n)
                batch << test::person(QStringLiteral("Imp%1x%2").arg(i).arg(n), QStringLiteral("Batch"));
            auto imported = CandidateRepository(ws).importBatch(batch, DuplicatePolicy::Skip, actor, campaign);
            QVERIFY(imported.ok());
            for (const ImportOutcome &o : *imported)
                if (o.candidateId > 0)
                    m_candidates << o.candidateId;
            break;
        }
        case 14:
            if (chance(0.15) && m_campaigns.size() > 2) {
                QVERIFY(!campaigns.remove(campaign));
                m_campaigns.removeAll(campaign);
                m_deletedCampaigns << campaign;
                const qint64 fresh = newCampaign(QStringLiteral("Fresh %1").arg(i));
                QVERIFY(fresh > 0);
                m_campaigns << fresh;
            }
            break;
        case 15:
            // Rows moved to another member by hand (the app never does; the triggers must follow).
            if (const qint64 id = someRowId(QStringLiteral("member_status_history")))
                QVERIFY(exec(QStringLiteral("UPDATE member_status_history SET candidate_id = ?, campaign_id = ? WHERE id = ?"),
                             {pick(m_candidates), pick(m_campaigns), id}));
            break;
        case 16: {
            // A member moved to another campaign unless already there (UPDATE OR IGNORE in both dialects).
            const qint64 to = pick(m_campaigns), who = pick(m_candidates);
            QVERIFY(exec(QStringLiteral("UPDATE campaign_members SET campaign_id = ? WHERE campaign_id = ? AND candidate_id = ? "
                                        "AND NOT EXISTS(SELECT 1 FROM campaign_members x WHERE x.campaign_id = ? AND x.candidate_id = ?)"),
                         {to, campaign, who, to, who}));
            if (const qint64 id = someRowId(QStringLiteral("activities")))
                QVERIFY(exec(QStringLiteral("UPDATE activities SET candidate_id = ? WHERE id = ?"), {pick(m_candidates), id}));
            break;
        }
        default:
            // A status history row written by hand (a sync, a correction).
            QVERIFY(exec(QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, changed_by) "
                                        "VALUES (?, ?, ?, ?, 'sync')"),
                         {campaign, pick(m_candidates), uniform(0, MemberStatusCount - 1), someTime()}));
            break;
        }
    }

    void compareAll(Workspace &ws)
    {
        Analytics analytics(ws);
        QList<qint64> campaigns{0};
        campaigns << m_campaigns << m_deletedCampaigns;
        const QList<std::pair<qint64, qint64>> ranges = {
            {0, 0},
            {m_t0 + 5 * kDay + 7 * kHour + 13, m_t0 + 45 * kDay + 3 * kHour},
            {m_t0 + 10 * kDay + kHour, m_t0 + 10 * kDay + 20 * kHour},
            {m_t0 + 20 * kDay + 5 * kHour, 0},
            {0, m_t0 + 30 * kDay + 13 * kHour},
            {m_t0 + 3 * kDay + 2 * kHour, m_t0 + 20 * kDay},
            {m_t0 + 2 * kDay, m_t0 + 40 * kDay},
        };
        for (qint64 campaign : std::as_const(campaigns)) {
            for (const auto &[from, to] : ranges) {
                for (int offset : {0, 19800, -5 * 3600}) {
                    AnalyticsFilter f;
                    f.campaignId = campaign;
                    f.from = from ? at(from) : QDateTime();
                    f.to = to ? at(to) : QDateTime();
                    f.utcOffsetSeconds = offset;
                    const QByteArray where = QStringLiteral("campaign %1, [%2, %3), offset %4").arg(campaign).arg(from).arg(to).arg(offset).toUtf8();

                    auto funnel = analytics.funnel(f);
                    QVERIFY2(funnel.ok(), where.constData());
                    QCOMPARE((QList<qint64>{funnel->added, funnel->contacted, funnel->replied, funnel->interested,
                                            funnel->inSmartRecruiters, funnel->hired}),
                             referenceFunnel(ws, f));

                    auto rates = analytics.ratesOverTime(f);
                    QVERIFY2(rates.ok(), where.constData());
                    QStringList got;
                    for (const RateBucket &b : rates->buckets)
                        got << QStringLiteral("%1:%2/%3/%4").arg(b.start.toString(Qt::ISODate)).arg(b.contacted).arg(b.replied).arg(b.interested);
                    QCOMPARE(got, referenceRates(ws, f));

                    auto act = analytics.activity(f);
                    QVERIFY2(act.ok(), where.constData());
                    QStringList acts;
                    qint64 total = 0;
                    for (const RecruiterActivity &r : act->byRecruiter)
                        for (int k = 0; k < ActivityKindCount; ++k)
                            if (r.byKind[std::size_t(k)] > 0)
                                acts << QStringLiteral("%1/%2=%3").arg(r.author).arg(k).arg(r.byKind[std::size_t(k)]);
                    for (const RecruiterActivity &r : act->byRecruiter)
                        total += r.total;
                    acts.sort();
                    QStringList expected = referenceActivity(ws, f);
                    expected.sort();
                    QCOMPARE(acts, expected);
                    QCOMPARE(act->total, total);

                    auto replies = analytics.timeToFirstReply(f);
                    QVERIFY2(replies.ok(), where.constData());
                    const ReplyTimeStats want = referenceReplyTimes(ws, f);
                    QCOMPARE(replies->outreached, want.outreached);
                    QCOMPARE(replies->replied, want.replied);
                    QCOMPARE(replies->histogram, want.histogram);
                    QCOMPARE(replies->medianHours, want.medianHours);
                    QCOMPARE(replies->p90Hours, want.p90Hours);

                    auto stages = analytics.stageDistribution(f);
                    QVERIFY2(stages.ok(), where.constData());
                    QCOMPARE(stageList(*stages), referenceStages(ws, f));
                }
            }
        }
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempWorkspace>();
        m_t0 = QDateTime::currentMSecsSinceEpoch() / kHour * kHour - 40 * kDay + 17 * 60'000;
        m_campaigns.clear();
        m_candidates.clear();
        m_deletedCampaigns.clear();
    }

    void cleanup() { m_t.reset(); }

    void randomWorkloadMatchesTheRawTables_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
        QTest::newRow("seed 3") << 3u;
    }

    void randomWorkloadMatchesTheRawTables()
    {
        QFETCH(unsigned, seed);
        m_rng.seed(seed);
        Workspace &ws = m_t->ws();
        for (const QString &name : {QStringLiteral("Backend"), QStringLiteral("Frontend"), QStringLiteral("Data")})
            m_campaigns << newCampaign(name);
        QVERIFY(!m_campaigns.contains(0));
        for (int i = 0; i < 30; ++i) {
            Candidate c = test::person(QStringLiteral("P%1").arg(i), QStringLiteral("Rand"));
            QVERIFY(!CandidateRepository(ws).insert(c, QStringLiteral("test")));
            m_candidates << c.id;
            if (i % 3 == 0)
                QVERIFY(exec(QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) "
                                            "VALUES (?, ?, 'created', 0)"),
                             {c.id, QStringLiteral("sr-%1").arg(c.id)}));
            if (i % 2 == 0)
                QVERIFY(exec(QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, pulled_at) VALUES (?, ?, ?, 0)"),
                             {c.id, pick(QStringList{QStringLiteral("J1"), QStringLiteral("J2")}),
                              pick(QStringList{QStringLiteral("HIRED"), QStringLiteral("INTERVIEW"), QStringLiteral("REJECTED")})}));
        }
        QVERIFY(exec(QStringLiteral("INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, linked_at) VALUES (?, 'J1', 0)"), {m_campaigns[0]}));
        for (int i = 0; i < 300; ++i) {
            step(i);
            if (QTest::currentTestFailed()) {
                qWarning("step %d failed (seed %u)", i, seed);
                return;
            }
            // Compare along the way too, so a miss is caught near the step that caused it.
            if (i % 100 == 99)
                compareAll(ws);
            if (QTest::currentTestFailed())
                return;
        }
        compareAll(ws);
    }

    void concurrentWritesToOneMemberKeepTheEarliest()
    {
        // Two apps log outreach to the same member at once: the second transaction's trigger must
        // not overwrite the milestones with what it saw before the first committed (PostgreSQL;
        // SQLite has one writer at a time).
        if (!test::testingPostgres())
            QSKIP("concurrent writers: a team (PostgreSQL) workspace only");
        Workspace &ws = m_t->ws();
        const qint64 campaign = newCampaign(QStringLiteral("Race"));
        Candidate c = test::person(QStringLiteral("Rita"), QStringLiteral("Race"));
        QVERIFY(campaign > 0);
        QVERIFY(!CandidateRepository(ws).insert(c, QStringLiteral("test")));
        QVERIFY(CampaignRepository(ws).addMembers(campaign, {c.id}, QStringLiteral("me")).ok());
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * kDay;
        const QString insert = QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, occurred_at, author) "
                                              "VALUES (%1, %2, %3, %4, '%5')");
        // The first: an email at t0, not committed yet.
        QSqlDatabase db = ws.connection();
        QVERIFY(db.transaction());
        QVERIFY(exec(insert.arg(c.id).arg(campaign).arg(int(ActivityKind::EmailSent)).arg(t0).arg(QStringLiteral("alice"))));
        // The second, on its own connection: a call an hour later, another author and kind (so
        // that only the member's milestones are shared).
        std::atomic<bool> done = false;
        bool secondOk = false;
        const auto server = TeamServer::parse(m_t->path());
        QVERIFY(server.has_value());
        std::thread second([&] {
            const QString name = QStringLiteral("race-second");
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                other.setHostName(server->host);
                other.setPort(server->port);
                other.setUserName(server->user);
                other.setDatabaseName(server->database);
                other.setConnectOptions(server->connectOptions());
                if (other.open()) {
                    QSqlQuery q(other);
                    secondOk = q.exec(insert.arg(c.id).arg(campaign).arg(int(ActivityKind::Call)).arg(t0 + kHour)
                                          .arg(QStringLiteral("bob")));
                }
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
            done = true;
        });
        QTest::qWait(700);
        const bool waited = !done;
        QVERIFY(db.commit());
        second.join();
        QVERIFY(secondOk);
        QVERIFY2(waited, "the second writer did not wait for the first one's member");
        auto t = Analytics(ws).timeToFirstReply({});
        QVERIFY(t.ok());
        QCOMPARE(t->outreached, 1);
        QCOMPARE(rows(ws, QStringLiteral("SELECT outreach_at FROM member_milestones WHERE campaign_id = %1").arg(campaign), 1)
                     .value(0).value(0).toLongLong(),
                 t0);
        QCOMPARE(Analytics(ws).activity({})->total, 2);
    }

    void upgradeBackfillsFromExistingRows()
    {
        // A workspace filled at schema 6 (no rollups, no triggers), then upgraded: the migration's
        // backfill must answer as the raw tables do.
        QTemporaryDir dir;
        const QString path = test::testingPostgres() ? test::createDatabase() : dir.filePath(QStringLiteral("v6.sqlite"));
        const auto dropLater = qScopeGuard([&] {
            if (test::testingPostgres())
                test::dropDatabase(path);
        });
        m_t0 = QDateTime::currentMSecsSinceEpoch() / kHour * kHour - 40 * kDay;
        {
            Workspace::Options v6;
            v6.targetSchemaVersion = 6;
            auto old = Workspace::open(path, v6);
            QVERIFY(old.ok());
            QSqlQuery q(old.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns(id, name, created_at, updated_at) VALUES (1, 'A', 0, 0), (2, 'B', 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates(id, created_at, updated_at) VALUES (1, 0, 0), (2, 0, 0), (3, 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, status_changed_at) "
                                          "VALUES (1, 1, 3, %1, %1), (1, 2, 1, %1, %1), (2, 1, 4, %2, %2)").arg(m_t0).arg(m_t0 + kDay)));
            // (2, 3): the history of a member removed since.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, changed_by) "
                                          "VALUES (1, 1, 0, %1, ''), (1, 1, 1, %2, ''), (1, 1, 3, %3, ''), (1, 2, 1, %2, ''), "
                                          "(2, 3, 2, %3, '')")
                               .arg(m_t0).arg(m_t0 + kHour).arg(m_t0 + 3 * kDay)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, occurred_at, author) VALUES "
                                          "(1, 1, 0, %1, 'a'), (1, 1, 1, %2, ''), (2, 1, 4, %1, 'b'), (2, 1, 1, %3, ''), "
                                          "(3, NULL, 7, %2, 'a'), (3, 2, 1, %3, '')")
                               .arg(m_t0 + kHour).arg(m_t0 + 5 * kHour).arg(m_t0 - kHour)));
            old.value()->releaseThreadConnection();
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->schemaVersion(), currentSchemaVersion());
        Analytics analytics(*ws.value());
        // Candidate 1 in A: emailed, reply after 4 h; candidate 2 in A: the reply came before the
        // outreach, so it does not count.
        auto t = analytics.timeToFirstReply({});
        QVERIFY(t.ok());
        QCOMPARE(t->outreached, 2);
        QCOMPARE(t->replied, 1);
        QCOMPARE(t->medianHours, 4.0);
        // (A, 1) interested; (A, 2) contacted; (B, 1) not interested, i.e. replied.
        auto f = analytics.funnel({});
        QVERIFY(f.ok());
        QCOMPARE((QList<qint64>{f->added, f->contacted, f->replied, f->interested}), (QList<qint64>{3, 3, 2, 1}));
        QCOMPARE(analytics.activity({})->total, 6);
        m_campaigns = {1, 2};
        compareAll(*ws.value());
        ws.value()->releaseThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRollups)
#include "tst_analytics_rollups.moc"
