#pragma once
// The SmartRecruiters side of every change: set on the Workspace, it queues the outbox jobs a
// change calls for inside the change's own transaction (see DomainEvents.h), and records where
// edited values came from.
//
//   workspace->setEvents(std::make_shared<sync::SyncEvents>(*workspace, QStringLiteral("manual")));
#include "DomainEvents.h"

namespace sd {
class Workspace;
}

namespace sd::sync {

// The actor of changes that come from SmartRecruiters (stage sync, reconciliation).
inline constexpr const char *kSmartRecruitersActor = "SmartRecruiters";

class SyncEvents final : public DomainEvents
{
public:
    // origin: what edits are recorded as (manual for the app, cli for the command line).
    SyncEvents(const Workspace &workspace, QString origin);

    Status membersAdded(qint64 campaignId, const QList<qint64> &candidateIds, const QString &actor) override;
    Status statusChanged(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status,
                         const QString &actor) override;
    Status activityLogged(const Activity &activity, std::optional<MemberStatus> statusNow, const QString &actor) override;
    Status candidateEdited(qint64 candidateId, const QStringList &changedFields, const QString &actor) override;

private:
    const Workspace &m_workspace;
    QString m_origin;
};

} // namespace sd::sync
