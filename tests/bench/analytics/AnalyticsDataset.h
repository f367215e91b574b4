#pragma once

#include <QDateTime>
#include <QString>

namespace sd::bench {

// A workspace for the analytics benchmarks: `candidates` people in 40 campaigns (1 to 3 campaigns
// each, skewed towards the big ones), status histories that move through contacted, replied,
// interested / not interested, bounced and unsubscribed, exactly `activities` activities (first
// outreach and follow-ups by each campaign's recruiters, replies, meetings, notes, some outside any
// campaign), about 1% of members removed again (their history and activities stay), 12% of the
// candidates linked in SmartRecruiters with applications on the campaigns' jobs. Dates fall in the
// year before end(). Deterministic (seeded PRNG). The search index is not filled: the analytics
// never read it.
//
// The rows go in through SQLite's C API with prepared statements in one transaction, secondary
// indexes dropped and rebuilt afterwards (1,000,000 / 5,000,000: a few minutes). The raw file is
// written at schema 6 (before the rollups) and cached; upgraded() copies it and opens the copy,
// which runs the rollup migration, also cached (keyed by the schema version).
class AnalyticsDataset
{
public:
    // Bump when the generated data changes: it names the cached files.
    static constexpr auto Version = "v1";
    static constexpr int RawSchemaVersion = 6;
    static constexpr int Campaigns = 40;

    // The end of the generated year (exclusive), 2026-12-01 00:00 UTC.
    static QDateTime end();

    // The cached workspace at the current schema, generating and upgrading what is missing.
    // Empty on failure (with a message on stderr). upgradeMs: the migration's time when it ran
    // now, else -1.
    static QString upgraded(const QString &folder, int candidates, int activities, qint64 *upgradeMs = nullptr);

    static QString rawPath(const QString &folder, int candidates, int activities);
    // Generates into a temporary file and renames it into place, so an interrupted run leaves no
    // half-filled cache behind.
    static bool generate(const QString &path, int candidates, int activities);
};

// Sizes from the environment: SOURCEDESK_BENCH_ANALYTICS_CANDIDATES (default 1,000,000) and
// SOURCEDESK_BENCH_ANALYTICS_ACTIVITIES (default 5,000,000); small values run in seconds.
int benchCandidates();
int benchActivities();

} // namespace sd::bench
