#pragma once
// The manual steps of sequences (LinkedIn, calls, manual emails, custom tasks) as a recruiter's
// task list (table outreach_tasks). One task per (campaign, candidate, step).
#include "Error.h"
#include "SequenceRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

class Workspace;

enum class TaskState { Open, Done, Skipped };

struct OutreachTask
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    int stepPosition = 0;
    StepKind kind = StepKind::Task;
    QString owner;
    QString title;
    QDateTime dueAt;
    TaskState state = TaskState::Open;
    QString outcome;
    QString note;
    QDateTime doneAt;
    qint64 activityId = 0;
    // Filled by the list queries for display:
    QString candidateName;
    QString campaignName;
    QString linkedinUrl;
    QString phone;
};

class TaskRepository
{
public:
    explicit TaskRepository(const Workspace &workspace);

    // Returns the new id, or 0 when the step already has a task.
    Result<qint64> create(OutreachTask &task);
    Result<OutreachTask> get(qint64 id) const;
    Result<std::optional<OutreachTask>> forStep(qint64 campaignId, qint64 candidateId, int stepPosition) const;
    // Open tasks of `owner` due before `untilUtc` (overdue first, then by due time). An empty owner: everyone's.
    Result<QList<OutreachTask>> open(const QString &owner, const QDateTime &untilUtc, int limit) const;
    // Open -> Done/Skipped; Conflict when the task is not open any more (done elsewhere).
    Status finish(qint64 id, TaskState state, const QString &outcome, const QString &note, qint64 activityId,
                  const QDateTime &atUtc);
    // Open tasks of a member that stopped (replied, bounced, ...) are skipped. Returns how many.
    Result<int> skipOpen(qint64 campaignId, qint64 candidateId, const QString &why);

private:
    const Workspace &m_workspace;
};

} // namespace sd
