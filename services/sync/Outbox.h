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
//   outbox.recoverInFlight()                      // at start: in-flight jobs are checked before a resend
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
    // At start: jobs left in flight by a crash go back to pending, marked to be checked before
    // anything is sent again. Returns how many.
    Result<int> recoverInFlight();

    Result<QList<OutboxJob>> list(const OutboxQuery &query) const;
    Result<OutboxCounts> counts() const;
    // Whether the candidate has an open or held job of this kind (so the planner does not queue twice).
    Result<bool> hasOpenJob(qint64 candidateId, JobKind kind) const;

private:
    Status setState(qint64 id, JobState state, const QString &sqlSet, const QVariantList &binds);

    const Workspace &m_workspace;
};

} // namespace sd::sync
