#pragma once

#include "CampaignRepository.h"

#include <QAbstractTableModel>

namespace sd {

// Campaigns with their member counts per pipeline status.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Status columns follow MemberStatus order, starting at FirstStatusColumn.
    enum Column { NameColumn, TotalColumn, FirstStatusColumn, LastActivityColumn = FirstStatusColumn + MemberStatusCount,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, SampleRole };

    explicit CampaignListModel(const Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void reload();

    CampaignSummary summaryAt(int row) const;
    int rowOf(qint64 campaignId) const;

signals:
    void errorOccurred(const QString &message);

private:
    CampaignRepository m_repo;
    QList<CampaignSummary> m_rows;
    bool m_showArchived = false;
};

} // namespace sd
