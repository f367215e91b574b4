#pragma once
// When a member's next step is due: the step's delay in business days and its send window, in
// the candidate's time zone (from their country) or the recruiter's, per the sequence.
#include "SendWindow.h"
#include "SequenceRepository.h"
#include "Types.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd {
class Workspace;
}

namespace sd::outreach {

SendWindow windowOf(const SequenceStep &step);

// Candidate mode: the first time zone Qt lists for the candidate's country (ISO 3166-1 alpha-2);
// a country with several zones gets its first one (documented approximation). Falls back to the
// recruiter's zone, then to the system zone.
QTimeZone zoneFor(const Sequence &sequence, const Candidate &candidate);

// The first moment after `fromUtc` + the step's delay that is inside the step's window.
QDateTime dueTimeFor(const Sequence &sequence, const SequenceStep &step, const Candidate &candidate,
                     const QDateTime &fromUtc);

// Moves a member's run on past step `donePosition`: to the next step (due per dueTimeFor counted
// from `fromUtc`) or to Finished when it was the last. The caller holds the transaction.
Status advanceAfter(const Workspace &workspace, const Enrollment &enrollment, int donePosition,
                    const QDateTime &fromUtc);

} // namespace sd::outreach
