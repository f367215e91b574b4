#pragma once

#include "DomainEvents.h"
#include "Error.h"
#include "TeamServer.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sd {

// One workspace = one SQLite file (local) or one PostgreSQL database (a team's). Owns the schema
// (migrations, version check, WAL) and hands every thread its own named connection, since a
// QSqlDatabase must only be used by the thread that opened it.
class Workspace
{
public:
    struct Options
    {
        bool readOnly = false;
        // Tests create old workspaces by stopping the migrations early; the app always uses the latest.
        int targetSchemaVersion = -1;
        // Team workspaces: the login's password, from the keychain. Empty: libpq's own sources
        // (PGPASSWORD, ~/.pgpass) or none. Kept in memory only, for this workspace's connections.
        QString password;
    };

    enum class Backend { Sqlite, Postgres };
    // Who the signed-in user is in a team workspace. A local workspace has one user, its admin.
    enum class TeamRole { Admin, Recruiter };
    // The oldest PostgreSQL a team workspace runs on (server_version_num).
    static constexpr int kMinimumServerVersion = 130000;

    static Result<std::shared_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Workspace>> open(const QString &path) { return open(path, Options{}); }
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Sourcedesk's per-user data folder, e.g. ~/.local/share/Sourcedesk (logs live below it too).
    static QString dataFolder();
    // <dataFolder>/workspace.sqlite
    static QString defaultPath();

    // The file path, or the team workspace's location (postgresql://user@host:port/db?sslmode=…).
    QString path() const { return m_path; }
    // What a title bar shows: the file name, or "database on host".
    QString displayName() const;
    Backend backend() const { return m_team ? Backend::Postgres : Backend::Sqlite; }
    bool isTeam() const { return m_team.has_value(); }
    const std::optional<TeamServer> &teamServer() const { return m_team; }
    TeamRole role() const { return m_role; }
    // Team settings, field mappings and the job status whitelist: admins only. The database
    // enforces the same rule; this lets the UI show them read-only instead of failing on save.
    bool canEditTeamSettings() const { return m_role == TeamRole::Admin; }
    // The database login of a team workspace (empty for a local one).
    QString databaseUser() const { return m_team ? m_team->user : QString(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when this open created the file (first start on this workspace).
    bool isNew() const { return m_created; }

    // The calling thread's connection, opened on first use with the workspace pragmas.
    QSqlDatabase connection() const;
    // Worker threads call this before they finish, so no connection outlives its thread.
    void releaseThreadConnection() const;
    // A second connection of the calling thread that only waits for notifications (LISTEN), so
    // a long query on the thread's own connection never delays them. Closed with the workspace.
    Result<QSqlDatabase> openListenerConnection() const;
    // This Workspace object's id; a team workspace's connections announce it to the server
    // (sourcedesk.instance) so change notifications can tell this app's own writes apart.
    QString instanceId() const { return m_id; }

    // Workspace-wide key/value settings (team defaults later; the sample-data offer now).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value) const;

    // Who hears about changes (see DomainEvents.h); null: nobody. Set once, before use.
    void setEvents(std::shared_ptr<DomainEvents> events) { m_events = std::move(events); }
    DomainEvents *events() const { return m_events.get(); }

private:
    Workspace(QString path, bool readOnly);
    static Result<std::shared_ptr<Workspace>> openTeam(const QString &location, const Options &options);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Result<QSqlDatabase> openSqliteConnection(const QString &name) const;
    Result<QSqlDatabase> openPostgresConnection(const QString &name) const;
    Status prepareSchema(int targetVersion);
    // The stored schema version (0: empty database), or why this is not a Sourcedesk workspace.
    Result<int> readSchemaVersion(const QSqlDatabase &db) const;
    Status detectRole(const QSqlDatabase &db);
    QString threadConnectionName() const;

    QString m_path;
    std::optional<TeamServer> m_team;
    QString m_password;
    TeamRole m_role = TeamRole::Admin;
    QString m_id;
    bool m_readOnly = false;
    bool m_created = false;
    int m_schemaVersion = 0;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
    std::shared_ptr<DomainEvents> m_events;
};

// RAII for worker threads: releases the thread's connection on scope exit.
class ThreadConnectionGuard
{
public:
    explicit ThreadConnectionGuard(const Workspace &ws) : m_ws(ws) {}
    ~ThreadConnectionGuard() { m_ws.releaseThreadConnection(); }
    ThreadConnectionGuard(const ThreadConnectionGuard &) = delete;
    ThreadConnectionGuard &operator=(const ThreadConnectionGuard &) = delete;

private:
    const Workspace &m_ws;
};

} // namespace sd
