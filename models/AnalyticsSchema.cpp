#include "AnalyticsSchema.h"

#include "Types.h"

namespace sd {

namespace {

// Whether a member's row is there already (the refreshes below create one only when there is
// something to keep).
QString rowExistsSql(const QString &c, const QString &k)
{
    return QStringLiteral("EXISTS(SELECT 1 FROM member_milestones x WHERE x.campaign_id = %1 AND x.candidate_id = %2)").arg(c, k);
}

// The statement that recomputes one member's status milestones from campaign_members and
// member_status_history (a few index seeks): in the cohort or not (added_at), the furthest stage
// of its current status and history, and when the history first reached each stage. `c` and `k`
// are the campaign and candidate ids (NEW.x or OLD.x in a trigger). An unchanged row is not
// rewritten, so its indexes are not touched.
QString refreshStatusSql(const QString &c, const QString &k)
{
    const QString h = analyticsStageRankSql(QStringLiteral("status"));
    return QStringLiteral(
               "INSERT INTO member_milestones(campaign_id, candidate_id, added_at, stage_rank, contacted_at, "
               "replied_at, interested_at) "
               "SELECT %1, %2, m.added_at, CASE WHEN m.added_at IS NULL THEN NULL "
               "  ELSE max(%4, coalesce(h.r, 0)) END, h.c1, h.c2, h.c3 "
               "FROM (SELECT max(%3) AS r, min(CASE WHEN %3 >= 1 THEN changed_at END) AS c1, "
               "  min(CASE WHEN %3 >= 2 THEN changed_at END) AS c2, min(CASE WHEN %3 >= 3 THEN changed_at END) AS c3 "
               "  FROM member_status_history WHERE campaign_id = %1 AND candidate_id = %2) h "
               "LEFT JOIN campaign_members m ON m.campaign_id = %1 AND m.candidate_id = %2 "
               "WHERE %1 IS NOT NULL AND (m.added_at IS NOT NULL OR h.c1 IS NOT NULL OR %5) "
               "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET added_at = excluded.added_at, "
               "stage_rank = excluded.stage_rank, contacted_at = excluded.contacted_at, "
               "replied_at = excluded.replied_at, interested_at = excluded.interested_at "
               "WHERE added_at IS NOT excluded.added_at OR stage_rank IS NOT excluded.stage_rank "
               "OR contacted_at IS NOT excluded.contacted_at OR replied_at IS NOT excluded.replied_at "
               "OR interested_at IS NOT excluded.interested_at;")
        .arg(c, k, h, analyticsStageRankSql(QStringLiteral("m.status")), rowExistsSql(c, k));
}

// Recomputes one member's first outreach in the campaign and the time to the first reply at or
// after it (index seeks on activities_by_member_kind).
QString refreshOutreachSql(const QString &c, const QString &k)
{
    return QStringLiteral(
               "INSERT INTO member_milestones(campaign_id, candidate_id, outreach_at, reply_ms) "
               "SELECT %1, %2, o.t0, (SELECT min(r.occurred_at) FROM activities r WHERE r.campaign_id = %1 "
               "  AND r.candidate_id = %2 AND r.kind = %4 AND r.occurred_at >= o.t0) - o.t0 "
               "FROM (SELECT min(a.occurred_at) AS t0 FROM activities a WHERE a.campaign_id = %1 "
               "  AND a.candidate_id = %2 AND a.kind IN (%3)) o "
               "WHERE %1 IS NOT NULL AND (o.t0 IS NOT NULL OR %5) "
               "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET outreach_at = excluded.outreach_at, "
               "reply_ms = excluded.reply_ms "
               "WHERE outreach_at IS NOT excluded.outreach_at OR reply_ms IS NOT excluded.reply_ms;")
        .arg(c, k, analyticsOutreachKindsSql())
        .arg(int(ActivityKind::EmailReply))
        .arg(rowExistsSql(c, k));
}

// Drops a member's row once nothing is left in it (removed, no history, no outreach). Only a
// delete or an update can empty a row.
QString cleanupSql(const QString &c, const QString &k)
{
    return QStringLiteral("DELETE FROM member_milestones WHERE campaign_id = %1 AND candidate_id = %2 "
                          "AND added_at IS NULL AND contacted_at IS NULL AND replied_at IS NULL "
                          "AND interested_at IS NULL AND outreach_at IS NULL;")
        .arg(c, k);
}

enum class Cleanup { No, Yes };

QString refreshStatus(const QString &row, Cleanup cleanup)
{
    const QString c = row + QStringLiteral(".campaign_id"), k = row + QStringLiteral(".candidate_id");
    return refreshStatusSql(c, k) + (cleanup == Cleanup::Yes ? cleanupSql(c, k) : QString());
}

QString refreshOutreach(const QString &row, Cleanup cleanup)
{
    const QString c = row + QStringLiteral(".campaign_id"), k = row + QStringLiteral(".candidate_id");
    return refreshOutreachSql(c, k) + (cleanup == Cleanup::Yes ? cleanupSql(c, k) : QString());
}

// An update that moves a row to another member (never done by the app, but possible by hand).
const QString kSameMember = QStringLiteral("OLD.campaign_id IS NEW.campaign_id AND OLD.candidate_id IS NEW.candidate_id");

// Each activity counts in its campaign's rows (0: none) and in the all-campaigns rows.
QString countActivity(const QString &row)
{
    QString out;
    for (const QString &campaign : {QStringLiteral("coalesce(%1.campaign_id, 0)").arg(row), QString::number(kActivityDailyAllCampaigns)})
        out += QStringLiteral("INSERT INTO activity_daily(campaign_id, day, author, kind, n) "
                              "VALUES (%1, %2, %3.author, %3.kind, 1) "
                              "ON CONFLICT(campaign_id, day, author, kind) DO UPDATE SET n = n + 1;")
                   .arg(campaign, analyticsDaySql(row + QStringLiteral(".occurred_at")), row);
    return out;
}

QString uncountActivity(const QString &row)
{
    QString out;
    for (const QString &campaign : {QStringLiteral("coalesce(%1.campaign_id, 0)").arg(row), QString::number(kActivityDailyAllCampaigns)}) {
        const QString key = QStringLiteral("campaign_id = %1 AND day = %2 AND author = %3.author AND kind = %3.kind")
                                .arg(campaign, analyticsDaySql(row + QStringLiteral(".occurred_at")), row);
        out += QStringLiteral("UPDATE activity_daily SET n = n - 1 WHERE %1; DELETE FROM activity_daily WHERE %1 AND n <= 0;")
                   .arg(key);
    }
    return out;
}

// Whether an activity row can move a member's outreach milestones.
QString feedsOutreach(const QString &row)
{
    return QStringLiteral("%1.campaign_id IS NOT NULL AND %1.kind IN (%2, %3)")
        .arg(row, analyticsOutreachKindsSql())
        .arg(int(ActivityKind::EmailReply));
}

} // namespace

QString analyticsStageRankSql(const QString &statusColumn)
{
    return QStringLiteral("(CASE %1 WHEN %2 THEN 1 WHEN %3 THEN 2 WHEN %4 THEN 3 WHEN %5 THEN 2 "
                          "WHEN %6 THEN 1 WHEN %7 THEN 1 ELSE 0 END)")
        .arg(statusColumn)
        .arg(int(MemberStatus::Contacted))
        .arg(int(MemberStatus::Replied))
        .arg(int(MemberStatus::Interested))
        .arg(int(MemberStatus::NotInterested))
        .arg(int(MemberStatus::Bounced))
        .arg(int(MemberStatus::Unsubscribed));
}

QString analyticsDaySql(const QString &msColumn)
{
    return QStringLiteral("(CASE WHEN %1 >= 0 THEN %1 / %2 ELSE (%1 + 1) / %2 - 1 END)").arg(msColumn).arg(kAnalyticsDayMs);
}

QString analyticsOutreachKindsSql()
{
    return QStringLiteral("%1, %2, %3, %4, %5")
        .arg(int(ActivityKind::EmailSent))
        .arg(int(ActivityKind::LinkedInMessage))
        .arg(int(ActivityKind::LinkedInInMail))
        .arg(int(ActivityKind::ConnectionRequest))
        .arg(int(ActivityKind::Call));
}

// v7: rollups for the pipeline analytics. Measured on 1,000,000 candidates, 1,335,000 members,
// 2,900,000 status changes and 5,000,000 activities (tests/bench/analytics, 2-core VM): the
// slowest call went from 2.9 s (rates over time, all campaigns) to under 130 ms of CPU; every call,
// all campaigns or one, all time or 90 days, is under 200 ms. The price: a logged activity costs
// ~38 us instead of ~6, a status change with its history row ~68 us instead of ~9, and upgrading
// such a workspace takes ~50 s (backfill and indexes).
//
// member_milestones: one row per (campaign, candidate) with anything to count: added_at and the
// funnel stage while a member (NULL after removal), when the status history first reached
// contacted / replied / interested (kept after removal, as the rates always counted it), the
// first outreach in the campaign and the milliseconds to the first reply at or after it.
// activity_daily: activities per campaign (0: none; -1: all of them), UTC day, author and kind.
//
// Both are kept exact by triggers on campaign_members, member_status_history and activities, so
// every write path (repositories, bulk imports through ImportWriter, foreign-key cascades and
// SET NULLs, hand edits) updates them in the same statement. A member's milestones are recomputed
// from its own rows at each change (a few index seeks) rather than adjusted, so deletions and
// edits need no special cases. The triggers, UPSERT and the CASE day arithmetic are SQLite
// dialect: PostgreSQL team workspaces (issue 9) need their own trigger functions or a different
// maintenance path.
QStringList analyticsRollupsSchema()
{
    const QString rank = analyticsStageRankSql(QStringLiteral("h.status"));
    QStringList out{
        QStringLiteral(R"(CREATE TABLE member_milestones(
            campaign_id INTEGER NOT NULL,
            candidate_id INTEGER NOT NULL,
            added_at INTEGER,
            stage_rank INTEGER,
            contacted_at INTEGER,
            replied_at INTEGER,
            interested_at INTEGER,
            outreach_at INTEGER,
            reply_ms INTEGER,
            PRIMARY KEY(campaign_id, candidate_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE activity_daily(
            campaign_id INTEGER NOT NULL,
            day INTEGER NOT NULL,
            author TEXT NOT NULL,
            kind INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY(campaign_id, day, author, kind)) WITHOUT ROWID)"),
        // Backfill, set-based: members, then their history, then their outreach.
        QStringLiteral("INSERT INTO member_milestones(campaign_id, candidate_id, added_at, stage_rank) "
                       "SELECT campaign_id, candidate_id, added_at, %1 FROM campaign_members")
            .arg(analyticsStageRankSql(QStringLiteral("status"))),
        QStringLiteral("INSERT INTO member_milestones(campaign_id, candidate_id, stage_rank, contacted_at, replied_at, "
                       "interested_at) SELECT h.campaign_id, h.candidate_id, max(%1), "
                       "min(CASE WHEN %1 >= 1 THEN h.changed_at END), min(CASE WHEN %1 >= 2 THEN h.changed_at END), "
                       "min(CASE WHEN %1 >= 3 THEN h.changed_at END) FROM member_status_history h WHERE true "
                       "GROUP BY h.campaign_id, h.candidate_id "
                       "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET "
                       "stage_rank = max(stage_rank, excluded.stage_rank), contacted_at = excluded.contacted_at, "
                       "replied_at = excluded.replied_at, interested_at = excluded.interested_at")
            .arg(rank),
        QStringLiteral("INSERT INTO member_milestones(campaign_id, candidate_id, outreach_at, reply_ms) "
                       "SELECT o.campaign_id, o.candidate_id, o.t0, (SELECT min(r.occurred_at) FROM activities r "
                       "  WHERE r.campaign_id = o.campaign_id AND r.candidate_id = o.candidate_id AND r.kind = %2 "
                       "  AND r.occurred_at >= o.t0) - o.t0 "
                       "FROM (SELECT campaign_id, candidate_id, min(occurred_at) AS t0 FROM activities "
                       "  WHERE campaign_id IS NOT NULL AND kind IN (%1) GROUP BY campaign_id, candidate_id) o WHERE true "
                       "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET outreach_at = excluded.outreach_at, "
                       "reply_ms = excluded.reply_ms")
            .arg(analyticsOutreachKindsSql())
            .arg(int(ActivityKind::EmailReply)),
        // Rows from the history of removed members are not in the cohort.
        QStringLiteral("UPDATE member_milestones SET stage_rank = NULL WHERE added_at IS NULL"),
        QStringLiteral("DELETE FROM member_milestones WHERE added_at IS NULL AND contacted_at IS NULL "
                       "AND replied_at IS NULL AND interested_at IS NULL AND outreach_at IS NULL"),
        QStringLiteral("INSERT INTO activity_daily(campaign_id, day, author, kind, n) "
                       "SELECT coalesce(campaign_id, 0), %1, author, kind, count(*) FROM activities "
                       "GROUP BY 1, 2, 3, 4")
            .arg(analyticsDaySql(QStringLiteral("occurred_at"))),
        QStringLiteral("INSERT INTO activity_daily(campaign_id, day, author, kind, n) "
                       "SELECT %1, day, author, kind, sum(n) FROM activity_daily GROUP BY day, author, kind")
            .arg(kActivityDailyAllCampaigns),
        // The funnel counts a stage's members added in a range (one campaign: a seek on all three);
        // the rates and the reply times count members by when they reached a stage.
        QStringLiteral("CREATE INDEX milestones_funnel ON member_milestones(stage_rank, campaign_id, added_at) "
                       "WHERE stage_rank IS NOT NULL"),
        QStringLiteral("CREATE INDEX milestones_contacted ON member_milestones(contacted_at, campaign_id) "
                       "WHERE contacted_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX milestones_replied ON member_milestones(replied_at, campaign_id) "
                       "WHERE replied_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX milestones_interested ON member_milestones(interested_at, campaign_id) "
                       "WHERE interested_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX milestones_outreach ON member_milestones(outreach_at, campaign_id) "
                       "WHERE outreach_at IS NOT NULL"),
        // Walked in order of the reply time, so a percentile is the k-th entry, not a sort.
        QStringLiteral("CREATE INDEX milestones_reply ON member_milestones(reply_ms, outreach_at, campaign_id) "
                       "WHERE reply_ms IS NOT NULL"),
        // Members of a candidate, for counting the linked ones and their applications.
        QStringLiteral("CREATE INDEX milestones_by_candidate ON member_milestones(candidate_id, campaign_id, added_at) "
                       "WHERE added_at IS NOT NULL"),
    };
    auto trigger = [](const QString &name, const QString &when, const QString &body) {
        return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END").arg(name, when, body);
    };
    const QString NEW = QStringLiteral("NEW"), OLD = QStringLiteral("OLD");
    const QString moved = QStringLiteral("NOT (%1)").arg(kSameMember);
    // Inserts only add to a member's values; deletes and updates may empty the row (cleanup).
    out << trigger(QStringLiteral("analytics_members_insert"), QStringLiteral("AFTER INSERT ON campaign_members"),
                   refreshStatus(NEW, Cleanup::No))
        << trigger(QStringLiteral("analytics_members_delete"), QStringLiteral("AFTER DELETE ON campaign_members"),
                   refreshStatus(OLD, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_members_update"),
                   QStringLiteral("AFTER UPDATE OF status, added_at ON campaign_members WHEN %1").arg(kSameMember),
                   refreshStatus(NEW, Cleanup::No))
        << trigger(QStringLiteral("analytics_members_move"),
                   QStringLiteral("AFTER UPDATE OF campaign_id, candidate_id ON campaign_members WHEN %1").arg(moved),
                   refreshStatus(OLD, Cleanup::Yes) + refreshStatus(NEW, Cleanup::No))
        << trigger(QStringLiteral("analytics_history_insert"), QStringLiteral("AFTER INSERT ON member_status_history"),
                   refreshStatus(NEW, Cleanup::No))
        << trigger(QStringLiteral("analytics_history_delete"), QStringLiteral("AFTER DELETE ON member_status_history"),
                   refreshStatus(OLD, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_history_update"),
                   QStringLiteral("AFTER UPDATE OF status, changed_at ON member_status_history WHEN %1").arg(kSameMember),
                   refreshStatus(NEW, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_history_move"),
                   QStringLiteral("AFTER UPDATE OF campaign_id, candidate_id ON member_status_history WHEN %1").arg(moved),
                   refreshStatus(OLD, Cleanup::Yes) + refreshStatus(NEW, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_activities_insert"), QStringLiteral("AFTER INSERT ON activities"),
                   countActivity(NEW))
        << trigger(QStringLiteral("analytics_activities_delete"), QStringLiteral("AFTER DELETE ON activities"),
                   uncountActivity(OLD))
        << trigger(QStringLiteral("analytics_activities_update"),
                   QStringLiteral("AFTER UPDATE OF campaign_id, kind, occurred_at, author ON activities"),
                   uncountActivity(OLD) + countActivity(NEW))
        << trigger(QStringLiteral("analytics_outreach_insert"),
                   QStringLiteral("AFTER INSERT ON activities WHEN %1").arg(feedsOutreach(NEW)),
                   refreshOutreach(NEW, Cleanup::No))
        << trigger(QStringLiteral("analytics_outreach_delete"),
                   QStringLiteral("AFTER DELETE ON activities WHEN %1").arg(feedsOutreach(OLD)),
                   refreshOutreach(OLD, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_outreach_update"),
                   QStringLiteral("AFTER UPDATE OF campaign_id, candidate_id, kind, occurred_at ON activities "
                                  "WHEN %1 AND ((%2) OR (%3))")
                       .arg(kSameMember, feedsOutreach(OLD), feedsOutreach(NEW)),
                   refreshOutreach(NEW, Cleanup::Yes))
        << trigger(QStringLiteral("analytics_outreach_move"),
                   QStringLiteral("AFTER UPDATE OF campaign_id, candidate_id ON activities WHEN %1 AND ((%2) OR (%3))")
                       .arg(moved, feedsOutreach(OLD), feedsOutreach(NEW)),
                   refreshOutreach(OLD, Cleanup::Yes) + refreshOutreach(NEW, Cleanup::Yes));
    return out;
}

} // namespace sd
