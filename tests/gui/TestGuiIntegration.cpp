// Settings → Integration: SmartRecruiters, driven through its widgets against the in-process
// sandbox: the demo sandbox entry fills its OAuth client, an API key connects, the account and the
// permissions are shown, the typed key leaves the form, and Disconnect empties the keychain; a
// missing keychain service is explained and the key lands nowhere else.
#include "GuiTestSupport.h"

#include "ConnectionManager.h"
#include "IntegrationPage.h"
#include "MemorySecretStore.h"
#include "Sandbox.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

class TestGuiIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void connectWithApiKeyThroughThePage()
    {
        ::sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        IntegrationPage page(&manager);
        page.setSandboxUrl(sandbox.baseUrl());
        page.show();

        auto *server = page.findChild<QComboBox *>(QStringLiteral("integrationServer"));
        const int demo = server->findText(QStringLiteral("Local sandbox (demo data)"));
        QVERIFY(demo >= 0);
        server->setCurrentIndex(demo);
        emit server->activated(demo);
        auto *clientId = page.findChild<QLineEdit *>(QStringLiteral("integrationClientId"));
        QTRY_COMPARE(clientId->text(), sandbox.clientId()); // filled from the sandbox's demo client
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("integrationApiUrl"))->text(), sandbox.baseUrl().toString());
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("integrationApiUrl"))->isEnabled());

        page.findChild<QRadioButton *>(QStringLiteral("integrationMethodApiKey"))->click();
        auto *key = page.findChild<QLineEdit *>(QStringLiteral("integrationApiKey"));
        QTest::keyClicks(key, sandbox.apiKey());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto *connectButton = page.findChild<QPushButton *>(QStringLiteral("integrationConnectButton"));
        connectButton->click();
        QVERIFY(key->text().isEmpty()); // the typed key does not stay in the form
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(), State::Connected, 15000);
        auto *state = page.findChild<QLabel *>(QStringLiteral("integrationState"));
        QVERIFY2(state->text().contains(sandbox.adminUser().email), qPrintable(state->text()));
        auto *scopes = page.findChild<QTreeWidget *>(QStringLiteral("integrationScopes"));
        QTRY_VERIFY_WITH_TIMEOUT(scopes->topLevelItemCount() >= integration::requiredScopes().size(), 15000);
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(!server->isEnabled()); // no host change under a live connection
        QCOMPARE(store.keys().size(), 1);

        auto *test = page.findChild<QPushButton *>(QStringLiteral("integrationTestButton"));
        QVERIFY(test->isEnabled());

        // The writes no probe can try: a test candidate with a note on a chosen job.
        auto *job = page.findChild<QComboBox *>(QStringLiteral("integrationTestJob"));
        QTRY_VERIFY_WITH_TIMEOUT(job->count() > 0, 15000);
        QVERIFY(job->currentText().contains(QStringLiteral("SOURCING")));
        auto *insert = page.findChild<QPushButton *>(QStringLiteral("integrationInsertTestCandidate"));
        QTRY_VERIFY(insert->isEnabled());
        insert->click();
        auto *result = page.findChild<QLabel *>(QStringLiteral("integrationTestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Open in SmartRecruiters")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("with a note")), qPrintable(result->text()));
        const QJsonObject dump = sandbox.stateDump();
        int testCandidates = 0;
        const QJsonObject candidates = dump.value(QStringLiteral("candidates")).toObject(); // by id
        QVERIFY(!candidates.isEmpty());
        for (const QJsonValue &c : candidates) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("lastName")).toString().startsWith(QStringLiteral("Test Candidate")))
                ++testCandidates;
        }
        QCOMPARE(testCandidates, 1); // exactly one, never a duplicate
        const QList<QTreeWidgetItem *> create = scopes->findItems(QStringLiteral("candidates_create"), Qt::MatchExactly);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first()->text(1), QStringLiteral("Granted"));
        QCOMPARE(scopes->findItems(QStringLiteral("messages_write"), Qt::MatchExactly).first()->text(1), QStringLiteral("Granted"));
        page.findChild<QPushButton *>(QStringLiteral("integrationDisconnectButton"))->click();
        QTRY_COMPARE(manager.state(), State::Disconnected);
        QTRY_VERIFY(store.isEmpty());
        QCOMPARE(scopes->topLevelItemCount(), 0);
        QVERIFY(connectButton->isEnabled());
        QVERIFY(!test->isEnabled());
    }

    // No Secret Service on this desktop (installed from a package on a bare window manager): the
    // connection works for this session, the page says the key could not be kept and what that
    // means, nothing is stored anywhere else, no crash.
    void missingKeychainIsExplained()
    {
        ::sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::GuiFixture f;
        connection::MemorySecretStore store;
        store.setFailure(connection::SecretStore::Status::Unavailable,
                         QStringLiteral("No keychain is available on this computer (no Secret Service). Install and "
                                        "start a keychain service such as GNOME Keyring, then connect again."));
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        IntegrationPage page(&manager);
        page.setSandboxUrl(sandbox.baseUrl());
        page.show();
        auto *server = page.findChild<QComboBox *>(QStringLiteral("integrationServer"));
        const int demo = server->findText(QStringLiteral("Local sandbox (demo data)"));
        server->setCurrentIndex(demo);
        emit server->activated(demo);
        page.findChild<QRadioButton *>(QStringLiteral("integrationMethodApiKey"))->click();
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("integrationApiKey")), sandbox.apiKey());
        page.findChild<QPushButton *>(QStringLiteral("integrationConnectButton"))->click();
        auto *problem = page.findChild<QLabel *>(QStringLiteral("integrationProblem"));
        QVERIFY(problem);
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(), State::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("could not be kept in the keychain")), 15000);
        QVERIFY2(problem->text().contains(QStringLiteral("no Secret Service")), qPrintable(problem->text()));
        QVERIFY2(!problem->text().contains(sandbox.apiKey()), qPrintable(problem->text())); // never the secret
        QVERIFY(problem->isVisible());
        QVERIFY(store.isEmpty());
        // The key did not fall back into the workspace file either.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.workspace().path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(sandbox.apiKey().toUtf8()), qPrintable(file.fileName()));
        }
    }

    void plainHttpToARemoteHostIsRefused()
    {
        test::GuiFixture f;
        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        IntegrationPage page(&manager);
        page.show();
        auto *server = page.findChild<QComboBox *>(QStringLiteral("integrationServer"));
        const int other = server->findText(QStringLiteral("Other address…"));
        server->setCurrentIndex(other);
        emit server->activated(other);
        auto *api = page.findChild<QLineEdit *>(QStringLiteral("integrationApiUrl"));
        QVERIFY(api->isEnabled());
        api->setText(QStringLiteral("http://api.example.com"));
        page.findChild<QLineEdit *>(QStringLiteral("integrationClientId"))->setText(QStringLiteral("client"));
        page.findChild<QPushButton *>(QStringLiteral("integrationConnectButton"))->click();
        auto *problem = page.findChild<QLabel *>(QStringLiteral("integrationProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("https://")), qPrintable(problem->text()));
        QCOMPARE(manager.state(), State::Disconnected);
        QVERIFY(store.isEmpty());
    }
};

QTEST_MAIN(TestGuiIntegration)
#include "TestGuiIntegration.moc"
