#pragma once
// The outbox as a table, newest first, paged in as the view scrolls (canFetchMore/fetchMore with
// Outbox::list's beforeId): when, candidate, kind, state, attempts, and SmartRecruiters' reason
// with what the recruiter can do about it.
#include "Outbox.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::ui {

class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn = 0,
        CandidateColumn,
        KindColumn,
        StateColumn,
        AttemptsColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole,
        CandidateIdRole
    };

    explicit OutboxTableModel(const Workspace &workspace, QObject *parent = nullptr);

    void setCandidateFilter(std::optional<qint64> candidateId);
    void setStateFilter(const QList<sync::JobState> &states);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Reads the first page again, as many rows as were shown (so a refresh keeps the scroll depth).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const sync::OutboxJob &jobAt(int row) const { return m_jobs.at(row); }
    int rowOfJob(qint64 jobId) const;
    QString candidateName(qint64 candidateId) const { return m_names.value(candidateId); }

signals:
    void errorOccurred(const QString &message);

private:
    Result<QList<sync::OutboxJob>> fetch(qint64 beforeId, int limit) const;
    void loadNames(const QList<sync::OutboxJob> &jobs);
    QString problemText(const sync::OutboxJob &job) const;

    const Workspace &m_workspace;
    std::optional<qint64> m_candidateId;
    QList<sync::JobState> m_states;
    QList<sync::OutboxJob> m_jobs;
    QHash<qint64, QString> m_names;
    int m_pageSize = 200;
    bool m_atEnd = true;
};

} // namespace sd::ui
