#pragma once

#include "CandidateRepository.h"

#include <QAbstractTableModel>

namespace sd {

// All candidates of the workspace, or a search, paged in with canFetchMore/fetchMore so that a
// million candidates open as fast as a hundred: each page is one keyset query.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, CompanyColumn, TitleColumn, LocationColumn, TagsColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CandidateTableModel(const Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting by name, company and last update is an index seek; other columns are not sortable.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    void setTag(const QString &tag);
    const CandidateQuery &query() const { return m_query; }
    // Reloads from the first page, e.g. after an import or an edit elsewhere.
    void reload();

    Candidate candidateAt(int row) const;
    qint64 idAt(int row) const;
    int rowOf(qint64 candidateId) const;
    static bool isSortable(int column);

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

signals:
    void errorOccurred(const QString &message);

private:
    CandidateRepository m_repo;
    CandidateQuery m_query;
    QList<Candidate> m_rows;
    bool m_fetching = false;
    bool m_atEnd = false;
    int m_pageSize = 200;
};

} // namespace sd
