#pragma once
// Finishing a manual step: one transaction logs the activity (LinkedIn message sent, call made,
// with the outcome), closes the task, and moves the member's sequence on to the next step.
#include "Error.h"
#include "TaskRepository.h"
#include "Types.h"

#include <QDateTime>
#include <QString>

namespace sd {
class Workspace;
}

namespace sd::outreach {

// The activity a done task of this kind logs (a custom task logs a note).
ActivityKind activityKindFor(StepKind kind);

// Outcomes offered per kind (stable keys; labels are tr()'d by the UI): call → "connected",
// "voicemail", "noAnswer", "wrongNumber"; LinkedIn → "sent", "accepted", "notAvailable"; others → "done".
QStringList outcomesFor(StepKind kind);

// Done (logs the activity) or skipped (logs nothing); advances the enrollment either way.
// Conflict when the task was finished meanwhile.
Status completeTask(const Workspace &workspace, qint64 taskId, TaskState state, const QString &outcome,
                    const QString &note, const QString &actor, const QDateTime &nowUtc);

} // namespace sd::outreach
