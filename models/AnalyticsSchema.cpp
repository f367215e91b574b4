#include "AnalyticsSchema.h"

#include "SqlDialect.h"
#include "Types.h"

namespace sd {

namespace {

using sql::Dialect;

// The few words these statements spell differently in PostgreSQL: IS / IS NOT on values that may
// be NULL, the two-argument max(), and, in an upsert's DO UPDATE, the existing row's columns
// (PostgreSQL refuses a bare column name there as ambiguous with excluded's).
QString isSame(Dialect d) { return d == Dialect::Postgres ? QStringLiteral("IS NOT DISTINCT FROM") : QStringLiteral("IS"); }
QString isNot(Dialect d) { return d == Dialect::Postgres ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT"); }
QString existing(Dialect d, const QString &table) { return d == Dialect::Postgres ? table + u'.' : QString(); }

// PostgreSQL only: the member's milestones are recomputed from the rows this transaction sees, so
// two transactions writing the same member at once (two recruiters, or an activity and a status
// change) could each miss the other's row and the later upsert would undo the earlier's. So the
// refresh first locks the member's row, creating an empty one when there is none (DO UPDATE ...
// WHERE false locks a row without writing it; a concurrent insert of the same key waits on the
// unique index): the second transaction waits there until the first commits, and in READ
// COMMITTED each later statement of the trigger function takes a fresh snapshot that includes the
// first one's rows. An empty row is dropped by the cleanup before commit, so nobody sees it.
// (Under REPEATABLE READ the second fails with a serialization error instead: an error, never a
// wrong count.) A row lock rather than an advisory lock: a bulk import or status change of
// thousands of members would hold one advisory lock each and can exhaust the server's lock table
// (max_locks_per_transaction); row locks live in the rows. SQLite has one writer at a time.
QString lockMember(Dialect d, const QString &c, const QString &k)
{
    if (d != Dialect::Postgres)
        return {};
    return QStringLiteral("INSERT INTO member_milestones(campaign_id, candidate_id) SELECT %1, %2 WHERE %1 IS NOT NULL "
                          "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET campaign_id = excluded.campaign_id WHERE false;")
        .arg(c, k);
}

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
QString refreshStatusSql(Dialect d, const QString &c, const QString &k)
{
    const QString h = analyticsStageRankSql(QStringLiteral("status"));
    const QString x = existing(d, QStringLiteral("member_milestones"));
    return QStringLiteral(
               "INSERT INTO member_milestones(campaign_id, candidate_id, added_at, stage_rank, contacted_at, "
               "replied_at, interested_at) "
               "SELECT %1, %2, m.added_at, CASE WHEN m.added_at IS NULL THEN NULL "
               "  ELSE %4 END, h.c1, h.c2, h.c3 "
               "FROM (SELECT max(%3) AS r, min(CASE WHEN %3 >= 1 THEN changed_at END) AS c1, "
               "  min(CASE WHEN %3 >= 2 THEN changed_at END) AS c2, min(CASE WHEN %3 >= 3 THEN changed_at END) AS c3 "
               "  FROM member_status_history WHERE campaign_id = %1 AND candidate_id = %2) h "
               "LEFT JOIN campaign_members m ON m.campaign_id = %1 AND m.candidate_id = %2 "
               "WHERE %1 IS NOT NULL AND (m.added_at IS NOT NULL OR h.c1 IS NOT NULL OR %5) "
               "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET added_at = excluded.added_at, "
               "stage_rank = excluded.stage_rank, contacted_at = excluded.contacted_at, "
               "replied_at = excluded.replied_at, interested_at = excluded.interested_at "
               "WHERE %6added_at %7 excluded.added_at OR %6stage_rank %7 excluded.stage_rank "
               "OR %6contacted_at %7 excluded.contacted_at OR %6replied_at %7 excluded.replied_at "
               "OR %6interested_at %7 excluded.interested_at;")
        .arg(c, k, h,
             sql::greatest(d, analyticsStageRankSql(QStringLiteral("m.status")), QStringLiteral("coalesce(h.r, 0)")),
             rowExistsSql(c, k), x, isNot(d));
}

// Recomputes one member's first outreach in the campaign and the time to the first reply at or
// after it (index seeks on activities_by_member_kind).
QString refreshOutreachSql(Dialect d, const QString &c, const QString &k)
{
    const QString x = existing(d, QStringLiteral("member_milestones"));
    return QStringLiteral(
               "INSERT INTO member_milestones(campaign_id, candidate_id, outreach_at, reply_ms) "
               "SELECT %1, %2, o.t0, (SELECT min(r.occurred_at) FROM activities r WHERE r.campaign_id = %1 "
               "  AND r.candidate_id = %2 AND r.kind = %4 AND r.occurred_at >= o.t0) - o.t0 "
               "FROM (SELECT min(a.occurred_at) AS t0 FROM activities a WHERE a.campaign_id = %1 "
               "  AND a.candidate_id = %2 AND a.kind IN (%3)) o "
               "WHERE %1 IS NOT NULL AND (o.t0 IS NOT NULL OR %5) "
               "ON CONFLICT(campaign_id, candidate_id) DO UPDATE SET outreach_at = excluded.outreach_at, "
               "reply_ms = excluded.reply_ms "
               "WHERE %6outreach_at %7 excluded.outreach_at OR %6reply_ms %7 excluded.reply_ms;")
        .arg(c, k, analyticsOutreachKindsSql())
        .arg(int(ActivityKind::EmailReply))
        .arg(rowExistsSql(c, k), x, isNot(d));
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

QString refreshStatus(Dialect d, const QString &row, Cleanup cleanup)
{
    const QString c = row + QStringLiteral(".campaign_id"), k = row + QStringLiteral(".candidate_id");
    // PostgreSQL: the lock may have left an empty row to drop.
    const bool clean = cleanup == Cleanup::Yes || d == Dialect::Postgres;
    return lockMember(d, c, k) + refreshStatusSql(d, c, k) + (clean ? cleanupSql(c, k) : QString());
}

QString refreshOutreach(Dialect d, const QString &row, Cleanup cleanup)
{
    const QString c = row + QStringLiteral(".campaign_id"), k = row + QStringLiteral(".candidate_id");
    const bool clean = cleanup == Cleanup::Yes || d == Dialect::Postgres;
    return lockMember(d, c, k) + refreshOutreachSql(d, c, k) + (clean ? cleanupSql(c, k) : QString());
}

// An update that moves a row to another member (never done by the app, but possible by hand).
QString sameMember(Dialect d)
{
    return QStringLiteral("OLD.campaign_id %1 NEW.campaign_id AND OLD.candidate_id %1 NEW.candidate_id").arg(isSame(d));
}

// Each activity counts in its campaign's rows (0: none) and in the all-campaigns rows.
//
// Concurrency (PostgreSQL, READ COMMITTED): two apps counting an activity into the same row at
// once both run INSERT ... ON CONFLICT DO UPDATE; the second waits on the first's row (or on its
// not yet committed insert) and then adds 1 to the committed value, so no count is lost.
// Uncounting runs UPDATE n = n - 1 (which re-reads a row changed concurrently before deciding) and
// then deletes the row when it reached 0; the row stays locked from that UPDATE until commit. An
// insert racing that delete waits for it: if the delete commits, ON CONFLICT finds no conflicting
// row any more and retries as an insert (n = 1); if it rolls back, the row is there again and is
// incremented. An increment that got the lock first makes the UPDATE see n >= 1 and the DELETE
// find nothing to drop. So a row is never lost nor double counted.
QString countActivity(Dialect d, const QString &row)
{
    QString out;
    for (const QString &campaign : {QStringLiteral("coalesce(%1.campaign_id, 0)").arg(row), QString::number(kActivityDailyAllCampaigns)})
        out += QStringLiteral("INSERT INTO activity_daily(campaign_id, day, author, kind, n) "
                              "VALUES (%1, %2, %3.author, %3.kind, 1) "
                              "ON CONFLICT(campaign_id, day, author, kind) DO UPDATE SET n = %4n + 1;")
                   .arg(campaign, analyticsDaySql(row + QStringLiteral(".occurred_at")), row,
                        existing(d, QStringLiteral("activity_daily")));
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

// One rollup trigger: AFTER `event` ON `table` (for each row), when `when` holds (empty: always).
struct RollupTrigger
{
    QString name;
    QString event;
    QString table;
    QString when;
    QString body;
};

// The triggers that keep the rollups, with their bodies in dialect `d`.
QList<RollupTrigger> rollupTriggers(Dialect d)
{
    const QString NEW = QStringLiteral("NEW"), OLD = QStringLiteral("OLD");
    const QString same = sameMember(d);
    const QString moved = QStringLiteral("NOT (%1)").arg(same);
    const QString members = QStringLiteral("campaign_members"), history = QStringLiteral("member_status_history"),
                  activities = QStringLiteral("activities");
    const QString outreachEither = QStringLiteral("((%1) OR (%2))").arg(feedsOutreach(OLD), feedsOutreach(NEW));
    // Inserts only add to a member's values; deletes and updates may empty the row (cleanup).
    return {
        {QStringLiteral("analytics_members_insert"), QStringLiteral("INSERT"), members, {}, refreshStatus(d, NEW, Cleanup::No)},
        {QStringLiteral("analytics_members_delete"), QStringLiteral("DELETE"), members, {}, refreshStatus(d, OLD, Cleanup::Yes)},
        {QStringLiteral("analytics_members_update"), QStringLiteral("UPDATE OF status, added_at"), members, same,
         refreshStatus(d, NEW, Cleanup::No)},
        {QStringLiteral("analytics_members_move"), QStringLiteral("UPDATE OF campaign_id, candidate_id"), members, moved,
         refreshStatus(d, OLD, Cleanup::Yes) + refreshStatus(d, NEW, Cleanup::No)},
        {QStringLiteral("analytics_history_insert"), QStringLiteral("INSERT"), history, {}, refreshStatus(d, NEW, Cleanup::No)},
        {QStringLiteral("analytics_history_delete"), QStringLiteral("DELETE"), history, {}, refreshStatus(d, OLD, Cleanup::Yes)},
        {QStringLiteral("analytics_history_update"), QStringLiteral("UPDATE OF status, changed_at"), history, same,
         refreshStatus(d, NEW, Cleanup::Yes)},
        {QStringLiteral("analytics_history_move"), QStringLiteral("UPDATE OF campaign_id, candidate_id"), history, moved,
         refreshStatus(d, OLD, Cleanup::Yes) + refreshStatus(d, NEW, Cleanup::Yes)},
        {QStringLiteral("analytics_activities_insert"), QStringLiteral("INSERT"), activities, {}, countActivity(d, NEW)},
        {QStringLiteral("analytics_activities_delete"), QStringLiteral("DELETE"), activities, {}, uncountActivity(OLD)},
        {QStringLiteral("analytics_activities_update"), QStringLiteral("UPDATE OF campaign_id, kind, occurred_at, author"),
         activities, {}, uncountActivity(OLD) + countActivity(d, NEW)},
        {QStringLiteral("analytics_outreach_insert"), QStringLiteral("INSERT"), activities, feedsOutreach(NEW),
         refreshOutreach(d, NEW, Cleanup::No)},
        {QStringLiteral("analytics_outreach_delete"), QStringLiteral("DELETE"), activities, feedsOutreach(OLD),
         refreshOutreach(d, OLD, Cleanup::Yes)},
        {QStringLiteral("analytics_outreach_update"), QStringLiteral("UPDATE OF campaign_id, candidate_id, kind, occurred_at"),
         activities, QStringLiteral("%1 AND %2").arg(same, outreachEither), refreshOutreach(d, NEW, Cleanup::Yes)},
        {QStringLiteral("analytics_outreach_move"), QStringLiteral("UPDATE OF campaign_id, candidate_id"), activities,
         QStringLiteral("%1 AND %2").arg(moved, outreachEither),
         refreshOutreach(d, OLD, Cleanup::Yes) + refreshOutreach(d, NEW, Cleanup::Yes)},
    };
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
// edits need no special cases. PostgreSQL team workspaces (issue 9) run the same tables, backfill
// and indexes (translated) and the same trigger bodies as PL/pgSQL functions
// (analyticsRollupsPostgres below).
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
                       "stage_rank = CASE WHEN member_milestones.stage_rank >= excluded.stage_rank "
                       "THEN member_milestones.stage_rank ELSE excluded.stage_rank END, contacted_at = excluded.contacted_at, "
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
    for (const RollupTrigger &t : rollupTriggers(Dialect::Sqlite)) {
        out << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3%4 BEGIN %5 END")
                   .arg(t.name, t.event, t.table, t.when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + t.when, t.body);
    }
    return out;
}

// PostgreSQL runs the SQLite triggers' bodies, in its words, as one PL/pgSQL function per trigger.
// Differences that do not change a count: a row trigger fires at the end of its statement rather
// than after each row, and recomputes from the rows as they are then; a foreign-key cascade fires
// them as in SQLite. The functions are SECURITY DEFINER (run as the workspace's owner, who
// migrated it) so that a recruiter's write keeps the rollups whole even where row-level security
// or grants would hide other rows or the rollup tables from that recruiter; the search path is
// pinned to the migration's. Trigger functions cannot be called directly, so this grants nothing
// else. Cost, measured as the server process's CPU time on PostgreSQL 15 (one campaign, 2,000
// members, 600,000 activities; one insert and commit at a time, on a busy 2-core VM): a logged
// activity ~165 us instead of ~41 (of which the daily counts ~30, pinning the search path ~8); a
// status change with its history row ~225 us instead of ~50.
QStringList analyticsRollupsPostgres()
{
    QStringList out;
    for (const RollupTrigger &t : rollupTriggers(Dialect::Postgres)) {
        out << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                              "SET search_path FROM CURRENT AS $body$ BEGIN %2 RETURN NULL; END $body$")
                   .arg(t.name, t.body)
            << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW%4 EXECUTE FUNCTION %1()")
                   .arg(t.name, t.event, t.table, t.when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(t.when));
    }
    return out;
}

} // namespace sd
