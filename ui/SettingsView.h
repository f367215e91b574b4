#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace sd {
class Workspace;
}

namespace sd::connection {
class SecretStore;
}

namespace sd::ui {

class ChangeNotifier;

// Settings as a list of pages (Workspace, Language, …). Later issues add their pages — e.g.
// "Integration: SmartRecruiters" — with addPage(), without touching the existing ones.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    // Appends a page to the list; returns its index.
    int addPage(const QString &title, QWidget *page);
    int pageCount() const;
    void showPage(int index);
    int currentPage() const;
    static constexpr int LanguagePage = 1;
    // Where "Connect to a team workspace…" keeps the password (the keychain; not owned).
    void setSecretStore(connection::SecretStore *store) { m_secrets = store; }

public slots:
    // "Connect to a team workspace…": the connect dialog; on success the window switches to it.
    void connectTeamWorkspace();

signals:
    void openWorkspaceRequested(const QString &path);
    // "Run setup again…" on the Workspace page: the window opens the first-run setup.
    void runSetupRequested();
    // The recruiter picked another language (already saved); "" is English.
    void languageChangeRequested(const QString &code);

private:
    QWidget *buildWorkspacePage();
    QWidget *buildLanguagePage();
    void chooseWorkspace();
    void removeSampleData();
    void updateSampleButton();
    void addTeamRows(QFormLayout *form, QWidget *page);

    const Workspace &m_workspace;
    ChangeNotifier *m_notifier;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QLabel *m_path;
    QPushButton *m_removeSample;
    QComboBox *m_language;
    QLabel *m_languageNote;
    connection::SecretStore *m_secrets = nullptr;
};

} // namespace sd::ui
