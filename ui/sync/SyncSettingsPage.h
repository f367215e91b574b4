#pragma once
// Settings → SmartRecruiters sync: the team defaults (for the admin) or my own settings, with Save,
// Revert, and Export/Import of the layer as a file (to copy the team's setup to another workspace).
// Says when a company policy is in force or was ignored, and when the team layer is read-only for
// this user (a recruiter on a team workspace).
#include "SyncHub.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SyncSettingsEditor;

class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    // `hub` (may be null) supplies the candidate property types for the mapping check.
    SyncSettingsPage(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    SyncSettingsEditor *editor() const { return m_editor; }
    // The company policy banner: in force (who set it) or ignored (why); hidden without a policy file.
    QLabel *policyBanner() const { return m_policy; }

public slots:
    bool save();
    void revert();
    void exportLayer();
    void importLayer();
    // A teammate changed shared settings: shown at once, unless this page holds unsaved edits
    // (then the status line says so and Revert shows theirs).
    void teamSettingsChanged();

private:
    void layerChosen();
    void updateButtons();
    void refreshPropertyTypes();

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    QComboBox *m_layer;
    SyncSettingsEditor *m_editor;
    QLabel *m_status;
    QLabel *m_policy;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_export;
    QPushButton *m_import;
    int m_shownLayer = -1;
};

} // namespace sd::ui
