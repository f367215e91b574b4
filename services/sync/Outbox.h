#pragma once
// The durable outbox: every write to SmartRecruiters is a row here before it is sent, so quitting,
// crashing or losing the network loses nothing. A job runs only when it is the first open job of
// its candidate in (priority, id) order: the create goes before the notes and tags of the same
// person, and a job that needs attention holds back what comes after it for that person only.
//
//   Outbox outbox(workspace);
//   OutboxJob job = OutboxJob::make(JobKind::AddNote, candidateId, campaignId, payload);
//   outbox.enqueue(job);                          // pending, with a fresh correlation id
//   outbox.ready(8, busy)                         // what may go out now
//   outbox.markInFlight(id) -> send -> markDone / markRetry / markNeedsAttention
//   outbox.recoverInFlight()                      // jobs whose lease ran out are checked before a resend
//
// Several app instances (members' apps on a team workspace, the app and the CLI on one file) share
// one outbox: an engine's Outbox carries its instance id (setLease) and takes jobs with claim(),
// which marks them in flight with a lease in one step, so each job goes to exactly one instance
// (FOR UPDATE SKIP LOCKED on PostgreSQL, one conditional UPDATE per job on SQLite).
#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::sync {

enum class JobKind { Create, Link, UpdateFields, AddNote, SetTags, UploadAttachment, SetStatus };
// Stored as the integer; never reorder.
enum class JobState { Pending = 0, InFlight = 1, Done = 2, Retrying = 3, NeedsAttention = 4, Skipped = 5, Held = 6 };

QString toKey(JobKind kind);   // "create", "link", "updateFields", "addNote", "setTags", "uploadAttachment", "setStatus"
bool fromKey(const QString &key, JobKind *out);
QString toKey(JobState state); // "pending", "inFlight", "done", "retrying", "needsAttention", "skipped", "held"
bool fromKey(const QString &key, JobState *out);
QString jobKindLabel(JobKind kind);   // translated
QString jobStateLabel(JobState state); // translated
// Open jobs block the jobs queued after them for the same candidate; held jobs wait aside.
bool isOpen(JobState state);

struct OutboxJob
{
    qint64 id = 0;
    qint64 candidateId = 0;
    qint64 campaignId = 0; // 0: not tied to a campaign
    JobKind kind = JobKind::AddNote;
    int priority = 1;      // 0 for create and link: they go first for their candidate
    QJsonObject payload;
    JobState state = JobState::Pending;
    int attempts = 0;
    QDateTime notBefore;
    QString correlationId; // unique; notes carry it so a resend can be checked first
    QString errorCode;
    QString errorMessage;  // SmartRecruiters' refusal, in words the recruiter can act on
    QString userAction;    // what the recruiter can do about it
    QJsonObject result;    // what was sent and what came back: fields before/after, ids
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime doneAt;
    QString claimedBy;     // the app instance ("host:pid:random") that took it in flight last
    QDateTime leaseUntil;  // while in flight: until when the job is that instance's

    static OutboxJob make(JobKind kind, qint64 candidateId, qint64 campaignId, QJsonObject payload = {});
    // Set by recoverInFlight(): the previous attempt may have reached SmartRecruiters.
    bool mustVerify() const;
};

struct OutboxQuery
{
    std::optional<qint64> candidateId;
    QList<JobState> states; // all when empty
    int limit = 500;
    qint64 beforeId = 0;    // paging: jobs with a smaller id (newest first)
};

struct OutboxCounts
{
    int pending = 0, inFlight = 0, done = 0, retrying = 0, needsAttention = 0, skipped = 0, held = 0;
    int open() const { return pending + inFlight + retrying + needsAttention; }
    int waiting() const { return pending + inFlight + retrying; }
};

class Outbox
{
public:
    explicit Outbox(const Workspace &workspace);

    // This instance's id (claimed_by) and how long a claimed job stays its own without a renewal.
    // With an id set, a job in flight is only moved on (done, retry, …) while it is still this
    // instance's: one that another instance took over after the lease ran out is left to it.
    void setLease(const QString &instanceId, int leaseMs);
    const QString &instanceId() const { return m_instance; }

    // Stores the job (pending unless its state says held); fills id, correlation id and times.
    Status enqueue(OutboxJob &job, const QString &actor = {});
    // Several jobs in one transaction: all or none.
    Status enqueueAll(QList<OutboxJob> &jobs, const QString &actor = {});
    Result<OutboxJob> get(qint64 id) const;
    // Jobs that may be sent now, oldest first: pending or retrying and due, and first open job of
    // their candidate. Candidates in `busy` (a job of theirs is being sent) are left out.
    Result<QList<OutboxJob>> ready(int limit, const QSet<qint64> &busy = {}) const;
    // Nothing is being sent, waits for a retry, or could be sent now. Jobs that wait behind one that
    // needs attention (and held jobs) do not count: only the recruiter can move them.
    Result<bool> isQuiet() const;
    // When the next retrying job becomes due (invalid: none waits).
    Result<QDateTime> nextDue() const;

    Status markInFlight(qint64 id);
    // Takes up to `limit` jobs that may be sent now (as ready()) for this instance: in flight, one
    // more attempt, leased until now + lease. A job another instance is claiming at the same moment
    // is skipped, never taken twice. Needs setLease().
    Result<QList<OutboxJob>> claim(int limit);
    // Extends the lease of every job this instance has in flight.
    Status renewLeases();
    // This instance stops: its jobs in flight go back to pending, checked before a resend (their
    // answers may have been applied), without waiting for the lease to run out. Returns how many.
    Result<int> releaseClaims();
    Status markDone(qint64 id, const QJsonObject &result);
    // A done job that carries a warning for the recruiter (error code WARNING, the text as message).
    Status setNotice(qint64 id, const QString &warning);
    // mustVerify: the attempt may have reached SmartRecruiters; the next one checks first.
    Status markRetry(qint64 id, const QDateTime &notBefore, const QString &code, const QString &message,
                     bool mustVerify = false);
    // Waits aside until the candidate exists in SmartRecruiters (releaseHeld), with the reason.
    Status markHeld(qint64 id, const QString &reason);
    Status markNeedsAttention(qint64 id, const QString &code, const QString &message, const QString &userAction,
                              const QJsonObject &result = {});
    // The recruiter's decisions on a job that needs attention (or any open job).
    Status retry(qint64 id);
    Status skip(qint64 id, const QString &actor);
    // Held jobs of the candidate become pending (the candidate now exists in SmartRecruiters).
    Result<int> releaseHeld(qint64 candidateId);
    // Jobs left in flight by an instance that crashed (their lease ran out; jobs marked in flight
    // without a lease count as expired) go back to pending, marked to be checked before anything
    // is sent again. Jobs of a live instance (lease still running) are left alone. Returns how many.
    Result<int> recoverInFlight();

    Result<QList<OutboxJob>> list(const OutboxQuery &query) const;
    Result<OutboxCounts> counts() const;
    // Whether the candidate has an open or held job of this kind (so the planner does not queue twice).
    Result<bool> hasOpenJob(qint64 candidateId, JobKind kind) const;

private:
    Status setState(qint64 id, JobState state, const QString &sqlSet, const QVariantList &binds);

    const Workspace &m_workspace;
    QString m_instance;
    int m_leaseMs = 60000;
};

} // namespace sd::sync
