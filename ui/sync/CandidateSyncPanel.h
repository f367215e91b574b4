#pragma once
// The candidate page's "SmartRecruiters" tab: whether and how the person is linked to a
// SmartRecruiters candidate ("View in SmartRecruiters"), the "Sync as" overrides for this person,
// the files to send, where each stored value came from, and the person's sync history.
#include "SyncHub.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SyncLogView;
class SyncSettingsEditor;

class CandidateSyncPanel : public QWidget
{
    Q_OBJECT
public:
    CandidateSyncPanel(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    void setCandidate(qint64 candidateId, const QString &name);
    QString statusText() const;
    // The SmartRecruiters web page of the linked candidate; empty when not linked.
    QUrl profileUrl() const { return m_profileUrl; }
    SyncSettingsEditor *syncAs() const { return m_syncAs; }
    SyncLogView *history() const { return m_history; }
    QTreeWidget *attachments() const { return m_attachments; }
    QTreeWidget *fieldSources() const { return m_sources; }

public slots:
    void reload();
    void viewInSmartRecruiters();
    void addAttachment();
    bool saveSyncAs();

private:
    QWidget *buildOverview();
    QWidget *buildSyncAs();
    QWidget *buildAttachments();
    void loadLink();
    void loadAttachments();
    void loadSources();

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    qint64 m_candidateId = 0;
    QString m_name;
    QUrl m_profileUrl;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QPushButton *m_view;
    QTreeWidget *m_sources;
    SyncSettingsEditor *m_syncAs;
    QLabel *m_syncAsStatus;
    QPushButton *m_syncAsSave;
    QPushButton *m_syncAsRevert;
    QTreeWidget *m_attachments;
    QComboBox *m_attachmentKind;
    QPushButton *m_addAttachment;
    SyncLogView *m_history;
};

} // namespace sd::ui
