#pragma once

#include <QObject>
#include <QPointer>

#include "MainWindow.h"

#include <memory>

namespace sd {
struct Error;
struct TeamServer;
class Workspace;
} // namespace sd

namespace sd::connection {
class SecretStore;
}

namespace sd::ui {

// Opens a workspace and shows its window; on "Open another workspace…" it opens the new one and
// replaces the window. A workspace that cannot be opened (damaged, too new, unreadable) is
// explained through MessageBox with the choice of another file or quitting — never a crash.
// A team workspace (a postgresql:// location) opens asynchronously: the password comes from the
// keychain, the connection is made off the UI thread, and when that fails (wrong or no password,
// server down) the connect dialog asks, prefilled, with the reason shown.
class WorkspaceLauncher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLauncher(QObject *parent = nullptr);
    ~WorkspaceLauncher() override;

    // False when the user chose to quit instead of opening a workspace. A team workspace opens
    // after start() returned true; when the user gives up on it, the application exits with 1.
    bool start(const QString &path);
    // True while a team workspace is being opened or its password asked for.
    bool isOpeningTeam() const { return m_openingTeam; }

    MainWindow *mainWindow() const { return m_window; }
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    // Where SmartRecruiters secrets go: the OS keychain unless a test gives another store (not owned).
    void setSecretStore(connection::SecretStore *store) { m_secrets = store; }

    // Tries `path`, then whatever the user picks instead; null when they quit or cancel.
    static std::shared_ptr<Workspace> openInteractively(QWidget *parent, const QString &path);
    // --workspace, then SOURCEDESK_WORKSPACE, then the last workspace opened, then the default.
    static QString initialPath(const QString &commandLinePath);

public slots:
    void switchTo(const QString &path);
    // Applies the language and rebuilds the window in it, back on Settings → Language, with the
    // same workspace, geometry and docks: no restart, and every string is in the new language.
    void switchLanguage(const QString &code);

private:
    // What went wrong and what the user can do about it, for the "cannot open" message.
    static QString explain(const Error &error);
    // The "cannot open" box with the choice of another file: the file picked, or empty to give up.
    static QString chooseInstead(QWidget *parent, const QString &location, const Error &error);
    static void remember(const Workspace &workspace);
    void showWindow(std::shared_ptr<Workspace> workspace);
    void openTeam(const QString &location, bool starting);
    void askForTeamPassword(const TeamServer &server, const Error &error, bool starting);
    void teamGivenUp(const QString &location, const Error &error, bool starting);
    void adopt(std::shared_ptr<Workspace> workspace);
    connection::SecretStore *secrets();

    std::shared_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_window;
    connection::SecretStore *m_secrets = nullptr;
    bool m_openingTeam = false;
    // start() on a team workspace: no window yet, so closing the connect dialog must not quit.
    bool m_restoreQuitOnClose = false;
};

} // namespace sd::ui
