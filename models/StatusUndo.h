#pragma once
// Undo for a bulk status change in a campaign.
//
// Unlike a delete, a status change is not undone by writing old rows back: SmartRecruiters may
// have been told about it (an outcome tag, a status push, a create when the trigger fired), so the
// undo is itself a status change through CampaignRepository::setStatus — history row, domain
// events, the planner's jobs — back to each member's previous status. SmartRecruiters stays in step
// through the normal path, and nothing is created twice: the planner never queues a second create.
// On top of that, per person, all or nothing:
//  - when nothing the change queued for them (create, link, tag, status push, the "status changed"
//    note) has been tried yet, those jobs are skipped with the reason, and so are the ones the way
//    back queues: what the recruiter took back within seconds never reaches SmartRecruiters;
//  - when something already went (or is in flight), every job stays and the way back follows it:
//    the tag and status are set back, a note says so, and a person already created stays created.
// Also the member's status_changed_at goes back to its value before the change, and a member whose
// status changed again since is left alone and counted in `skipped`. Jobs queued in between by other
// actions of the same kinds for the same person count as the change's (the window is seconds).
#include "Error.h"
#include "Types.h"

#include <QList>
#include <QSqlDatabase>

namespace sd {

class Workspace;

struct StatusUndo
{
    struct Previous
    {
        qint64 candidateId = 0;
        MemberStatus status = MemberStatus::Added;
        qint64 changedAtMs = 0;
    };

    qint64 campaignId = 0;
    MemberStatus applied = MemberStatus::Added;
    qint64 appliedAtMs = 0;   // the change's status_changed_at
    qint64 outboxMark = 0;    // the largest outbox job id before the change
    QList<Previous> previous; // only the members the change really moves

    bool isEmpty() const { return previous.isEmpty(); }

    // Call inside the change's transaction, before it writes.
    static Result<StatusUndo> capture(const QSqlDatabase &db, qint64 campaignId,
                                      const QList<qint64> &candidateIds, MemberStatus status, qint64 nowMs);
};

struct StatusUndoOutcome
{
    int reverted = 0;
    int skipped = 0;       // changed again since: left as they are
    int withdrawnJobs = 0; // SmartRecruiters jobs skipped, of the change and of the way back
};

// One transaction: all of it or nothing.
Result<StatusUndoOutcome> undoStatusChange(const Workspace &workspace, const StatusUndo &undo,
                                           const QString &actor);

} // namespace sd
