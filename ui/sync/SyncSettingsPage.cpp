#include "SyncSettingsPage.h"

#include "ChangeNotifier.h"
#include "CompanyPolicy.h"
#include "FileDialog.h"
#include "HelpTexts.h"
#include "MessageBox.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncHub.h"
#include "SyncSettingsEditor.h"
#include "Theme.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sd::ui {

using sync::Layer;

SyncSettingsPage::SyncSettingsPage(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_layer(named(new QComboBox(this), QStringLiteral("syncLayerCombo"), tr("Settings for")))
    , m_editor(new SyncSettingsEditor(workspace, this))
    , m_status(named(new QLabel(this), QStringLiteral("syncSettingsStatus"), tr("Sync settings status")))
    , m_policy(named(new QLabel(this), QStringLiteral("syncPolicyBanner"), tr("Company policy")))
    , m_save(named(new QPushButton(tr("&Save"), this), QStringLiteral("syncSettingsSave"),
                   tr("Save the sync settings")))
    , m_revert(named(new QPushButton(tr("Re&vert"), this), QStringLiteral("syncSettingsRevert"),
                     tr("Drop the unsaved changes")))
    , m_export(named(new QPushButton(tr("E&xport…"), this), QStringLiteral("syncSettingsExport"),
                     tr("Export these settings to a file")))
    , m_import(named(new QPushButton(tr("&Import…"), this), QStringLiteral("syncSettingsImport"),
                     tr("Import settings from a file")))
{
    named(this, QStringLiteral("syncSettingsPage"), tr("SmartRecruiters sync settings"));
    m_layer->addItem(tr("Team defaults (admin)"), int(Layer::Team));
    m_layer->addItem(tr("My settings"), int(Layer::User));
    m_layer->setToolTip(tr("Team defaults apply to everyone unless they change them in their own settings; "
                           "a locked team default applies to everyone."));
    auto *intro = new QLabel(tr("How Sourcedesk keeps SmartRecruiters in step. Campaigns and candidates can "
                                "override some of these on their own pages."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *top = new QHBoxLayout;
    auto *layerLabel = new QLabel(tr("Settings &for:"), this);
    layerLabel->setBuddy(m_layer);
    top->addWidget(layerLabel);
    top->addWidget(m_layer);
    top->addStretch();
    top->addWidget(m_export);
    top->addWidget(m_import);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    m_policy->setWordWrap(true);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const policy::PolicyStatus policy = sync::companyPolicy();
    m_policy->setText(policy.summary());
    theme::setTone(m_policy, policy.error ? theme::Tone::Problem : theme::Tone::Muted);
    m_policy->setVisible(!m_policy->text().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &SyncSettingsPage::layerChosen);
    connect(m_save, &QPushButton::clicked, this, &SyncSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SyncSettingsPage::revert);
    connect(m_export, &QPushButton::clicked, this, &SyncSettingsPage::exportLayer);
    connect(m_import, &QPushButton::clicked, this, &SyncSettingsPage::importLayer);
    connect(m_editor, &SyncSettingsEditor::modifiedChanged, this, &SyncSettingsPage::updateButtons);
    if (m_hub) {
        connect(m_hub, &SyncHub::propertyTypesChanged, this, &SyncSettingsPage::refreshPropertyTypes);
        connect(m_hub, &SyncHub::connectionChanged, this, [this](bool connected) {
            if (connected)
                m_hub->loadPropertyTypes();
        });
        m_hub->loadPropertyTypes();
        if (auto *notifier = qobject_cast<ChangeNotifier *>(m_hub->parent()))
            connect(notifier, &ChangeNotifier::teamSettingsChanged, this, &SyncSettingsPage::teamSettingsChanged);
    }
    layerChosen();
    HelpTexts::apply(this); // the rows attach their own help as the editor builds them
}

void SyncSettingsPage::refreshPropertyTypes()
{
    if (m_hub)
        m_editor->setPropertyTypes(m_hub->propertyTypes(), m_hub->propertyTypesLoaded());
}

void SyncSettingsPage::layerChosen()
{
    if (m_shownLayer >= 0 && m_editor->isModified()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved sync settings"), tr("Save the changes to the sync settings before switching?"),
            MessageBox::Yes | MessageBox::No | MessageBox::Cancel, MessageBox::Yes);
        if (answer == MessageBox::Cancel || (answer == MessageBox::Yes && !save())) {
            const QSignalBlocker block(m_layer);
            m_layer->setCurrentIndex(m_layer->findData(m_shownLayer));
            return;
        }
    }
    m_shownLayer = m_layer->currentData().toInt();
    m_editor->setContext(Layer(m_shownLayer));
    refreshPropertyTypes();
    const QString readOnly = m_editor->readOnlyReason();
    if (!readOnly.isEmpty())
        m_status->setText(tr("The team defaults are read-only for you. %1").arg(readOnly));
    else
        m_status->setText(m_shownLayer == int(Layer::Team)
                              ? tr("You are editing the team defaults. Lock a setting to make everyone use it.")
                              : tr("You are editing your own settings; they apply to your campaigns."));
    // Importing into the team layer is for the team admin; the file chooser would only lead to a refusal.
    m_import->setEnabled(readOnly.isEmpty());
    m_import->setToolTip(readOnly.isEmpty() ? tr("Import settings from a file") : readOnly);
    updateButtons();
}

void SyncSettingsPage::updateButtons()
{
    const bool modified = m_editor->isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

bool SyncSettingsPage::save()
{
    QString error;
    if (!m_editor->save(&error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        MessageBox::warning(this, tr("Sync settings not saved"),
                            tr("Nothing was saved. Fix these first:\n\n%1").arg(error));
        return false;
    }
    m_status->setText(tr("Saved."));
    updateButtons();
    return true;
}

void SyncSettingsPage::teamSettingsChanged()
{
    if (m_editor->isModified()) {
        m_status->setText(tr("A teammate changed the sync settings. Save keeps your changes; Revert shows theirs."));
        return;
    }
    m_editor->reload();
    updateButtons();
    m_status->setText(tr("Updated with a teammate's changes."));
}

void SyncSettingsPage::revert()
{
    m_editor->reload();
    m_status->setText(tr("Unsaved changes dropped."));
    updateButtons();
}

void SyncSettingsPage::exportLayer()
{
    const Layer layer = m_editor->layer();
    const QString suggested = layer == Layer::Team ? QStringLiteral("sync-team-defaults.json")
                                                   : QStringLiteral("sync-my-settings.json");
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export sync settings"), suggested, tr("Sync settings (*.json)"),
                                    QStringLiteral("syncSettings"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> exported =
        sync::SettingsStore(m_workspace).exportLayer(layer, m_editor->scopeId());
    QString error;
    if (!exported.ok()) {
        error = exported.error().toString();
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) != exported.value().size() ||
            !file.commit())
            error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Export sync settings"),
                            tr("The settings were not exported: %1").arg(error));
        return;
    }
    m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void SyncSettingsPage::importLayer()
{
    if (m_editor->isModified()) {
        const auto answer = MessageBox::question(this, tr("Import sync settings"),
                                                 tr("Importing drops your unsaved changes. Continue?"),
                                                 MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
        if (answer != MessageBox::Yes)
            return;
    }
    const QString path = FileDialog::getOpenFileName(this, tr("Import sync settings"),
                                                     tr("Sync settings (*.json);;All files (*)"),
                                                     QStringLiteral("syncSettings"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > 4 * 1024 * 1024) {
        error = tr("%1 is too large for a settings file.").arg(QDir::toNativeSeparators(path));
    } else {
        const Status s = sync::SettingsStore(m_workspace)
                             .importLayer(file.readAll(), QFileInfo(path).fileName(), m_editor->user());
        if (s)
            error = s->toString();
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Import sync settings"),
                            tr("Nothing was imported; your settings are unchanged.\n\n%1").arg(error));
        return;
    }
    m_editor->reload();
    updateButtons();
    m_status->setText(tr("Imported %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace sd::ui
