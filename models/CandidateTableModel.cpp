#include "CandidateTableModel.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace sd {

CandidateTableModel::CandidateTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(workspace)
{
    m_query.sort = CandidateSort::Name;
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn: return c.displayName();
    case EmailColumn: return c.primaryEmail();
    case CompanyColumn: return c.company;
    case TitleColumn: return c.title;
    case LocationColumn: return c.location();
    case TagsColumn: return c.tags.join(QStringLiteral(", "));
    case UpdatedColumn:
        return role == Qt::EditRole ? QVariant(c.updatedAt)
                                    : QVariant(QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
    default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case CompanyColumn: return tr("Company");
    case TitleColumn: return tr("Title");
    case LocationColumn: return tr("Location");
    case TagsColumn: return tr("Tags");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

bool CandidateTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CandidateTableModel::fetchMore(const QModelIndex &parent)
{
    // Not re-entrant: a view or tester may ask for more from inside our own rowsInserted.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const PageCursor cursor = m_rows.isEmpty() ? PageCursor{} : CandidateRepository::cursorAfter(m_rows.constLast(), m_query);
    auto page = m_repo.page(m_query, cursor, m_pageSize);
    if (!page.ok()) {
        m_atEnd = true;
        emit errorOccurred(page.error().toString());
        return;
    }
    QList<Candidate> rows = std::move(page).value();
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

bool CandidateTableModel::isSortable(int column)
{
    return column == NameColumn || column == CompanyColumn || column == UpdatedColumn;
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    CandidateSort sort;
    switch (column) {
    case NameColumn: sort = CandidateSort::Name; break;
    case CompanyColumn: sort = CandidateSort::Company; break;
    case UpdatedColumn: sort = CandidateSort::Updated; break;
    default: return;
    }
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    reload();
}

void CandidateTableModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload();
}

void CandidateTableModel::setTag(const QString &tag)
{
    if (tag == m_query.tag)
        return;
    m_query.tag = tag;
    reload();
}

void CandidateTableModel::reload()
{
    // Remove-then-insert rather than a model reset: views keep their header and scroll state, and
    // the first page is there at once. (Qt 6.4's QAbstractItemModelTester also calls fetchMore()
    // while it still counts a reset as in flight, which flags every lazily paged model that resets.)
    if (!m_rows.isEmpty()) {
        // Listeners of the removal (views, the model tester) may ask for more rows from inside it.
        const QScopedValueRollback fetching(m_fetching, true);
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_atEnd = false;
    fetchMore({});
}

Candidate CandidateTableModel::candidateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Candidate{};
}

qint64 CandidateTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CandidateTableModel::rowOf(qint64 candidateId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == candidateId)
            return i;
    }
    return -1;
}

} // namespace sd
