#pragma once
// Pushing a Sourcedesk status change back to SmartRecruiters (optional, per team setting):
//   PUT /candidates/{id}/jobs/{jobId}/status  {status, subStatus?, reason?}
// The write itself goes through the sync outbox; this gives it the pure builder (reverse mapping,
// reason rules), the ids to address, and a small executor.
#include "Applications.h"
#include "Configuration.h"
#include "StageCatalog.h"

#include <functional>

namespace sd {
class Workspace;
}

namespace sd::sr {
class ApiCall;
class ApiClient;
struct ApiError;
} // namespace sd::sr

namespace sd::stagesync {

// For the reason picker (and to validate a chosen reason before it is queued).
struct ReasonLists
{
    QList<sr::Reason> rejection;  // for REJECTED
    QList<sr::Reason> withdrawal; // for WITHDRAWN
    bool loaded = false;          // both lists were read
};

struct PushBackRequest
{
    MemberStatus localStatus = MemberStatus::Added;
    QString stageId;    // the user's choice when several stages map to localStatus; '' = preferred
    QString reasonId;   // required for REJECTED and WITHDRAWN, refused otherwise
    QDateTime startsOn; // optional (e.g. for HIRED)
};

enum class PushBackProblem {
    None,
    NoMapping,        // no SmartRecruiters stage maps to the local status
    AmbiguousStage,   // several do, and none is chosen or preferred
    UnknownStage,     // the chosen/preferred stage is not in the catalogue
    StageNotForStatus, // the chosen stage maps to another status
    StageFlagged,     // renamed or gone in SmartRecruiters: review it first
    ReasonRequired,
    ReasonUnknown,    // not in the rejection/withdrawal reasons
    ReasonNotAllowed, // a reason on a status other than REJECTED/WITHDRAWN
    ReasonsNotLoaded, // a reason was given but the lists to check it against were not loaded
};

struct PushTarget
{
    QString srCandidateId;
    QString srJobId;
};

class StatusPushBack
{
public:
    // The SmartRecruiters status for a local change. Order of choice: request.stageId, the
    // preferred stage of that status, the only stage mapping to it. Errors are translated and
    // `problem` tells which rule refused.
    static Result<sr::StatusChange> buildStatusChange(const PushBackRequest &request, const QList<Stage> &stages,
                                                      const QHash<MemberStatus, QString> &preferred,
                                                      const ReasonLists &reasons, PushBackProblem *problem = nullptr);

    // Which SmartRecruiters application a campaign member is: the member's candidate link and
    // the campaign's job. NotFound when either is missing (or the campaign goes to the pool).
    static Result<PushTarget> target(const Workspace &workspace, qint64 campaignId, qint64 candidateId);

    // Sends the change; `done` gets an error of kind None on success. Runs in `context`.
    static sr::ApiCall *execute(sr::ApiClient *client, const PushTarget &target, const sr::StatusChange &change,
                                QObject *context, std::function<void(const sr::ApiError &)> done);

    // Both reason lists (two calls in parallel); `done` once, with the first error if any.
    static void loadReasons(sr::ApiClient *client, QObject *context,
                            std::function<void(const ReasonLists &, const sr::ApiError &)> done);
};

} // namespace sd::stagesync
