#pragma once
// Settings → Hiring stages: the company's SmartRecruiters hiring stages (downloaded on demand),
// each mapped to a Sourcedesk pipeline status; stages renamed or gone in SmartRecruiters are
// highlighted until the recruiter clears the flag; "Suggest" pre-fills what is unmapped; Save is
// refused, storing nothing, while a current stage is unmapped. Below: the preferred stage per
// status for pushing back, and the stage sync panel (settings, Sync now, last run, drift).
#include "StageCatalog.h"
#include "SyncHub.h" // QPointer members need the full types

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {
class Workspace;
}

namespace sd::stagesync {
class StageSyncScheduler;
}

namespace sd::ui {

class StageSyncPanel;

class StageMappingPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { StageColumn, StatusColumn, MappingColumn, NoteColumn };
    static constexpr int StageIdRole = Qt::UserRole + 1;

    // `hub` gives the live client (null: offline); `scheduler` may be null (no Sync now).
    StageMappingPage(const Workspace &workspace, SyncHub *hub, stagesync::StageSyncScheduler *scheduler,
                     QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *mappingCombo(const QString &stageId) const;
    QTreeWidgetItem *itemFor(const QString &stageId) const;
    QComboBox *preferredCombo(MemberStatus status) const { return m_preferred.value(int(status)); }
    StageSyncPanel *syncPanel() const { return m_panel; }
    QString statusText() const;
    bool isDownloading() const { return m_downloading; }
    bool isModified() const { return !m_edits.isEmpty() || m_preferredEdited; }

public slots:
    void download();
    void suggest();
    bool save();
    void revert();
    void clearSelectedFlag();
    // Re-reads the catalogue (unsaved choices are kept).
    void reload();

private:
    void onProcesses(const QList<sr::HiringProcess> &processes, const QString &error);
    void fillTree();
    void mappingChosen(const QString &stageId, QComboBox *combo);
    void fillPreferred();
    void updateButtons();
    void setStatus(const QString &text);
    std::optional<MemberStatus> currentMapping(const stagesync::Stage &stage) const;

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    QList<stagesync::Stage> m_stages;
    QHash<QString, int> m_edits; // stage id -> chosen status (-1 = unmapped), not saved yet
    QHash<MemberStatus, QString> m_savedPreferred;
    bool m_preferredEdited = false;
    bool m_downloading = false;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QPushButton *m_download;
    QPushButton *m_suggest;
    QPushButton *m_clearFlag;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_status;
    QFormLayout *m_preferredForm;
    QHash<int, QComboBox *> m_preferred;
    StageSyncPanel *m_panel;
};

} // namespace sd::ui
