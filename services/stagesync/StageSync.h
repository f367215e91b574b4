#pragma once
// One stage sync run: SmartRecruiters hiring stages -> catalogue, then the applications of linked
// candidates on campaign jobs that changed since the last successful run -> sr_applications and
// the campaign members' statuses (actor "SmartRecruiters").
//
// Which endpoint. SmartRecruiters has no "list applications" endpoint. GET /candidates with
// updatedAfter + jobId[] is the only server-side delta: one paged search (cursor, 100 per page,
// run strictly one at a time because SmartRecruiters allows a single concurrent GET /candidates
// per credential) returns only candidates that changed and applied to our jobs. Its list items
// carry the status and sub-status of the primary assignment; other assignments carry just the
// job, so those (and only those) are read with GET /candidates/{id}/jobs/{jobId}, a few at a time.
// Polling every linked (candidate, job) pair instead would cost one call per pair per run whatever
// changed. UNCONFIRMED: that a status change on an application bumps the candidate's updatedOn in
// the real API (the sandbox does); the first run, and any run after a failure, re-reads more.
//
// "Only applications created after stage sync was turned on": the API gives no creation date for
// an application. An application is new when Sourcedesk already tracks it, when its candidate was
// created on/after `since` (an application cannot predate its candidate), or else when the first
// entry of its status history (GET .../status/history, scope candidate_status_read) is on/after
// `since`.
//
// Stage drift is not forgotten: an application whose stage cannot be applied (unmapped, flagged,
// unknown, ambiguous) is not stored as pulled, and is listed as "pending" in the run's summary;
// the next run reads those applications directly (GET /candidates/{id}/jobs/{jobId}) even when
// the delta does not return them, so mapping the stage later applies it.
//
// Failing halfway: every application is written (member status first, then sr_applications) as
// soon as it is read, so nothing is lost; the run is recorded not ok, and the next delta starts
// again from the last successful run's start time (minus a clock-skew overlap).
#include "StageSchedule.h"
#include "StageSyncReport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace sd {
class Workspace;
}

namespace sd::sr {
class ApiCall;
class ApiClient;
class Pager;
struct ApiError;
struct ApiResult;
} // namespace sd::sr

namespace sd::stagesync {

// Settings are read by the caller (team/user settings), not here.
struct StageSyncConfig
{
    QDate since; // the day stage sync was turned on
    bool onlyNewApplications = true;
    QTimeZone zone = StageSchedule::defaultZone(); // `since` starts at midnight in this zone
};

class StageSync : public QObject
{
    Q_OBJECT
public:
    // Seconds subtracted from the last run's start for the delta: covers a clock difference
    // between this machine and SmartRecruiters (re-reading a change is harmless).
    static constexpr int kOverlapSecs = 120;
    static constexpr int kJobsPerSearch = 20; // keeps the query string short

    // Both must outlive the object (an ApiClient deleted mid-run ends its calls silently). A
    // mapping changed later moves nobody retroactively: it applies to the next remote moves.
    StageSync(const Workspace &workspace, sr::ApiClient *client, QObject *parent = nullptr);
    ~StageSync() override;

    // Starts a run (ignored while one is running); finished() follows, never from inside run().
    void run(const StageSyncConfig &config);
    // Stops at the next safe point; finished() follows with cancelled = true.
    void cancel();
    bool isRunning() const { return m_running; }

    void setPageSize(int limit) { m_pageSize = qBound(1, limit, 100); }
    void setMaxInFlight(int calls) { m_maxInFlight = qBound(1, calls, 8); }

signals:
    void progress(int done, int total);
    void finished(const sd::stagesync::StageSyncReport &report);

private:
    enum class Newness { Unknown, New, Old };
    struct WorkItem
    {
        qint64 candidateId = 0;
        QString srCandidateId;
        QString jobId;
        QString createdOn;
        QString updatedOn;
        bool stageKnown = false;
        RemoteStage stage;
        Newness newness = Newness::Unknown;
    };

    void start();
    void onProcesses(bool ok, const QString &error, const QList<sr::HiringProcess> &processes);
    void startSearch();
    bool onSearchPage(const sr::ApiResult &page);
    void onSearchFinished(const sr::ApiError &error);
    void enqueuePending();
    void pump();
    void advance(WorkItem item);
    void fetchHistory(WorkItem item);
    void fetchApplication(WorkItem item);
    void apply(const WorkItem &item);
    void itemDone();
    void track(sr::ApiCall *call);
    void addError(const QString &message);
    void fail(const Error &error); // a workspace error: stop the run
    void requestFinishCheck();
    void maybeFinish();
    void finishNow();

    const Workspace &m_workspace;
    sr::ApiClient *m_client;
    int m_pageSize = 100;
    int m_maxInFlight = 4;

    StageSyncConfig m_config;
    StageSyncReport m_report;
    QDateTime m_sinceStart;
    QList<Stage> m_stages;
    QHash<QString, qint64> m_links;
    QHash<QString, QList<qint64>> m_jobs;
    QList<QStringList> m_chunks;
    qsizetype m_chunk = 0;
    QPointer<sr::Pager> m_pager;
    QList<QPointer<sr::ApiCall>> m_calls;
    std::deque<WorkItem> m_queue;
    QSet<QString> m_seen;
    QHash<QString, ApplicationRef> m_pendingIn;  // from the last run, not re-checked yet
    QHash<QString, ApplicationRef> m_pendingOut; // stage drift found by this run
    bool m_pendingQueued = false;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_searching = false;
    bool m_stopping = false; // cancelled or failed: no new work
    bool m_pumping = false;
    bool m_finishQueued = false;
    quint64 m_generation = 0;
};

} // namespace sd::stagesync
