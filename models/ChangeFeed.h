#pragma once

#include "Workspace.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <memory>

namespace sd {

// Teammates' changes, as they commit: on a team workspace the app LISTENs on its own connection
// (the server NOTIFYs from statement triggers, ChangeFeedSchema.cpp) and says which tables changed,
// a burst folded into one signal. Changes this app made itself are left out (its views already
// know). On a local workspace it stays idle: one user, one app. Lives on the thread that started
// it; a window uses ChangeFeedThread, so a server that stops answering never blocks the UI.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Subscribes; false (with the reason in lastError) when the server refused. Local: false, no error.
    bool start();
    // Unsubscribes and closes the listening connection (on the feed's thread).
    void stop();
    bool isListening() const { return m_listening; }
    QString lastError() const { return m_lastError; }
    // How long a burst is gathered before changed() (tests shorten it).
    void setCoalesceMs(int ms) { m_coalesce.setInterval(ms); }

    static constexpr auto kChannel = "sourcedesk_changes";

signals:
    // Table names, e.g. {"candidates", "campaign_members"}.
    void changed(const QSet<QString> &tables);
    // The connection to the server was lost and came back: everything may have changed.
    void resynced();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkConnection();
    bool subscribe();

    std::shared_ptr<Workspace> m_workspace;
    QSqlDatabase m_db;
    QTimer m_coalesce{this}; // children: they move with the feed to its thread
    QTimer m_watchdog{this};
    QSet<QString> m_pending;
    QString m_lastError;
    bool m_listening = false;
};

} // namespace sd

namespace sd {

// A ChangeFeed on a thread of its own. Signals arrive queued on the owner's thread.
class ChangeFeedThread : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeedThread(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~ChangeFeedThread() override;

    // Starts listening (team workspaces only; nothing happens for a local one).
    void start();

signals:
    void changed(const QSet<QString> &tables);
    void resynced();
    // Listening began, or could not (the reason); for the status bar and tests.
    void listening(bool ok, const QString &error);

private:
    std::shared_ptr<Workspace> m_workspace;
    QThread *m_thread = nullptr;
    ChangeFeed *m_feed = nullptr;
};

} // namespace sd
