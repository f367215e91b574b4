#pragma once

#include "Error.h"
#include "Types.h"

#include <QList>

namespace sd {

class Workspace;

// An activity with the names a list shows next to it (RepliesView).
struct ActivityListRow
{
    Activity activity;
    QString candidateName;  // "First Last"
    QString candidateEmail; // the primary email
    QString campaignName;   // empty when not tied to a campaign
};

// Outreach activities: the timeline of a candidate and, later, the notes written to SmartRecruiters.
class ActivityRepository
{
public:
    explicit ActivityRepository(const Workspace &workspace);

    // Logs the activity; when it belongs to a campaign, the member's last activity is updated and the
    // member moves along the pipeline as statusAfterActivity() says. One transaction.
    Status log(Activity &activity);
    Result<QList<Activity>> forCandidate(qint64 candidateId, int limit = 500) const;
    Result<QList<Activity>> forCampaign(qint64 campaignId, int limit = 500) const;
    Status remove(qint64 activityId);
    // The newest activities of `kind` across the workspace, with candidate and campaign names;
    // pages with `offset`. Newest first (then by id).
    Result<QList<ActivityListRow>> recentOfKind(ActivityKind kind, int limit, int offset = 0) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd
