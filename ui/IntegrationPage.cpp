#include "IntegrationPage.h"

#include "BrowserLogin.h"
#include "LoginDialog.h" // BrowserLogin keeps a QPointer to it
#include "ConnectionManager.h"
#include "ConnectionSettings.h"
#include "HelpTexts.h"
#include "Named.h"
#include "SandboxDemo.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

using integration::ConnectionManager;
using integration::ScopeReport;
using integration::ScopeResult;

namespace {

QString outcomeText(ScopeResult::Outcome outcome)
{
    switch (outcome) {
    case ScopeResult::Outcome::Granted: return IntegrationPage::tr("Granted");
    case ScopeResult::Outcome::Missing: return IntegrationPage::tr("Missing");
    case ScopeResult::Outcome::RoleForbids: return IntegrationPage::tr("Not allowed for your role");
    case ScopeResult::Outcome::NotChecked: return IntegrationPage::tr("Not checked");
    case ScopeResult::Outcome::Failed: return IntegrationPage::tr("Could not check");
    }
    return {};
}

} // namespace

IntegrationPage::IntegrationPage(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    named(this, QStringLiteral("integrationPage"), tr("SmartRecruiters integration"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connect Sourcedesk to SmartRecruiters to create candidates there, write your "
                                "outreach as notes and bring hiring stages back. Secrets are kept in your "
                                "system keychain, never in the workspace."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildConnectionBox());
    layout->addWidget(buildStatusBox(), 1);

    connect(m_manager, &ConnectionManager::stateChanged, this, &IntegrationPage::updateState);
    connect(m_manager, &ConnectionManager::scopeCheckFinished, this, &IntegrationPage::showReport);
    connect(m_manager, &ConnectionManager::scopeCheckProgress, this, [this](int done, int total) {
        m_test->setText(tr("Testing… %1/%2").arg(done).arg(total));
    });
    connect(m_manager, &ConnectionManager::oauthReady, this, [this](connection::OAuthSession *session) {
        if (!m_signingInHere)
            return;
        if (m_login)
            m_login->deleteLater();
        m_login = new BrowserLogin(session, window(), this);
        connect(m_login, &BrowserLogin::finished, this, [this](bool ok, const QString &message) {
            if (!ok && m_manager->state() == ConnectionManager::State::SigningIn)
                m_manager->cancelOAuth(message);
        });
        m_login->start();
    });
    setSandboxUrl(integration::sandboxUrlFromEnvironment());
    loadSettings();
    updateState();
    HelpTexts::apply(this); // tooltip and What's This for every control
}

QWidget *IntegrationPage::buildConnectionBox()
{
    auto *box = named(new QGroupBox(tr("Connection"), this), QStringLiteral("integrationConnectionBox"), tr("Connection"));
    auto *form = new QFormLayout(box);

    m_server = named(new QComboBox(box), QStringLiteral("integrationServer"), tr("SmartRecruiters server"));
    m_server->addItem(tr("SmartRecruiters"), int(Production));
    m_server->addItem(tr("Other address…"), int(Other));
    connect(m_server, &QComboBox::activated, this, &IntegrationPage::serverChanged);
    form->addRow(tr("&Server:"), m_server);
    m_apiUrl = named(new QLineEdit(box), QStringLiteral("integrationApiUrl"), tr("API address"));
    m_apiUrl->setPlaceholderText(QStringLiteral("https://api.smartrecruiters.com"));
    form->addRow(tr("&API address:"), m_apiUrl);
    m_webUrl = named(new QLineEdit(box), QStringLiteral("integrationWebUrl"), tr("Sign-in address"));
    m_webUrl->setPlaceholderText(QStringLiteral("https://www.smartrecruiters.com"));
    form->addRow(tr("Sign-&in address:"), m_webUrl);

    m_oauth = named(new QRadioButton(tr("Sign in with SmartRecruiters (OAuth)"), box), QStringLiteral("integrationMethodOAuth"),
                    tr("Sign in with SmartRecruiters"));
    m_apiKeyMethod = named(new QRadioButton(tr("API key"), box), QStringLiteral("integrationMethodApiKey"), tr("API key"));
    auto *methods = new QButtonGroup(box);
    methods->addButton(m_oauth, 0);
    methods->addButton(m_apiKeyMethod, 1);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_oauth);
    methodRow->addWidget(m_apiKeyMethod);
    methodRow->addStretch();
    form->addRow(tr("Method:"), methodRow);

    m_methodStack = named(new QStackedWidget(box), QStringLiteral("integrationMethodStack"), tr("Method settings"));
    auto *oauthPage = new QWidget(m_methodStack);
    auto *oauthForm = new QFormLayout(oauthPage);
    oauthForm->setContentsMargins(0, 0, 0, 0);
    m_clientId = named(new QLineEdit(oauthPage), QStringLiteral("integrationClientId"), tr("OAuth client id"));
    oauthForm->addRow(tr("&Client id:"), m_clientId);
    m_clientSecret = named(new QLineEdit(oauthPage), QStringLiteral("integrationClientSecret"), tr("OAuth client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Kept in the keychain; leave empty to reuse the stored one"));
    oauthForm->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_redirectUri = named(new QLineEdit(oauthPage), QStringLiteral("integrationRedirectUri"), tr("Redirect URI"));
    m_redirectUri->setToolTip(tr("Must match a redirect URI registered for the OAuth client exactly."));
    oauthForm->addRow(tr("&Redirect URI:"), m_redirectUri);
    m_methodStack->addWidget(oauthPage);
    auto *keyPage = new QWidget(m_methodStack);
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    m_apiKey = named(new QLineEdit(keyPage), QStringLiteral("integrationApiKey"), tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Paste the key; it goes to the keychain only"));
    keyForm->addRow(tr("API &key:"), m_apiKey);
    m_methodStack->addWidget(keyPage);
    form->addRow(m_methodStack);
    connect(methods, &QButtonGroup::idClicked, m_methodStack, &QStackedWidget::setCurrentIndex);

    m_connect = named(new QPushButton(tr("C&onnect"), box), QStringLiteral("integrationConnectButton"),
                      tr("Connect to SmartRecruiters"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &IntegrationPage::connectClicked);
    m_disconnect = named(new QPushButton(tr("&Disconnect"), box), QStringLiteral("integrationDisconnectButton"),
                         tr("Disconnect from SmartRecruiters"));
    connect(m_disconnect, &QPushButton::clicked, this, &IntegrationPage::disconnectClicked);
    m_test = named(new QPushButton(tr("&Test integration"), box), QStringLiteral("integrationTestButton"),
                   tr("Check every permission Sourcedesk needs"));
    connect(m_test, &QPushButton::clicked, m_manager, &ConnectionManager::testIntegration);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_test);
    buttons->addStretch();
    form->addRow(buttons);
    m_policyNote = named(new QLabel(box), QStringLiteral("integrationPolicy"), tr("Company policy"));
    m_policyNote->setWordWrap(true);
    m_policyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policyNote->hide();
    form->addRow(m_policyNote);
    return box;
}

QWidget *IntegrationPage::buildStatusBox()
{
    auto *box = named(new QGroupBox(tr("Status"), this), QStringLiteral("integrationStatusBox"), tr("Status"));
    auto *layout = new QVBoxLayout(box);
    m_state = named(new QLabel(box), QStringLiteral("integrationState"), tr("Connection state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = named(new QLabel(box), QStringLiteral("integrationProblem"), tr("Connection problem"));
    m_problem->setWordWrap(true);
    theme::setTone(m_problem, theme::Tone::Problem);
    m_scopes = named(new QTreeWidget(box), QStringLiteral("integrationScopes"), tr("Permissions"));
    m_scopes->setColumnCount(3);
    m_scopes->setHeaderLabels({tr("Permission"), tr("State"), tr("Used to")});
    m_scopes->setRootIsDecorated(false);
    m_scopes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    layout->addWidget(m_scopes, 1);

    // Creating candidates and writing notes cannot be probed harmlessly: try them on a test candidate.
    auto *testRow = new QHBoxLayout;
    m_testJob = named(new QComboBox(box), QStringLiteral("integrationTestJob"), tr("Job for the test candidate"));
    m_testJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_testJob->setMinimumContentsLength(30);
    m_insertTest = named(new QPushButton(tr("Insert test &candidate"), box), QStringLiteral("integrationInsertTestCandidate"),
                         tr("Create a test candidate with a note on the chosen job"));
    connect(m_insertTest, &QPushButton::clicked, this, &IntegrationPage::insertTestCandidate);
    testRow->addWidget(new QLabel(tr("Job:"), box));
    testRow->addWidget(m_testJob, 1);
    testRow->addWidget(m_insertTest);
    layout->addLayout(testRow);
    m_testResult = named(new QLabel(box), QStringLiteral("integrationTestResult"), tr("Test candidate result"));
    m_testResult->setWordWrap(true);
    m_testResult->setOpenExternalLinks(true);
    layout->addWidget(m_testResult);
    connect(m_manager, &ConnectionManager::jobsLoaded, this,
            [this](const QList<std::pair<QString, QString>> &jobs, const QString &problem) {
                m_testJob->clear();
                for (const auto &[id, label] : jobs)
                    m_testJob->addItem(label, id);
                if (!problem.isEmpty())
                    m_testResult->setText(problem);
                updateState();
            });
    connect(m_manager, &ConnectionManager::testCandidateFinished, this, [this](const integration::TestCandidateResult &r) {
        QString text = r.message.toHtmlEscaped();
        if (r.created)
            text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(r.profileUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                                  tr("Open in SmartRecruiters"));
        m_testResult->setText(text);
        updateState();
    });
    return box;
}

void IntegrationPage::setSandboxUrl(const QUrl &url)
{
    m_sandboxUrl = url;
    const int index = m_server->findData(int(Sandbox));
    if (url.isEmpty() && index >= 0)
        m_server->removeItem(index);
    else if (!url.isEmpty() && index < 0)
        m_server->insertItem(1, tr("Local sandbox (demo data)"), int(Sandbox));
}

void IntegrationPage::loadSettings()
{
    const integration::ConnectionSettings s = m_manager->settings();
    const sd::sr::Hosts production = sd::sr::Hosts::production();
    Server server = Other;
    if (s.hosts.api == production.api && s.hosts.web == production.web)
        server = Production;
    else if (!m_sandboxUrl.isEmpty() && s.hosts.api == m_sandboxUrl)
        server = Sandbox;
    m_server->setCurrentIndex(m_server->findData(int(server)));
    m_apiUrl->setText(s.hosts.api.toString());
    m_webUrl->setText(s.hosts.web.toString());
    const bool oauth = s.method == integration::AuthMethod::OAuth;
    m_oauth->setChecked(oauth);
    m_apiKeyMethod->setChecked(!oauth);
    m_methodStack->setCurrentIndex(oauth ? 0 : 1);
    m_clientId->setText(s.clientId);
    m_redirectUri->setText(s.redirectUri);
    serverChanged();
}

void IntegrationPage::serverChanged()
{
    const auto server = Server(m_server->currentData().toInt());
    const bool custom = server == Other;
    m_apiUrl->setEnabled(custom);
    m_webUrl->setEnabled(custom);
    if (server == Production) {
        m_apiUrl->setText(sd::sr::Hosts::production().api.toString());
        m_webUrl->setText(sd::sr::Hosts::production().web.toString());
    } else if (server == Sandbox) {
        m_apiUrl->setText(m_sandboxUrl.toString());
        m_webUrl->setText(m_sandboxUrl.toString());
        fillSandboxCredentials();
    }
}

void IntegrationPage::applyPolicy()
{
    const integration::ConnectionPolicy policy = integration::ConnectionPolicy::current();
    QStringList locked;
    const auto lock = [&](QLineEdit *edit, bool isLocked, const QString &name) {
        if (!isLocked)
            return;
        edit->setEnabled(false);
        edit->setToolTip(policy.lockedText);
        locked << name;
    };
    lock(m_apiUrl, policy.apiHostLocked, tr("API address"));
    lock(m_webUrl, policy.authHostLocked, tr("sign-in address"));
    if (policy.apiHostLocked || policy.authHostLocked) {
        m_server->setEnabled(false);
        m_server->setToolTip(policy.lockedText);
    }
    if (policy.clientIdLocked) {
        m_clientId->setReadOnly(true);
        m_clientId->setToolTip(policy.lockedText);
        locked << tr("client id");
    } else {
        m_clientId->setReadOnly(false);
    }
    QStringList lines;
    if (!policy.problem.isEmpty())
        lines << policy.problem;
    if (!locked.isEmpty())
        lines << QString::fromUtf8("\xF0\x9F\x94\x92 ") + tr("%1: %2.").arg(policy.lockedText, locked.join(QStringLiteral(", ")));
    for (auto [button, method] : {std::pair{m_oauth, integration::AuthMethod::OAuth},
                                  std::pair{m_apiKeyMethod, integration::AuthMethod::ApiKey}}) {
        const QString refusal = policy.refusal(method);
        if (refusal.isEmpty())
            continue;
        // Forbidden: never offered, and the reason is on screen rather than a silent absence.
        button->setEnabled(false);
        button->setToolTip(refusal);
        lines << refusal;
    }
    m_policyNote->setText(lines.join(u'\n'));
    m_policyNote->setVisible(!lines.isEmpty());
    theme::setTone(m_policyNote, policy.problem.isEmpty() ? theme::Tone::Muted : theme::Tone::Problem);
}

void IntegrationPage::fillSandboxCredentials()
{
    integration::fetchSandboxCredentials(m_sandboxUrl, this, [this](const integration::SandboxCredentials &c) {
        if (!c.error.isEmpty()) {
            m_problem->setText(c.error);
            return;
        }
        if (!m_clientId->isReadOnly()) // a client id the company policy locked stays
            m_clientId->setText(c.clientId);
        m_clientSecret->setText(c.clientSecret);
        m_redirectUri->setText(c.redirectUri);
        m_problem->setText(tr("Demo sign-in: %1, password “%2”.").arg(c.userEmail, c.userPassword));
    });
}

bool IntegrationPage::applySettings()
{
    integration::ConnectionSettings s = m_manager->settings();
    s.hosts.api = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    s.hosts.web = QUrl(m_webUrl->text().trimmed(), QUrl::StrictMode);
    s.method = m_oauth->isChecked() ? integration::AuthMethod::OAuth : integration::AuthMethod::ApiKey;
    s.clientId = m_clientId->text().trimmed();
    s.redirectUri = m_redirectUri->text().trimmed();
    QString error;
    if (!m_manager->setSettings(s, &error)) {
        m_problem->setText(error);
        return false;
    }
    return true;
}

void IntegrationPage::connectClicked()
{
    if (!applySettings())
        return;
    m_problem->clear();
    if (m_oauth->isChecked()) {
        m_signingInHere = true;
        m_manager->beginOAuth(m_clientSecret->text());
    } else {
        m_manager->connectWithApiKey(m_apiKey->text());
    }
    // Typed secrets do not stay in the form once handed over.
    m_clientSecret->clear();
    m_apiKey->clear();
}

void IntegrationPage::disconnectClicked()
{
    if (m_login)
        m_login->deleteLater();
    m_manager->disconnectAccount();
}

void IntegrationPage::insertTestCandidate()
{
    const QString jobId = m_testJob->currentData().toString();
    if (jobId.isEmpty())
        return;
    m_insertTest->setEnabled(false);
    m_testResult->setText(tr("Creating the test candidate…"));
    m_manager->insertTestCandidate(jobId);
}

void IntegrationPage::updateState()
{
    const integration::ConnectionSettings s = m_manager->settings();
    using State = ConnectionManager::State;
    const State state = m_manager->state();
    const bool busy = state == State::Restoring || state == State::SigningIn || state == State::Verifying;
    const bool connected = state == State::Connected;
    if (state != State::SigningIn)
        m_signingInHere = false;
    switch (state) {
    case State::Disconnected: m_state->setText(tr("Not connected.")); break;
    case State::Restoring: m_state->setText(tr("Reading the keychain…")); break;
    case State::SigningIn: m_state->setText(tr("Waiting for the sign-in to SmartRecruiters…")); break;
    case State::Verifying: m_state->setText(tr("Signed in; checking the account…")); break;
    case State::Connected:
        m_state->setText(tr("Connected as %1 (%2) at %3, on %4.")
                             .arg(s.accountName, s.accountEmail,
                                  s.companyName.isEmpty() ? tr("an unnamed company") : s.companyName, s.hosts.apiKey()));
        break;
    case State::ReconnectNeeded: m_state->setText(tr("SmartRecruiters needs you to connect again.")); break;
    }
    m_problem->setText(m_manager->problem());
    const bool editable = !connected && !busy;
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_oauth), static_cast<QWidget *>(m_apiKeyMethod),
                       static_cast<QWidget *>(m_methodStack)})
        w->setEnabled(editable);
    const bool custom = Server(m_server->currentData().toInt()) == Other;
    m_apiUrl->setEnabled(editable && custom);
    m_webUrl->setEnabled(editable && custom);
    applyPolicy();
    m_connect->setEnabled(editable);
    m_connect->setText(state == State::ReconnectNeeded ? tr("Rec&onnect") : tr("C&onnect"));
    m_disconnect->setEnabled(connected || state == State::ReconnectNeeded);
    m_test->setEnabled(connected);
    m_test->setText(tr("&Test integration"));
    m_testJob->setEnabled(connected);
    m_insertTest->setEnabled(connected && m_testJob->count() > 0);
    if (connected && m_testJob->count() == 0 && !m_jobsRequested) {
        m_jobsRequested = true;
        m_manager->loadJobs();
    }
    if (!connected) {
        m_jobsRequested = false;
        m_testJob->clear();
        m_testResult->clear();
    }
    if (!connected && state != State::Verifying)
        m_scopes->clear();
    else if (!m_manager->scopeReport().results.isEmpty())
        showReport(m_manager->scopeReport());
}

void IntegrationPage::showReport(const ScopeReport &report)
{
    m_test->setText(tr("&Test integration"));
    m_scopes->clear();
    for (const ScopeResult &r : report.results) {
        auto *item = new QTreeWidgetItem(m_scopes, {r.scope, outcomeText(r.outcome), r.purpose});
        item->setToolTip(1, r.message);
        if (r.isProblem())
            item->setForeground(1, theme::colorOnBase(theme::Tone::Problem));
        if (!r.required)
            item->setText(2, tr("%1 (optional)").arg(r.purpose));
    }
    m_scopes->resizeColumnToContents(0);
    m_scopes->resizeColumnToContents(1);
    if (!report.results.isEmpty())
        m_problem->setText(report.allRequiredGranted() ? m_manager->problem() : report.summary());
}

} // namespace sd::ui
