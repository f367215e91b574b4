#include "ConnectionManager.h"

#include "ApiClient.h"
#include "Credential.h"
#include "Jobs.h"
#include "OAuthSession.h"
#include "SecretStore.h"
#include "Users.h"
#include "Workspace.h"

#include <QLoggingCategory>

namespace sd::integration {

namespace {

Q_LOGGING_CATEGORY(lcConnection, "sourcedesk.connection")

QString apiKeyKey(const ConnectionSettings &s)
{
    return connection::SecretKeys::apiKey(s.hosts, s.secretScope());
}

QString displayName(const sr::User &me)
{
    const QString name = (me.firstName + u' ' + me.lastName).trimmed();
    return name.isEmpty() ? me.email : name;
}

} // namespace

ConnectionManager::ConnectionManager(std::shared_ptr<Workspace> workspace, connection::SecretStore *store, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_store(store)
{
    QString error;
    m_settings = ConnectionSettings::load(*m_workspace, &error);
    if (!error.isEmpty()) {
        m_problem = error;
        qCWarning(lcConnection, "%s", qUtf8Printable(error));
    }
}

ConnectionManager::~ConnectionManager()
{
    // The client before the credential it uses.
    delete m_scopeCheck;
    delete m_client;
    delete m_credential;
}

bool ConnectionManager::setSettings(const ConnectionSettings &settings, QString *error)
{
    if (m_state != State::Disconnected && m_state != State::ReconnectNeeded) {
        if (error)
            *error = tr("Disconnect first: the address, method and client can only change while Sourcedesk is not "
                        "connected.");
        return false;
    }
    ConnectionSettings next = settings;
    // A new host or client is a new account: nothing of the old one is kept.
    if (next.hosts.api != m_settings.hosts.api || next.clientId != m_settings.clientId || next.method != m_settings.method) {
        next.accountId.clear();
        next.accountName.clear();
        next.accountEmail.clear();
        next.companyName.clear();
        next.grantedScopes.clear();
    }
    if (!next.save(*m_workspace, error))
        return false;
    m_settings = next;
    if (m_state == State::ReconnectNeeded && !m_settings.isConnected())
        setState(State::Disconnected);
    return true;
}

void ConnectionManager::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (!problem.isEmpty())
        qCInfo(lcConnection, "%s", qUtf8Printable(problem));
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

connection::OAuthSession *ConnectionManager::makeOAuthSession()
{
    connection::OAuthSession::Config config;
    config.hosts = m_settings.hosts;
    config.clientId = m_settings.clientId;
    config.redirectUri = QUrl(m_settings.redirectUri);
    config.scopes = requiredScopes() + optionalScopes();
    auto *session = new connection::OAuthSession(config, m_store, this);
    return session;
}

void ConnectionManager::useCredential(sr::Credential *credential)
{
    if (m_credential == credential && m_client)
        return;
    if (m_client)
        m_client->deleteLater();
    m_credential = credential;
    m_client = new sr::ApiClient(credential, m_settings.hosts, this);
    connect(credential, &sr::Credential::refreshFailed, this, [this](const QString &message, bool reconnectNeeded) {
        if (reconnectNeeded && m_state == State::Connected)
            setState(State::ReconnectNeeded, message);
    });
}

// Deferred deletes throughout: this often runs from inside an answer of the very client it drops.
void ConnectionManager::dropCredential()
{
    if (m_scopeCheck) {
        m_scopeCheck->cancel();
        m_scopeCheck->deleteLater();
    }
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    if (m_credential)
        m_credential->deleteLater();
    m_credential = nullptr;
    m_oauth = nullptr;
}

void ConnectionManager::restore()
{
    if (!m_settings.isConnected()) {
        setState(State::Disconnected, m_problem);
        return;
    }
    setState(State::Restoring);
    if (m_settings.method == AuthMethod::ApiKey) {
        m_store->read(apiKeyKey(m_settings), this, [this](const connection::SecretStore::Result &r) {
            if (r.ok() && !r.value.isEmpty()) {
                useCredential(new sr::ApiKeyCredential(m_settings.hosts.apiKey(), r.value, this));
                setState(State::Connected);
            } else {
                setState(State::ReconnectNeeded,
                         r.status == connection::SecretStore::Status::NotFound
                             ? tr("The API key for %1 is no longer in the keychain. Connect again.").arg(m_settings.hosts.apiKey())
                             : r.message);
            }
        });
        return;
    }
    connection::OAuthSession *session = makeOAuthSession();
    m_oauth = session;
    connect(session, &connection::OAuthSession::restoreFinished, this, [this, session](bool connected, const QString &problem) {
        if (connected) {
            useCredential(session);
            setState(State::Connected);
            return;
        }
        session->deleteLater();
        m_oauth = nullptr;
        setState(State::ReconnectNeeded,
                 problem.isEmpty() ? tr("The SmartRecruiters sign-in for %1 is no longer in the keychain. Connect again.")
                                         .arg(m_settings.accountName.isEmpty() ? m_settings.hosts.apiKey() : m_settings.accountName)
                                   : problem);
    });
    session->restore();
}

bool ConnectionManager::prepareToConnect(AuthMethod method)
{
    if (m_state == State::Connected || m_state == State::Verifying || m_state == State::Restoring ||
        m_state == State::SigningIn) {
        // Refused without touching the live connection.
        m_problem = tr("Sourcedesk is already connected. Disconnect first to connect another account.");
        emit stateChanged(m_state);
        return false;
    }
    m_settings.method = method;
    if (const QString p = m_settings.problem(); !p.isEmpty()) {
        fail(p);
        return false;
    }
    dropCredential();
    return true;
}

void ConnectionManager::beginOAuth(const QString &clientSecret)
{
    if (!prepareToConnect(AuthMethod::OAuth))
        return;
    connection::OAuthSession *session = makeOAuthSession();
    m_oauth = session;
    connect(session, &connection::OAuthSession::loginSucceeded, this, [this, session] {
        useCredential(session);
        verify();
    });
    connect(session, &connection::OAuthSession::loginFailed, this,
            [this](connection::OAuthSession::LoginFailure, const QString &message) { fail(message); });
    setState(State::SigningIn);
    if (!clientSecret.isEmpty()) {
        session->setClientSecret(clientSecret);
        emit oauthReady(session);
        return;
    }
    // No secret typed: use the one stored with the last sign-in to this host and client.
    connect(session, &connection::OAuthSession::restoreFinished, this, [this, session](bool, const QString &problem) {
        if (session != m_oauth || m_state != State::SigningIn)
            return;
        if (!session->hasClientSecret()) {
            fail(problem.isEmpty() ? tr("Enter the client secret of the OAuth app: none is stored for this client yet.")
                                   : problem);
            return;
        }
        emit oauthReady(session);
    });
    session->restore();
}

void ConnectionManager::cancelOAuth(const QString &message)
{
    if (m_oauth && m_state == State::SigningIn)
        m_oauth->cancelLogin(message); // -> loginFailed -> fail(message)
}

void ConnectionManager::connectWithApiKey(const QString &apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.isEmpty() && m_state != State::Connected) {
        fail(tr("Paste the API key from SmartRecruiters (Settings → Apps & Integrations → API key)."));
        return;
    }
    if (!prepareToConnect(AuthMethod::ApiKey))
        return;
    m_pendingApiKey = key;
    useCredential(new sr::ApiKeyCredential(m_settings.hosts.apiKey(), key, this));
    verify();
}

void ConnectionManager::verify()
{
    setState(State::Verifying);
    sr::UsersApi(m_client).me(this, [this](const sr::Result<sr::User> &me) {
        if (!me.ok() && me.error.kind != sr::ApiError::Kind::MissingScope) {
            fail(me.error.message);
            return;
        }
        sr::User user = me.value;
        if (!me.ok()) // connected, but not allowed to say as whom: the scope check will list it
            user.id = QStringLiteral("unknown");
        sr::ApiCall *call = m_client->send(sr::ApiRequest::get(QStringLiteral("/configuration/company")));
        connect(call, &sr::ApiCall::finished, this, [this, call, user] {
            const QString company = call->result().ok() ? call->result().json.object().value(QLatin1String("name")).toString() : QString();
            onVerified(user, company);
        });
    });
}

void ConnectionManager::onVerified(const sr::User &me, const QString &companyName)
{
    ConnectionSettings next = m_settings;
    next.accountId = me.id;
    next.accountName = displayName(me);
    next.accountEmail = me.email;
    next.companyName = companyName;
    const auto finish = [this, next] {
        QString error;
        if (!next.save(*m_workspace, &error)) {
            fail(error);
            return;
        }
        m_settings = next;
        setState(State::Connected);
        testIntegration();
    };
    if (m_settings.method == AuthMethod::OAuth) {
        finish(); // the session stored its refresh token and client secret before loginSucceeded
        return;
    }
    const QString key = std::exchange(m_pendingApiKey, QString());
    m_store->write(apiKeyKey(next), key, this, [this, finish](const connection::SecretStore::Result &r) {
        finish();
        if (!r.ok()) // connected for this session only: nothing goes to disk in plain text
            m_problem = tr("Connected, but the API key could not be kept in the keychain (%1); you will have to "
                           "enter it again next time.")
                            .arg(r.message);
    });
}

void ConnectionManager::fail(const QString &message)
{
    const bool wasSigningIn = m_state == State::SigningIn || m_state == State::Verifying;
    m_pendingApiKey.clear();
    if (wasSigningIn && m_oauth && m_oauth->isConnected()) {
        // Signed in, but the account check failed: leave nothing behind in the keychain.
        connection::OAuthSession *session = m_oauth;
        m_oauth = nullptr;
        m_credential = nullptr;
        if (m_client)
            m_client->deleteLater();
        m_client = nullptr;
        connect(session, &connection::OAuthSession::disconnectFinished, session, &QObject::deleteLater);
        session->disconnectAccount();
    } else {
        dropCredential();
    }
    setState(m_settings.isConnected() ? State::ReconnectNeeded : State::Disconnected, message);
    if (m_state == State::Disconnected)
        emit stateChanged(m_state); // listeners show the new problem even without a state change
}

void ConnectionManager::testIntegration()
{
    if (!m_client) {
        emit scopeCheckFinished(ScopeReport{});
        return;
    }
    if (m_scopeCheck && m_scopeCheck->isRunning())
        return;
    if (m_scopeCheck)
        m_scopeCheck->deleteLater();
    m_scopeCheck = new ScopeCheck(m_client, this);
    connect(m_scopeCheck, &ScopeCheck::progress, this, &ConnectionManager::scopeCheckProgress);
    connect(m_scopeCheck, &ScopeCheck::finished, this, [this](const ScopeReport &report) {
        m_scopeReport = report;
        if (!report.cancelled) {
            ConnectionSettings next = m_settings;
            next.grantedScopes = report.granted();
            if (next.save(*m_workspace))
                m_settings = next;
        }
        emit scopeCheckFinished(report);
    });
    m_scopeCheck->start();
}

void ConnectionManager::loadJobs()
{
    if (!m_client) {
        emit jobsLoaded({}, tr("Connect first."));
        return;
    }
    sr::JobQuery query;
    query.limit = 100;
    sr::JobsApi(m_client).list(query, this, [this](const sr::Result<sr::JobPage> &r) {
        QList<std::pair<QString, QString>> jobs;
        QList<std::pair<QString, QString>> others;
        for (const sr::Job &j : r.value.items) {
            const QString label = j.title + QStringLiteral(" (") + j.status + u')';
            (j.status == QLatin1String("SOURCING") ? jobs : others).append({j.id, label});
        }
        emit jobsLoaded(jobs + others, r.ok() ? QString() : r.error.message);
    });
}

void ConnectionManager::insertTestCandidate(const QString &jobId)
{
    if (!m_client) {
        TestCandidateResult none;
        none.message = tr("Connect first.");
        emit testCandidateFinished(none);
        return;
    }
    auto *insert = new TestCandidate(m_client, this);
    connect(insert, &TestCandidate::finished, this, [this, insert](const TestCandidateResult &result) {
        insert->deleteLater();
        const auto mark = [&](const QString &scope, bool worked, bool missing, const QString &message) {
            for (ScopeResult &r : m_scopeReport.results) {
                if (r.scope != scope)
                    continue;
                if (worked)
                    r.outcome = ScopeResult::Outcome::Granted;
                else if (missing)
                    r.outcome = ScopeResult::Outcome::Missing;
                r.message = worked ? QString() : message;
            }
        };
        mark(QStringLiteral("candidates_create"), result.created, result.createScopeMissing, result.message);
        if (result.created)
            mark(QStringLiteral("messages_write"), result.noteWritten, result.noteScopeMissing, result.message);
        emit testCandidateFinished(result);
        emit scopeCheckFinished(m_scopeReport);
    });
    insert->start(jobId, m_settings.hosts.web);
}

void ConnectionManager::disconnectAccount()
{
    if (m_scopeCheck)
        m_scopeCheck->cancel();
    if (m_settings.method == AuthMethod::ApiKey) {
        dropCredential();
        m_store->remove(apiKeyKey(m_settings), this, [this](const connection::SecretStore::Result &r) {
            const bool ok = r.ok() || r.status == connection::SecretStore::Status::NotFound;
            finishDisconnect(ok, ok ? QString() : r.message);
        });
        return;
    }
    connection::OAuthSession *session = m_oauth ? m_oauth.data() : makeOAuthSession();
    m_oauth = nullptr;
    m_credential = nullptr;
    if (m_scopeCheck)
        m_scopeCheck->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    connect(session, &connection::OAuthSession::disconnectFinished, this, [this, session](bool ok, const QString &problem) {
        session->deleteLater();
        finishDisconnect(ok, problem);
    });
    session->disconnectAccount();
}

void ConnectionManager::finishDisconnect(bool ok, const QString &problem)
{
    QString error;
    if (!ConnectionSettings::clearAccount(*m_workspace, &error) && ok) {
        ok = false;
        m_problem = error;
    }
    m_settings = ConnectionSettings::load(*m_workspace);
    m_scopeReport = {};
    setState(State::Disconnected,
             ok ? QString()
                : tr("Disconnected, but not every secret could be removed from the keychain: %1").arg(problem.isEmpty() ? error : problem));
    emit disconnected(ok, m_problem);
}

} // namespace sd::integration
