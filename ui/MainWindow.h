#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMimeData;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::integration {
class ConnectionManager;
}

namespace sd::connection {
class SecretStore;
}

namespace sd::outreach {
class OutreachService;
}

namespace sd::ui {

class AnalyticsView;
class CampaignsView;
class CandidatesView;
class ChangeNotifier;
class SettingsView;
class ImportWizard;
class SyncHub;
class SyncWindowParts;
class CsvExportRunner;
class MailboxPage;
class OutreachDocks;
class SearchPalette;

// The window: a side bar switching the three views, the menus, the status bar (workspace, counts,
// import/export progress with Cancel) and CSV drag and drop. It wires views; the views do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        CampaignsPage = 0,
        CandidatesPage = 1,
        SettingsPage = 2,
        AnalyticsPage = 3 // listed above Settings in the side bar
    };

    explicit MainWindow(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    CampaignsView *campaignsView() const { return m_campaigns; }
    CandidatesView *candidatesView() const { return m_candidates; }
    SettingsView *settingsView() const { return m_settings; }
    AnalyticsView *analyticsView() const { return m_analytics; }
    // Adds Settings → Integration: SmartRecruiters for this connection (owned by the caller).
    void attachIntegration(integration::ConnectionManager *manager);
    ChangeNotifier *notifier() const { return m_notifier; }
    // Where Settings → Mailbox keeps the mailbox password or token (not owned; the launcher's keychain).
    void setSecretStore(connection::SecretStore *store);
    // The Today and Replies docks (Ctrl+Shift+T, Ctrl+Shift+J).
    OutreachDocks *outreachDocks() const { return m_outreachDocks; }
    // The SmartRecruiters sync state this window's views share (engine, connection, planner).
    SyncHub *syncHub() const { return m_syncHub; }
    // The sync log dock (Ctrl+Shift+Y) and the status bar's sending progress.
    SyncWindowParts *syncParts() const { return m_syncParts; }
    const Workspace &workspace() const { return *m_workspace; }
    int currentView() const;
    QString statusCountsText() const;
    ImportWizard *importWizard() const;

    void saveWindowState();

public slots:
    void showView(int view);
    void reloadAll();
    // Opens the import wizard, with `path` already chosen when given (drag and drop).
    void importCsv(const QString &path = {});
    void exportCsv();
    void newCampaign();
    void showShortcuts();
    // Search everywhere (Ctrl+K): campaigns, candidates and SmartRecruiters jobs in one field.
    void searchEverywhere();
    void showAbout();
    void openWorkspace();

signals:
    void openWorkspaceRequested(const QString &path);
    // Settings → Language changed (and saved) the language; the launcher applies it and rebuilds.
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void enterView(int view);
    void focusCurrentView(bool evenFromSideBar);
    void buildStatusBar();
    void restoreWindowState();
    void updateCounts();
    void setBusy(const QString &what, bool busy);
    static QString droppedCsv(const QMimeData *mime);

    std::shared_ptr<Workspace> m_workspace;
    ChangeNotifier *m_notifier;
    SyncHub *m_syncHub; // a child of m_notifier, so views find it through the notifier
    QListWidget *m_sideBar;
    QStackedWidget *m_stack;
    CampaignsView *m_campaigns;
    CandidatesView *m_candidates;
    SettingsView *m_settings;
    AnalyticsView *m_analytics;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
    QLabel *m_taskLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelTask;
    QTimer *m_countsTimer;
    QPointer<QObject> m_importWizard;
    QPointer<CsvExportRunner> m_export;
    SyncWindowParts *m_syncParts = nullptr;
    MailboxPage *m_mailboxPage = nullptr;
    OutreachDocks *m_outreachDocks = nullptr;
    outreach::OutreachService *m_outreach = nullptr;
    SearchPalette *m_searchPalette = nullptr; // made on first use, a child of the window
    QPointer<integration::ConnectionManager> m_connection; // attachIntegration's; the setup reuses it
};

} // namespace sd::ui
