// The whole SmartRecruiters sign-in offscreen: the LoginDialog's embedded browser shows the
// sandbox's consent page, the test fills it in with JavaScript as a recruiter would, and the code
// is caught before the redirect loads, exchanged by OAuthSession and kept in a SecretStore.
#include "BrowserLogin.h"
#include "ConsentDriver.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "LoopbackReceiver.h"
#include "MemorySecretStore.h"
#include "OAuthSession.h"
#include "Sandbox.h"

#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QWebEnginePage>

#include <memory>

using sd::connection::MemorySecretStore;
using sd::connection::OAuthSession;
using sd::ui::BrowserLogin;
using sd::ui::LoginDialog;

namespace {

constexpr int kPageTimeoutMs = 40000;

// Runs a script in the page and waits for its result.
QVariant runScript(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kPageTimeoutMs); }();
    return result;
}

// Stands in for the system browser: QDesktopServices::openUrl() lands here.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestGuiLogin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void allowSignsInWithCodeCaughtBeforeRedirect();
    void denyEndsWithClearMessage();
    void closingTheWindowEndsTheSignIn();
    void unreachableHostEndsWithNetworkMessage();
    void timeoutEndsTheSignIn();
    void untrustedCertificateIsRefused();
    void systemBrowserFallbackUsesLoopback();

private:
    bool openConsentPage(LoginDialog &dialog);
    bool signInOnPage(LoginDialog &dialog);

    std::unique_ptr<sr::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<OAuthSession> m_session;
};

void TestGuiLogin::init()
{
    m_sandbox = std::make_unique<sr::sandbox::Sandbox>();
    QVERIFY(m_sandbox->start());
    m_sandbox->setRateLimitsEnabled(false);
    m_store = std::make_unique<MemorySecretStore>();
    OAuthSession::Config config;
    config.hosts = sd::sr::Hosts::single(m_sandbox->baseUrl());
    config.clientId = m_sandbox->clientId();
    // Registered, and nothing listens there: the redirect must never load.
    config.redirectUri = QUrl(QStringLiteral("http://localhost:8765/callback"));
    QVERIFY(m_sandbox->redirectUris().contains(config.redirectUri.toString()));
    config.scopes = {QStringLiteral("jobs_read")};
    m_session = std::make_unique<OAuthSession>(config, m_store.get());
    m_session->setClientSecret(m_sandbox->clientSecret());
}

void TestGuiLogin::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_sandbox.reset();
}

bool TestGuiLogin::openConsentPage(LoginDialog &dialog)
{
    QSignalSpy loaded(dialog.page(), &QWebEnginePage::loadFinished);
    dialog.show();
    dialog.start();
    if (!loaded.wait(kPageTimeoutMs) || !loaded.last().at(0).toBool())
        return false;
    return runScript(dialog.page(), QStringLiteral("document.getElementById('signin') !== null")).toBool();
}

bool TestGuiLogin::signInOnPage(LoginDialog &dialog)
{
    const auto admin = m_sandbox->adminUser();
    QSignalSpy loaded(dialog.page(), &QWebEnginePage::loadFinished);
    runScript(dialog.page(), QStringLiteral("document.getElementById('email').value = '%1';"
                                            "document.getElementById('password').value = '%2';"
                                            "document.getElementById('signInButton').click(); true")
                                 .arg(admin.email, admin.password));
    if (loaded.isEmpty() && !loaded.wait(kPageTimeoutMs))
        return false;
    return runScript(dialog.page(), QStringLiteral("document.getElementById('allowButton') !== null")).toBool();
}

void TestGuiLogin::allowSignsInWithCodeCaughtBeforeRedirect()
{
    LoginDialog dialog(m_session.get());
    QVERIFY(openConsentPage(dialog));
    QVERIFY(signInOnPage(dialog));
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    QSignalSpy urls(dialog.page(), &QWebEnginePage::urlChanged);
    runScript(dialog.page(), QStringLiteral("document.getElementById('allowButton').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPageTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(dialog.succeeded());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    // The browser never went to the redirect address: the code was taken from the navigation.
    for (const auto &change : std::as_const(urls))
        QVERIFY2(!change.at(0).toUrl().toString().contains(QLatin1String("8765")), "the redirect was loaded");
    QVERIFY(dialog.page()->url().port() == m_sandbox->port());

    const auto &config = m_session->config();
    QVERIFY(!m_store->value(sd::connection::SecretKeys::refreshToken(config.hosts, config.clientId)).isEmpty());
    QVERIFY(m_session->isConnected());
    QNetworkRequest request;
    QVERIFY(m_session->sign(request));
    // Exactly one code exchange reached SmartRecruiters.
    int exchanges = 0;
    const QJsonArray log = m_sandbox->requestLog();
    for (const QJsonValue &e : log)
        exchanges += e.toObject().value(QStringLiteral("target")).toString().startsWith(QLatin1String("/identity/oauth/token"));
    QCOMPARE(exchanges, 1);
}

void TestGuiLogin::denyEndsWithClearMessage()
{
    LoginDialog dialog(m_session.get());
    QVERIFY(openConsentPage(dialog));
    QVERIFY(signInOnPage(dialog));
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    runScript(dialog.page(), QStringLiteral("document.getElementById('denyButton').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPageTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("choose Allow")));
    // The recruiter sees it in the window, with a way to try again.
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), finished.first().at(1).toString());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("loginRetryButton"))->isVisible());
    QVERIFY(m_store->isEmpty());
    QVERIFY(!m_session->isConnected());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestGuiLogin::closingTheWindowEndsTheSignIn()
{
    LoginDialog dialog(m_session.get());
    QVERIFY(openConsentPage(dialog));
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    QVERIFY(m_session->isLoginPending());
    dialog.close();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("closed")));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!m_session->isLoginPending());
    QVERIFY(m_store->isEmpty());
}

void TestGuiLogin::unreachableHostEndsWithNetworkMessage()
{
    const quint16 port = m_sandbox->port();
    m_sandbox.reset(); // nothing answers there any more
    OAuthSession::Config config = m_session->config();
    config.hosts = sd::sr::Hosts::single(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    OAuthSession session(config, m_store.get());
    session.setClientSecret(QStringLiteral("unused"));
    LoginDialog dialog(&session);
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPageTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("could not be loaded")),
             qPrintable(finished.first().at(1).toString()));
}

void TestGuiLogin::timeoutEndsTheSignIn()
{
    LoginDialog dialog(m_session.get());
    dialog.setTimeout(std::chrono::milliseconds(300));
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPageTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("too long")));
    QVERIFY(!m_session->isLoginPending());
}

void TestGuiLogin::untrustedCertificateIsRefused()
{
    // An https server on this computer with a self-signed certificate nobody trusts.
    QFile certFile(QStringLiteral(SOURCEDESK_GUI_TEST_DATA "/untrusted-localhost.crt"));
    QFile keyFile(QStringLiteral(SOURCEDESK_GUI_TEST_DATA "/untrusted-localhost.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    OAuthSession::Config config = m_session->config();
    config.hosts = sd::sr::Hosts::single(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    OAuthSession session(config, m_store.get());
    session.setClientSecret(QStringLiteral("unused"));
    LoginDialog dialog(&session);
    QSignalSpy finished(&dialog, &LoginDialog::loginFinished);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPageTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("not secure")), qPrintable(message));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("loginMessage"))->text(), message);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1); // the failed load that follows adds nothing
}

void TestGuiLogin::systemBrowserFallbackUsesLoopback()
{
    OAuthSession::Config config = m_session->config();
    config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:8765/callback")); // registered too
    OAuthSession session(config, m_store.get());
    session.setClientSecret(m_sandbox->clientSecret());
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QWidget window;
    BrowserLogin login(&session, &window);
    QSignalSpy finished(&login, &BrowserLogin::finished);
    login.start(BrowserLogin::Mode::SystemBrowser);
    if (!finished.isEmpty()) {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QSKIP(qPrintable(QStringLiteral("Port 8765 is taken here: ") + finished.first().at(1).toString()));
    }
    QCOMPARE(browser.opened.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QVERIFY(login.receiver()->isListening());

    // The recruiter signs in in the browser, which then follows the redirect to Sourcedesk.
    const auto admin = m_sandbox->adminUser();
    ConsentDriver driver(admin.email, admin.password);
    const QUrl redirect = driver.run(browser.opened.first(), true);
    QVERIFY2(redirect.port() == 8765, qPrintable(driver.lastError()));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(redirect));
    QSignalSpy loaded(reply, &QNetworkReply::finished);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(session.isConnected());
    QVERIFY(!m_store->value(sd::connection::SecretKeys::refreshToken(config.hosts, config.clientId)).isEmpty());
    QVERIFY(!login.receiver()->isListening());
}

int main(int argc, char **argv)
{
    // Qt WebEngine shares OpenGL contexts with the widgets; this must be set before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    sd::test::initGuiTestEnvironment();
    TestGuiLogin test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGuiLogin.moc"
