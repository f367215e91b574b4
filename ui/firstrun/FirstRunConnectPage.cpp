#include "FirstRunConnectPage.h"

#include "ConnectionManager.h"
#include "FirstRunWizard.h"
#include "IntegrationPage.h"
#include "Named.h"
#include "SandboxDemo.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd::ui {

using integration::ConnectionManager;

FirstRunConnectPage::FirstRunConnectPage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sandbox(named(new QPushButton(tr("Try the &local sandbox (demo data)"), this),
                      QStringLiteral("firstRunTrySandbox"), tr("Try the local sandbox")))
    , m_state(named(new QLabel(this), QStringLiteral("firstRunConnectState"), tr("SmartRecruiters connection")))
    , m_problem(named(new QLabel(this), QStringLiteral("firstRunConnectProblem"), tr("Problem with the sandbox")))
    , m_scroll(named(new QScrollArea(this), QStringLiteral("firstRunConnectForm"), tr("Connection form")))
{
    named(this, QStringLiteral("firstRunConnectPage"), tr("Connect to SmartRecruiters"));
    setTitle(tr("Connect to SmartRecruiters"));
    setSubTitle(tr("Sign in with your SmartRecruiters account, or paste an API key. Sourcedesk then adds "
                   "candidates, writes your outreach as notes and brings hiring stages back. You can skip this "
                   "and connect later in Settings → Integration: SmartRecruiters."));
    m_sandbox->setAutoDefault(false); // Enter keeps meaning Next
    m_sandbox->setToolTip(tr("Connects to the SmartRecruiters emulator that ./scripts/run.sh starts, with demo jobs "
                             "and candidates. Nothing leaves this computer."));
    m_sandbox->hide();
    connect(m_sandbox, &QPushButton::clicked, this, &FirstRunConnectPage::trySandbox);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    theme::setTone(m_problem, theme::Tone::Problem);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *sandboxRow = new QHBoxLayout;
    sandboxRow->addWidget(m_sandbox);
    sandboxRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    layout->addLayout(sandboxRow);
    layout->addWidget(m_scroll, 1);

    if (ConnectionManager *manager = m_wizard->connectionManager()) {
        connect(manager, &ConnectionManager::stateChanged, this, &FirstRunConnectPage::updateState);
        rebuildIntegrationPage();
    } else {
        m_scroll->hide();
    }
    setSandboxUrl(integration::sandboxUrlFromEnvironment());
}

FirstRunConnectPage::~FirstRunConnectPage() = default;

IntegrationPage *FirstRunConnectPage::integrationPage() const
{
    return m_integration;
}

void FirstRunConnectPage::setSandboxUrl(const QUrl &url)
{
    m_sandboxUrl = url;
    if (m_integration)
        m_integration->setSandboxUrl(url);
    updateState();
}

void FirstRunConnectPage::rebuildIntegrationPage()
{
    ConnectionManager *manager = m_wizard->connectionManager();
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    // Settings → Integration's own form: it reads the connection settings when it is made.
    m_integration = new IntegrationPage(manager, m_scroll);
    if (!m_sandboxUrl.isEmpty())
        m_integration->setSandboxUrl(m_sandboxUrl);
    m_scroll->setWidget(m_integration);
    // The form's Connect button claims the dialog's default; Enter stays "Next" in the wizard.
    emit completeChanged();
}

void FirstRunConnectPage::trySandbox()
{
    if (!m_wizard->connectionManager() || m_sandboxUrl.isEmpty() || m_asking)
        return;
    m_asking = true;
    m_problem->clear();
    updateState();
    integration::fetchSandboxCredentials(m_sandboxUrl, this, [this](const integration::SandboxCredentials &c) {
        m_asking = false;
        ConnectionManager *manager = m_wizard->connectionManager();
        if (!c.error.isEmpty() || c.apiKey.isEmpty()) {
            m_problem->setText(c.error.isEmpty() ? tr("The local sandbox offers no demo API key. Connect with the "
                                                      "form below instead.")
                                                 : c.error);
            updateState();
            return;
        }
        integration::ConnectionSettings s = manager->settings();
        s.hosts = sd::sr::Hosts::single(m_sandboxUrl);
        s.method = integration::AuthMethod::ApiKey;
        QString error;
        if (!manager->setSettings(s, &error)) {
            m_problem->setText(error);
            updateState();
            return;
        }
        rebuildIntegrationPage(); // the form now shows the sandbox and the API key method
        manager->connectWithApiKey(c.apiKey);
        updateState();
    });
}

void FirstRunConnectPage::updateState()
{
    ConnectionManager *manager = m_wizard->connectionManager();
    if (!manager) {
        m_state->setText(tr("Connect later in Settings → Integration: SmartRecruiters."));
        m_sandbox->hide();
        return;
    }
    using State = ConnectionManager::State;
    const State state = manager->state();
    const bool connected = state == State::Connected;
    const bool busy = m_asking || state == State::Restoring || state == State::SigningIn || state == State::Verifying;
    if (connected) {
        const integration::ConnectionSettings s = manager->settings();
        m_state->setText(tr("Connected as %1 at %2. Press Next to choose what is synchronised.")
                             .arg(s.accountEmail, s.companyName.isEmpty() ? s.hosts.apiKey() : s.companyName));
    } else if (busy) {
        m_state->setText(tr("Connecting…"));
    } else {
        m_state->setText(tr("Not connected yet. Connect below, or press Next to skip this step."));
    }
    m_sandbox->setVisible(!m_sandboxUrl.isEmpty());
    m_sandbox->setEnabled(!connected && !busy && state != State::ReconnectNeeded);
}

} // namespace sd::ui
