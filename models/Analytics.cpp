#include "Analytics.h"

#include "AnalyticsSchema.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sd {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kHourMs = 3'600'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 fromMs(const AnalyticsFilter &f)
{
    return f.from.isValid() ? f.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 toMs(const AnalyticsFilter &f)
{
    return f.to.isValid() ? f.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

// A campaign condition on `alias`.campaign_id; ids are ours, never user text, so they are inlined.
QString campaignCond(const AnalyticsFilter &f, const QString &alias)
{
    if (f.campaignId <= 0)
        return QStringLiteral("true");
    return QStringLiteral("%1.campaign_id = %2").arg(alias).arg(f.campaignId);
}

// An open side of the range adds no condition, so that the planner is free to pick a covering index.
QString rangeCond(const AnalyticsFilter &f, const QString &column)
{
    QStringList parts;
    if (f.from.isValid())
        parts << QStringLiteral("%1 >= %2").arg(column).arg(fromMs(f));
    if (f.to.isValid())
        parts << QStringLiteral("%1 < %2").arg(column).arg(toMs(f));
    return parts.isEmpty() ? QStringLiteral("true") : parts.join(QStringLiteral(" AND "));
}

// `table alias`, read through `index` in SQLite (INDEXED BY: its planner would pick another one,
// see the queries). PostgreSQL has no such hint; its planner picks from the statistics.
QString through(sql::Dialect d, const QString &tableAndAlias, const QString &index)
{
    return d == sql::Dialect::Postgres ? tableAndAlias : QStringLiteral("%1 INDEXED BY %2").arg(tableAndAlias, index);
}

Status checkFilter(const AnalyticsFilter &f)
{
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        return Error(Error::Code::InvalidArgument, QObject::tr("The end of the date range is before its start."));
    if (f.campaignId < 0)
        return Error(Error::Code::InvalidArgument, QObject::tr("Unknown campaign."));
    return std::nullopt;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void appendRow(QString &out, const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << csvField(f);
    out += escaped.join(u',');
    out += u'\n';
}

QString rate(double r) { return QString::number(r, 'f', 4); }

QDate dayOf(qint64 dayIndex) { return QDate(1970, 1, 1).addDays(dayIndex); }

qint64 dayIndexOf(qint64 ms, int utcOffsetSeconds)
{
    const qint64 local = ms + qint64(utcOffsetSeconds) * 1000;
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

QDate bucketStart(const QDate &day, RatesOverTime::Granularity g)
{
    return g == RatesOverTime::Granularity::Day ? day : day.addDays(1 - day.dayOfWeek());
}

QString bucketLabel(const QDate &start, RatesOverTime::Granularity g)
{
    if (g == RatesOverTime::Granularity::Day)
        return start.toString(Qt::ISODate);
    int year = 0;
    const int week = start.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace

// ---- CSV ----------------------------------------------------------------------------------------

QString FunnelStats::toCsv() const
{
    QString out;
    appendRow(out, {QObject::tr("Stage"), QObject::tr("Count")});
    appendRow(out, {QObject::tr("Added"), QString::number(added)});
    appendRow(out, {QObject::tr("Contacted"), QString::number(contacted)});
    appendRow(out, {QObject::tr("Replied"), QString::number(replied)});
    appendRow(out, {QObject::tr("Interested"), QString::number(interested)});
    appendRow(out, {QObject::tr("In SmartRecruiters"), QString::number(inSmartRecruiters)});
    appendRow(out, {QObject::tr("Hired"), QString::number(hired)});
    return out;
}

QString RatesOverTime::toCsv() const
{
    QString out;
    appendRow(out, {granularity == Granularity::Day ? QObject::tr("Day") : QObject::tr("Week"), QObject::tr("Contacted"),
                    QObject::tr("Replied"), QObject::tr("Interested"), QObject::tr("Reply rate"),
                    QObject::tr("Interest rate")});
    for (const RateBucket &b : buckets)
        appendRow(out, {b.label, QString::number(b.contacted), QString::number(b.replied), QString::number(b.interested),
                        rate(b.replyRate()), rate(b.interestRate())});
    return out;
}

QString ActivityBreakdown::toCsv() const
{
    QString out;
    QStringList header{QObject::tr("Recruiter")};
    header << activityKindKeys();
    header << QObject::tr("Total");
    appendRow(out, header);
    auto row = [&out](const QString &name, const std::array<qint64, ActivityKindCount> &kinds, qint64 sum) {
        QStringList fields{name};
        for (qint64 n : kinds)
            fields << QString::number(n);
        fields << QString::number(sum);
        appendRow(out, fields);
    };
    for (const RecruiterActivity &r : byRecruiter)
        row(r.author, r.byKind, r.total);
    row(QObject::tr("All recruiters"), byKind, total);
    return out;
}

QStringList ReplyTimeStats::bucketLabels()
{
    return {QObject::tr("Under 1 day"), QObject::tr("1 to 3 days"), QObject::tr("3 to 7 days"),
            QObject::tr("7 days or more")};
}

QString ReplyTimeStats::toCsv() const
{
    QString out;
    appendRow(out, {QObject::tr("Time to first reply"), QObject::tr("Members")});
    const QStringList labels = bucketLabels();
    for (int i = 0; i < int(histogram.size()); ++i)
        appendRow(out, {labels.at(i), QString::number(histogram[std::size_t(i)])});
    appendRow(out, {QObject::tr("Contacted"), QString::number(outreached)});
    appendRow(out, {QObject::tr("Replied"), QString::number(replied)});
    appendRow(out, {QObject::tr("Median hours"), QString::number(medianHours, 'f', 2)});
    appendRow(out, {QObject::tr("90th percentile hours"), QString::number(p90Hours, 'f', 2)});
    return out;
}

QString StageDistribution::toCsv() const
{
    QString out;
    appendRow(out, {QObject::tr("Status"), QObject::tr("Sub-status"), QObject::tr("Applications")});
    for (const StageCount &s : stages)
        appendRow(out, {s.status, s.subStatus, QString::number(s.count)});
    return out;
}

// ---- queries ------------------------------------------------------------------------------------

Analytics::Analytics(const Workspace &workspace) : m_workspace(workspace) {}

double Analytics::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const double pos = std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (pos - double(lo));
}

Result<FunnelStats> Analytics::funnel(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    // The cohort: members added in the range. Each member's furthest stage (current status and
    // history) is kept in member_milestones by triggers (AnalyticsSchema.cpp), so a stage's count
    // is one range count on milestones_funnel. In SmartRecruiters and hired are counted from the
    // (fewer) linked candidates and HIRED applications: hired is a HIRED application on the
    // campaign's job, or on any job when the campaign has none.
    // For all campaigns over a range, naming every campaign turns each stage's count into one
    // seek per campaign on milestones_funnel (stage, campaign, added_at) instead of a scan of the
    // stage; every member's campaign is in campaigns (the foreign key cascades).
    const QString campaigns = filter.campaignId <= 0 && (filter.from.isValid() || filter.to.isValid())
                                  ? QStringLiteral("x.campaign_id IN (SELECT id FROM campaigns)")
                                  : campaignCond(filter, QStringLiteral("x"));
    const QString stageCohort = QStringLiteral("%1 AND %2").arg(campaigns, rangeCond(filter, QStringLiteral("x.added_at")));
    const QString cohort = QStringLiteral("%1 AND %2").arg(campaignCond(filter, QStringLiteral("m")),
                                                            rangeCond(filter, QStringLiteral("m.added_at")));
    const sql::Dialect dialect = sql::dialectOf(m_workspace.connection());
    // Rows (rank, members) per rank 0..3, then (-1, in SmartRecruiters) and (-2, hired).
    QStringList parts;
    for (int rank = 0; rank <= 3; ++rank)
        parts << QStringLiteral("SELECT %1, count(*) FROM member_milestones x WHERE x.stage_rank = %1 AND %2")
                     .arg(rank)
                     .arg(stageCohort);
    // From each link to its members (SQLite's CROSS JOIN keeps that order: the links are far fewer;
    // PostgreSQL's CROSS JOIN takes no ON).
    const QString members = dialect == sql::Dialect::Postgres
                                ? QStringLiteral("JOIN member_milestones x")
                                : QStringLiteral("CROSS JOIN member_milestones x INDEXED BY milestones_by_candidate");
    parts << QStringLiteral("SELECT -1, count(*) FROM sr_candidate_links l %3 ON x.candidate_id = l.candidate_id "
                            "WHERE x.added_at IS NOT NULL AND %1 AND %2")
                 .arg(campaignCond(filter, QStringLiteral("x")), rangeCond(filter, QStringLiteral("x.added_at")), members);
    parts << QStringLiteral(
                 "SELECT -2, count(*) FROM campaign_members m LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                 "WHERE %1 AND m.candidate_id IN (SELECT a.candidate_id FROM sr_applications a WHERE a.status = 'HIRED') "
                 "AND EXISTS(SELECT 1 FROM sr_applications a WHERE a.candidate_id = m.candidate_id AND a.status = 'HIRED' "
                 "  AND (coalesce(j.sr_job_id, '') = '' OR a.sr_job_id = j.sr_job_id))")
                 .arg(cohort);
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, parts.join(QStringLiteral(" UNION ALL "))))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the funnel")))
        return *s;
    FunnelStats out;
    while (q.next()) {
        const int rank = q.value(0).toInt();
        const qint64 n = q.value(1).toLongLong();
        if (rank == -1) {
            out.inSmartRecruiters = n;
        } else if (rank == -2) {
            out.hired = n;
        } else {
            out.added += n;
            out.contacted += rank >= 1 ? n : 0;
            out.replied += rank >= 2 ? n : 0;
            out.interested += rank >= 3 ? n : 0;
        }
    }
    return out;
}

Result<RatesOverTime> Analytics::ratesOverTime(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    RatesOverTime out;
    out.granularity = filter.from.isValid() && filter.to.isValid() && filter.from.msecsTo(filter.to) <= 31 * kDayMs
                          ? RatesOverTime::Granularity::Day
                          : RatesOverTime::Granularity::Week;
    // When each member first reached each stage is kept in member_milestones by triggers
    // (AnalyticsSchema.cpp). The covered span: the range where given, else the first to the last
    // local day with data (a min and a max on each stage's index); then one set of range counts
    // per bucket, so nothing is grouped or sorted.
    const qint64 offsetMs = qint64(filter.utcOffsetSeconds) * 1000;
    const QString campaign = campaignCond(filter, QStringLiteral("x"));
    static const std::array<QString, 3> columns{QStringLiteral("x.contacted_at"), QStringLiteral("x.replied_at"),
                                                QStringLiteral("x.interested_at")};
    // Each stage's own index, also for one campaign (the planner would rather read the whole
    // campaign through the primary key, once per bucket).
    const sql::Dialect dialect = sql::dialectOf(m_workspace.connection());
    const QString milestones = QStringLiteral("member_milestones x");
    const std::array<QString, 3> tables{through(dialect, milestones, QStringLiteral("milestones_contacted")),
                                        through(dialect, milestones, QStringLiteral("milestones_replied")),
                                        through(dialect, milestones, QStringLiteral("milestones_interested"))};
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    QDate first, last;
    if (!filter.from.isValid() || !(filter.to.isValid() && filter.to > filter.from)) {
        QStringList extremes;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString &col = columns[i];
            const QString where = QStringLiteral("%1 IS NOT NULL AND %2 AND %3").arg(col, rangeCond(filter, col), campaign);
            extremes << QStringLiteral("(SELECT min(%1) FROM %2 WHERE %3)").arg(col, tables[i], where)
                     << QStringLiteral("(SELECT max(%1) FROM %2 WHERE %3)").arg(col, tables[i], where);
        }
        if (Status s = sql::prepare(q, QStringLiteral("SELECT ") + extremes.join(QStringLiteral(", "))))
            return *s;
        if (Status s = sql::exec(q, QStringLiteral("reading reply and interest rates")))
            return *s;
        if (q.next()) {
            for (int i = 0; i < 6; i += 2) {
                if (q.value(i).isNull())
                    continue;
                const QDate lo = bucketStart(dayOf(dayIndexOf(q.value(i).toLongLong(), filter.utcOffsetSeconds)), out.granularity);
                const QDate hi = bucketStart(dayOf(dayIndexOf(q.value(i + 1).toLongLong(), filter.utcOffsetSeconds)), out.granularity);
                first = !first.isValid() || lo < first ? lo : first;
                last = !last.isValid() || hi > last ? hi : last;
            }
        }
        q.finish();
    }
    if (filter.from.isValid())
        first = bucketStart(dayOf(dayIndexOf(filter.from.toMSecsSinceEpoch(), filter.utcOffsetSeconds)), out.granularity);
    if (filter.to.isValid() && filter.to > filter.from)
        last = bucketStart(dayOf(dayIndexOf(filter.to.toMSecsSinceEpoch() - 1, filter.utcOffsetSeconds)), out.granularity);
    if (!first.isValid() || !last.isValid() || last < first)
        return out;

    QStringList counts;
    for (std::size_t i = 0; i < columns.size(); ++i)
        counts << QStringLiteral("(SELECT count(*) FROM %2 WHERE %1 IS NOT NULL AND %1 >= ? AND %1 < ? AND %3)")
                      .arg(columns[i], tables[i], campaign);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT ") + counts.join(QStringLiteral(", "))))
        return *s;
    const int step = out.granularity == RatesOverTime::Granularity::Day ? 1 : 7;
    const QDate epoch(1970, 1, 1);
    for (QDate d = first; d <= last; d = d.addDays(step)) {
        // The bucket's local days in UTC milliseconds, clipped to the range.
        qint64 lo = epoch.daysTo(d) * kDayMs - offsetMs;
        qint64 hi = lo + step * kDayMs;
        lo = std::max(lo, fromMs(filter));
        hi = std::min(hi, toMs(filter));
        RateBucket b;
        b.start = d;
        b.label = bucketLabel(d, out.granularity);
        if (lo < hi) {
            for (int i = 0; i < 3; ++i) {
                q.bindValue(2 * i, lo);
                q.bindValue(2 * i + 1, hi);
            }
            if (Status s = sql::exec(q, QStringLiteral("reading reply and interest rates")))
                return *s;
            if (q.next()) {
                b.contacted = q.value(0).toLongLong();
                b.replied = q.value(1).toLongLong();
                b.interested = q.value(2).toLongLong();
            }
            q.finish();
        }
        out.buckets << b;
    }
    return out;
}

Result<ActivityBreakdown> Analytics::activity(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    // Whole UTC days of the range come from activity_daily (kept by triggers, AnalyticsSchema.cpp);
    // the partial days at its ends from the activities themselves, one index seek per author and
    // kind seen on that day (activities_by_author_kind has no leading time column to range over).
    const bool fromOpen = !filter.from.isValid();
    const bool toOpen = !filter.to.isValid();
    const qint64 fromDay = fromOpen ? std::numeric_limits<qint64>::min() : ceilDiv(fromMs(filter), kAnalyticsDayMs);
    const qint64 toDay = toOpen ? std::numeric_limits<qint64>::max() : floorDiv(toMs(filter), kAnalyticsDayMs);
    struct Slice
    {
        qint64 from;
        qint64 to;
    };
    QList<Slice> raw; // [from, to) read from activities
    if (fromDay < toDay) {
        if (!fromOpen && fromMs(filter) < fromDay * kAnalyticsDayMs)
            raw << Slice{fromMs(filter), fromDay * kAnalyticsDayMs};
        if (!toOpen && toDay * kAnalyticsDayMs < toMs(filter))
            raw << Slice{toDay * kAnalyticsDayMs, toMs(filter)};
    } else if (fromMs(filter) < toMs(filter)) {
        raw << Slice{fromMs(filter), toMs(filter)};
    }

    ActivityBreakdown out;
    QMap<QString, RecruiterActivity> byAuthor;
    auto add = [&](const QString &author, int kind, qint64 n) {
        if (kind < 0 || kind >= ActivityKindCount || n == 0)
            return;
        RecruiterActivity &r = byAuthor[author];
        r.author = author;
        r.byKind[std::size_t(kind)] += n;
        r.total += n;
        out.byKind[std::size_t(kind)] += n;
        out.total += n;
    };
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    // Every query below answers (author, kind, count) rows.
    const auto readCounts = [&](const QString &sqlText) -> Status {
        if (Status s = sql::prepare(q, sqlText))
            return s;
        if (Status s = sql::exec(q, QStringLiteral("reading activity per recruiter")))
            return s;
        while (q.next())
            add(q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong());
        q.finish();
        return std::nullopt;
    };
    const QString campaign =
        QStringLiteral("campaign_id = %1").arg(filter.campaignId > 0 ? filter.campaignId : qint64(kActivityDailyAllCampaigns));
    if (fromDay < toDay) {
        QStringList days;
        if (!fromOpen)
            days << QStringLiteral("day >= %1").arg(fromDay);
        if (!toOpen)
            days << QStringLiteral("day < %1").arg(toDay);
        days << campaign;
        if (Status s = readCounts(QStringLiteral("SELECT author, kind, sum(n) FROM activity_daily WHERE %1 "
                                                 "GROUP BY author, kind")
                                      .arg(days.join(QStringLiteral(" AND ")))))
            return *s;
    }
    for (const Slice &slice : std::as_const(raw)) {
        const QString sqlText =
            QStringLiteral("SELECT p.author, p.kind, (SELECT count(*) FROM %7 "
                           "  WHERE a.author = p.author AND a.kind = p.kind AND a.occurred_at >= %1 AND a.occurred_at < %2 "
                           "  AND %5) "
                           "FROM (SELECT DISTINCT author, kind FROM activity_daily WHERE day >= %3 AND day <= %4 AND %6) p")
                .arg(slice.from)
                .arg(slice.to)
                .arg(floorDiv(slice.from, kAnalyticsDayMs))
                .arg(floorDiv(slice.to - 1, kAnalyticsDayMs))
                .arg(filter.campaignId > 0 ? QStringLiteral("a.campaign_id = %1").arg(filter.campaignId) : QStringLiteral("true"),
                     campaign,
                     through(sql::dialectOf(m_workspace.connection()), QStringLiteral("activities a"),
                             QStringLiteral("activities_by_author_kind")));
        if (Status s = readCounts(sqlText))
            return *s;
    }
    out.byRecruiter = byAuthor.values();
    std::stable_sort(out.byRecruiter.begin(), out.byRecruiter.end(),
                     [](const RecruiterActivity &a, const RecruiterActivity &b) { return a.total > b.total; });
    return out;
}

Result<ReplyTimeStats> Analytics::timeToFirstReply(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    // Each member's first outreach in a campaign and the time to the first reply at or after it
    // are kept in member_milestones by triggers (AnalyticsSchema.cpp). Counts and the histogram
    // are range counts; a percentile is the k-th reply time, read by walking milestones_reply in
    // order (no sort of every reply time).
    const QString members = QStringLiteral("%1 AND %2").arg(campaignCond(filter, QStringLiteral("x")),
                                                             rangeCond(filter, QStringLiteral("x.outreach_at")));
    const QString replies = QStringLiteral("FROM %2 WHERE x.reply_ms IS NOT NULL AND %1")
                                .arg(members, through(sql::dialectOf(m_workspace.connection()), QStringLiteral("member_milestones x"),
                                                      QStringLiteral("milestones_reply")));
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(
            q, QStringLiteral("SELECT (SELECT count(*) FROM member_milestones x WHERE x.outreach_at IS NOT NULL AND %1), "
                              "count(*), count(CASE WHEN x.reply_ms < %3 THEN 1 END), "
                              "count(CASE WHEN x.reply_ms >= %3 AND x.reply_ms < %4 THEN 1 END), "
                              "count(CASE WHEN x.reply_ms >= %4 AND x.reply_ms < %5 THEN 1 END) %2")
                   .arg(members, replies)
                   .arg(kDayMs)
                   .arg(3 * kDayMs)
                   .arg(7 * kDayMs)))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the time to first reply")))
        return *s;
    ReplyTimeStats out;
    if (q.next()) {
        out.outreached = q.value(0).toLongLong();
        out.replied = q.value(1).toLongLong();
        out.histogram[0] = q.value(2).toLongLong();
        out.histogram[1] = q.value(3).toLongLong();
        out.histogram[2] = q.value(4).toLongLong();
        out.histogram[3] = out.replied - out.histogram[0] - out.histogram[1] - out.histogram[2];
    }
    q.finish();
    if (out.replied == 0)
        return out;
    // As percentile() over the sorted hours, reading only the two closest ranks.
    auto at = [&](double p) -> Result<double> {
        const double pos = std::clamp(p, 0.0, 1.0) * double(out.replied - 1);
        const auto lo = qint64(std::floor(pos));
        const auto hi = std::min(lo + 1, out.replied - 1);
        if (Status s = sql::prepare(q, QStringLiteral("SELECT x.reply_ms %1 ORDER BY x.reply_ms LIMIT %2 OFFSET %3")
                                           .arg(replies)
                                           .arg(hi - lo + 1)
                                           .arg(lo)))
            return *s;
        if (Status s = sql::exec(q, QStringLiteral("reading the time to first reply")))
            return *s;
        QList<double> hours;
        while (q.next())
            hours << double(q.value(0).toLongLong()) / double(kHourMs);
        q.finish();
        if (hours.isEmpty())
            return 0.0;
        const double low = hours.constFirst();
        const double high = hours.constLast();
        return low + (high - low) * (pos - double(lo));
    };
    auto median = at(0.5);
    if (!median.ok())
        return median.error();
    auto p90 = at(0.9);
    if (!p90.ok())
        return p90.error();
    out.medianHours = *median;
    out.p90Hours = *p90;
    return out;
}

Result<StageDistribution> Analytics::stageDistribution(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    // Each application once, when its candidate is linked and a member of the cohort through a
    // campaign on that job (or on no job). The members come from milestones_by_candidate, which
    // covers the campaign and added_at (campaign_members would need a row lookup for added_at).
    // Ties in SQLite's (binary) text order: PostgreSQL's default collation depends on the server.
    const sql::Dialect dialect = sql::dialectOf(m_workspace.connection());
    const QString binary = dialect == sql::Dialect::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
    const QString sqlText =
        QStringLiteral("SELECT a.status, a.sub_status, count(*) FROM sr_applications a "
                       "JOIN sr_candidate_links l ON l.candidate_id = a.candidate_id "
                       "WHERE EXISTS(SELECT 1 FROM %3 "
                       "  LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                       "  WHERE m.candidate_id = a.candidate_id AND m.added_at IS NOT NULL AND %1 AND %2 "
                       "  AND (coalesce(j.sr_job_id, '') = '' OR j.sr_job_id = a.sr_job_id)) "
                       "GROUP BY a.status, a.sub_status ORDER BY 3 DESC, a.status%4, a.sub_status%4")
            .arg(campaignCond(filter, QStringLiteral("m")), rangeCond(filter, QStringLiteral("m.added_at")),
                 through(dialect, QStringLiteral("member_milestones m"), QStringLiteral("milestones_by_candidate")), binary);
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, sqlText))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters stages")))
        return *s;
    StageDistribution out;
    while (q.next()) {
        StageCount c{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
        out.total += c.count;
        out.stages << c;
    }
    return out;
}

} // namespace sd
