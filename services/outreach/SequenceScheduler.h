#pragma once
// Turns due sequence steps into work: an automatic email becomes a row in the send queue (with
// its threading headers and the unsubscribe line), a manual step becomes a task in the owner's
// Today list. Queueing and moving the member on happen in one transaction, and the queue holds
// one row per (campaign, candidate, step), so running the scheduler twice never doubles anything.
#include "Error.h"

#include <QDateTime>
#include <QString>

namespace sd {
class Workspace;
}

namespace sd::outreach {

struct ScheduleReport
{
    int emailsQueued = 0;
    int tasksCreated = 0;
    int finished = 0;         // runs that reached their end
    int stopped = 0;          // do-not-contact, no email address
    int paused = 0;           // a placeholder would render empty: the recruiter must fix the data or the template
    int waitingForMailbox = 0; // the campaign owner has no mailbox yet
    int waitingForPrevious = 0; // the member's previous email has not gone out yet: looked at again in an hour
    bool more = false;         // the batch limit was reached
};

// The line every automatic email ends with (also what a reply "unsubscribe" answers).
QString unsubscribeLine();

// Handles up to `batch` due enrollments. Errors are only database errors; a member that cannot be
// scheduled is paused or stopped with the reason in enrollments.stopped_reason.
Result<ScheduleReport> scheduleDue(const Workspace &workspace, const QDateTime &nowUtc, int batch = 500);

} // namespace sd::outreach
