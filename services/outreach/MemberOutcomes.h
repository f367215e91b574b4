#pragma once
// What a reply, a bounce or an unsubscribe request does to a member, in one transaction each:
// the activity (which moves the pipeline status and feeds the SmartRecruiters notes and triggers
// through the workspace's DomainEvents), the member's status, the end of their sequence run, and
// the cancelling of what was still queued for them (emails and open tasks).
#include "Error.h"

#include <QDateTime>
#include <QString>

namespace sd {
class Workspace;
}

namespace sd::outreach {

struct MemberRef
{
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    QString actor; // the mailbox owner: the recruiter the events are attributed to
};

// Logs an EmailReply activity (status -> replied) and stops the rest of the run (state replied).
Status recordReply(const Workspace &ws, const MemberRef &m, const QString &subject, const QString &text,
                   const QDateTime &atUtc);

// The email `emailId` (0: unknown) bounced: the queue row, the member (bounced) and the run stop.
Status recordBounce(const Workspace &ws, const MemberRef &m, qint64 emailId, const QString &diagnostic,
                    const QDateTime &atUtc);

// The person asked not to be contacted: their address goes on the do-not-contact list, the member
// becomes unsubscribed, a note records the request, and the run stops.
Status recordUnsubscribe(const Workspace &ws, const MemberRef &m, const QString &address, const QString &text,
                         const QDateTime &atUtc);

} // namespace sd::outreach
