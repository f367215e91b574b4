#include "TaskRepository.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>

#include <limits>

namespace sd {

namespace {

// The task with the display fields: the candidate's name (or first email), first phone and
// LinkedIn URL, and the campaign's name. Candidates store their emails and phones one per line.
constexpr auto kSelect =
    "SELECT t.id, t.campaign_id, t.candidate_id, t.step_position, t.kind, t.owner, t.title, t.due_at, t.state, "
    "t.outcome, t.note, t.done_at, t.activity_id, c.first_name, c.last_name, c.emails, c.phones, c.linkedin_url, "
    "cp.name FROM outreach_tasks t LEFT JOIN candidates c ON c.id = t.candidate_id "
    "LEFT JOIN campaigns cp ON cp.id = t.campaign_id";

QString stateKey(TaskState s)
{
    switch (s) {
    case TaskState::Open:
        return QStringLiteral("open");
    case TaskState::Done:
        return QStringLiteral("done");
    case TaskState::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("open");
}

TaskState stateFromKey(const QString &key)
{
    if (key == QLatin1StringView("done"))
        return TaskState::Done;
    if (key == QLatin1StringView("skipped"))
        return TaskState::Skipped;
    return TaskState::Open;
}

QString firstLine(const QString &stored)
{
    const QStringList lines = stored.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constFirst();
}

OutreachTask readTask(const QSqlQuery &q)
{
    OutreachTask t;
    t.id = q.value(0).toLongLong();
    t.campaignId = q.value(1).toLongLong();
    t.candidateId = q.value(2).toLongLong();
    t.stepPosition = q.value(3).toInt();
    t.kind = stepKindFromKey(q.value(4).toString()).value_or(StepKind::Task);
    t.owner = q.value(5).toString();
    t.title = q.value(6).toString();
    t.dueAt = sql::fromDb(q.value(7));
    t.state = stateFromKey(q.value(8).toString());
    t.outcome = q.value(9).toString();
    t.note = q.value(10).toString();
    t.doneAt = sql::fromDb(q.value(11));
    t.activityId = q.value(12).toLongLong();
    const QString name = (q.value(13).toString() + u' ' + q.value(14).toString()).trimmed();
    t.candidateName = name.isEmpty() ? firstLine(q.value(15).toString()) : name;
    t.phone = firstLine(q.value(16).toString());
    t.linkedinUrl = q.value(17).toString();
    t.campaignName = q.value(18).toString();
    return t;
}

} // namespace

TaskRepository::TaskRepository(const Workspace &workspace) : m_workspace(workspace) {}

Result<qint64> TaskRepository::create(OutreachTask &task)
{
    if (task.owner.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("A task needs the recruiter who does it."),
                     QStringLiteral("owner"));
    if (!task.dueAt.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("A task needs a due time."), QStringLiteral("dueAt"));
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral(
                                       "INSERT INTO outreach_tasks(campaign_id, candidate_id, step_position, kind, owner, "
                                       "title, due_at, state, outcome, note, done_at, activity_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(campaign_id, candidate_id, step_position) DO NOTHING RETURNING id")))
        return *s;
    q.addBindValue(task.campaignId);
    q.addBindValue(task.candidateId);
    q.addBindValue(task.stepPosition);
    q.addBindValue(toKey(task.kind));
    q.addBindValue(task.owner.trimmed());
    q.addBindValue(sql::text(task.title));
    q.addBindValue(task.dueAt.toMSecsSinceEpoch());
    q.addBindValue(stateKey(task.state));
    q.addBindValue(sql::text(task.outcome));
    q.addBindValue(sql::text(task.note));
    q.addBindValue(sql::toDb(task.doneAt));
    q.addBindValue(task.activityId > 0 ? QVariant(task.activityId) : QVariant(QMetaType::fromType<qint64>()));
    if (Status s = sql::exec(q, QStringLiteral("creating a task")))
        return *s;
    const qint64 id = sql::returnedId(q);
    if (id == 0)
        return qint64(0);
    task.id = id;
    return task.id;
}

Result<OutreachTask> TaskRepository::get(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QLatin1StringView(kSelect) + QStringLiteral(" WHERE t.id = ?")))
        return *s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading a task")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, QObject::tr("Task %1 does not exist.").arg(id));
    return readTask(q);
}

Result<std::optional<OutreachTask>> TaskRepository::forStep(qint64 campaignId, qint64 candidateId,
                                                            int stepPosition) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QLatin1StringView(kSelect)
                                       + QStringLiteral(" WHERE t.campaign_id = ? AND t.candidate_id = ? "
                                                        "AND t.step_position = ?")))
        return *s;
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    q.addBindValue(stepPosition);
    if (Status s = sql::exec(q, QStringLiteral("reading a task")))
        return *s;
    if (!q.next())
        return std::optional<OutreachTask>();
    return std::optional<OutreachTask>(readTask(q));
}

Result<QList<OutreachTask>> TaskRepository::open(const QString &owner, const QDateTime &untilUtc, int limit) const
{
    // Due at or before `untilUtc`; ordered by due time, so the overdue ones come first.
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    const bool everyone = owner.trimmed().isEmpty();
    if (Status s = sql::prepare(q, QLatin1StringView(kSelect)
                                       + QStringLiteral(" WHERE t.state = 'open' AND t.due_at <= ?%1 "
                                                        "ORDER BY t.due_at, t.id LIMIT ?")
                                             .arg(everyone ? QString() : QStringLiteral(" AND t.owner = ?"))))
        return *s;
    q.addBindValue(untilUtc.toMSecsSinceEpoch());
    if (!everyone)
        q.addBindValue(owner.trimmed());
    q.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()); // PostgreSQL refuses LIMIT -1
    if (Status s = sql::exec(q, QStringLiteral("listing open tasks")))
        return *s;
    QList<OutreachTask> out;
    while (q.next())
        out << readTask(q);
    return out;
}

Status TaskRepository::finish(qint64 id, TaskState state, const QString &outcome, const QString &note,
                              qint64 activityId, const QDateTime &atUtc)
{
    if (state == TaskState::Open)
        return Error(Error::Code::InvalidArgument, QObject::tr("A task is finished as done or skipped."));
    if (!atUtc.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("The time the task was finished is missing."));
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE outreach_tasks SET state = ?, outcome = ?, note = ?, "
                                                  "activity_id = ?, done_at = ? WHERE id = ? AND state = 'open'")))
        return s;
    q.addBindValue(stateKey(state));
    q.addBindValue(sql::text(outcome));
    q.addBindValue(sql::text(note));
    q.addBindValue(activityId > 0 ? QVariant(activityId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(atUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("finishing a task")))
        return s;
    if (q.numRowsAffected() == 1)
        return std::nullopt;
    auto current = get(id);
    if (!current.ok())
        return current.error();
    return Error(Error::Code::Conflict, QObject::tr("Task %1 is already %2.").arg(id).arg(stateKey(current->state)));
}

Result<int> TaskRepository::skipOpen(qint64 campaignId, qint64 candidateId, const QString &why)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE outreach_tasks SET state = 'skipped', note = ?, done_at = ? "
                                                  "WHERE campaign_id = ? AND candidate_id = ? AND state = 'open'")))
        return *s;
    q.addBindValue(sql::text(why));
    q.addBindValue(sql::nowMs());
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("skipping open tasks")))
        return *s;
    return q.numRowsAffected();
}

} // namespace sd
