#pragma once
// Turns what happens in Sourcedesk into outbox jobs, as the settings say: a member added, a status
// changed, an activity logged, contact fields edited, a file attached. The GUI and the CLI call it
// right after the change is stored; reconciliation catches anything that slipped between the two.
//
//   SyncPlanner planner(workspace, actor);
//   campaigns.addMembers(id, candidates, actor);
//   planner.membersAdded(id, candidates);       // -> create jobs where "when added" applies
#include "Error.h"
#include "Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd {
class Workspace;
}

namespace sd::sync {

struct PlanSummary
{
    int queued = 0;  // jobs that will be sent
    int held = 0;    // notes waiting for the candidate to be created
    int skipped = 0; // nothing to send under the settings
    QStringList reasons; // why things were held or skipped, for the status bar / CLI
};

class SyncPlanner
{
public:
    SyncPlanner(std::shared_ptr<Workspace> workspace, QString actor);
    // For a listener the workspace owns (SyncEvents): no shared ownership, no cycle.
    SyncPlanner(const Workspace &workspace, QString actor);

    Result<PlanSummary> membersAdded(qint64 campaignId, const QList<qint64> &candidateIds);
    Result<PlanSummary> statusChanged(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status);
    // statusNow: the status the activity moved the member to, if it did (the outcome tag follows).
    Result<PlanSummary> activityLogged(const Activity &activity, std::optional<MemberStatus> statusNow = std::nullopt);
    Result<PlanSummary> candidateEdited(qint64 candidateId, const QStringList &changedFields);
    Result<PlanSummary> attachmentAdded(qint64 candidateId, qint64 attachmentId);
    // "Push now" from the candidate page, a bulk action or the CLI: creates (or links) the
    // candidate whatever the trigger says, unless the settings say "don't add".
    Result<PlanSummary> pushNow(qint64 campaignId, const QList<qint64> &candidateIds);
    // Pushes a member's status back to the campaign job's application (PUT …/status), with the
    // SmartRecruiters stage and the rejection/withdrawal reason the recruiter chose ('' = the
    // preferred stage; no reason). Refused with the rule that stops it (no mapping, reason needed…).
    Result<PlanSummary> pushStatus(qint64 campaignId, qint64 candidateId, MemberStatus status, const QString &stageId,
                                   const QString &reasonId);

private:
    struct Context;
    // linkToJob: the candidate joined the campaign (not a later status change), so a person
    // already in SmartRecruiters is checked against the campaign's job.
    Status planCreate(Context &ctx, bool force, bool linkToJob, PlanSummary &summary);
    Status planTags(Context &ctx, PlanSummary &summary);
    // Automatic push-back after a status change, when the team turned it on.
    Status planPushBack(Context &ctx, MemberStatus status, const QString &stageId, const QString &reasonId,
                        bool explicitRequest, PlanSummary &summary);
    Status planNote(Context &ctx, const QString &kindKey, const QString &content, PlanSummary &summary);
    Result<Context> context(qint64 campaignId, qint64 candidateId) const;

    std::shared_ptr<Workspace> m_keep;
    const Workspace *m_workspace;
    QString m_actor;
};

} // namespace sd::sync
