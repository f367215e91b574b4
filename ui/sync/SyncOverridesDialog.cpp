#include "SyncOverridesDialog.h"

#include "Theme.h"
#include "MessageBox.h"
#include "Named.h"
#include "SyncSettingsEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

SyncOverridesDialog::SyncOverridesDialog(const Workspace &workspace, qint64 campaignId,
                                         const QString &campaignName, QWidget *parent)
    : QDialog(parent)
    , m_editor(new SyncSettingsEditor(workspace, this))
    , m_problem(named(new QLabel(this), QStringLiteral("campaignSyncProblem"), tr("Problem")))
{
    named(this, QStringLiteral("campaignSyncSettingsDialog"), tr("Campaign sync settings"));
    setWindowTitle(tr("SmartRecruiters sync for “%1”").arg(campaignName));
    auto *intro =
        new QLabel(tr("What this campaign does differently from your settings. Reset a row to use your "
                      "setting again; settings your team admin locked cannot be changed here."),
                   this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    theme::setTone(m_problem, theme::Tone::Problem);
    m_editor->setContext(sync::Layer::Campaign, campaignId, 0, true);
    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this),
                          QStringLiteral("campaignSyncButtons"), tr("Save or cancel"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("campaignSyncSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncOverridesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncOverridesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 560);
}

void SyncOverridesDialog::accept()
{
    QString error;
    if (!m_editor->save(&error)) {
        m_problem->setText(tr("Nothing was saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

void SyncOverridesDialog::reject()
{
    if (m_editor->isModified()) {
        const auto answer = MessageBox::question(this, tr("Unsaved sync settings"),
                                                 tr("Drop the changes to this campaign's sync settings?"),
                                                 MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
        if (answer != MessageBox::Yes)
            return;
    }
    QDialog::reject();
}

} // namespace sd::ui
