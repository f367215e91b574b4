#pragma once

#include "Error.h"
#include "Types.h"

#include <QList>

namespace sd {

class Workspace;

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

private:
    const Workspace &m_workspace;
};

} // namespace sd
