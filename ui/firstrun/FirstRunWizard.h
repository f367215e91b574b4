#pragma once
// First-run setup, for a recruiter coming from SourceWhale or Gem: where the workspace lives, the
// SmartRecruiters connection (the same form as Settings → Integration), the two sync choices that
// matter on day one (which jobs a campaign can link to, when a person is added to SmartRecruiters)
// written through the same settings store as Settings → SmartRecruiters sync, a first CSV import
// (the ordinary import wizard), and a summary saying where each step can be redone.
//
//   if (FirstRunWizard::shouldRun(*workspace))
//       FirstRunWizard::launch(workspace, connectionManager, window->notifier(), window);
//
// Every page can be skipped ("Skip setup", or Esc); finishing or skipping marks the setup done.
#include "Error.h"

#include <QUrl>
#include <QWizard>

#include <memory>

namespace sd {
class Workspace;
}

namespace sd::integration {
class ConnectionManager;
}

namespace sd::ui {

class ChangeNotifier;
class FirstRunConnectPage;
class FirstRunSyncPage;

class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WorkspacePage,
        ConnectPage,
        SyncPage,
        ImportPage,
        SummaryPage
    };

    // `manager` (may be null: the connect step then only says where to connect later) is the
    // window's SmartRecruiters connection; `notifier` (may be null) hears about an import.
    FirstRunWizard(std::shared_ptr<Workspace> workspace, integration::ConnectionManager *manager,
                   ChangeNotifier *notifier, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Whether to show the setup on this start: not when this user finished or skipped it in this
    // workspace, not on a read-only workspace, and not on a workspace already in use (campaigns of
    // its own, or a SmartRecruiters connection): people upgrading are not walked through it.
    static bool shouldRun(const Workspace &workspace);
    static bool isDone(const Workspace &workspace);
    static Status markDone(const Workspace &workspace);
    // Shows the wizard window-modal over `parent` (deleted when closed) and returns it; also what
    // Settings' "Run setup again…" calls, which ignores shouldRun().
    static FirstRunWizard *launch(std::shared_ptr<Workspace> workspace, integration::ConnectionManager *manager,
                                  ChangeNotifier *notifier, QWidget *parent);

    // The local demo sandbox offered as "Try the local sandbox" (default: SOURCEDESK_SANDBOX_URL,
    // which ./scripts/run.sh sets); empty hides the choice.
    void setSandboxUrl(const QUrl &url);

    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    integration::ConnectionManager *connectionManager() const { return m_manager; }
    ChangeNotifier *notifier() const { return m_notifier; }
    FirstRunConnectPage *connectPage() const { return m_connectPage; }
    FirstRunSyncPage *syncPage() const { return m_syncPage; }

    // What the import step did, for the summary (empty: nothing imported).
    QString importSummary() const { return m_importSummary; }
    void setImportSummary(const QString &summary) { m_importSummary = summary; }

signals:
    // "Team workspace" and Next: the window opens the connect dialog (Settings → Workspace's).
    void teamWorkspaceRequested();

public slots:
    // "Skip setup": marks the setup done and closes. Esc and closing the window do the same.
    void skip();
    void reject() override;
    void accept() override;

private:
    void rememberDone();

    std::shared_ptr<Workspace> m_workspace;
    integration::ConnectionManager *m_manager;
    ChangeNotifier *m_notifier;
    FirstRunConnectPage *m_connectPage;
    FirstRunSyncPage *m_syncPage;
    QString m_importSummary;
};

} // namespace sd::ui
