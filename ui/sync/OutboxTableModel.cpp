#include "OutboxTableModel.h"

#include "Theme.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSqlQuery>

namespace sd::ui {

using sync::JobState;
using sync::OutboxJob;

namespace {

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OutboxTableModel::OutboxTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{}

void OutboxTableModel::setCandidateFilter(std::optional<qint64> candidateId)
{
    m_candidateId = candidateId;
    m_jobs.clear(); // a new filter starts at the top
    reload();
}

void OutboxTableModel::setStateFilter(const QList<JobState> &states)
{
    m_states = states;
    m_jobs.clear();
    reload();
}

Result<QList<OutboxJob>> OutboxTableModel::fetch(qint64 beforeId, int limit) const
{
    sync::OutboxQuery query;
    query.candidateId = m_candidateId;
    query.states = m_states;
    query.limit = limit;
    query.beforeId = beforeId;
    return sync::Outbox(m_workspace).list(query);
}

void OutboxTableModel::reload()
{
    const int limit = qBound(m_pageSize, int(m_jobs.size()), 20 * m_pageSize);
    Result<QList<OutboxJob>> page = fetch(0, limit);
    beginResetModel();
    if (page.ok()) {
        m_jobs = page.value();
        m_atEnd = m_jobs.size() < limit;
        loadNames(m_jobs);
    } else {
        m_jobs.clear();
        m_atEnd = true;
    }
    endResetModel();
    if (!page.ok())
        emit errorOccurred(page.error().toString());
}

bool OutboxTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_jobs.isEmpty();
}

void OutboxTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<OutboxJob>> page = fetch(m_jobs.last().id, m_pageSize);
    if (!page.ok()) {
        m_atEnd = true;
        emit errorOccurred(page.error().toString());
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    loadNames(page.value());
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + page->size() - 1));
    m_jobs.append(page.value());
    endInsertRows();
}

void OutboxTableModel::loadNames(const QList<OutboxJob> &jobs)
{
    QStringList ids;
    for (const OutboxJob &job : jobs) {
        if (!m_names.contains(job.candidateId) && !ids.contains(QString::number(job.candidateId)))
            ids << QString::number(job.candidateId);
    }
    if (ids.isEmpty())
        return;
    // One query per page, not one per row. The ids are numbers we formatted ourselves.
    QSqlQuery q(m_workspace.connection());
    if (!q.exec(QStringLiteral("SELECT id, first_name, last_name FROM candidates WHERE id IN (%1)")
                    .arg(ids.join(u','))))
        return;
    while (q.next()) {
        const QString name = (q.value(1).toString() + u' ' + q.value(2).toString()).trimmed();
        m_names.insert(q.value(0).toLongLong(), name.isEmpty() ? tr("(no name)") : name);
    }
}

int OutboxTableModel::rowOfJob(qint64 jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::problemText(const OutboxJob &job) const
{
    switch (job.state) {
    case JobState::Retrying:
        return tr("%1 Next try %2.").arg(job.errorMessage, when(job.notBefore)).trimmed();
    case JobState::NeedsAttention:
        return job.userAction.isEmpty() ? job.errorMessage
                                        : job.errorMessage + QStringLiteral(" — ") + job.userAction;
    case JobState::Held:
        return tr("Waits until the candidate is created in SmartRecruiters.");
    case JobState::Skipped:
        return job.errorMessage.isEmpty() ? tr("Skipped; not sent.") : job.errorMessage;
    case JobState::Pending:
        return job.mustVerify() ? tr("Checked in SmartRecruiters before it is sent again.") : QString();
    case JobState::InFlight:
    case JobState::Done:
        break;
    }
    return {};
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const OutboxJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return when(job.createdAt);
        case CandidateColumn:
            return m_names.value(job.candidateId, tr("Candidate %1").arg(job.candidateId));
        case KindColumn:
            return sync::jobKindLabel(job.kind);
        case StateColumn:
            return sync::jobStateLabel(job.state);
        case AttemptsColumn:
            return job.attempts;
        case ProblemColumn:
            return problemText(job);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProblemColumn && !job.errorCode.isEmpty())
            return QStringLiteral("%1\n%2\n%3")
                .arg(job.errorCode, job.errorMessage, job.userAction)
                .trimmed();
        if (index.column() == WhenColumn)
            return tr("Queued %1 by %2; last change %3")
                .arg(when(job.createdAt), job.createdBy, when(job.updatedAt));
        break;
    case Qt::ForegroundRole:
        if (job.state == JobState::NeedsAttention)
            return QBrush(theme::colorOnBase(theme::Tone::Problem));
        if (job.state == JobState::Retrying)
            return QBrush(theme::colorOnBase(theme::Tone::Warning));
        if (job.state == JobState::Done || job.state == JobState::Skipped)
            return QBrush(theme::colorOnBase(theme::Tone::Muted));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case CandidateIdRole:
        return job.candidateId;
    default:
        break;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CandidateColumn:
        return tr("Candidate");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ProblemColumn:
        return tr("SmartRecruiters said / what to do");
    }
    return {};
}

} // namespace sd::ui
