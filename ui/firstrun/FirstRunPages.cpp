#include "FirstRunPages.h"

#include "Actor.h"
#include "ConnectionManager.h"
#include "FirstRunWizard.h"
#include "ImportWizard.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncLabels.h"
#include "Theme.h"
#include "Workspace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QLabel *wrapped(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// ---- Step 1: workspace -------------------------------------------------------------------------

FirstRunWorkspacePage::FirstRunWorkspacePage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    named(this, QStringLiteral("firstRunWorkspacePage"), tr("Where your work is kept"));
    setTitle(tr("Where your work is kept"));
    setSubTitle(tr("Sourcedesk keeps your campaigns, candidates and outreach in a workspace. It is fast with a "
                   "million candidates and works offline."));

    m_local = named(new QRadioButton(tr("&This computer (a local workspace)"), this),
                    QStringLiteral("firstRunWorkspaceLocal"), tr("Local workspace on this computer"));
    m_local->setChecked(true);
    m_path = named(wrapped(new QLabel(QDir::toNativeSeparators(wizard->workspace()->path()), this)),
                   QStringLiteral("firstRunWorkspacePath"), tr("Workspace file"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setContentsMargins(24, 0, 0, 0);
    auto *pathIntro = named(wrapped(new QLabel(tr("Everything is saved in this file:"), this)),
                            QStringLiteral("firstRunWorkspacePathIntro"), tr("About the workspace file"));
    pathIntro->setContentsMargins(24, 0, 0, 0);

    const bool onTeam = wizard->workspace()->isTeam();
    const QString teamWhy =
        onTeam ? tr("You are in the team workspace %1.").arg(wizard->workspace()->displayName())
               : tr("Shared with your team on your company's PostgreSQL server. Choose it and Next to connect; "
                    "your admin gives you the server, database and login");
    m_team = named(new QRadioButton(tr("Team workspace (PostgreSQL)"), this), QStringLiteral("firstRunWorkspaceTeam"),
                   tr("Team workspace"));
    m_team->setToolTip(teamWhy);
    m_team->setAccessibleDescription(teamWhy);
    auto *teamNote = named(wrapped(new QLabel(onTeam ? teamWhy : teamWhy + u'.', this)),
                           QStringLiteral("firstRunWorkspaceTeamNote"), tr("About team workspaces"));
    theme::setTone(teamNote, theme::Tone::Muted);
    teamNote->setContentsMargins(24, 0, 0, 0);
    if (onTeam) {
        m_team->setChecked(true);
        m_path->setText(wizard->workspace()->displayName());
    }

    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_team);

    auto *later = named(wrapped(new QLabel(tr("To use another file later: Settings → Workspace, or File → Open "
                                              "workspace… (%1).")
                                               .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
                                           this)),
                        QStringLiteral("firstRunWorkspaceLater"), tr("Using another workspace later"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(pathIntro);
    layout->addWidget(m_path);
    layout->addSpacing(12);
    layout->addWidget(m_team);
    layout->addWidget(teamNote);
    layout->addSpacing(12);
    layout->addWidget(later);
    layout->addStretch();
}

bool FirstRunWorkspacePage::isLocal() const
{
    return m_local->isChecked();
}

bool FirstRunWorkspacePage::validatePage()
{
    // Already in a team workspace, or staying local: on to the next step.
    if (isLocal() || m_wizard->workspace()->isTeam())
        return true;
    // The connect dialog opens over the setup; once connected, the window switches to the team
    // workspace (and this setup, which belongs to the local one, goes with the old window).
    emit m_wizard->teamWorkspaceRequested();
    return false;
}

// ---- Step 4: import ----------------------------------------------------------------------------

FirstRunImportPage::FirstRunImportPage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    named(this, QStringLiteral("firstRunImportPage"), tr("Import your first candidates"));
    setTitle(tr("Import your first candidates"));
    setSubTitle(tr("Bring a CSV export from SourceWhale, Gem, LinkedIn Recruiter, Google Contacts or a "
                   "spreadsheet. You see how the columns map before anything is stored."));
    m_button = named(new QPushButton(tr("&Import a CSV file…"), this), QStringLiteral("firstRunImportButton"),
                     tr("Import a CSV file"));
    m_button->setAutoDefault(false); // Enter keeps meaning Next
    connect(m_button, &QPushButton::clicked, this, &FirstRunImportPage::openImport);
    m_result = named(wrapped(new QLabel(this)), QStringLiteral("firstRunImportResult"), tr("Import result"));
    auto *later = named(wrapped(new QLabel(tr("Or skip this step: File → Import CSV… (Ctrl+I), or drop a .csv file "
                                              "on the window, any time."),
                                           this)),
                        QStringLiteral("firstRunImportLater"), tr("Importing later"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(later);
    layout->addStretch();
}

FirstRunImportPage::~FirstRunImportPage() = default;

ImportWizard *FirstRunImportPage::importWizard() const
{
    return m_import;
}

void FirstRunImportPage::openImport()
{
    if (m_import) {
        m_import->raise();
        m_import->activateWindow();
        return;
    }
    m_import = new ImportWizard(m_wizard->workspace(), m_wizard->notifier(), this);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportWizard::importFinished, this, [this](const QString &summary) {
        m_wizard->setImportSummary(summary);
        m_result->setText(tr("Imported: %1").arg(summary));
    });
    m_import->open();
}

// ---- Summary -----------------------------------------------------------------------------------

FirstRunSummaryPage::FirstRunSummaryPage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    named(this, QStringLiteral("firstRunSummaryPage"), tr("Setup summary"));
    setTitle(tr("You are set up"));
    setSubTitle(tr("This is what is set now. Everything can be changed later in Settings (Ctrl+3)."));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto add = [this, form](const QString &objectName, const QString &title) {
        QLabel *value = addRow(objectName, title);
        form->addRow(title + u':', value);
        return value;
    };
    m_workspace = add(QStringLiteral("firstRunSummaryWorkspace"), tr("Workspace"));
    m_connection = add(QStringLiteral("firstRunSummaryConnection"), tr("SmartRecruiters"));
    m_jobStatuses = add(QStringLiteral("firstRunSummaryJobStatuses"), tr("Jobs offered for campaigns"));
    m_trigger = add(QStringLiteral("firstRunSummaryTrigger"), tr("Add to SmartRecruiters"));
    m_import = add(QStringLiteral("firstRunSummaryImport"), tr("First import"));
    form->addRow(named(wrapped(new QLabel(tr("Run this setup again any time: Settings → Workspace → Run setup again…"),
                                          this)),
                       QStringLiteral("firstRunSummaryAgain"), tr("Running the setup again")));
}

QLabel *FirstRunSummaryPage::addRow(const QString &objectName, const QString &title)
{
    auto *label = named(wrapped(new QLabel(this)), objectName, title);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void FirstRunSummaryPage::initializePage()
{
    // Read back from where each choice is stored, so the summary says what really holds.
    const Workspace &ws = *m_wizard->workspace();
    const auto where = [](const QString &value, const QString &place) {
        return value + u'\n' + tr("Change it in %1.").arg(place);
    };
    m_workspace->setText(where(tr("On this computer: %1").arg(QDir::toNativeSeparators(ws.path())),
                               tr("Settings → Workspace")));

    QString connection = tr("Not connected. Sourcedesk works without it; nothing is sent to SmartRecruiters.");
    if (integration::ConnectionManager *manager = m_wizard->connectionManager();
        manager && manager->state() == integration::ConnectionManager::State::Connected) {
        const integration::ConnectionSettings s = manager->settings();
        connection = tr("Connected as %1 (%2) at %3, on %4.")
                         .arg(s.accountName, s.accountEmail,
                              s.companyName.isEmpty() ? tr("an unnamed company") : s.companyName, s.hosts.apiKey());
    }
    m_connection->setText(where(connection, tr("Settings → Integration: SmartRecruiters")));

    const Result<sync::ResolvedSettings> resolved = sync::SettingsStore(ws).resolve(currentActor());
    const sync::ResolvedSettings settings = resolved.ok() ? resolved.value() : sync::ResolvedSettings();
    const QString statusKey = QString::fromLatin1(sync::key::JobStatuses);
    QStringList statuses;
    for (const QString &s : settings.list(statusKey))
        statuses << SyncLabels::listItemLabel(statusKey, s);
    const QString statusText = statuses.isEmpty()
                                   ? tr("None: campaigns can only be linked to the talent pool.")
                                   : tr("Jobs with status %1.").arg(statuses.join(QStringLiteral(", ")));
    m_jobStatuses->setText(where(statusText, tr("Settings → SmartRecruiters sync → Team defaults → Job information")));

    const QString triggerKey = QString::fromLatin1(sync::key::CreateTrigger);
    const sync::ResolvedValue trigger = settings.value(triggerKey);
    m_trigger->setText(where(tr("%1 (%2)").arg(SyncLabels::choiceLabel(triggerKey, trigger.value),
                                                 sync::layerLabel(trigger.from)),
                             tr("Settings → SmartRecruiters sync → My settings → Adding to SmartRecruiters")));

    const QString imported = m_wizard->importSummary();
    m_import->setText(where(imported.isEmpty() ? tr("Nothing imported yet.") : imported,
                            tr("File → Import CSV… (Ctrl+I)")));
}

} // namespace sd::ui
