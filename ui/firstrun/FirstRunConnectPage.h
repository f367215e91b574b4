#pragma once
// Step 2 of the first-run setup: connect to SmartRecruiters. The form is Settings → Integration's
// own IntegrationPage (sign in, or an API key, to production or another host), so both behave the
// same; when the local demo sandbox runs (./scripts/run.sh), "Try the local sandbox" connects to
// it with its demo API key in one step. Skippable: connecting can wait for Settings.
#include <QPointer>
#include <QUrl>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sd::ui {

class FirstRunWizard;
class IntegrationPage;

class FirstRunConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunConnectPage(FirstRunWizard *wizard);
    ~FirstRunConnectPage() override;

    void setSandboxUrl(const QUrl &url);
    QUrl sandboxUrl() const { return m_sandboxUrl; }
    // The embedded Settings → Integration form (null without a connection manager).
    IntegrationPage *integrationPage() const;

public slots:
    // Connects to the local sandbox with its demo API key (asks the sandbox for it first).
    void trySandbox();

private:
    void rebuildIntegrationPage();
    void updateState();

    FirstRunWizard *m_wizard;
    QUrl m_sandboxUrl;
    QPushButton *m_sandbox;
    QLabel *m_state;
    QLabel *m_problem; // what went wrong asking the sandbox
    QScrollArea *m_scroll;
    QPointer<IntegrationPage> m_integration;
    bool m_asking = false; // waiting for the sandbox's demo credentials
};

} // namespace sd::ui
