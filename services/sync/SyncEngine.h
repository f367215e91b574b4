#pragma once
// Sends the outbox to SmartRecruiters. Each job goes out only when nothing of the same candidate
// is ahead of it; a job whose previous attempt may have reached SmartRecruiters (lost answer,
// crash while in flight) is checked first: a create looks the candidate up, a note looks for its
// correlation id, an upload for its file. Failures that may pass (network, 429, 5xx) wait and are
// retried with growing delays; refusals (validation, permission, missing fields) stop the job with
// SmartRecruiters' reason and what the recruiter can do, and hold back that candidate's later jobs.
//
//   SyncEngine engine(workspace, client, actor);
//   engine.start();                 // recovers in-flight jobs, then works until stop()
//   connect(&engine, &SyncEngine::progress, ...);
//   engine.kick();                  // something new was queued
//
// Several engines may send one outbox (members' apps on a team workspace, the app and the CLI):
// each is an instance with its own id, takes jobs with Outbox::claim() under a lease it renews
// while it works, and recovers only jobs whose lease ran out (their instance died).
#include "Outbox.h"

#include "ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace sd {
class Workspace;
}
namespace sd::sr {
class ApiClient;
}

namespace sd::sync {

class JobRunner;
struct JobOutcome;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(std::shared_ptr<Workspace> workspace, sr::ApiClient *client, QString actor, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Null: offline, jobs wait. Running jobs of the old client finish or fail first.
    void setClient(sr::ApiClient *client);
    sr::ApiClient *client() const { return m_client; }
    // How many jobs (of different candidates) are sent at once; the client paces the requests.
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    // Shortest and longest wait before a failed job is tried again.
    void setRetryDelays(int firstMs, int maxMs);
    // How long a claimed job stays this instance's without a renewal (renewed every third of it);
    // also how long a crashed instance's jobs wait before another instance checks and resends them.
    void setLeaseDuration(int ms);
    // "host:pid:random", stored as the outbox's claimed_by.
    const QString &instanceId() const { return m_instanceId; }

    void start();
    // No new jobs start; the ones in flight finish (or fail) normally.
    void stop();
    // Stops the bulk run: jobs in flight finish, the rest stay pending for later.
    void cancel() { stop(); }
    bool isRunning() const { return m_running; }
    bool isIdle() const { return m_running && m_active.isEmpty() && !m_pumpQueued; }
    // New jobs were queued (or the network came back): look now instead of at the next timer.
    void kick();

    const QString &actor() const { return m_actor; }
    const std::shared_ptr<Workspace> &workspace() const { return m_workspace; }

signals:
    // done/total of the jobs seen since the engine last was idle.
    void progress(int done, int total);
    void jobFinished(qint64 jobId, sd::sync::JobState state, const QString &message);
    // Nothing is ready to send (some jobs may wait for a retry or for the recruiter).
    void idle();
    void problem(const QString &message);

private:
    void pump();
    void schedulePump(int delayMs = 0);
    void run(const OutboxJob &job);
    void finishJob(const OutboxJob &job, const JobOutcome &outcome);
    int retryDelayMs(int attempts) const;
    // Renews this instance's leases, takes back jobs of dead instances, and looks for work that
    // another instance's progress made ready.
    void heartbeat();

    std::shared_ptr<Workspace> m_workspace;
    QPointer<sr::ApiClient> m_client;
    QString m_actor;
    QString m_instanceId;
    Outbox m_outbox;
    int m_leaseMs = 60000;
    QTimer m_heartbeat;
    int m_concurrency = 6;
    int m_firstRetryMs = 2000;
    int m_maxRetryMs = 5 * 60 * 1000;
    bool m_running = false;
    bool m_pumpQueued = false;
    QTimer m_timer;
    QHash<qint64, JobRunner *> m_active; // candidate id -> its running job
    int m_seen = 0;
    int m_finished = 0;
    QSet<qint64> m_seenIds;
};

} // namespace sd::sync
