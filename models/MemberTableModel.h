#pragma once

#include "CampaignRepository.h"

#include <QAbstractTableModel>

namespace sd {

// The members of one campaign with their pipeline status, paged in like the candidate list.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, CompanyColumn, TitleColumn, StatusColumn, StatusChangedColumn,
                  LastActivityColumn, ColumnCount };
    enum Role { CandidateIdRole = Qt::UserRole + 1, StatusRole };

    explicit MemberTableModel(const Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_query.campaignId; }
    void setStatusFilter(std::optional<MemberStatus> status);
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

    CampaignMember memberAt(int row) const;
    qint64 candidateIdAt(int row) const;

signals:
    void errorOccurred(const QString &message);

private:
    CampaignRepository m_repo;
    MemberQuery m_query;
    QList<CampaignMember> m_rows;
    bool m_fetching = false;
    bool m_atEnd = true;
    int m_pageSize = 200;
};

} // namespace sd
