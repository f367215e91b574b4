#include "FirstRunWizard.h"

#include "Actor.h"
#include "CampaignRepository.h"
#include "ConnectionSettings.h"
#include "FirstRunConnectPage.h"
#include "FirstRunPages.h"
#include "FirstRunSyncPage.h"
#include "MainWindow.h"
#include "Named.h"
#include "SettingsView.h"
#include "Workspace.h"

#include <QAbstractButton>

namespace sd::ui {

namespace {

// Whether the setup ran is kept in the workspace, per user ("firstRun.done.<user>"):
//  - in the workspace, because what it sets up lives there (the connection settings, the team's
//    job status whitelist): a new workspace file starts unconfigured and deserves the setup again,
//    while the same workspace opened from another folder or after a reinstall does not;
//  - per user, because part of it is personal (the SmartRecruiters secrets in this user's keychain,
//    "My settings" for adding to SmartRecruiters): once workspaces are shared (PostgreSQL), each
//    recruiter joining one gets the setup once, without it showing again for the others.
QString doneKey()
{
    return QStringLiteral("firstRun.done.") + currentActor();
}

} // namespace

FirstRunWizard::FirstRunWizard(std::shared_ptr<Workspace> workspace, integration::ConnectionManager *manager,
                               ChangeNotifier *notifier, QWidget *parent)
    : QWizard(parent)
    , m_workspace(std::move(workspace))
    , m_manager(manager)
    , m_notifier(notifier)
    , m_connectPage(nullptr)
    , m_syncPage(nullptr)
{
    named(this, QStringLiteral("firstRunWizard"), tr("Set up Sourcedesk"));
    setWindowTitle(tr("Set up Sourcedesk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Cancel is "Skip setup": it (and Esc) ends the setup at any step and marks it done.
    setButtonText(QWizard::CancelButton, tr("Skip set&up"));

    m_connectPage = new FirstRunConnectPage(this);
    m_syncPage = new FirstRunSyncPage(this);
    setPage(WorkspacePage, new FirstRunWorkspacePage(this));
    setPage(ConnectPage, m_connectPage);
    setPage(SyncPage, m_syncPage);
    setPage(ImportPage, new FirstRunImportPage(this));
    setPage(SummaryPage, new FirstRunSummaryPage(this));
    setStartId(WorkspacePage);

    named(button(QWizard::BackButton), QStringLiteral("firstRunBack"), tr("Back to the previous step"));
    named(button(QWizard::NextButton), QStringLiteral("firstRunNext"), tr("Next step"));
    named(button(QWizard::FinishButton), QStringLiteral("firstRunFinish"), tr("Finish the setup"));
    named(button(QWizard::CancelButton), QStringLiteral("firstRunSkip"), tr("Skip setup"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Skip the rest of the setup (Esc). Run it again any time from Settings → Workspace."));
    button(QWizard::NextButton)->setToolTip(tr("Next step (Alt+N or Enter)"));
    button(QWizard::BackButton)->setToolTip(tr("Previous step (Alt+B)"));
    resize(760, 620);
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::isDone(const Workspace &workspace)
{
    return workspace.setting(doneKey()) == QStringLiteral("1");
}

Status FirstRunWizard::markDone(const Workspace &workspace)
{
    return workspace.setSetting(doneKey(), QStringLiteral("1"));
}

bool FirstRunWizard::shouldRun(const Workspace &workspace)
{
    if (workspace.isReadOnly() || isDone(workspace))
        return false;
    // A workspace already in use belongs to someone who found their way without the setup.
    // Names only: list() would count every campaign's members, at every start of a big workspace.
    const Result<QList<Campaign>> campaigns = CampaignRepository(workspace).matching(QString(), 0);
    if (campaigns.ok()) {
        for (const Campaign &c : campaigns.value()) {
            if (!c.sample)
                return false;
        }
    }
    return !integration::ConnectionSettings::load(workspace).isConnected();
}

FirstRunWizard *FirstRunWizard::launch(std::shared_ptr<Workspace> workspace, integration::ConnectionManager *manager,
                                       ChangeNotifier *notifier, QWidget *parent)
{
    auto *wizard = new FirstRunWizard(std::move(workspace), manager, notifier, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *window = qobject_cast<MainWindow *>(parent)) {
        connect(wizard, &FirstRunWizard::teamWorkspaceRequested, window->settingsView(),
                &SettingsView::connectTeamWorkspace);
    }
    wizard->open();
    return wizard;
}

void FirstRunWizard::setSandboxUrl(const QUrl &url)
{
    m_connectPage->setSandboxUrl(url);
}

void FirstRunWizard::rememberDone()
{
    if (m_workspace->isReadOnly())
        return;
    if (Status s = markDone(*m_workspace))
        qWarning("Could not remember that the setup ran: %s", qUtf8Printable(s->toString()));
}

void FirstRunWizard::skip()
{
    reject();
}

void FirstRunWizard::reject()
{
    rememberDone();
    QWizard::reject();
}

void FirstRunWizard::accept()
{
    rememberDone();
    QWizard::accept();
}

} // namespace sd::ui
