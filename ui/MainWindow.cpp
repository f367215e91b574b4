#include "MainWindow.h"

#include "OutreachService.h"

#include "CampaignDetailView.h"
#include "CampaignRepository.h"
#include "AnalyticsView.h"
#include "CampaignsView.h"
#include "CandidateRepository.h"
#include "CandidatesView.h"
#include "ChangeNotifier.h"
#include "TeamChangeRelay.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Named.h"
#include "SearchPalette.h"
#include "SettingsView.h"
#include "StageSyncParts.h"
#include "IntegrationPage.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "UndoController.h"
#include "Workspace.h"
#include "CsvExportRunner.h"
#include "FirstRunWizard.h"
#include "HelpMenu.h"
#include "ImportWizard.h"
#include "SyncHub.h"
#include "SyncSettingsPage.h"
#include "SyncWindowParts.h"
#include "TeamOpener.h"
#include "TransferDialog.h"
#include "DoNotContactPage.h"
#include "MailboxPage.h"
#include "OutreachDocks.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace sd::ui {

MainWindow::MainWindow(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_notifier(new ChangeNotifier(this))
    , m_syncHub(new SyncHub(m_workspace, m_notifier))
    , m_sideBar(named(new QListWidget(this), QStringLiteral("viewList"), tr("Views")))
    , m_stack(named(new QStackedWidget(this), QStringLiteral("viewStack"), tr("Current view")))
    , m_campaigns(new CampaignsView(*m_workspace, m_notifier, this))
    , m_candidates(new CandidatesView(*m_workspace, m_notifier, this))
    , m_settings(new SettingsView(*m_workspace, m_notifier, this))
    , m_analytics(new AnalyticsView(m_workspace, this))
    , m_pathLabel(named(new QLabel(this), QStringLiteral("statusWorkspace"), tr("Workspace")))
    , m_countsLabel(named(new QLabel(this), QStringLiteral("statusCounts"), tr("Counts")))
    , m_taskLabel(named(new QLabel(this), QStringLiteral("statusTask"), tr("Running task")))
    , m_progress(named(new QProgressBar(this), QStringLiteral("statusProgress"), tr("Progress")))
    , m_cancelTask(named(new QPushButton(tr("Cancel"), this), QStringLiteral("statusCancel"),
                         tr("Cancel the running task")))
    , m_countsTimer(new QTimer(this))
{
    named(this, QStringLiteral("mainWindow"), tr("Sourcedesk"));
    setWindowTitle(tr("Sourcedesk — %1").arg(m_workspace->displayName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));
    setAcceptDrops(true);

    struct Page
    {
        View view;
        QWidget *widget;
        QString title;
        QString icon;
    };
    // In side-bar order; the stack holds them in View order, so a View is its stack index.
    const Page pages[] = {
        {CampaignsPage, m_campaigns, tr("Campaigns"), QStringLiteral(":/icons/campaigns.svg")},
        {CandidatesPage, m_candidates, tr("Candidates"), QStringLiteral(":/icons/candidates.svg")},
        {AnalyticsPage, m_analytics, tr("Analytics"), QStringLiteral(":/icons/analytics.svg")},
        {SettingsPage, m_settings, tr("Settings"), QStringLiteral(":/icons/settings.svg")},
    };
    for (const Page &page : pages) {
        auto *item = new QListWidgetItem(QIcon(page.icon), page.title, m_sideBar);
        item->setData(Qt::AccessibleTextRole, page.title);
        item->setData(Qt::UserRole, int(page.view));
    }
    QWidget *const inViewOrder[] = {m_campaigns, m_candidates, m_settings, m_analytics};
    for (QWidget *widget : inViewOrder)
        m_stack->addWidget(widget);
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->setFixedWidth(150);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    connect(m_sideBar, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (QListWidgetItem *item = m_sideBar->item(row))
            m_stack->setCurrentIndex(item->data(Qt::UserRole).toInt());
        focusCurrentView(false);
    });

    auto *central = named(new QWidget(this), QStringLiteral("centralWidget"), tr("Sourcedesk"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_settings->addPage(tr("SmartRecruiters sync"), new SyncSettingsPage(*m_workspace, m_syncHub, m_settings));
    buildMenus();
    buildStatusBar();
    m_syncParts = SyncWindowParts::install(this, menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")), *m_workspace,
                                           m_syncHub);
    StageSyncParts::install(m_syncHub, m_settings, statusBar()); // Settings → Hiring stages, daily stage sync
    // Outreach: Settings → Mailbox and Do not contact; the Today and Replies docks.
    m_mailboxPage = new MailboxPage(*m_workspace, m_settings);
    m_settings->addPage(tr("Mailbox"), m_mailboxPage);
    m_settings->addPage(tr("Do not contact"), new DoNotContactPage(*m_workspace, m_settings));
    m_outreachDocks = OutreachDocks::install(this, menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")),
                                             *m_workspace, m_notifier);
    connect(m_settings, &SettingsView::openWorkspaceRequested, this, &MainWindow::openWorkspaceRequested);
    connect(m_settings, &SettingsView::runSetupRequested, this,
            [this] { FirstRunWizard::launch(m_workspace, m_connection, m_notifier, this); });
    connect(m_settings, &SettingsView::languageChangeRequested, this, &MainWindow::languageChangeRequested);
    connect(m_candidates, &CandidatesView::exportRequested, this, &MainWindow::exportCsv);

    // Coalesce the bursts of change signals (a bulk action emits several) into one count query.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    TeamChangeRelay::install(m_workspace, m_notifier, this); // teammates' changes appear without a restart
    connect(m_notifier, &ChangeNotifier::campaignsChanged, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_notifier, &ChangeNotifier::candidatesChanged, m_countsTimer, qOverload<>(&QTimer::start));
    m_countsTimer->start();

    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QString &name, const QKeySequence &key,
                      auto slot) {
        auto *action = namedAction(menu->addAction(text), name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    add(file, tr("&New campaign…"), QStringLiteral("newCampaignAction"), QKeySequence::New,
        &MainWindow::newCampaign);
    file->addSeparator();
    add(file, tr("&Import CSV…"), QStringLiteral("importCsvAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
        [this] { importCsv(); });
    add(file, tr("&Export CSV…"), QStringLiteral("exportCsvAction"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &MainWindow::exportCsv);
    file->addSeparator();
    add(file, tr("&Open workspace…"), QStringLiteral("openWorkspaceAction"), QKeySequence::Open,
        &MainWindow::openWorkspace);
    // A local workspace moves to a team server; a team workspace can be copied to a local file.
    add(file, m_workspace->isTeam() ? tr("Copy to a &local file…") : tr("&Move this workspace to a team server…"),
        QStringLiteral("transferWorkspaceAction"), QKeySequence(), [this] {
            auto *dialog = new TransferDialog(m_workspace, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &TransferDialog::openWorkspaceRequested, this, &MainWindow::openWorkspaceRequested);
            dialog->open();
        });
    file->addSeparator();
    auto *quit = add(file, tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(UndoController::of(m_notifier, this)->undoAction()); // Ctrl+Z, docs/undo.md
    edit->addSeparator();
    add(edit, tr("&Find candidates"), QStringLiteral("findAction"), QKeySequence::Find, [this] {
        showView(CandidatesPage);
        m_candidates->focusSearch();
    });
    add(edit, tr("Search &everywhere…"), QStringLiteral("searchEverywhereAction"),
        QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::searchEverywhere);
    add(edit, tr("New &candidate…"), QStringLiteral("newCandidateMenuAction"), {}, [this] {
        showView(CandidatesPage);
        m_candidates->newCandidate();
    });
    edit->addSeparator();
    add(edit, tr("&Settings"), QStringLiteral("settingsAction"), QKeySequence::Preferences,
        [this] { enterView(SettingsPage); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    add(view, tr("&Campaigns"), QStringLiteral("showCampaignsAction"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { enterView(CampaignsPage); });
    add(view, tr("C&andidates"), QStringLiteral("showCandidatesAction"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { enterView(CandidatesPage); });
    add(view, tr("&Settings"), QStringLiteral("showSettingsAction"), QKeySequence(Qt::CTRL | Qt::Key_3),
        [this] { enterView(SettingsPage); });
    add(view, tr("A&nalytics"), QStringLiteral("showAnalyticsAction"), QKeySequence(Qt::CTRL | Qt::Key_4),
        [this] { enterView(AnalyticsPage); });
    view->addSeparator();
    view->addAction(m_campaigns->showArchivedAction());
    add(view, tr("&Reload"), QStringLiteral("reloadAction"), QKeySequence::Refresh, &MainWindow::reloadAll);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    add(help, tr("&Keyboard shortcuts"), QStringLiteral("shortcutsAction"),
        QKeySequence(Qt::CTRL | Qt::Key_Slash), &MainWindow::showShortcuts);
    auto *about =
        add(help, tr("&About Sourcedesk"), QStringLiteral("aboutAction"), {}, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    installHelpActions(help, this); // guide (F1), What's This (Shift+F1), log folder
}

void MainWindow::buildStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_pathLabel->setText(m_workspace->isTeam() ? m_workspace->displayName()
                                               : QDir::toNativeSeparators(m_workspace->path()));
    m_pathLabel->setToolTip(m_workspace->isTeam() ? tr("Team workspace") : tr("Workspace file"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    statusBar()->addWidget(m_pathLabel, 1);
    if (m_workspace->isReadOnly()) {
        // Opened from a file this user may not write (a package-wide copy, a read-only share):
        // say so up front, rather than let the first save fail.
        setWindowTitle(tr("Sourcedesk — %1 (read-only)").arg(m_workspace->displayName()));
        auto *readOnly = named(new QLabel(tr("Read-only: changes cannot be saved here"), this),
                               QStringLiteral("statusReadOnly"), tr("Workspace is read-only"));
        readOnly->setToolTip(tr("Sourcedesk may not write this workspace file. To work in it, copy it to a folder "
                                "you can write (File → Open workspace…) or ask for write access to it."));
        theme::setTone(readOnly, theme::Tone::Warning);
        statusBar()->addPermanentWidget(readOnly);
    }
    if (m_workspace->isTeam()) {
        auto *role = named(new QLabel(tr("%1 as %2").arg(m_workspace->databaseUser(), team::roleText(*m_workspace)), this),
                           QStringLiteral("statusTeamRole"), tr("Your role in this team workspace"));
        statusBar()->addPermanentWidget(role);
    }
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelTask);
    statusBar()->addPermanentWidget(m_countsLabel);
    setBusy({}, false);
}

void MainWindow::setBusy(const QString &what, bool busy)
{
    m_taskLabel->setText(what);
    m_taskLabel->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancelTask->setVisible(busy);
    m_cancelTask->disconnect(this);
    if (!busy)
        m_progress->reset();
}

void MainWindow::updateCounts()
{
    auto campaigns = CampaignRepository(*m_workspace).list(false);
    // One count over the primary key index: cheap even for a million candidates.
    auto candidates = CandidateRepository(*m_workspace).count({});
    QStringList parts;
    if (campaigns.ok())
        parts << tr("%n active campaigns", nullptr, int(campaigns->size()));
    if (candidates.ok())
        parts << tr("%n candidates", nullptr, int(candidates.value()));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::setSecretStore(connection::SecretStore *store)
{
    m_mailboxPage->setSecretStore(store);
    m_settings->setSecretStore(store); // "Connect to a team workspace…" keeps the password there
    if (m_outreach || m_workspace->isReadOnly())
        return;
    // Sending, reply detection and task scheduling run on their own thread from here on.
    m_outreach = new outreach::OutreachService(m_workspace, store, this);
    connect(m_mailboxPage, &MailboxPage::saved, m_outreach, &outreach::OutreachService::reloadSecrets);
    connect(m_notifier, &ChangeNotifier::membersChanged, m_outreach, &outreach::OutreachService::kick);
    connect(m_outreach, &outreach::OutreachService::roundFinished, this,
            [this](const QString &summary, const QStringList &errors) {
                if (!errors.isEmpty())
                    statusBar()->showMessage(tr("Outreach: %1").arg(errors.first()), 30000);
                else if (!summary.isEmpty())
                    statusBar()->showMessage(tr("Outreach: %1").arg(summary), 10000);
                if (!summary.isEmpty())
                    emit m_notifier->membersChanged(0);
            });
    m_outreach->start();
}

void MainWindow::attachIntegration(integration::ConnectionManager *manager)
{
    m_connection = manager;
    m_settings->addPage(tr("Integration: SmartRecruiters"), new IntegrationPage(manager, m_settings));
    m_syncHub->setConnection(manager);
}

QString MainWindow::statusCountsText() const
{
    return m_countsLabel->text();
}

int MainWindow::currentView() const
{
    return m_stack->currentIndex();
}

void MainWindow::enterView(int view)
{
    showView(view);
    focusCurrentView(true);
}

void MainWindow::focusCurrentView(bool evenFromSideBar)
{
    // A view switched to by its shortcut (Ctrl+1…4) takes the focus, so that its own shortcuts work
    // at once; arrowing through the side bar leaves the focus there.
    QWidget *view = m_stack->currentWidget();
    QWidget *focus = QApplication::focusWidget();
    if (!view || !isVisible() || (focus && (view->isAncestorOf(focus) || (focus == m_sideBar && !evenFromSideBar))))
        return;
    for (QWidget *w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && w->isVisibleTo(view) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::showView(int view)
{
    for (int row = 0; row < m_sideBar->count(); ++row) {
        if (m_sideBar->item(row)->data(Qt::UserRole).toInt() == view)
            m_sideBar->setCurrentRow(row);
    }
}

void MainWindow::reloadAll()
{
    emit m_notifier->campaignsChanged();
    emit m_notifier->candidatesChanged();
    emit m_notifier->membersChanged(0);
    if (m_stack->currentWidget() == m_analytics)
        m_analytics->refresh();
}

void MainWindow::newCampaign()
{
    showView(CampaignsPage);
    m_campaigns->newCampaign();
}

void MainWindow::openWorkspace()
{
    showView(SettingsPage);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Open or create a workspace"), QStringLiteral("workspace.sqlite"),
        tr("Sourcedesk workspaces (*.sqlite *.db);;All files (*)"), QStringLiteral("workspace"), true);
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::searchEverywhere()
{
    if (!m_searchPalette)
        m_searchPalette = new SearchPalette(m_workspace, this);
    m_searchPalette->popup();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Sourcedesk"),
        tr("Sourcedesk %1\n\nSourcing campaigns for recruiters: candidates, outreach and "
           "replies in one local workspace.\n\nWorkspace: %2")
            .arg(QStringLiteral(SOURCEDESK_VERSION), QDir::toNativeSeparators(m_workspace->path())));
}

ImportWizard *MainWindow::importWizard() const
{
    return qobject_cast<ImportWizard *>(m_importWizard.data());
}

void MainWindow::importCsv(const QString &path)
{
    if (auto *running = importWizard()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *wizard = new ImportWizard(m_workspace, m_notifier, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard = wizard;
    connect(wizard, &ImportWizard::importStarted, this, [this, wizard] {
        setBusy(tr("Importing…"), true);
        m_progress->setRange(0, 100);
        connect(m_cancelTask, &QPushButton::clicked, wizard, &ImportWizard::cancelImport);
    });
    connect(wizard, &ImportWizard::importProgress, this, [this](int percent, qint64 rows) {
        m_progress->setValue(percent);
        m_taskLabel->setText(tr("Importing… %n rows", nullptr, int(rows)));
    });
    connect(wizard, &ImportWizard::importFinished, this, [this](const QString &summary) {
        setBusy({}, false);
        statusBar()->showMessage(summary, 10000);
    });
    if (!path.isEmpty())
        wizard->setFilePath(path);
    wizard->open();
}

void MainWindow::exportCsv()
{
    if (m_export) {
        MessageBox::information(this, tr("Export CSV"),
                                tr("An export is already running; wait for it or cancel it."));
        return;
    }
    const bool campaign = currentView() == CampaignsPage && m_campaigns->currentCampaign().id > 0;
    const QString suggested = campaign ? m_campaigns->currentCampaign().name + QStringLiteral(".csv")
                                       : QStringLiteral("candidates.csv");
    const QString path =
        FileDialog::getSaveFileName(this, campaign ? tr("Export campaign members") : tr("Export candidates"),
                                    suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    auto *runner = new CsvExportRunner(m_workspace, this);
    m_export = runner;
    setBusy(tr("Exporting…"), true);
    m_progress->setRange(0, 0);
    connect(m_cancelTask, &QPushButton::clicked, runner, &CsvExportRunner::cancel);
    connect(runner, &CsvExportRunner::progress, this,
            [this](qint64 rows) { m_taskLabel->setText(tr("Exporting… %n rows", nullptr, int(rows))); });
    connect(runner, &CsvExportRunner::finished, this,
            [this, runner, path](bool ok, qint64 rows, const QString &error) {
                setBusy({}, false);
                runner->deleteLater();
                if (ok)
                    statusBar()->showMessage(
                        tr("Exported %n rows to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)),
                        10000);
                else
                    MessageBox::warning(this, tr("Export CSV"), error);
            });
    if (campaign) {
        MemberQuery query;
        query.campaignId = m_campaigns->currentCampaign().id;
        runner->exportCampaign(query, path);
    } else {
        runner->exportCandidates(m_candidates->query(), path);
    }
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindow/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("ui/mainWindow/state")).toByteArray());
    showView(qBound(0, settings.value(QStringLiteral("ui/mainWindow/view"), 0).toInt(), int(AnalyticsPage)));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("ui/mainWindow/view"), currentView());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

QString MainWindow::droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop handler: the drag source is still waiting for it to return.
    QTimer::singleShot(0, this, [this, path] { importCsv(path); });
}

} // namespace sd::ui
