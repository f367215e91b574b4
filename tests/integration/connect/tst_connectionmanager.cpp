// The SmartRecruiters connection end to end against the in-process sandbox: API key and OAuth
// connect, who is connected, the scope check (full and restricted grants), restore at start,
// a revoked grant, and disconnect leaving the keychain empty.
#include "ConnectionManager.h"
#include "ConsentDriver.h"
#include "MemorySecretStore.h"
#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "TempWorkspace.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace sd;
using namespace sd::integration;
using State = ConnectionManager::State;

namespace {

// A fixed bearer token, to check the scope report of a restricted grant.
class BearerCredential final : public sd::sr::Credential
{
public:
    explicit BearerCredential(QString token) : m_token(std::move(token)) {}
    QString bucketKey() const override { return QStringLiteral("test-bearer"); }
    bool sign(QNetworkRequest &request) const override
    {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        return true;
    }
    bool canRefresh() const override { return false; }
    void refresh() override { emit refreshFailed(QStringLiteral("no refresh in this test"), true); }

private:
    QString m_token;
};

bool waitForState(ConnectionManager &m, State state, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return m.state() == state; }, timeoutMs);
}

const ScopeResult *find(const ScopeReport &report, const QString &scope)
{
    for (const ScopeResult &r : report.results) {
        if (r.scope == scope)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT

private:
    ::sr::sandbox::Sandbox *m_sandbox = nullptr;

    ConnectionSettings sandboxSettings() const
    {
        ConnectionSettings s;
        s.hosts = sd::sr::Hosts::single(m_sandbox->baseUrl());
        s.clientId = m_sandbox->clientId();
        s.redirectUri = m_sandbox->redirectUris().first();
        return s;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = new ::sr::sandbox::Sandbox(this);
        QVERIFY(m_sandbox->start());
    }

    void init() { m_sandbox->reset(); }

    void apiKeyConnectRestoreDisconnect()
    {
        test::TempWorkspace t;
        connection::MemorySecretStore store;
        {
            ConnectionManager m(t.shared(), &store);
            QVERIFY(m.setSettings(sandboxSettings()));
            QSignalSpy scopes(&m, &ConnectionManager::scopeCheckFinished);
            m.connectWithApiKey(QStringLiteral("  ") + m_sandbox->apiKey() + QStringLiteral("\n"));
            QVERIFY(waitForState(m, State::Connected));
            QCOMPARE(m.settings().accountEmail, m_sandbox->adminUser().email);
            QVERIFY(!m.settings().companyName.isEmpty());
            QCOMPARE(store.keys().size(), 1);
            QCOMPARE(store.value(store.keys().first()), m_sandbox->apiKey()); // trimmed
            QVERIFY(scopes.wait(15000));
            const ScopeReport report = scopes.first().first().value<ScopeReport>();
            QVERIFY2(report.allRequiredGranted(), qPrintable(report.summary()));
            QCOMPARE(find(report, QStringLiteral("candidates_create"))->outcome, ScopeResult::Outcome::NotChecked);
            QVERIFY(m.settings().grantedScopes.contains(QStringLiteral("candidates_manage")));
            // Nothing was created by the probes.
            QVERIFY(!m_sandbox->requestLog().isEmpty());
            // A second connect is refused and leaves the live connection alone.
            m.connectWithApiKey(m_sandbox->apiKey());
            QCOMPARE(m.state(), State::Connected);
            QVERIFY(m.problem().contains(QStringLiteral("already connected")));
            QVERIFY(m.client());
            // Settings cannot change under a live connection.
            QString error;
            QVERIFY(!m.setSettings(sandboxSettings(), &error));
            QVERIFY(error.contains(QStringLiteral("Disconnect first")));
        }
        {
            // The next start: restored from the workspace and the keychain, no sign-in.
            ConnectionManager m(t.shared(), &store);
            QVERIFY(m.settings().isConnected());
            m.restore();
            QVERIFY(waitForState(m, State::Connected));
            QVERIFY(m.client());
            QSignalSpy gone(&m, &ConnectionManager::disconnected);
            m.disconnectAccount();
            QVERIFY(gone.wait(5000));
            QCOMPARE(gone.first().first().toBool(), true);
            QCOMPARE(m.state(), State::Disconnected);
            QVERIFY(store.isEmpty());
            QVERIFY(!m.settings().isConnected());
            QCOMPARE(m.settings().hosts.api, m_sandbox->baseUrl()); // the host stays for next time
        }
    }

    void badApiKeyStoresNothing()
    {
        test::TempWorkspace t;
        connection::MemorySecretStore store;
        ConnectionManager m(t.shared(), &store);
        QVERIFY(m.setSettings(sandboxSettings()));
        QSignalSpy states(&m, &ConnectionManager::stateChanged);
        m.connectWithApiKey(QStringLiteral("DCRA1-00000000000000000000000000000000"));
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2 && m.state() == State::Disconnected, 15000);
        QVERIFY(!m.problem().isEmpty());
        QVERIFY(!m.problem().contains(QStringLiteral("DCRA1-0000"))); // never the key in a message
        QVERIFY(store.isEmpty());
        QVERIFY(!m.settings().isConnected());
        QVERIFY(!m.client());
    }

    void oauthConnectThenRevokedGrantAsksToReconnect()
    {
        test::TempWorkspace t;
        connection::MemorySecretStore store;
        ConnectionManager m(t.shared(), &store);
        QVERIFY(m.setSettings(sandboxSettings()));
        QSignalSpy ready(&m, &ConnectionManager::oauthReady);
        QSignalSpy scopes(&m, &ConnectionManager::scopeCheckFinished);
        m.beginOAuth(m_sandbox->clientSecret());
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(m.state(), State::SigningIn);
        connection::OAuthSession *session = m.oauthSession();
        QVERIFY(session);
        const QUrl consentUrl = session->beginLogin();
        QVERIFY(consentUrl.toString().startsWith(m_sandbox->baseUrl().toString()));
        ConsentDriver driver(m_sandbox->adminUser().email, m_sandbox->adminUser().password);
        const QUrl redirect = driver.run(consentUrl, true);
        QVERIFY2(session->isRedirect(redirect), qPrintable(driver.lastError()));
        session->completeLogin(redirect);
        QVERIFY(waitForState(m, State::Connected));
        QCOMPARE(m.settings().accountEmail, m_sandbox->adminUser().email);
        QCOMPARE(store.keys().size(), 2); // refresh token and client secret, nothing else
        QVERIFY(scopes.wait(15000));
        QVERIFY2(scopes.first().first().value<ScopeReport>().allRequiredGranted(),
                 qPrintable(scopes.first().first().value<ScopeReport>().summary()));

        // Someone reuses the refresh token elsewhere: the sandbox revokes the grant, and the next
        // refresh asks the user to connect again instead of failing silently.
        m_sandbox->expireAllTokens();
        const QString refreshKey = [&] {
            for (const QString &k : store.keys())
                if (k.endsWith(QStringLiteral("refresh_token")))
                    return k;
            return QString();
        }();
        QVERIFY(!refreshKey.isEmpty());
        SandboxTestClient raw(*m_sandbox);
        const auto stolen = raw.token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("refresh_token"), store.value(refreshKey)},
                                       {QStringLiteral("client_id"), m_sandbox->clientId()},
                                       {QStringLiteral("client_secret"), m_sandbox->clientSecret()}});
        QCOMPARE(stolen.status, 200);
        m.client()->credential()->refresh();
        QVERIFY(waitForState(m, State::ReconnectNeeded));
        QVERIFY(!m.problem().isEmpty());

        QSignalSpy gone(&m, &ConnectionManager::disconnected);
        m.disconnectAccount();
        QVERIFY(gone.wait(5000));
        QVERIFY(store.isEmpty());
    }

    void reconnectReusesTheStoredClientSecret()
    {
        test::TempWorkspace t;
        connection::MemorySecretStore store;
        ConnectionManager m(t.shared(), &store);
        QVERIFY(m.setSettings(sandboxSettings()));
        // Nothing stored yet, nothing typed: a message that says what to enter.
        m.beginOAuth(QString());
        QVERIFY(waitForState(m, State::Disconnected));
        QVERIFY(m.problem().contains(QStringLiteral("client secret")));
        // After one sign-in the secret is in the keychain; a reconnect needs no typing.
        QSignalSpy ready(&m, &ConnectionManager::oauthReady);
        m.beginOAuth(m_sandbox->clientSecret());
        QTRY_COMPARE(ready.size(), 1);
        ConsentDriver driver(m_sandbox->adminUser().email, m_sandbox->adminUser().password);
        m.oauthSession()->completeLogin(driver.run(m.oauthSession()->beginLogin(), true));
        QVERIFY(waitForState(m, State::Connected));
        m_sandbox->expireAllTokens();
        m_sandbox->reset(); // the grant is gone on the server side
        m.client()->credential()->refresh();
        QVERIFY(waitForState(m, State::ReconnectNeeded));
        QVERIFY(m.setSettings(m.settings())); // still allowed: not connected any more
        m.beginOAuth(QString());
        QTRY_COMPARE(ready.size(), 2);
        QVERIFY(m.oauthSession()->hasClientSecret());
        m.oauthSession()->completeLogin(driver.run(m.oauthSession()->beginLogin(), true));
        QVERIFY(waitForState(m, State::Connected));
    }

    void deniedConsentEndsDisconnected()
    {
        test::TempWorkspace t;
        connection::MemorySecretStore store;
        ConnectionManager m(t.shared(), &store);
        QVERIFY(m.setSettings(sandboxSettings()));
        QSignalSpy ready(&m, &ConnectionManager::oauthReady);
        m.beginOAuth(m_sandbox->clientSecret());
        QTRY_COMPARE(ready.size(), 1);
        ConsentDriver driver(m_sandbox->adminUser().email, m_sandbox->adminUser().password);
        const QUrl redirect = driver.run(m.oauthSession()->beginLogin(), false);
        m.oauthSession()->completeLogin(redirect);
        QVERIFY(waitForState(m, State::Disconnected));
        QVERIFY(!m.problem().isEmpty());
        QVERIFY(store.isEmpty());
    }

    void restrictedGrantListsMissingScopes()
    {
        SandboxTestClient raw(*m_sandbox);
        const QJsonObject tokens = raw.signInWithScopes(QStringLiteral("candidates_read jobs_read user_me_read"));
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        QVERIFY(!access.isEmpty());
        BearerCredential credential(access);
        sd::sr::ApiClient client(&credential, sd::sr::Hosts::single(m_sandbox->baseUrl()));
        ScopeCheck check(&client);
        QSignalSpy done(&check, &ScopeCheck::finished);
        check.start();
        QVERIFY(done.wait(15000));
        const ScopeReport report = done.first().first().value<ScopeReport>();
        QCOMPARE(find(report, QStringLiteral("jobs_read"))->outcome, ScopeResult::Outcome::Granted);
        QCOMPARE(find(report, QStringLiteral("candidates_read"))->outcome, ScopeResult::Outcome::Granted);
        QCOMPARE(find(report, QStringLiteral("candidates_manage"))->outcome, ScopeResult::Outcome::Missing);
        QCOMPARE(find(report, QStringLiteral("configuration_read"))->outcome, ScopeResult::Outcome::Missing);
        QVERIFY(report.missingRequired().contains(QStringLiteral("messages_read")));
        QVERIFY(!report.missingRequired().contains(QStringLiteral("webhooks_manage"))); // optional
        QVERIFY(report.summary().contains(QStringLiteral("candidates_manage")));
        // Every probe scope is one Sourcedesk asks for, and nothing it asks for is left unchecked.
        QStringList probed;
        for (const ScopeResult &r : report.results)
            probed << r.scope;
        for (const QString &scope : requiredScopes() + optionalScopes())
            QVERIFY2(probed.contains(scope), qPrintable(scope));
    }
};

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
