#pragma once
// The stage sync part of Settings → Hiring stages: the team's stage sync settings (read-only here;
// they are edited with the other sync settings on Settings → SmartRecruiters sync), the next
// scheduled run, "Sync stages now" with progress and Cancel, the last run's result and the stage
// drift it found (and the reconciliation scan that follows each run).
#include "StageSyncReport.h"
#include "StageSyncScheduler.h" // QPointer members need the full types

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace sd {
class Workspace;
}

namespace sd::ui {

class StageSyncPanel : public QWidget
{
    Q_OBJECT
public:
    StageSyncPanel(const Workspace &workspace, stagesync::StageSyncScheduler *scheduler, QWidget *parent = nullptr);

    QPushButton *syncNowButton() const { return m_syncNow; }
    QListWidget *driftList() const { return m_drift; }
    QString lastRunText() const;
    QString settingsText() const;

public slots:
    void syncNow();
    // Re-reads the settings and the last stored run.
    void refresh();

signals:
    void runFinished();

private:
    void showReport(const stagesync::StageSyncReport &report);
    void showStoredSummary();
    void showScan(int outOfStep);
    void updateState();

    const Workspace &m_workspace;
    QPointer<stagesync::StageSyncScheduler> m_scheduler;
    QLabel *m_settings;
    QLabel *m_next;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_lastRun;
    QListWidget *m_drift;
};

} // namespace sd::ui
