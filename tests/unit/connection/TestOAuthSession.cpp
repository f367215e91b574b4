// OAuthSession against the in-process SmartRecruiters sandbox: the consent page is driven over
// plain HTTP, everything else is the real session talking to the real token endpoint.
#include "ConsentDriver.h"
#include "MemorySecretStore.h"
#include "OAuthSession.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using sd::connection::MemorySecretStore;
using sd::connection::OAuthSession;
using sd::connection::SecretStore;
namespace SecretKeys = sd::connection::SecretKeys;

namespace {

// Every log line of the run, to prove no secret reaches one.
QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int tokenRequests(const sr::sandbox::Sandbox &sandbox)
{
    int n = 0;
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject e = entry.toObject();
        if (e.value(QStringLiteral("method")).toString() == QLatin1String("POST")
            && e.value(QStringLiteral("target")).toString().startsWith(QLatin1String("/identity/oauth/token")))
            ++n;
    }
    return n;
}

} // namespace

class TestOAuthSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void consentUrlCarriesTheRequest();
    void refusesPlainHttpOutsideThisComputer();
    void codeExchangeSignsIn();
    void wrongStateIsRejected();
    void denyEndsWithClearDenial();
    void keychainUnavailableRefusesToStore();
    void expiredAccessTokenIsRefreshed();
    void rotatedRefreshTokenIsPersistedEachTime();
    void staleRefreshTokenNeedsReconnect();
    void concurrentRefreshesShareOneRequest();
    void refreshesAheadOfExpiry();
    void restoreAtStartThenRefresh();
    void refreshWithoutSignInAsksToConnect();
    void disconnectLeavesStoreEmpty();
    void noSecretInMessagesOrLogs();

private:
    std::unique_ptr<OAuthSession> newSession(MemorySecretStore &store);
    QUrl consent(OAuthSession &session, bool allow);
    bool signIn(OAuthSession &session);
    bool refreshOnce(OAuthSession &session);
    int apiStatus(const OAuthSession &session);
    void remember(const QString &secret);

    std::unique_ptr<sr::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<OAuthSession> m_session;
    QNetworkAccessManager m_nam;
    QStringList m_secrets; // every secret seen in this run
    QStringList m_messages; // every message the session gave the user
};

void TestOAuthSession::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sourcedesk.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestOAuthSession::init()
{
    m_sandbox = std::make_unique<sr::sandbox::Sandbox>();
    QVERIFY(m_sandbox->start());
    m_sandbox->setRateLimitsEnabled(false);
    m_store = std::make_unique<MemorySecretStore>();
    m_session = newSession(*m_store);
    remember(m_sandbox->clientSecret());
}

void TestOAuthSession::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_sandbox.reset();
}

std::unique_ptr<OAuthSession> TestOAuthSession::newSession(MemorySecretStore &store)
{
    OAuthSession::Config config;
    config.hosts = sd::sr::Hosts::single(m_sandbox->baseUrl());
    config.clientId = m_sandbox->clientId();
    config.redirectUri = QUrl(m_sandbox->redirectUris().first());
    config.scopes = {QStringLiteral("jobs_read"), QStringLiteral("candidates_read")};
    auto session = std::make_unique<OAuthSession>(config, &store);
    session->setClientSecret(m_sandbox->clientSecret());
    connect(session.get(), &OAuthSession::loginFailed, this,
            [this](OAuthSession::LoginFailure, const QString &m) { m_messages << m; });
    connect(session.get(), &OAuthSession::refreshFailed, this, [this](const QString &m, bool) { m_messages << m; });
    connect(session.get(), &OAuthSession::restoreFinished, this, [this](bool, const QString &m) { m_messages << m; });
    return session;
}

void TestOAuthSession::remember(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets << secret;
}

QUrl TestOAuthSession::consent(OAuthSession &session, bool allow)
{
    const QUrl url = session.beginLogin();
    if (url.isEmpty())
        return {};
    const auto admin = m_sandbox->adminUser();
    ConsentDriver driver(admin.email, admin.password);
    const QUrl redirect = driver.run(url, allow);
    if (redirect.isEmpty())
        qWarning("consent flow failed: %s", qPrintable(driver.lastError()));
    remember(QUrlQuery(redirect).queryItemValue(QStringLiteral("code")));
    return redirect;
}

bool TestOAuthSession::signIn(OAuthSession &session)
{
    const QUrl redirect = consent(session, true);
    if (redirect.isEmpty())
        return false;
    QSignalSpy ok(&session, &OAuthSession::loginSucceeded);
    QSignalSpy failed(&session, &OAuthSession::loginFailed);
    session.completeLogin(redirect);
    if (!ok.wait(5000))
        return false;
    remember(m_store->value(SecretKeys::refreshToken(session.config().hosts, session.config().clientId)));
    QNetworkRequest probe;
    session.sign(probe);
    remember(QString::fromUtf8(probe.rawHeader("Authorization").mid(7)));
    return failed.isEmpty();
}

bool TestOAuthSession::refreshOnce(OAuthSession &session)
{
    QSignalSpy refreshed(&session, &OAuthSession::refreshed);
    session.refresh();
    if (!refreshed.wait(5000))
        return false;
    QNetworkRequest probe;
    session.sign(probe);
    remember(QString::fromUtf8(probe.rawHeader("Authorization").mid(7)));
    remember(m_store->value(SecretKeys::refreshToken(session.config().hosts, session.config().clientId)));
    return true;
}

// What SmartRecruiters answers to an API call signed by the session (0: not signed).
int TestOAuthSession::apiStatus(const OAuthSession &session)
{
    QNetworkRequest request(m_sandbox->url(QStringLiteral("/jobs?limit=1")));
    if (!session.sign(request))
        return 0;
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestOAuthSession::consentUrlCarriesTheRequest()
{
    const QUrl url = m_session->beginLogin();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_sandbox->url(QStringLiteral("/identity/oauth/allow")));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), m_sandbox->clientId());
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), m_sandbox->redirectUris().first());
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("jobs_read candidates_read"));
    QVERIFY(url.toEncoded().contains("scope=jobs_read%20candidates_read"));
    const QString state = q.queryItemValue(QStringLiteral("state"));
    QVERIFY2(state.size() >= 40, qPrintable(state));
    QVERIFY(QUrlQuery(m_session->beginLogin()).queryItemValue(QStringLiteral("state")) != state);
}

void TestOAuthSession::refusesPlainHttpOutsideThisComputer()
{
    OAuthSession::Config config;
    config.hosts = sd::sr::Hosts::single(QUrl(QStringLiteral("http://sr.example.com")));
    config.clientId = QStringLiteral("client");
    OAuthSession session(config, m_store.get());
    session.setClientSecret(QStringLiteral("secret"));
    QVERIFY(session.configurationProblem().contains(QLatin1String("https://")));
    QVERIFY(session.beginLogin().isEmpty());

    config.hosts = sd::sr::Hosts::production();
    config.redirectUri = QUrl(QStringLiteral("http://app.example.com/callback"));
    OAuthSession badRedirect(config, m_store.get());
    badRedirect.setClientSecret(QStringLiteral("secret"));
    QVERIFY(badRedirect.configurationProblem().contains(QLatin1String("redirect")));
}

void TestOAuthSession::codeExchangeSignsIn()
{
    QCOMPARE(apiStatus(*m_session), 0);
    QVERIFY(signIn(*m_session));
    QVERIFY(m_session->isConnected());
    QCOMPARE(apiStatus(*m_session), 200);
    const auto &config = m_session->config();
    QVERIFY(!m_store->value(SecretKeys::refreshToken(config.hosts, config.clientId)).isEmpty());
    QCOMPARE(m_store->value(SecretKeys::clientSecret(config.hosts, config.clientId)), m_sandbox->clientSecret());
    QCOMPARE(m_store->keys().size(), 2); // no access token in the store
    QCOMPARE(tokenRequests(*m_sandbox), 1);
}

void TestOAuthSession::wrongStateIsRejected()
{
    const QUrl redirect = consent(*m_session, true);
    QVERIFY(!redirect.isEmpty());
    QUrlQuery q(redirect);
    q.removeAllQueryItems(QStringLiteral("state"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
    QUrl forged = redirect;
    forged.setQuery(q);
    QSignalSpy failed(m_session.get(), &OAuthSession::loginFailed);
    m_session->completeLogin(forged);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<OAuthSession::LoginFailure>(), OAuthSession::LoginFailure::StateMismatch);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("did not belong to this sign-in")));
    QCOMPARE(tokenRequests(*m_sandbox), 0); // the code was never sent
    QVERIFY(m_store->isEmpty());
    // The real answer afterwards is refused too: the attempt is over.
    m_session->completeLogin(redirect);
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(tokenRequests(*m_sandbox), 0);
}

void TestOAuthSession::denyEndsWithClearDenial()
{
    const QUrl redirect = consent(*m_session, false);
    QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QSignalSpy failed(m_session.get(), &OAuthSession::loginFailed);
    m_session->completeLogin(redirect);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<OAuthSession::LoginFailure>(), OAuthSession::LoginFailure::Denied);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("choose Allow")));
    QVERIFY(!m_session->isConnected());
    QVERIFY(m_store->isEmpty());
}

void TestOAuthSession::keychainUnavailableRefusesToStore()
{
    m_store->setFailure(SecretStore::Status::Unavailable, QStringLiteral("No keychain is available on this computer."));
    const QUrl redirect = consent(*m_session, true);
    QSignalSpy failed(m_session.get(), &OAuthSession::loginFailed);
    m_session->completeLogin(redirect);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<OAuthSession::LoginFailure>(), OAuthSession::LoginFailure::Storage);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("No keychain is available on this computer."));
    QVERIFY(!m_session->isConnected());
    QCOMPARE(apiStatus(*m_session), 0); // the access token was not used
}

void TestOAuthSession::expiredAccessTokenIsRefreshed()
{
    QVERIFY(signIn(*m_session));
    QCOMPARE(apiStatus(*m_session), 200);
    m_sandbox->expireAllTokens();
    QCOMPARE(apiStatus(*m_session), 401); // what the API client sees before it asks for refresh()
    QVERIFY(refreshOnce(*m_session));
    QCOMPARE(apiStatus(*m_session), 200);

    m_sandbox->advanceClock(31 * 60 * 1000);
    QCOMPARE(apiStatus(*m_session), 401);
    QVERIFY(refreshOnce(*m_session));
    QCOMPARE(apiStatus(*m_session), 200);
}

void TestOAuthSession::rotatedRefreshTokenIsPersistedEachTime()
{
    QVERIFY(signIn(*m_session));
    const QString key = SecretKeys::refreshToken(m_session->config().hosts, m_session->config().clientId);
    QStringList seen{m_store->value(key)};
    for (int i = 0; i < 3; ++i) {
        QSignalSpy refreshed(m_session.get(), &OAuthSession::refreshed);
        m_session->refresh();
        QVERIFY(refreshed.wait(5000));
        const QString stored = m_store->value(key);
        QVERIFY(!stored.isEmpty());
        QVERIFY2(!seen.contains(stored), "the refresh token was not rotated in the store");
        seen << stored;
    }
    QCOMPARE(m_store->writeCount(), 2 + 3);
    // The stored (latest) token is the one that works: a fresh session restored from it refreshes.
    auto restored = newSession(*m_store);
    QSignalSpy done(restored.get(), &OAuthSession::restoreFinished);
    restored->restore();
    QVERIFY(done.wait(2000));
    QVERIFY(refreshOnce(*restored));
}

void TestOAuthSession::staleRefreshTokenNeedsReconnect()
{
    QVERIFY(signIn(*m_session));
    const QString key = SecretKeys::refreshToken(m_session->config().hosts, m_session->config().clientId);
    const QString stale = m_store->value(key);
    QVERIFY(refreshOnce(*m_session));

    // A second copy of Sourcedesk (or an old backup of the keychain) still holds the spent token.
    MemorySecretStore oldStore;
    auto old = newSession(oldStore);
    QObject context;
    bool written = false;
    oldStore.write(key, stale, &context, [&](const SecretStore::Result &) { written = true; });
    oldStore.write(SecretKeys::clientSecret(old->config().hosts, old->config().clientId), m_sandbox->clientSecret(),
                   &context, [](const SecretStore::Result &) {});
    QTRY_VERIFY(written);
    QSignalSpy restored(old.get(), &OAuthSession::restoreFinished);
    old->restore();
    QVERIFY(restored.wait(2000));
    QCOMPARE(restored.first().at(0).toBool(), true);

    QSignalSpy failed(old.get(), &OAuthSession::refreshFailed);
    QSignalSpy refreshed(old.get(), &OAuthSession::refreshed);
    old->refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("Sign in")));
    QVERIFY(refreshed.isEmpty());
    QVERIFY(!oldStore.contains(key));
    QVERIFY(!old->isConnected());
    QCOMPARE(apiStatus(*old), 0);
}

void TestOAuthSession::concurrentRefreshesShareOneRequest()
{
    QVERIFY(signIn(*m_session));
    const int before = tokenRequests(*m_sandbox);
    QSignalSpy refreshed(m_session.get(), &OAuthSession::refreshed);
    QSignalSpy failed(m_session.get(), &OAuthSession::refreshFailed);
    for (int i = 0; i < 5; ++i)
        m_session->refresh();
    QVERIFY(refreshed.wait(5000));
    QTest::qWait(200); // let any stray second request arrive
    QCOMPARE(tokenRequests(*m_sandbox) - before, 1);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(failed.isEmpty());
    QCOMPARE(apiStatus(*m_session), 200);
}

void TestOAuthSession::refreshesAheadOfExpiry()
{
    // Tokens live 30 minutes; with a margin of 30 minutes less 1 second the renewal is due in 1 s.
    m_session->setRefreshMargin(30 * 60 - 1);
    QVERIFY(signIn(*m_session));
    const QString key = SecretKeys::refreshToken(m_session->config().hosts, m_session->config().clientId);
    const QString first = m_store->value(key);
    QSignalSpy refreshed(m_session.get(), &OAuthSession::refreshed);
    QVERIFY(refreshed.wait(5000)); // nobody called refresh()
    QVERIFY(m_store->value(key) != first);
    QCOMPARE(tokenRequests(*m_sandbox), 2);
    QCOMPARE(apiStatus(*m_session), 200);
}

void TestOAuthSession::restoreAtStartThenRefresh()
{
    QVERIFY(signIn(*m_session));
    m_session.reset(); // the app quits; the access token is gone with it

    auto next = newSession(*m_store);
    next->setClientSecret(QString()); // the next start knows only what the keychain holds
    QSignalSpy restored(next.get(), &OAuthSession::restoreFinished);
    next->restore();
    QVERIFY(restored.wait(2000));
    QCOMPARE(restored.first().at(0).toBool(), true);
    QVERIFY(next->isConnected());
    QCOMPARE(apiStatus(*next), 0); // no access token until the first refresh
    QVERIFY(refreshOnce(*next));
    QCOMPARE(apiStatus(*next), 200);

    MemorySecretStore empty;
    auto fresh = newSession(empty);
    QSignalSpy nothing(fresh.get(), &OAuthSession::restoreFinished);
    fresh->restore();
    QVERIFY(nothing.wait(2000));
    QCOMPARE(nothing.first().at(0).toBool(), false);
    QVERIFY(nothing.first().at(1).toString().isEmpty()); // simply not connected yet: no error
}

void TestOAuthSession::refreshWithoutSignInAsksToConnect()
{
    QSignalSpy failed(m_session.get(), &OAuthSession::refreshFailed);
    m_session->refresh();
    QVERIFY(failed.isEmpty()); // the answer comes from the event loop, never inside the call
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(1).toBool(), true);
    QCOMPARE(tokenRequests(*m_sandbox), 0);
}

void TestOAuthSession::disconnectLeavesStoreEmpty()
{
    QVERIFY(signIn(*m_session));
    QVERIFY(!m_store->isEmpty());
    QSignalSpy done(m_session.get(), &OAuthSession::disconnectFinished);
    m_session->disconnectAccount();
    QVERIFY(done.wait(2000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QVERIFY2(m_store->isEmpty(), qPrintable(m_store->keys().join(u',')));
    QVERIFY(!m_session->isConnected());
    QCOMPARE(apiStatus(*m_session), 0);
}

void TestOAuthSession::noSecretInMessagesOrLogs()
{
    // A run through everything that logs or explains: sign-in, refreshes, a stale token, a denial.
    QVERIFY(signIn(*m_session));
    QVERIFY(refreshOnce(*m_session));
    QVERIFY(refreshOnce(*m_session));
    const QUrl denied = consent(*m_session, false);
    m_session->completeLogin(denied);
    QSignalSpy failed(m_session.get(), &OAuthSession::refreshFailed);
    m_sandbox->reset(); // every grant is gone: the next refresh gets invalid_grant
    m_sandbox->setRateLimitsEnabled(false);
    m_session->refresh();
    QVERIFY(failed.wait(5000));

    QVERIFY(m_secrets.size() >= 6);
    QVERIFY(!m_messages.isEmpty());
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_logLines.isEmpty());
    for (const QString &secret : std::as_const(m_secrets)) {
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret in the log: ") + line.left(40)));
        for (const QString &message : std::as_const(m_messages))
            QVERIFY2(!message.contains(secret), "a secret in a message for the user");
    }
}

QTEST_GUILESS_MAIN(TestOAuthSession)
#include "TestOAuthSession.moc"
