#include "WorkspaceLauncher.h"

#include "SyncEvents.h"

#include "ConnectionManager.h"
#include "KeychainSecretStore.h"

#include "FileDialog.h"
#include "FirstRunWizard.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SampleOffer.h"
#include "SettingsView.h"
#include "TeamConnectDialog.h"
#include "TeamOpener.h"
#include "Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTimer>

namespace sd::ui {

namespace {

const char *const kLastPathKey = "workspace/lastPath";

} // namespace

QString WorkspaceLauncher::explain(const Error &error)
{
    QString advice;
    switch (error.code) {
    case Error::Code::TooNew:
        advice =
            tr("This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, "
               "or choose another workspace. The file was not changed.");
        break;
    case Error::Code::Corrupt:
        advice =
            tr("The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a "
               "backup, or choose another workspace.");
        break;
    case Error::Code::Io:
        advice =
            tr("Check that the file and its folder exist and that you may read and write them, or choose "
               "another workspace.");
        break;
    default:
        advice = tr("Choose another workspace, or quit and try again.");
        break;
    }
    return advice + QStringLiteral("\n\n") + tr("Details: %1").arg(error.toString());
}

WorkspaceLauncher::WorkspaceLauncher(QObject *parent)
    : QObject(parent)
{}

WorkspaceLauncher::~WorkspaceLauncher()
{
    // The window's models read the workspace: the window goes first.
    delete m_window.data();
}

QString WorkspaceLauncher::initialPath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString env = qEnvironmentVariable("SOURCEDESK_WORKSPACE");
    if (!env.isEmpty())
        return env;
    const QString last = QSettings().value(QLatin1String(kLastPathKey)).toString();
    return last.isEmpty() ? Workspace::defaultPath() : last;
}

void WorkspaceLauncher::remember(const Workspace &workspace)
{
    // A team workspace's location holds no password (TeamServer), so it may be kept as it is.
    const QString where = workspace.isTeam() ? workspace.path() : QDir::cleanPath(QDir(workspace.path()).absolutePath());
    QSettings().setValue(QLatin1String(kLastPathKey), where);
}

QString WorkspaceLauncher::chooseInstead(QWidget *parent, const QString &location, const Error &error)
{
    const auto answer =
        MessageBox::critical(parent, tr("Cannot open the workspace"),
                             tr("Sourcedesk cannot open the workspace “%1”.").arg(location) +
                                 QStringLiteral("\n\n") + explain(error),
                             MessageBox::ChooseAnother | MessageBox::Quit, MessageBox::ChooseAnother);
    if (answer != MessageBox::ChooseAnother)
        return {};
    return FileDialog::getSaveFileName(parent, tr("Open or create a workspace"), QStringLiteral("workspace.sqlite"),
                                       tr("Sourcedesk workspaces (*.sqlite *.db);;All files (*)"),
                                       QStringLiteral("workspace"), true);
}

std::shared_ptr<Workspace> WorkspaceLauncher::openInteractively(QWidget *parent, const QString &path)
{
    QString candidate = path;
    for (;;) {
        auto opened = Workspace::open(candidate);
        if (opened.ok()) {
            std::shared_ptr<Workspace> ws = std::move(opened).value();
            remember(*ws);
            // Every change queues what it owes SmartRecruiters in its own transaction.
            ws->setEvents(std::make_shared<sync::SyncEvents>(*ws, QStringLiteral("manual")));
            return ws;
        }
        qWarning("Cannot open workspace %s: %s", qUtf8Printable(candidate),
                 qUtf8Printable(opened.error().toString()));
        const QString next = chooseInstead(parent, candidate, opened.error());
        if (next.isEmpty())
            return nullptr;
        candidate = next;
    }
}

bool WorkspaceLauncher::start(const QString &path)
{
    if (TeamServer::isLocation(path)) {
        // Until the window shows, the connect dialog may be the only window: closing it must not
        // end the application behind the launcher's back.
        m_restoreQuitOnClose = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        openTeam(path, true);
        return true;
    }
    auto workspace = openInteractively(nullptr, path);
    if (!workspace)
        return false;
    showWindow(std::move(workspace));
    return true;
}

void WorkspaceLauncher::switchTo(const QString &path)
{
    const bool teamLocation = TeamServer::isLocation(path);
    const auto server = teamLocation ? TeamServer::parse(path) : std::nullopt;
    // The connect (or transfer) dialog opened it already: no second connection, no second prompt.
    if (auto ready = team::takeHandedOff(server ? server->location() : path)) {
        adopt(std::move(ready));
        return;
    }
    if (teamLocation) {
        openTeam(path, false);
        return;
    }
    auto workspace = openInteractively(m_window, path);
    if (!workspace)
        return; // keep the current window and workspace
    showWindow(std::move(workspace));
}

connection::SecretStore *WorkspaceLauncher::secrets()
{
    if (!m_secrets)
        m_secrets = new connection::KeychainSecretStore(this);
    return m_secrets;
}

void WorkspaceLauncher::openTeam(const QString &location, bool starting)
{
    QString why;
    const std::optional<TeamServer> server = TeamServer::parse(location, &why);
    if (!server) {
        const QString shown = TeamServer::withoutPassword(location);
        teamGivenUp(shown, Error(Error::Code::InvalidArgument, why, shown), starting);
        return;
    }
    m_openingTeam = true;
    // The keychain answers through the event loop; a missing entry or no keychain at all leaves
    // libpq's own sources (PGPASSWORD, ~/.pgpass), and the dialog asks when those fail too.
    secrets()->read(server->keychainKey(), this, [this, server = *server, starting](const auto &stored) {
        const QString password = stored.ok() ? stored.value : QString();
        team::openAsync(server.location(), password, this, [this, server, starting](const team::Opened &opened) {
            if (opened.ok()) {
                adopt(opened.value());
                return;
            }
            qWarning("Cannot open team workspace %s: %s", qUtf8Printable(server.location()),
                     qUtf8Printable(opened.error().toString()));
            askForTeamPassword(server, opened.error(), starting);
        });
    });
}

void WorkspaceLauncher::askForTeamPassword(const TeamServer &server, const Error &error, bool starting)
{
    auto *dialog = new TeamConnectDialog(secrets(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(server);
    dialog->showError(error);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adopt(dialog->workspace()); });
    connect(dialog, &QDialog::rejected, this,
            [this, location = server.location(), error, starting] { teamGivenUp(location, error, starting); });
    dialog->open();
}

void WorkspaceLauncher::teamGivenUp(const QString &location, const Error &error, bool starting)
{
    m_openingTeam = false;
    if (!starting || m_window)
        return; // keep the current window and workspace
    // Nothing is open yet: the same choice as for a file that cannot be opened.
    std::shared_ptr<Workspace> workspace;
    const QString next = chooseInstead(nullptr, location, error);
    if (!next.isEmpty())
        workspace = openInteractively(nullptr, next);
    if (!workspace) {
        QCoreApplication::exit(1);
        return;
    }
    showWindow(std::move(workspace));
    if (m_restoreQuitOnClose) {
        QGuiApplication::setQuitOnLastWindowClosed(true);
        m_restoreQuitOnClose = false;
    }
}

void WorkspaceLauncher::adopt(std::shared_ptr<Workspace> workspace)
{
    m_openingTeam = false;
    if (!workspace)
        return;
    remember(*workspace);
    workspace->setEvents(std::make_shared<sync::SyncEvents>(*workspace, QStringLiteral("manual")));
    showWindow(std::move(workspace));
    if (m_restoreQuitOnClose) {
        QGuiApplication::setQuitOnLastWindowClosed(true);
        m_restoreQuitOnClose = false;
    }
}

void WorkspaceLauncher::switchLanguage(const QString &code)
{
    // Not while the old window is still inside the signal of its own language box.
    QTimer::singleShot(0, this, [this, code] {
        if (!m_workspace)
            return;
        LanguageSettings::apply(*QCoreApplication::instance(), code);
        showWindow(m_workspace);
        m_window->showView(MainWindow::SettingsPage);
        m_window->settingsView()->showPage(SettingsView::LanguagePage);
        if (auto *box = m_window->findChild<QWidget *>(QStringLiteral("languageCombo")))
            box->setFocus(Qt::OtherFocusReason);
    });
}

void WorkspaceLauncher::showWindow(std::shared_ptr<Workspace> workspace)
{
    if (m_window) {
        MainWindow *old = m_window;
        old->saveWindowState();
        // The old window's models read the old workspace until the window is gone.
        connect(old, &QObject::destroyed, this, [keep = m_workspace]() mutable { keep.reset(); });
        old->hide();
        old->deleteLater();
    }
    m_workspace = std::move(workspace);
    auto *window = new MainWindow(m_workspace);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window, &MainWindow::openWorkspaceRequested, this, &WorkspaceLauncher::switchTo);
    connect(window, &MainWindow::languageChangeRequested, this, &WorkspaceLauncher::switchLanguage);
    window->setSecretStore(secrets());
    auto *connection = new integration::ConnectionManager(m_workspace, m_secrets, window);
    window->attachIntegration(connection);
    connection->restore(); // reads the keychain only if this workspace was connected
    m_window = window;
    window->show();
    qInfo("Main window open on %s", qUtf8Printable(m_workspace->isTeam() ? m_workspace->path()
                                                                        : QDir::toNativeSeparators(m_workspace->path())));
    // After the window is up, so the setup and then the sample question appear over it.
    QTimer::singleShot(0, window, [window, connection, ws = m_workspace] {
        const auto offerSample = [window, ws] {
            if (SampleOffer::offerIfNew(window, *ws))
                window->reloadAll();
        };
        if (!FirstRunWizard::shouldRun(*ws)) {
            offerSample();
            return;
        }
        FirstRunWizard *setup = FirstRunWizard::launch(ws, connection, window->notifier(), window);
        connect(setup, &QDialog::finished, window, offerSample);
    });
}

} // namespace sd::ui
