#include "CampaignListModel.h"

#include "Labels.h"

#include <QLocale>

namespace sd {

CampaignListModel::CampaignListModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(workspace)
{
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignSummary &s = m_rows.at(index.row());
    switch (role) {
    case IdRole: return s.campaign.id;
    case ArchivedRole: return s.campaign.archived;
    case SampleRole: return s.campaign.sample;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return s.campaign.description.isEmpty() ? s.campaign.name : s.campaign.description;
        break;
    case Qt::DisplayRole: break;
    default: return {};
    }
    const int col = index.column();
    if (col == NameColumn) {
        QString name = s.campaign.name;
        if (s.campaign.sample)
            name += u' ' + tr("(sample)");
        if (s.campaign.archived)
            name += u' ' + tr("(archived)");
        return name;
    }
    if (col == TotalColumn)
        return s.total;
    if (col >= FirstStatusColumn && col < LastActivityColumn)
        return s.countByStatus.at(static_cast<std::size_t>(col - FirstStatusColumn));
    if (col == LastActivityColumn)
        return s.lastActivityAt.isValid() ? QLocale().toString(s.lastActivityAt.toLocalTime(), QLocale::ShortFormat) : QString();
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Campaign");
    if (section == TotalColumn)
        return tr("People");
    if (section >= FirstStatusColumn && section < LastActivityColumn)
        return label(static_cast<MemberStatus>(section - FirstStatusColumn));
    if (section == LastActivityColumn)
        return tr("Last activity");
    return {};
}

void CampaignListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void CampaignListModel::reload()
{
    auto list = m_repo.list(m_showArchived);
    beginResetModel();
    if (list.ok())
        m_rows = std::move(list).value();
    else
        m_rows.clear();
    endResetModel();
    if (!list.ok())
        emit errorOccurred(list.error().toString());
}

CampaignSummary CampaignListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CampaignSummary{};
}

int CampaignListModel::rowOf(qint64 campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == campaignId)
            return i;
    }
    return -1;
}

} // namespace sd
