#pragma once
// The "SmartRecruiters" section of a campaign: the job (or talent pool) it pushes to with
// "Link job…", the campaign's own sync settings, "Preview push…" and "Push selected to
// SmartRecruiters". (What members' changes owe SmartRecruiters is queued by the repositories
// themselves, through the workspace's DomainEvents.)
#include "LinkJobDialog.h"
#include "PushPreviewDialog.h"
#include "SyncHub.h"
#include "Types.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace sd {
class Workspace;
}

namespace sd::ui {

class CampaignSyncPanel : public QGroupBox
{
    Q_OBJECT
public:
    // `hub` may be null (a view without a window): then the panel stays hidden.
    CampaignSyncPanel(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    // Where "Push selected" and "Preview push…" get the selected members from.
    void setSelectionSource(std::function<QList<qint64>()> selected) { m_selected = std::move(selected); }
    void setCampaign(const Campaign &campaign);
    void setHasSelection(bool hasSelection);
    QString jobText() const;
    LinkJobDialog *linkJobDialog() const { return m_linkDialog; }
    PushPreviewDialog *previewDialog() const { return m_previewDialog; }
    // The push shortcut (Ctrl+Shift+P), for the view to add to its table's context menu.
    QAction *pushAction() const { return m_pushAction; }

public slots:
    void linkJob();
    void unlinkJob();
    void editSettings();
    void previewPush();
    void pushSelected();
    void updateState();

private:
    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    Campaign m_campaign;
    std::function<QList<qint64>()> m_selected;
    QLabel *m_job;
    QLabel *m_overrides;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QPushButton *m_settings;
    QPushButton *m_preview;
    QPushButton *m_push;
    QAction *m_pushAction;
    QPointer<LinkJobDialog> m_linkDialog;
    QPointer<PushPreviewDialog> m_previewDialog;
    bool m_hasSelection = false;
};

} // namespace sd::ui
