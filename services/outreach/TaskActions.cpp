#include "TaskActions.h"

#include "ActivityRepository.h"
#include "SqlUtil.h"
#include "StepTiming.h"
#include "Workspace.h"

#include <QObject>

namespace sd::outreach {

ActivityKind activityKindFor(StepKind kind)
{
    switch (kind) {
    case StepKind::AutoEmail:
    case StepKind::ManualEmail:
        return ActivityKind::EmailSent;
    case StepKind::LinkedinConnect:
        return ActivityKind::ConnectionRequest;
    case StepKind::LinkedinMessage:
        return ActivityKind::LinkedInMessage;
    case StepKind::Call:
        return ActivityKind::Call;
    case StepKind::Task:
        return ActivityKind::Note;
    }
    return ActivityKind::Note;
}

QStringList outcomesFor(StepKind kind)
{
    switch (kind) {
    case StepKind::Call:
        return {QStringLiteral("connected"), QStringLiteral("voicemail"), QStringLiteral("noAnswer"),
                QStringLiteral("wrongNumber")};
    case StepKind::LinkedinConnect:
    case StepKind::LinkedinMessage:
        return {QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("notAvailable")};
    case StepKind::AutoEmail:
    case StepKind::ManualEmail:
    case StepKind::Task:
        break;
    }
    return {QStringLiteral("done")};
}

Status completeTask(const Workspace &workspace, qint64 taskId, TaskState state, const QString &outcome,
                    const QString &note, const QString &actor, const QDateTime &nowUtc)
{
    if (state == TaskState::Open)
        return Error(Error::Code::InvalidArgument, QObject::tr("A task can only be marked done or skipped."));
    QSqlDatabase db = workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    TaskRepository tasks(workspace);
    auto task = tasks.get(taskId);
    if (!task.ok())
        return task.error();
    if (task->state != TaskState::Open)
        return Error(Error::Code::Conflict, QObject::tr("This task was already finished."));
    if (state == TaskState::Done && !outcome.isEmpty() && !outcomesFor(task->kind).contains(outcome))
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("\"%1\" is not an outcome of this task; use one of: %2.")
                         .arg(outcome, outcomesFor(task->kind).join(QStringLiteral(", "))),
                     QStringLiteral("outcome"));

    qint64 activityId = 0;
    if (state == TaskState::Done) {
        Activity a;
        a.candidateId = task->candidateId;
        a.campaignId = task->campaignId;
        a.kind = activityKindFor(task->kind);
        a.subject = task->title;
        QStringList body;
        if (!outcome.isEmpty() && outcome != QStringLiteral("done"))
            body << QObject::tr("Outcome: %1").arg(outcome);
        if (!note.trimmed().isEmpty())
            body << note.trimmed();
        a.body = body.join(QLatin1Char('\n'));
        a.occurredAt = nowUtc;
        a.author = actor;
        if (Status s = ActivityRepository(workspace).log(a))
            return s;
        activityId = a.id;
    }
    if (Status s = tasks.finish(taskId, state, outcome, note, activityId, nowUtc))
        return s;

    SequenceRepository sequences(workspace);
    auto enrollment = sequences.enrollment(task->campaignId, task->candidateId);
    if (!enrollment.ok())
        return enrollment.error();
    // Only a run still waiting on this very step moves on; one that stopped (a reply came in) or
    // was moved by hand stays where it is.
    if (enrollment->has_value() && (*enrollment)->state == EnrollmentState::Active
        && (*enrollment)->currentStep == task->stepPosition) {
        if (Status s = advanceAfter(workspace, **enrollment, task->stepPosition, nowUtc))
            return s;
    }
    return tx.commit();
}

} // namespace sd::outreach
