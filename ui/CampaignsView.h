#pragma once

#include "Types.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QTableView;

namespace sd {
class CampaignListModel;
class Workspace;
} // namespace sd

namespace sd::ui {

class CampaignDetailView;
class ChangeNotifier;

// The campaigns with their counts per status, and the selected campaign's members beside them.
class CampaignsView : public QWidget
{
    Q_OBJECT

public:
    CampaignsView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CampaignDetailView *detail() const { return m_detail; }
    Campaign currentCampaign() const;
    void selectCampaign(qint64 campaignId);
    QAction *showArchivedAction() const { return m_showArchivedAction; }

public slots:
    void newCampaign();
    void editCampaign();
    void toggleArchived();
    void deleteCampaign();
    void removeSampleData();
    void reload();

private:
    void currentChanged();
    void updateActions();

    const Workspace &m_workspace;
    ChangeNotifier *m_notifier;
    CampaignListModel *m_model;
    QTableView *m_table;
    QCheckBox *m_showArchived;
    CampaignDetailView *m_detail;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_archiveAction;
    QAction *m_deleteAction;
    QAction *m_removeSampleAction;
    QAction *m_showArchivedAction;
};

} // namespace sd::ui
