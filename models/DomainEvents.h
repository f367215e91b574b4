#pragma once
// What other parts of Sourcedesk must hear about when the data changes, told from inside the
// change's own transaction: a listener's writes (the SmartRecruiters outbox) commit or roll back
// with the change, so a crash can never leave a change without the jobs it calls for. The
// listener is set on the Workspace by the app and the CLI; tests and tools may leave it unset.
#include "Error.h"
#include "Types.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sd {

class DomainEvents
{
public:
    virtual ~DomainEvents() = default;
    // Only the candidates that were really added / really changed status.
    virtual Status membersAdded(qint64 campaignId, const QList<qint64> &candidateIds, const QString &actor) = 0;
    virtual Status statusChanged(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status,
                                 const QString &actor) = 0;
    // statusNow: the member's status after the activity moved it along, when it did.
    virtual Status activityLogged(const Activity &activity, std::optional<MemberStatus> statusNow, const QString &actor) = 0;
    virtual Status candidateEdited(qint64 candidateId, const QStringList &changedFields, const QString &actor) = 0;
};

} // namespace sd
