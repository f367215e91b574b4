#pragma once
// When the stage sync runs, for the app: the team's stage sync settings (sync.stageSync.*) say
// whether and at what wall-clock time; at start a run that was missed (StageSchedule::runMissed
// against the last successful run) runs at once, otherwise a timer waits for the next slot. Runs
// on demand too (runNow), one at a time; after each run a reconciliation scan counts what is out
// of step. Offline (no client) a due run waits for the connection.
//
//   StageSyncScheduler scheduler(workspace, actor, client);
//   scheduler.start();            // reads the settings, runs a missed run or arms the timer
//   scheduler.reload();           // after the settings changed
//   scheduler.setClient(live);    // null = offline
//
// The timer never waits longer than an hour before it looks at the clock again, so a machine that
// slept or a clock that moved does not push the run far off its slot.
#include "ApiClient.h" // QPointer members need the full type
#include "Reconciliation.h"
#include "StageSchedule.h"
#include "StageSync.h"
#include "StageSyncReport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <optional>

class QTimer;

namespace sd {
class Workspace;
}

namespace sd::stagesync {

class StageSyncScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 kMaxTimerMsecs = 60LL * 60 * 1000;

    // `workspace` must outlive the object; `client` may be null (offline) and change later.
    StageSyncScheduler(const Workspace &workspace, QString actor, sr::ApiClient *client, QObject *parent = nullptr);
    ~StageSyncScheduler() override;

    void setClient(sr::ApiClient *client);
    sr::ApiClient *client() const { return m_client; }
    // Tests move time; the default is the system clock (UTC).
    void setClock(Clock clock);
    QDateTime now() const;

    // First look at the settings: runs a missed run, else arms the timer.
    void start();
    bool isStarted() const { return m_started; }

    bool isEnabled() const { return m_enabled; }
    bool isRunning() const { return m_sync && m_sync->isRunning(); }
    bool isScanning() const { return m_scanThread != nullptr; }
    bool isArmed() const;
    // The instant the next scheduled run is due (invalid when disabled); the timer may fire
    // earlier to look at the clock again.
    QDateTime nextRunAt() const { return m_nextRun; }
    qint64 timerIntervalMsecs() const;
    StageSchedule schedule() const { return m_schedule; }
    StageSyncConfig config() const { return m_config; }
    std::optional<StageSyncReport> lastReport() const { return m_lastReport; }
    // Out of step after the last run's scan; empty until a scan finished.
    QList<sync::OutOfStep> outOfStep() const { return m_outOfStep; }

public slots:
    // Re-reads the settings and re-arms (or stops) the timer.
    void reload();
    // On demand (ignored, returning false, while a run is going or without a client).
    bool runNow();
    void cancel();
    // What the timer calls: runs when the next run is due, else re-arms.
    void checkDue();

signals:
    void started();
    void progress(int done, int total);
    void finished(const sd::stagesync::StageSyncReport &report);
    // The reconciliation scan after a run: how many items are out of step.
    void scanned(int outOfStep);
    // Something the user can act on (not connected, settings damaged, database error).
    void problem(const QString &message);
    // Enabled, next run or running state changed (for labels).
    void stateChanged();

private:
    bool readSettings(QString *error);
    void arm();
    bool startRun(bool scheduled);
    void onFinished(const StageSyncReport &report);
    void startScan();

    const Workspace &m_workspace;
    QString m_actor;
    QPointer<sr::ApiClient> m_client;
    Clock m_clock;
    QTimer *m_timer;
    StageSync *m_sync = nullptr;
    QPointer<QThread> m_scanThread;
    bool m_started = false;
    bool m_enabled = false;
    bool m_dueWhenOnline = false; // a scheduled run found no client
    StageSchedule m_schedule;
    StageSyncConfig m_config;
    QDateTime m_nextRun;
    QDateTime m_lastAttempt; // start of the last run this object made (ok or not)
    std::optional<StageSyncReport> m_lastReport;
    QList<sync::OutOfStep> m_outOfStep;
};

} // namespace sd::stagesync
