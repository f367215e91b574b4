#include "SettingsView.h"

#include "ChangeNotifier.h"
#include "FileDialog.h"
#include "LanguageSettings.h"
#include "Named.h"
#include "SampleData.h"
#include "SampleOffer.h"
#include "TeamConnectDialog.h"
#include "TeamOpener.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd::ui {

SettingsView::SettingsView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_pages(named(new QListWidget(this), QStringLiteral("settingsPages"), tr("Settings pages")))
    , m_stack(named(new QStackedWidget(this), QStringLiteral("settingsStack"), tr("Settings page")))
    , m_path(named(new QLabel(this), QStringLiteral("workspacePath"), tr("Workspace file")))
    , m_removeSample(named(new QPushButton(tr("Remove sample data…"), this),
                           QStringLiteral("removeSampleDataButton"), tr("Remove sample data")))
    , m_language(named(new QComboBox(this), QStringLiteral("languageCombo"), tr("Language")))
    , m_languageNote(named(new QLabel(this), QStringLiteral("languageRestartNote"), tr("Language note")))
{
    named(this, QStringLiteral("settingsView"), tr("Settings"));
    m_pages->setMaximumWidth(220);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    addPage(tr("Workspace"), buildWorkspacePage());
    addPage(tr("Language"), buildLanguagePage());
    // Later: addPage(tr("Integration: SmartRecruiters"), ...) from the integration issues.
    m_pages->setCurrentRow(0);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::campaignsChanged, this, &SettingsView::updateSampleButton);
}

int SettingsView::addPage(const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_pages);
    item->setData(Qt::AccessibleTextRole, title);
    return m_stack->addWidget(page);
}

int SettingsView::pageCount() const
{
    return m_stack->count();
}

void SettingsView::showPage(int index)
{
    m_pages->setCurrentRow(index);
}

QWidget *SettingsView::buildWorkspacePage()
{
    auto *page = named(new QWidget(this), QStringLiteral("workspaceSettingsPage"), tr("Workspace settings"));
    m_path->setText(m_workspace.isTeam() ? m_workspace.displayName() : QDir::toNativeSeparators(m_workspace.path()));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setWordWrap(true);
    auto *open = named(new QPushButton(tr("Open another workspace…"), page),
                       QStringLiteral("openWorkspaceButton"), tr("Open another workspace"));
    connect(open, &QPushButton::clicked, this, &SettingsView::chooseWorkspace);
    auto *connectTeam = named(new QPushButton(tr("Connect to a team workspace…"), page),
                              QStringLiteral("connectTeamWorkspaceButton"), tr("Connect to a team workspace"));
    connectTeam->setToolTip(tr("Open a workspace shared by your team on a PostgreSQL server."));
    connect(connectTeam, &QPushButton::clicked, this, &SettingsView::connectTeamWorkspace);
    connect(m_removeSample, &QPushButton::clicked, this, &SettingsView::removeSampleData);
    auto *runSetup = named(new QPushButton(tr("Run setup again…"), page), QStringLiteral("runSetupAgainButton"),
                           tr("Run the first-run setup again"));
    runSetup->setToolTip(tr("Workspace, SmartRecruiters connection, sync choices and a first import, step by step."));
    connect(runSetup, &QPushButton::clicked, this, &SettingsView::runSetupRequested);
    const QString about =
        m_workspace.isTeam()
            ? tr("This team workspace lives on your team's PostgreSQL server and is shared with everyone on the "
                 "team. Opening another workspace replaces this window's contents; nothing is copied or deleted.")
            : tr("A workspace is one file holding your campaigns, candidates and activities. "
                 "Opening another workspace replaces this window's contents; nothing is "
                 "copied or deleted.");
    auto *explain = named(new QLabel(about, page), QStringLiteral("workspaceExplanation"), tr("About workspaces"));
    explain->setWordWrap(true);

    auto *form = new QFormLayout;
    if (m_workspace.isTeam()) {
        form->addRow(tr("Team workspace:"), m_path);
        addTeamRows(form, page);
    } else {
        form->addRow(tr("Workspace file:"), m_path);
    }
    form->addRow(QString(), open);
    form->addRow(QString(), connectTeam);
    form->addRow(tr("Sample data:"), m_removeSample);
    form->addRow(tr("Setup:"), runSetup);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addStretch();
    updateSampleButton();
    return page;
}

QWidget *SettingsView::buildLanguagePage()
{
    auto *page = named(new QWidget(this), QStringLiteral("languageSettingsPage"), tr("Language settings"));
    const QString saved = LanguageSettings::saved();
    for (const auto &language : LanguageSettings::available())
        m_language->addItem(language.name, language.code);
    const int current = m_language->findData(saved);
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("Sourcedesk switches to the language you choose at once, without a restart. "
                               "Dates, numbers and plural forms follow it."));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        LanguageSettings::save(code);
        emit languageChangeRequested(code);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_languageNote);
    layout->addStretch();
    return page;
}

int SettingsView::currentPage() const
{
    return m_stack->currentIndex();
}

void SettingsView::chooseWorkspace()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Open or create a workspace"), QStringLiteral("workspace.sqlite"),
        tr("Sourcedesk workspaces (*.sqlite *.db);;All files (*)"), QStringLiteral("workspace"), true);
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void SettingsView::addTeamRows(QFormLayout *form, QWidget *page)
{
    const TeamServer &server = *m_workspace.teamServer();
    const auto row = [&](const QString &objectName, const QString &title, const QString &value) {
        auto *label = named(new QLabel(value, page), objectName, title);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(title, label);
    };
    row(QStringLiteral("teamServerInfo"), tr("Server:"), QStringLiteral("%1:%2").arg(server.host).arg(server.port));
    row(QStringLiteral("teamDatabaseInfo"), tr("Database:"), server.database);
    row(QStringLiteral("teamUserInfo"), tr("Signed in as:"), server.user);
    row(QStringLiteral("teamRoleInfo"), tr("Your role:"), team::roleText(m_workspace));
}

void SettingsView::connectTeamWorkspace()
{
    auto *dialog = new TeamConnectDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_workspace.isTeam())
        dialog->setServer(*m_workspace.teamServer());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::shared_ptr<Workspace> opened = dialog->workspace();
        if (!opened)
            return;
        const QString location = opened->path();
        team::handOff(opened); // the launcher switches to it without connecting again
        emit openWorkspaceRequested(location);
    });
    dialog->open();
}

void SettingsView::removeSampleData()
{
    if (!SampleOffer::confirmAndRemove(this, m_workspace))
        return;
    if (m_notifier) {
        emit m_notifier->campaignsChanged();
        emit m_notifier->candidatesChanged();
    }
    updateSampleButton();
}

void SettingsView::updateSampleButton()
{
    const bool exists = sample::exists(m_workspace);
    m_removeSample->setEnabled(exists);
    m_removeSample->setToolTip(exists ? tr("Removes the sample campaign and its sample candidates")
                                      : tr("This workspace has no sample data"));
}

} // namespace sd::ui
