#include "Analytics.h"

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

// How far along the pipeline a status shows a member got: 0 added, 1 contacted, 2 replied,
// 3 interested. "Not interested" is an answer; a bounce or an unsubscribe follows outreach.
QString rankSql(const QString &column)
{
    return QStringLiteral("(CASE %1 WHEN %2 THEN 1 WHEN %3 THEN 2 WHEN %4 THEN 3 WHEN %5 THEN 2 "
                          "WHEN %6 THEN 1 WHEN %7 THEN 1 ELSE 0 END)")
        .arg(column)
        .arg(int(MemberStatus::Contacted))
        .arg(int(MemberStatus::Replied))
        .arg(int(MemberStatus::Interested))
        .arg(int(MemberStatus::NotInterested))
        .arg(int(MemberStatus::Bounced))
        .arg(int(MemberStatus::Unsubscribed));
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
        return QStringLiteral("1");
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
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
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
    // The cohort: members added in the range, each at the furthest stage of its status history
    // and current status (one seek per member on status_history_by_member, which covers it).
    // In SmartRecruiters and hired are counted from the (fewer) linked candidates and HIRED
    // applications: hired is a HIRED application on the campaign's job, or on any job when the
    // campaign has none.
    const QString cohort = QStringLiteral("%1 AND %2").arg(campaignCond(filter, QStringLiteral("m")),
                                                            rangeCond(filter, QStringLiteral("m.added_at")));
    // Rows (rank, members) per rank 0..3, then (-1, in SmartRecruiters) and (-2, hired). Grouping
    // by the rank keeps SQLite from evaluating the history subquery once per stage.
    const QString sqlText =
        QStringLiteral(
            "SELECT r, count(*) FROM (SELECT max(%2, coalesce((SELECT max(%3) FROM member_status_history h "
            "  WHERE h.campaign_id = m.campaign_id AND h.candidate_id = m.candidate_id), 0)) AS r "
            "  FROM campaign_members m WHERE %1) GROUP BY r "
            "UNION ALL SELECT -1, count(*) FROM sr_candidate_links l "
            "  JOIN campaign_members m ON m.candidate_id = l.candidate_id WHERE %1 "
            "UNION ALL SELECT -2, count(*) FROM campaign_members m LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
            "  WHERE %1 AND m.candidate_id IN (SELECT a.candidate_id FROM sr_applications a WHERE a.status = 'HIRED') "
            "  AND EXISTS(SELECT 1 FROM sr_applications a WHERE a.candidate_id = m.candidate_id AND a.status = 'HIRED' "
            "    AND (coalesce(j.sr_job_id, '') = '' OR a.sr_job_id = j.sr_job_id))")
            .arg(cohort, rankSql(QStringLiteral("m.status")), rankSql(QStringLiteral("h.status")));
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, sqlText))
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
    // When each member first reached each stage, from the status history (read in the order of
    // status_history_by_member, which covers it); then counted per local day.
    const qint64 offsetMs = qint64(filter.utcOffsetSeconds) * 1000;
    auto inRange = [&filter](const QString &col) {
        return QStringLiteral("%1 IS NOT NULL AND %2").arg(col, rangeCond(filter, col));
    };
    const QString sqlText =
        QStringLiteral("WITH firsts AS (SELECT min(CASE WHEN %1 >= 1 THEN h.changed_at END) AS c, "
                       "  min(CASE WHEN %1 >= 2 THEN h.changed_at END) AS p, "
                       "  min(CASE WHEN %1 >= 3 THEN h.changed_at END) AS i "
                       "  FROM member_status_history h WHERE %2 GROUP BY h.campaign_id, h.candidate_id) "
                       "SELECT d, sum(k = 1), sum(k = 2), sum(k = 3) FROM ("
                       "  SELECT (c + %6) / %7 AS d, 1 AS k FROM firsts WHERE %3 "
                       "  UNION ALL SELECT (p + %6) / %7, 2 FROM firsts WHERE %4 "
                       "  UNION ALL SELECT (i + %6) / %7, 3 FROM firsts WHERE %5) "
                       "GROUP BY d ORDER BY d")
            .arg(rankSql(QStringLiteral("h.status")), campaignCond(filter, QStringLiteral("h")),
                 inRange(QStringLiteral("c")), inRange(QStringLiteral("p")), inRange(QStringLiteral("i")),
                 QString::number(offsetMs), QString::number(kDayMs));
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, sqlText))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading reply and interest rates")))
        return *s;
    QMap<QDate, RateBucket> byStart;
    while (q.next()) {
        const QDate start = bucketStart(dayOf(q.value(0).toLongLong()), out.granularity);
        RateBucket &b = byStart[start];
        b.contacted += q.value(1).toLongLong();
        b.replied += q.value(2).toLongLong();
        b.interested += q.value(3).toLongLong();
    }
    // The covered span: the range where given, else the first to the last bucket with data.
    QDate first = byStart.isEmpty() ? QDate() : byStart.firstKey();
    QDate last = byStart.isEmpty() ? QDate() : byStart.lastKey();
    if (filter.from.isValid())
        first = bucketStart(dayOf(dayIndexOf(filter.from.toMSecsSinceEpoch(), filter.utcOffsetSeconds)), out.granularity);
    if (filter.to.isValid() && filter.to > filter.from)
        last = bucketStart(dayOf(dayIndexOf(filter.to.toMSecsSinceEpoch() - 1, filter.utcOffsetSeconds)), out.granularity);
    if (!first.isValid() || !last.isValid() || last < first)
        return out;
    const int step = out.granularity == RatesOverTime::Granularity::Day ? 1 : 7;
    for (QDate d = first; d <= last; d = d.addDays(step)) {
        RateBucket b = byStart.value(d);
        b.start = d;
        b.label = bucketLabel(d, out.granularity);
        out.buckets << b;
    }
    return out;
}

Result<ActivityBreakdown> Analytics::activity(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT a.author, a.kind, count(*) FROM activities a WHERE %1 AND %2 "
                                                  "GROUP BY a.author, a.kind")
                                       .arg(campaignCond(filter, QStringLiteral("a")),
                                            rangeCond(filter, QStringLiteral("a.occurred_at")))))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading activity per recruiter")))
        return *s;
    ActivityBreakdown out;
    QMap<QString, RecruiterActivity> byAuthor;
    while (q.next()) {
        const int kind = q.value(1).toInt();
        if (kind < 0 || kind >= ActivityKindCount)
            continue;
        const QString author = q.value(0).toString();
        const qint64 n = q.value(2).toLongLong();
        RecruiterActivity &r = byAuthor[author];
        r.author = author;
        r.byKind[std::size_t(kind)] += n;
        r.total += n;
        out.byKind[std::size_t(kind)] += n;
        out.total += n;
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
    const QString outreach = QStringLiteral("%1, %2, %3, %4, %5")
                                 .arg(int(ActivityKind::EmailSent))
                                 .arg(int(ActivityKind::LinkedInMessage))
                                 .arg(int(ActivityKind::LinkedInInMail))
                                 .arg(int(ActivityKind::ConnectionRequest))
                                 .arg(int(ActivityKind::Call));
    const QString sqlText =
        QStringLiteral("WITH o AS (SELECT a.campaign_id, a.candidate_id, min(a.occurred_at) AS t0 FROM activities a "
                       "  WHERE a.campaign_id IS NOT NULL AND %1 AND a.kind IN (%2) GROUP BY a.campaign_id, a.candidate_id) "
                       "SELECT 0 AS k, count(*) AS d FROM o WHERE %4 "
                       "UNION ALL SELECT 1, d FROM (SELECT (SELECT min(r.occurred_at) FROM activities r "
                       "  WHERE r.candidate_id = o.candidate_id AND r.campaign_id = o.campaign_id AND r.kind = %3 "
                       "  AND r.occurred_at >= o.t0) - o.t0 AS d FROM o WHERE %4) WHERE d IS NOT NULL "
                       "ORDER BY k, d")
            .arg(campaignCond(filter, QStringLiteral("a")), outreach, QString::number(int(ActivityKind::EmailReply)),
                 rangeCond(filter, QStringLiteral("o.t0")));
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, sqlText))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the time to first reply")))
        return *s;
    ReplyTimeStats out;
    QList<double> hours;
    static constexpr std::array<qint64, 3> upper{kDayMs, 3 * kDayMs, 7 * kDayMs};
    // First the number of members reached out to, then the durations of those who replied, in order.
    while (q.next()) {
        if (q.value(0).toInt() == 0) {
            out.outreached = q.value(1).toLongLong();
            continue;
        }
        const qint64 ms = q.value(1).toLongLong();
        hours << double(ms) / double(kHourMs);
        std::size_t bucket = 0;
        while (bucket < upper.size() && ms >= upper[bucket])
            ++bucket;
        ++out.histogram[bucket];
    }
    out.replied = hours.size();
    out.medianHours = percentile(hours, 0.5);
    out.p90Hours = percentile(hours, 0.9);
    return out;
}

Result<StageDistribution> Analytics::stageDistribution(const AnalyticsFilter &filter) const
{
    if (Status s = checkFilter(filter))
        return *s;
    // Each application once, when its candidate is linked and a member of the cohort through a
    // campaign on that job (or on no job).
    const QString sqlText =
        QStringLiteral("SELECT a.status, a.sub_status, count(*) FROM sr_applications a "
                       "JOIN sr_candidate_links l ON l.candidate_id = a.candidate_id "
                       "WHERE EXISTS(SELECT 1 FROM campaign_members m LEFT JOIN campaign_sr_jobs j "
                       "  ON j.campaign_id = m.campaign_id WHERE m.candidate_id = a.candidate_id AND %1 AND %2 "
                       "  AND (coalesce(j.sr_job_id, '') = '' OR j.sr_job_id = a.sr_job_id)) "
                       "GROUP BY a.status, a.sub_status ORDER BY 3 DESC, 1, 2")
            .arg(campaignCond(filter, QStringLiteral("m")), rangeCond(filter, QStringLiteral("m.added_at")));
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
