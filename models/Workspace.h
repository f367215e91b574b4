#pragma once

#include "DomainEvents.h"
#include "Error.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sd {

// One workspace = one SQLite file. Owns the schema (migrations, version check, WAL) and hands
// every thread its own named connection, since a QSqlDatabase must only be used by the thread
// that opened it.
class Workspace
{
public:
    struct Options
    {
        bool readOnly = false;
        // Tests create old workspaces by stopping the migrations early; the app always uses the latest.
        int targetSchemaVersion = -1;
    };

    static Result<std::shared_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Workspace>> open(const QString &path) { return open(path, Options{}); }
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Sourcedesk's per-user data folder, e.g. ~/.local/share/Sourcedesk (logs live below it too).
    static QString dataFolder();
    // <dataFolder>/workspace.sqlite
    static QString defaultPath();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when this open created the file (first start on this workspace).
    bool isNew() const { return m_created; }

    // The calling thread's connection, opened on first use with the workspace pragmas.
    QSqlDatabase connection() const;
    // Worker threads call this before they finish, so no connection outlives its thread.
    void releaseThreadConnection() const;

    // Workspace-wide key/value settings (team defaults later; the sample-data offer now).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value) const;

    // Who hears about changes (see DomainEvents.h); null: nobody. Set once, before use.
    void setEvents(std::shared_ptr<DomainEvents> events) { m_events = std::move(events); }
    DomainEvents *events() const { return m_events.get(); }

private:
    Workspace(QString path, bool readOnly);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Status prepareSchema(int targetVersion);

    QString m_path;
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
