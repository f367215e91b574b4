#pragma once
// Desktop notifications for the sync: a tray message when more pushes need attention than before
// (not on every refresh) and when a stage sync run brought changes; clicking the message opens the
// sync log. Owns a QSystemTrayIcon only where the desktop has a tray; elsewhere it does nothing.
//
//   auto *n = new SyncNotifier(window);
//   connect(status, &SyncStatusWidget::attentionCounted, n, &SyncNotifier::setAttentionCount);
//   connect(n, &SyncNotifier::logRequested, parts, ...);
#include "StageSyncReport.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace sd::ui {

// Pure: when to notify. Counts are remembered, so only a rise notifies.
class SyncNotifyPolicy
{
public:
    explicit SyncNotifyPolicy(int initialAttention = 0) : m_attention(initialAttention) {}
    // True when `count` is above the last count seen; remembers `count` either way.
    bool attentionChanged(int count);
    int attention() const { return m_attention; }
    // A finished run that worked and moved members, found drift or changed the stage catalogue.
    static bool stageRunWorthNotifying(const stagesync::StageSyncReport &report);

private:
    int m_attention = 0;
};

class SyncNotifier : public QObject
{
    Q_OBJECT
public:
    // `useTray` false (or no system tray on this desktop): no icon, no messages.
    explicit SyncNotifier(QObject *parent = nullptr, bool useTray = true);
    ~SyncNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    const SyncNotifyPolicy &policy() const { return m_policy; }

public slots:
    void setAttentionCount(int count);
    void stageSyncFinished(const sd::stagesync::StageSyncReport &report);

signals:
    // The user clicked a message; `attention`: it was about jobs that need attention.
    void logRequested(bool attention);
    // A message went to the tray (only when there is one).
    void notified(const QString &title, const QString &text);

private:
    void show(const QString &title, const QString &text, bool attention);

    SyncNotifyPolicy m_policy;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_lastWasAttention = false;
    bool m_seeded = false;
};

} // namespace sd::ui
