#include "Migrations.h"

namespace sd {

namespace {

// Text columns that are sorted or searched case-insensitively carry NOCASE in the table, so that
// the indexes, keyset comparisons and ORDER BY all agree without per-query COLLATE clauses.
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE schema_info(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE campaigns(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        // Case-insensitively unique (the column is NOCASE): campaigns are chosen by name in the CLI
        // and in imports.
        QStringLiteral("CREATE UNIQUE INDEX campaigns_by_name ON campaigns(name)"),
        QStringLiteral(R"(CREATE TABLE candidates(
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            last_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            emails TEXT NOT NULL DEFAULT '',
            phones TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            title TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            city TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
            region TEXT NOT NULL DEFAULT '',
            country_code TEXT NOT NULL DEFAULT '',
            linkedin_url TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            custom_fields TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            consent_state INTEGER NOT NULL DEFAULT 0,
            consent_date INTEGER,
            consent_method TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX candidates_by_name ON candidates(last_name, first_name, id)"),
        QStringLiteral("CREATE INDEX candidates_by_company ON candidates(company, id)"),
        QStringLiteral("CREATE INDEX candidates_by_updated ON candidates(updated_at, id)"),
        // Duplicate keys: e:<email>, l:<linkedin path>, n:<name>|<company>. Not unique on purpose:
        // the repository decides what a match means; the table only makes the lookup an index seek.
        QStringLiteral(R"(CREATE TABLE candidate_keys(
            key TEXT NOT NULL,
            candidate_id INTEGER NOT NULL,
            PRIMARY KEY(key, candidate_id)) WITHOUT ROWID)"),
        // The repository writes the index rows itself (SearchIndex), in the same transaction as the
        // candidate. Triggers would be simpler, but a trigger makes every INSERT a statement
        // transaction, and FTS5 flushes its pending terms to a new segment at each savepoint: one
        // segment per row, 20x slower imports and a fragmented index.
        QStringLiteral(R"(CREATE VIRTUAL TABLE candidates_fts USING fts5(
            first_name, last_name, emails, company, title, city, region, country_code, tags,
            content='candidates', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6'))"),
        QStringLiteral(R"(CREATE TABLE candidate_field_changes(
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX field_changes_by_candidate ON candidate_field_changes(candidate_id, changed_at)"),
        QStringLiteral(R"(CREATE TABLE campaign_members(
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            status INTEGER NOT NULL DEFAULT 0,
            added_at INTEGER NOT NULL,
            status_changed_at INTEGER NOT NULL,
            last_activity_at INTEGER,
            PRIMARY KEY(campaign_id, candidate_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX members_by_candidate ON campaign_members(candidate_id)"),
        QStringLiteral("CREATE INDEX members_by_added ON campaign_members(campaign_id, added_at, candidate_id)"),
        QStringLiteral("CREATE INDEX members_by_status ON campaign_members(campaign_id, status)"),
        QStringLiteral(R"(CREATE TABLE member_status_history(
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            status INTEGER NOT NULL,
            changed_at INTEGER NOT NULL,
            changed_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX status_history_by_member ON member_status_history(campaign_id, candidate_id)"),
        QStringLiteral("CREATE INDEX status_history_by_candidate ON member_status_history(candidate_id)"),
        QStringLiteral(R"(CREATE TABLE activities(
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            kind INTEGER NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            occurred_at INTEGER NOT NULL,
            author TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX activities_by_candidate ON activities(candidate_id, occurred_at)"),
        QStringLiteral("CREATE INDEX activities_by_campaign ON activities(campaign_id, occurred_at)"),
    };
}

// v2: workspace-wide settings (team defaults later live here, not in per-user QSettings) and a
// flag that marks the removable sample data offered on first start.
QStringList schemaV2()
{
    return {
        QStringLiteral(R"(CREATE TABLE workspace_settings(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, "campaigns, candidates, members, activities, search index", schemaV1()},
        {2, "workspace settings and sample-data flag", schemaV2()},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace sd
