#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// The analytics rollups (schema v7, see AnalyticsSchema.cpp): tables kept exact by triggers on the
// tables that feed them, so models/Analytics.cpp reads per-member milestones and daily activity
// counts instead of aggregating every status change and activity.

// How far along the pipeline a status shows a member got: 0 added, 1 contacted, 2 replied,
// 3 interested. "Not interested" is an answer; a bounce or an unsubscribe follows outreach.
QString analyticsStageRankSql(const QString &statusColumn);

// The UTC day (days since 1970-01-01, rounded down) of a millisecond timestamp column, as the
// rollups store it.
QString analyticsDaySql(const QString &msColumn);
inline constexpr qint64 kAnalyticsDayMs = 86'400'000;

// activity_daily's campaign_id for the rows that count every activity (a campaign's own rows
// use its id, activities outside any campaign 0).
inline constexpr int kActivityDailyAllCampaigns = -1;

// The activity kinds that count as outreach for the time to first reply, as an SQL list.
QString analyticsOutreachKindsSql();

// The v7 migration: tables, backfill from the existing rows, indexes, triggers.
QStringList analyticsRollupsSchema();
// The v7 migration's PostgreSQL part (Migration::postgres): the same triggers as PL/pgSQL trigger
// functions, run after the translated tables, backfill and indexes.
QStringList analyticsRollupsPostgres();

} // namespace sd
