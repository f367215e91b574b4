#include "MemberTableModel.h"

#include "Labels.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace sd {

namespace {

QString shortDate(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

MemberTableModel::MemberTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(workspace)
{
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignMember &m = m_rows.at(index.row());
    if (role == CandidateIdRole)
        return m.candidate.id;
    if (role == StatusRole)
        return static_cast<int>(m.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return m.candidate.displayName();
    case EmailColumn: return m.candidate.primaryEmail();
    case CompanyColumn: return m.candidate.company;
    case TitleColumn: return m.candidate.title;
    case StatusColumn: return label(m.status);
    case StatusChangedColumn: return shortDate(m.statusChangedAt);
    case LastActivityColumn: return shortDate(m.lastActivityAt);
    default: return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case CompanyColumn: return tr("Company");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case StatusChangedColumn: return tr("Status changed");
    case LastActivityColumn: return tr("Last activity");
    default: return {};
    }
}

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    // Not re-entrant: a view or tester may ask for more from inside our own rowsInserted.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const QVariantList after = m_rows.isEmpty() ? QVariantList{} : CampaignRepository::cursorAfter(m_rows.constLast());
    auto page = m_repo.members(m_query, after, m_pageSize);
    if (!page.ok()) {
        m_atEnd = true;
        emit errorOccurred(page.error().toString());
        return;
    }
    QList<CampaignMember> rows = std::move(page).value();
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void MemberTableModel::setCampaign(qint64 campaignId)
{
    m_query.campaignId = campaignId;
    reload();
}

void MemberTableModel::setStatusFilter(std::optional<MemberStatus> status)
{
    m_query.status = status;
    reload();
}

void MemberTableModel::reload()
{
    // Remove-then-insert, not a reset: see CandidateTableModel::reload().
    if (!m_rows.isEmpty()) {
        const QScopedValueRollback fetching(m_fetching, true); // no fetch from inside the removal
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_atEnd = m_query.campaignId <= 0;
    fetchMore({});
}

CampaignMember MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CampaignMember{};
}

qint64 MemberTableModel::candidateIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate.id : 0;
}

} // namespace sd
