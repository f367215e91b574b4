#pragma once
// What is out of step between Sourcedesk and SmartRecruiters, found from the database alone (no
// network), each with a one-click fix: people whose create trigger fired but who are not in
// SmartRecruiters, notes not yet written, jobs waiting for the recruiter, and members whose
// pipeline stage differs from the SmartRecruiters stage pulled by the last stage sync.
// Run on demand, after each stage sync, and when the engine starts (it also catches a change
// made by an older version or a tool that did not queue its jobs).
#include "Error.h"
#include "Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::sync {

struct OutOfStep
{
    enum class Kind { NotInSmartRecruiters, NoteNotWritten, NeedsAttention, StageDrift };
    Kind kind = Kind::NotInSmartRecruiters;
    qint64 candidateId = 0;
    qint64 campaignId = 0;
    qint64 jobId = 0;                           // the outbox job, for notes and attention
    std::optional<MemberStatus> remoteStatus;   // stage drift: the mapped SmartRecruiters stage
    QString candidateName;
    QString what;   // translated: what is out of step
    QString fix;    // translated: what the one-click fix does
};

QString toKey(OutOfStep::Kind kind); // notInSmartRecruiters, noteNotWritten, needsAttention, stageDrift

class Reconciler
{
public:
    Reconciler(const Workspace &workspace, QString actor);

    Result<QList<OutOfStep>> scan(int limit = 1000) const;
    // Queues the create, retries the job, or takes SmartRecruiters' stage; then it is in step
    // (or on its way: the outbox does the rest).
    Status fix(const OutOfStep &item) const;

private:
    Status scanMissing(QList<OutOfStep> &out, int limit) const;
    Status scanJobs(QList<OutOfStep> &out, int limit) const;
    Status scanStages(QList<OutOfStep> &out, int limit) const;

    const Workspace &m_workspace;
    QString m_actor;
};

} // namespace sd::sync
