#include "TeamMigrations.h"

namespace sd {

namespace {

// The tables whose changes a teammate's window shows. Statement-level triggers: one NOTIFY per
// statement, and PostgreSQL folds identical notifications of one transaction into one, so a
// 10,000-row import wakes each listener once per table, when it commits (never before: NOTIFY is
// transactional, so nobody reloads data that is then rolled back).
const char *const kWatched[] = {
    "campaigns", "candidates", "campaign_members", "member_status_history", "activities",
    "sr_outbox", "sr_candidate_links", "sync_settings", "outreach_tasks", "outreach_emails",
    "sequences", "sequence_steps", "enrollments", "do_not_contact", "sr_stages", "workspace_settings",
};

} // namespace

QStringList changeFeedSqlite()
{
    // One user, one process writing through this app: the window already hears its own changes.
    return {};
}

QStringList changeFeedPostgres()
{
    // The payload is "<table> <instance>": the instance is the writing app's Workspace id
    // (set per connection as sourcedesk.instance), so an app can skip what it did itself.
    QStringList out{QStringLiteral(R"(CREATE FUNCTION sd_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sourcedesk_changes',
                      TG_TABLE_NAME || ' ' || coalesce(current_setting('sourcedesk.instance', true), ''));
    RETURN NULL;
END
$$)")};
    for (const char *table : kWatched) {
        out << QStringLiteral("CREATE TRIGGER sd_notify_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION sd_notify_change()")
                   .arg(QLatin1String(table));
    }
    return out;
}

} // namespace sd
