#pragma once

#include "Error.h"
#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace sd {

class Workspace;

// What the analytics look at. campaignId 0: every campaign. The range is half-open [from, to);
// an invalid end leaves that side open. utcOffsetSeconds places day and week boundaries in the
// recruiter's time zone (0: UTC).
struct AnalyticsFilter
{
    qint64 campaignId = 0;
    QDateTime from;
    QDateTime to;
    int utcOffsetSeconds = 0;
};

// The pipeline funnel of the members added in the range. Counted per member (a candidate in two
// campaigns is two members), so the overall funnel is the sum of the campaigns' funnels. A stage
// counts as reached when the member's status history or current status went at least that far:
// "interested" implies contacted and replied, "not interested" implies replied (it is an
// answer), "bounced" and "unsubscribed" imply contacted. inSmartRecruiters and hired are counted
// on their own (a member can be pushed before replying): the candidate is linked in
// SmartRecruiters; the candidate has a HIRED application on the campaign's job (on any job when
// the campaign has none).
struct FunnelStats
{
    qint64 added = 0;
    qint64 contacted = 0;
    qint64 replied = 0;
    qint64 interested = 0;
    qint64 inSmartRecruiters = 0;
    qint64 hired = 0;

    QString toCsv() const; // stage,count
};

// Contacted / replied / interested per day or ISO week: how many members first reached the stage
// then, from the status history (with the same implications as the funnel). Days when the range
// spans 31 days or fewer, ISO weeks otherwise (and when the range is open). Buckets without
// events inside the covered span are present with zeros, so a chart has no gaps.
struct RateBucket
{
    QDate start;   // the day, or the Monday of the week
    QString label; // 2026-12-02, or 2026-W49
    qint64 contacted = 0;
    qint64 replied = 0;
    qint64 interested = 0;

    double replyRate() const { return contacted > 0 ? double(replied) / double(contacted) : 0.0; }
    double interestRate() const { return contacted > 0 ? double(interested) / double(contacted) : 0.0; }
};

struct RatesOverTime
{
    enum class Granularity { Day, Week };
    Granularity granularity = Granularity::Week;
    QList<RateBucket> buckets; // oldest first

    QString toCsv() const; // period,contacted,replied,interested,reply rate,interest rate
};

// Activities in the range (by occurred_at), per author and kind. An empty author is kept as ''.
struct RecruiterActivity
{
    QString author;
    std::array<qint64, ActivityKindCount> byKind{};
    qint64 total = 0;
};

struct ActivityBreakdown
{
    QList<RecruiterActivity> byRecruiter; // most active first, then by author
    std::array<qint64, ActivityKindCount> byKind{};
    qint64 total = 0;

    QString toCsv() const; // recruiter, one column per kind key, total; a last row of totals
};

// Hours from a member's first outreach in a campaign (email, LinkedIn message or InMail,
// connection request, call) to their first reply in that campaign at or after it. Members whose
// first outreach lies in the range. Buckets are half-open: [0,1d), [1d,3d), [3d,7d), [7d,...).
struct ReplyTimeStats
{
    qint64 outreached = 0; // members with a first outreach in the range
    qint64 replied = 0;    // of those, how many replied
    double medianHours = 0.0; // 0 when nobody replied
    double p90Hours = 0.0;    // linear interpolation between closest ranks
    std::array<qint64, 4> histogram{};

    static QStringList bucketLabels();
    QString toCsv() const; // bucket,count, then the summary rows
};

// Applications pulled back from SmartRecruiters for linked candidates, each counted once when the
// candidate is a member added in the range of a campaign on that job (or of a campaign without a
// job), per status and sub-status.
struct StageCount
{
    QString status;
    QString subStatus;
    qint64 count = 0;
};

struct StageDistribution
{
    QList<StageCount> stages; // largest first, then by status and sub-status
    qint64 total = 0;

    QString toCsv() const; // status,sub-status,count
};

// Read-only pipeline analytics, each one a few set-based queries (no per-row queries), so that
// they stay fast on large workspaces. Call from a worker thread with its own connection.
class Analytics
{
public:
    explicit Analytics(const Workspace &workspace);

    Result<FunnelStats> funnel(const AnalyticsFilter &filter) const;
    Result<RatesOverTime> ratesOverTime(const AnalyticsFilter &filter) const;
    Result<ActivityBreakdown> activity(const AnalyticsFilter &filter) const;
    Result<ReplyTimeStats> timeToFirstReply(const AnalyticsFilter &filter) const;
    Result<StageDistribution> stageDistribution(const AnalyticsFilter &filter) const;

    // The interpolated percentile (0..1) of sorted values; 0 for an empty list.
    static double percentile(const QList<double> &sorted, double p);

private:
    const Workspace &m_workspace;
};

} // namespace sd
