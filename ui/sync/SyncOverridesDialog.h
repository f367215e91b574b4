#pragma once
// The sync settings one campaign changes for itself (Campaign layer), in a dialog with Save and
// Cancel. The same editor as Settings → SmartRecruiters sync, limited to what a campaign may set.
#include <QDialog>

class QLabel;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SyncSettingsEditor;

class SyncOverridesDialog : public QDialog
{
    Q_OBJECT
public:
    SyncOverridesDialog(const Workspace &workspace, qint64 campaignId, const QString &campaignName,
                        QWidget *parent = nullptr);

    SyncSettingsEditor *editor() const { return m_editor; }

public slots:
    void accept() override;
    void reject() override;

private:
    SyncSettingsEditor *m_editor;
    QLabel *m_problem;
};

} // namespace sd::ui
