#pragma once
// Putting campaign members into the campaign's sequence, after the contact guard: people on the
// do-not-contact list are never enrolled; the other warnings are returned for the recruiter to
// confirm (enroll(..., confirmed = true) enrolls them anyway).
#include "ContactGuard.h"
#include "Error.h"

#include <QDateTime>
#include <QList>

namespace sd {
class Workspace;
}

namespace sd::outreach {

struct EnrollOutcome
{
    int enrolled = 0;
    QList<qint64> refused;          // do-not-contact, or no email while step 1 is an automatic email
    QList<ContactWarning> warnings; // all warnings found (also for the enrolled ones when confirmed)
    bool needsConfirmation = false; // non-blocking warnings and confirmed == false: nothing enrolled
};

// First step due at the first moment inside its window after its delay (candidate's or
// recruiter's time zone per the sequence). `recentDays` for the guard (0: off).
Result<EnrollOutcome> enroll(const Workspace &workspace, qint64 campaignId, const QList<qint64> &candidateIds,
                             bool confirmed, int recentDays, const QDateTime &nowUtc);

} // namespace sd::outreach
