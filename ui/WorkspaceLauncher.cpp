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
#include "Workspace.h"

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

std::shared_ptr<Workspace> WorkspaceLauncher::openInteractively(QWidget *parent, const QString &path)
{
    QString candidate = path;
    for (;;) {
        auto opened = Workspace::open(candidate);
        if (opened.ok()) {
            QSettings().setValue(QLatin1String(kLastPathKey),
                                 QDir::cleanPath(QDir(candidate).absolutePath()));
            std::shared_ptr<Workspace> ws = std::move(opened).value();
            // Every change queues what it owes SmartRecruiters in its own transaction.
            ws->setEvents(std::make_shared<sync::SyncEvents>(*ws, QStringLiteral("manual")));
            return ws;
        }
        qWarning("Cannot open workspace %s: %s", qUtf8Printable(candidate),
                 qUtf8Printable(opened.error().toString()));
        const auto answer =
            MessageBox::critical(parent, tr("Cannot open the workspace"),
                                 tr("Sourcedesk cannot open the workspace “%1”.").arg(candidate) +
                                     QStringLiteral("\n\n") + explain(opened.error()),
                                 MessageBox::ChooseAnother | MessageBox::Quit, MessageBox::ChooseAnother);
        if (answer != MessageBox::ChooseAnother)
            return nullptr;
        const QString next = FileDialog::getSaveFileName(
            parent, tr("Open or create a workspace"), QStringLiteral("workspace.sqlite"),
            tr("Sourcedesk workspaces (*.sqlite *.db);;All files (*)"), QStringLiteral("workspace"), true);
        if (next.isEmpty())
            return nullptr;
        candidate = next;
    }
}

bool WorkspaceLauncher::start(const QString &path)
{
    auto workspace = openInteractively(nullptr, path);
    if (!workspace)
        return false;
    showWindow(std::move(workspace));
    return true;
}

void WorkspaceLauncher::switchTo(const QString &path)
{
    auto workspace = openInteractively(m_window, path);
    if (!workspace)
        return; // keep the current window and workspace
    showWindow(std::move(workspace));
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
    if (!m_secrets)
        m_secrets = new connection::KeychainSecretStore(this);
    window->setSecretStore(m_secrets);
    auto *connection = new integration::ConnectionManager(m_workspace, m_secrets, window);
    window->attachIntegration(connection);
    connection->restore(); // reads the keychain only if this workspace was connected
    m_window = window;
    window->show();
    qInfo("Main window open on %s", qUtf8Printable(QDir::toNativeSeparators(m_workspace->path())));
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
