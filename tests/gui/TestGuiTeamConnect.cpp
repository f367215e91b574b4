// Connecting to a team workspace from Settings → Workspace against the throw-away PostgreSQL server
// of scripts/with-test-session.sh: a wrong password, a server that does not answer, the right
// password (the window switches, the password is in the keychain and in no settings file), a
// restart that opens it again without asking, and a workspace from a newer Sourcedesk.
#include "GuiTestSupport.h"
#include "TestPostgres.h"

#include "FirstRunWizard.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsView.h"
#include "TeamConnectDialog.h"
#include "Workspace.h"
#include "WorkspaceLauncher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sd;
using namespace sd::ui;

namespace {

// Everything under the folders Qt's settings and the app's data may be written to, as one text.
QByteArray settingsFilesText(const QStringList &folders)
{
    QByteArray all;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
    }
    return all;
}

// A loopback port nobody listens on.
int closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestGuiTeamConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectFromSettings();
    void restartOpensWithoutAsking();
    void schemaTooNewIsExplained();
    void firstRunOffersTheTeamWorkspace();

private:
    TeamConnectDialog *openDialogFrom(MainWindow *window);
    void fill(TeamConnectDialog *dialog, int port, const QString &password);
    std::optional<QString> keychainValue(const QString &key);

    QTemporaryDir m_dir;
    sd::test::TeamOwner m_owner;
    TeamServer &m_team = m_owner.server;
    QString &m_password = m_owner.password;
    connection::KeychainSecretStore *m_store = nullptr;
};

void TestGuiTeamConnect::initTestCase()
{
    sd::test::initGuiTestEnvironment();
    sd::test::skipFirstRunSetupWhenShown();
    SD_REQUIRE_POSTGRES();
    const QString error = m_owner.create(QStringLiteral("sdt_gui"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A service of its own, so the test never touches the user's real keychain entries.
    m_store = new connection::KeychainSecretStore(QStringLiteral("SourcedeskTeamConnectTest"), this);
}

void TestGuiTeamConnect::cleanupTestCase()
{
    if (!m_owner.created())
        return;
    if (m_store) {
        bool done = false;
        m_store->remove(m_team.keychainKey(), this, [&](const auto &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
    m_owner.drop();
}

std::optional<QString> TestGuiTeamConnect::keychainValue(const QString &key)
{
    std::optional<connection::SecretStore::Result> answer;
    m_store->read(key, this, [&](const connection::SecretStore::Result &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

TeamConnectDialog *TestGuiTeamConnect::openDialogFrom(MainWindow *window)
{
    window->showView(MainWindow::SettingsPage);
    auto *button = window->findChild<QPushButton *>(QStringLiteral("connectTeamWorkspaceButton"));
    if (!button)
        return nullptr;
    button->click();
    return sd::test::findTopLevel<TeamConnectDialog>(QStringLiteral("teamConnectDialog"));
}

void TestGuiTeamConnect::fill(TeamConnectDialog *dialog, int port, const QString &password)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("teamServer"))->setText(m_team.host);
    dialog->findChild<QSpinBox *>(QStringLiteral("teamPort"))->setValue(port);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(m_team.database);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(m_team.user);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("teamSslMode"));
    mode->setCurrentIndex(mode->findData(m_team.sslMode));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(password);
}

void TestGuiTeamConnect::connectFromSettings()
{
    WorkspaceLauncher launcher;
    launcher.setSecretStore(m_store);
    MessageBox::setNextAnswer(MessageBox::No); // the sample-data offer on a new workspace
    QVERIFY(launcher.start(m_dir.filePath(QStringLiteral("local.sqlite"))));
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    MainWindow *window = launcher.mainWindow();
    QVERIFY(window);
    const std::shared_ptr<Workspace> local = launcher.workspace();

    TeamConnectDialog *dialog = openDialogFrom(window);
    QVERIFY(dialog);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("teamRemember"))->isChecked());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("teamConnectError"));
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("teamConnectButton"));

    // A wrong password: said so, and the window stays on the local workspace.
    fill(dialog, m_team.port, QStringLiteral("not the password"));
    connectButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("Wrong user name or password")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("not the password")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(launcher.workspace(), local);

    // Nobody listening on the port: the server cannot be reached.
    fill(dialog, closedPort(), m_password);
    connectButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("cannot be reached")), 20000);
    QVERIFY(!error->text().contains(m_password));
    QCOMPARE(launcher.workspace(), local);

    // The right password: the window switches to the team workspace.
    fill(dialog, m_team.port, m_password);
    MessageBox::setNextAnswer(MessageBox::No); // the new team workspace offers the sample data too
    connectButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.workspace() && launcher.workspace()->isTeam(), 60000);
    QTRY_VERIFY(launcher.mainWindow() && launcher.mainWindow() != window);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    window = launcher.mainWindow();
    QVERIFY2(window->windowTitle().contains(m_team.database + QStringLiteral(" on 127.0.0.1")),
             qPrintable(window->windowTitle()));
    auto *role = window->findChild<QLabel *>(QStringLiteral("statusTeamRole"));
    QVERIFY(role);
    QVERIFY2(role->text().contains(QStringLiteral("Admin")), qPrintable(role->text())); // the database owner
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("teamDatabaseInfo"))->text(), m_team.database);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("teamUserInfo"))->text(), m_team.user);

    // The password is in the keychain, under the login's key, and in no settings file.
    QCOMPARE(keychainValue(m_team.keychainKey()), std::optional<QString>(m_password));
    QSettings().sync();
    const QStringList folders{QFileInfo(QSettings().fileName()).absolutePath(),
                              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    const QByteArray written = settingsFilesText(folders);
    QVERIFY(written.contains(m_team.database.toUtf8())); // the last location is remembered…
    QVERIFY(!written.contains(m_password.toUtf8()));     // …without the password
}

void TestGuiTeamConnect::restartOpensWithoutAsking()
{
    // A new launcher, as after a restart: the last location, the password from the keychain.
    const QString location = WorkspaceLauncher::initialPath({});
    QVERIFY2(TeamServer::isLocation(location), qPrintable(location));
    WorkspaceLauncher launcher;
    launcher.setSecretStore(m_store);
    QVERIFY(launcher.start(location));
    QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() || sd::test::findTopLevel<TeamConnectDialog>(
                                                          QStringLiteral("teamConnectDialog")),
                             60000);
    QVERIFY2(!sd::test::findTopLevel<TeamConnectDialog>(QStringLiteral("teamConnectDialog")),
             "the password was asked for again");
    QVERIFY(launcher.workspace()->isTeam());
    QVERIFY(launcher.mainWindow()->windowTitle().contains(m_team.database + QStringLiteral(" on 127.0.0.1")));
    QCOMPARE(launcher.mainWindow()->findChild<QLabel *>(QStringLiteral("statusWorkspace"))->text(),
             launcher.workspace()->displayName());
}

void TestGuiTeamConnect::schemaTooNewIsExplained()
{
    QString error;
    QVERIFY2(sd::test::superuserExec(
                 QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'"), m_team.database,
                 &error),
             qPrintable(error));
    WorkspaceLauncher launcher;
    launcher.setSecretStore(m_store);
    QVERIFY(launcher.start(m_team.location()));
    TeamConnectDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = sd::test::findTopLevel<TeamConnectDialog>(QStringLiteral("teamConnectDialog"))) != nullptr, 60000);
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("teamConnectError"));
    QVERIFY2(label->text().contains(QStringLiteral("newer version of Sourcedesk")), qPrintable(label->text()));
    // Prefilled with the workspace's details, ready for another try.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->text(), m_team.database);
    QVERIFY(!launcher.mainWindow());
    delete dialog;
    QGuiApplication::setQuitOnLastWindowClosed(true);
}

void TestGuiTeamConnect::firstRunOffersTheTeamWorkspace()
{
    sd::test::GuiFixture f;
    QVERIFY(f.isValid());
    FirstRunWizard wizard(f.sharedWorkspace(), nullptr, nullptr);
    wizard.setObjectName(QStringLiteral("firstRunWizardUnderTest")); // not skipped by the test helper
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *team = wizard.findChild<QRadioButton *>(QStringLiteral("firstRunWorkspaceTeam"));
    QVERIFY(team->isEnabled());
    QSignalSpy asked(&wizard, &FirstRunWizard::teamWorkspaceRequested);
    team->click();
    wizard.next();
    // The window's connect dialog opens (FirstRunWizard::launch wires it); the setup stays put.
    QCOMPARE(asked.count(), 1);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::WorkspacePage));
    wizard.findChild<QRadioButton *>(QStringLiteral("firstRunWorkspaceLocal"))->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));
    QCOMPARE(asked.count(), 1);
    wizard.hide();
}

QTEST_MAIN(TestGuiTeamConnect)
#include "TestGuiTeamConnect.moc"
