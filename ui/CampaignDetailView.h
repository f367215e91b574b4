#pragma once

#include "Types.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace sd {
class MemberTableModel;
class Workspace;
} // namespace sd

namespace sd::ui {

class CampaignSyncPanel;
class ChangeNotifier;

// One campaign's members: status filter, multi-select with bulk add/remove/status change and
// "Log activity…"; double-click opens the candidate profile.
class CampaignDetailView : public QWidget
{
    Q_OBJECT

public:
    CampaignDetailView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    qint64 campaignId() const { return m_campaign.id; }
    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CampaignSyncPanel *syncPanel() const { return m_syncPanel; }
    QList<qint64> selectedCandidateIds() const;

public slots:
    void addMembers();
    void removeSelected();
    void setSelectedStatus(sd::MemberStatus status);
    void logActivity();
    void openSelectedProfile();
    void reloadMembers();
    // The campaign's outreach sequence in its own window (Ctrl+Shift+Q).
    void openSequence();
    // The selected members into the sequence, after the contact guard (Ctrl+Shift+E).
    void enrollSelected();

private:
    void updateActions();
    void updateHeader();
    // Tells the other views (or reloads, without a notifier).
    void announceMembersChanged(qint64 campaignId);

    const Workspace &m_workspace;
    ChangeNotifier *m_notifier;
    Campaign m_campaign;
    MemberTableModel *m_model;
    QLabel *m_title;
    QLabel *m_description;
    QComboBox *m_statusFilter;
    QTableView *m_table;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_logAction;
    QAction *m_openAction;
    QAction *m_sequenceAction;
    QAction *m_enrollAction;
    QList<QAction *> m_statusActions;
    CampaignSyncPanel *m_syncPanel;
};

} // namespace sd::ui
