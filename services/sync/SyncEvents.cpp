#include "SyncEvents.h"

#include "SyncPlanner.h"
#include "SyncStore.h"
#include "Workspace.h"

namespace sd::sync {

namespace {

template <class T>
Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

} // namespace

SyncEvents::SyncEvents(const Workspace &workspace, QString origin) : m_workspace(workspace), m_origin(std::move(origin)) {}

Status SyncEvents::membersAdded(qint64 campaignId, const QList<qint64> &candidateIds, const QString &actor)
{
    return statusOf(SyncPlanner(m_workspace, actor).membersAdded(campaignId, candidateIds));
}

Status SyncEvents::statusChanged(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status,
                                 const QString &actor)
{
    // A stage pulled from SmartRecruiters is not echoed back to it as a note or a push.
    if (actor == QLatin1String(kSmartRecruitersActor))
        return std::nullopt;
    return statusOf(SyncPlanner(m_workspace, actor).statusChanged(campaignId, candidateIds, status));
}

Status SyncEvents::activityLogged(const Activity &activity, std::optional<MemberStatus> statusNow, const QString &actor)
{
    return statusOf(SyncPlanner(m_workspace, actor).activityLogged(activity, statusNow));
}

Status SyncEvents::candidateEdited(qint64 candidateId, const QStringList &changedFields, const QString &actor)
{
    if (Status s = SyncStore(m_workspace).recordFieldSources(candidateId, changedFields, m_origin))
        return s;
    return statusOf(SyncPlanner(m_workspace, actor).candidateEdited(candidateId, changedFields));
}

} // namespace sd::sync
