#pragma once
// The stage sync's reads and writes in the workspace: its runs (sync_runs, kind "stages"), the
// links it follows (sr_candidate_links, campaign_sr_jobs), the applications it pulled
// (sr_applications) and the member statuses it compares against.
#include "StageRules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::stagesync {

inline constexpr auto kRunKind = "stages";

struct StoredApplication
{
    RemoteStage stage;
    QString remoteUpdatedOn;
    QDateTime pulledAt;
};

class StageSyncStore
{
public:
    explicit StageSyncStore(const Workspace &workspace) : m_workspace(workspace) {}

    // Start time of the last run that finished ok; invalid when there was none.
    Result<QDateTime> lastSuccessfulRunStart() const;
    Result<qint64> beginRun(const QDateTime &startedAt);
    Status finishRun(qint64 runId, bool ok, const QJsonObject &summary);
    // The summary of the latest finished run (any outcome); empty when none.
    Result<QJsonObject> lastSummary() const;

    // SmartRecruiters candidate id -> local candidate id.
    Result<QHash<QString, qint64>> linkedCandidates() const;
    // SmartRecruiters job id -> campaigns pushing to it (the talent pool, '' job, is left out).
    Result<QHash<QString, QList<qint64>>> linkedJobs() const;

    Result<std::optional<StoredApplication>> application(qint64 candidateId, const QString &jobId) const;
    Status saveApplication(qint64 candidateId, const QString &jobId, const RemoteStage &stage,
                           const QString &remoteUpdatedOn);

    // The member's status in a campaign; none when the candidate is not a member.
    Result<std::optional<MemberStatus>> memberStatus(qint64 campaignId, qint64 candidateId) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd::stagesync
