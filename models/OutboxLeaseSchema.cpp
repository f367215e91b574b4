#include "TeamMigrations.h"

namespace sd {

// Both dialects: a local workspace can be sent by the app and `sourcedesk-cli sync` at the same
// time, and a team workspace by every member's app. claimed_by is the id of the app instance
// (process) that took the job in flight; lease_until (ms since the epoch) is how long the job is
// its own. The instance renews the lease while it works; a job whose lease ran out was left by an
// instance that died and is checked before it is sent again (Outbox::recoverInFlight).
QStringList outboxLeaseSqlite()
{
    return {
        QStringLiteral("ALTER TABLE sr_outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sr_outbox ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0"),
    };
}

// The SQLite statements run translated on PostgreSQL too; this adds what only a shared server
// needs: finding the expired leases among a large done history without a scan.
QStringList outboxLeasePostgres()
{
    return {
        QStringLiteral("CREATE INDEX outbox_leases ON sr_outbox(lease_until) WHERE state = 1"),
    };
}

} // namespace sd
