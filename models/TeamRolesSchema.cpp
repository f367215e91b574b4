// v8: who may change what in a team workspace, enforced by PostgreSQL itself (docs/team.md).
//
// Two group roles per database, "<database>_admin" and "<database>_recruiter" (NOLOGIN); a member's
// login is granted one of them. Both may read everything and do the normal work; only admins (and
// the owner, who owns the tables) may change what the whole team shares: the team layer of the sync
// settings (field mapping, job status whitelist, locks ...), the team keys of workspace_settings
// (SmartRecruiters hosts and OAuth client, preferred stages) and the stage mapping (sr_stages).
// Role names depend on the database, so the statements are DO blocks that format them.
#include "TeamMigrations.h"

namespace sd {

namespace {

// Declares `adm` and `rec` (the two role names) for a DO block's body.
QString withRoles(const QString &body)
{
    return QStringLiteral("DO $sd$\n"
                          "DECLARE\n"
                          "    adm text := current_database() || '_admin';\n"
                          "    rec text := current_database() || '_recruiter';\n"
                          "    sch text := current_schema();\n"
                          "BEGIN\n")
        + body + QStringLiteral("\nEND\n$sd$");
}

// The group roles. Creating a role needs CREATEROLE: say so instead of PostgreSQL's bare
// "permission denied to create role", and say what the server's administrator can run instead.
QString createRoles()
{
    return withRoles(QStringLiteral(R"(
    -- Role names are cut at 63 bytes; detectRole compares the whole name, so refuse a longer one.
    IF octet_length(rec) > 63 THEN
        RAISE EXCEPTION USING
            MESSAGE = format('The database name "%s" is too long for a team workspace: its roles "%s" and "%s" '
                             'must fit in 63 bytes. Use a database name of at most 53 characters.',
                             current_database(), adm, rec);
    END IF;
    IF (NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = adm)
        OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rec))
       AND NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION USING
            MESSAGE = format('Creating a team workspace needs a database login with the CREATEROLE attribute, '
                             'to create the group roles "%s" and "%s"; the login "%s" does not have it. Ask the '
                             'server''s administrator to run: ALTER ROLE %I CREATEROLE;',
                             adm, rec, current_user, current_user),
            -- Qt's driver shows only the message; psql users also get the alternative.
            HINT = format('Or create the roles for it: CREATE ROLE %I NOLOGIN; CREATE ROLE %I NOLOGIN; '
                          'GRANT %I TO %I WITH ADMIN OPTION;',
                          adm, rec, rec, adm);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = adm) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', adm);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rec) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', rec);
    END IF;
    -- Admins add and remove recruiters themselves. (Admins are thereby members of the recruiter
    -- role too; their own policies and grants are the wider ones.)
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                   WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = rec)
                     AND m.member = (SELECT oid FROM pg_roles WHERE rolname = adm) AND m.admin_option) THEN
        BEGIN
            EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', rec, adm);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION USING
                MESSAGE = format('The login "%s" may not grant the role "%s" to "%s".', current_user, rec, adm),
                HINT = format('Ask the server''s administrator to run GRANT %I TO %I WITH ADMIN OPTION;', rec, adm);
        END;
    END IF;)"));
}

// Only team members connect. Changing the database's ACL needs its owner; when the workspace was
// created by another login inside a DBA's database, the DBA decides who connects.
QString databaseGrants()
{
    return withRoles(QStringLiteral(R"(
    IF EXISTS (SELECT 1 FROM pg_database WHERE datname = current_database() AND pg_has_role(datdba, 'MEMBER')) THEN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        -- TEMPORARY: the undo of bulk changes keeps its ids in a temporary table.
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I', current_database(), adm, rec);
    END IF;)"));
}

// Every table and sequence, now and (default privileges) those later migrations create. The
// schema version is the owner's alone: upgrades need the tables' owner anyway.
QString tableGrants()
{
    return withRoles(QStringLiteral(R"(
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', sch, adm, rec);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I, %I', sch, adm, rec);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', sch, adm, rec);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I, %I',
                   sch, adm, rec);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I, %I', sch, adm, rec);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON schema_info FROM %I, %I', adm, rec);
    -- The stage catalogue and its mapping to pipeline statuses are team configuration: the
    -- recruiter reads them; refreshing them rewrites the whole table, so it is an admin's job.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON sr_stages FROM %I', rec);)"));
}

// The team layer (1) of the sync settings: everyone reads it, admins write it, recruiters write
// only their own layers (user 2, campaign 3, candidate 4). A recruiter's UPDATE or DELETE of a
// team row finds no row; an INSERT (or an update that moves a row into layer 1) is an error.
QString syncSettingsPolicies()
{
    return withRoles(QStringLiteral(R"(
    ALTER TABLE sync_settings ENABLE ROW LEVEL SECURITY;
    CREATE POLICY team_read ON sync_settings FOR SELECT USING (true);
    EXECUTE format('CREATE POLICY admin_write ON sync_settings FOR ALL TO %I USING (true) WITH CHECK (true)', adm);
    EXECUTE format('CREATE POLICY own_layers_insert ON sync_settings FOR INSERT TO %I WITH CHECK (layer <> 1)', rec);
    EXECUTE format('CREATE POLICY own_layers_update ON sync_settings FOR UPDATE TO %I '
                   'USING (layer <> 1) WITH CHECK (layer <> 1)', rec);
    EXECUTE format('CREATE POLICY own_layers_delete ON sync_settings FOR DELETE TO %I USING (layer <> 1)', rec);)"));
}

// The team keys of workspace_settings. One function, so that a later migration that adds a team
// key replaces it (CREATE OR REPLACE) instead of every policy.
QString teamSettingKeyFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION sd_is_team_setting(k text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $sd$
        SELECT k IN ('sr.method', 'sr.apiUrl', 'sr.webUrl', 'sr.clientId', 'sr.redirectUri')
            OR k LIKE 'stagesync.%'
    $sd$)");
}

// workspace_settings: recruiters write the other keys (their own first-run flag, the signed-in
// SmartRecruiters account). Saving a team key with the value it already has is allowed, so that a
// recruiter's app that saves the whole connection (hosts included) after signing in still works;
// the subquery reads the row as it was before the statement.
QString workspaceSettingsPolicies()
{
    return withRoles(QStringLiteral(R"(
    ALTER TABLE workspace_settings ENABLE ROW LEVEL SECURITY;
    CREATE POLICY team_read ON workspace_settings FOR SELECT USING (true);
    EXECUTE format('CREATE POLICY admin_write ON workspace_settings FOR ALL TO %I USING (true) WITH CHECK (true)', adm);
    EXECUTE format('CREATE POLICY member_insert ON workspace_settings FOR INSERT TO %I WITH CHECK ('
                   'NOT sd_is_team_setting(key) OR EXISTS (SELECT 1 FROM workspace_settings o '
                   'WHERE o.key = workspace_settings.key AND o.value = workspace_settings.value))', rec);
    EXECUTE format('CREATE POLICY member_update ON workspace_settings FOR UPDATE TO %I USING (true) WITH CHECK ('
                   'NOT sd_is_team_setting(key) OR EXISTS (SELECT 1 FROM workspace_settings o '
                   'WHERE o.key = workspace_settings.key AND o.value = workspace_settings.value))', rec);
    EXECUTE format('CREATE POLICY member_delete ON workspace_settings FOR DELETE TO %I '
                   'USING (NOT sd_is_team_setting(key))', rec);)"));
}

} // namespace

QStringList teamRolesSqlite()
{
    // A local workspace has one user: nothing to enforce.
    return {};
}

QStringList teamRolesPostgres()
{
    return {createRoles(),           databaseGrants(),        tableGrants(),
            syncSettingsPolicies(),  teamSettingKeyFunction(), workspaceSettingsPolicies()};
}

} // namespace sd
