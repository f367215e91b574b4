// The first-run setup, walked by keyboard against the in-process SmartRecruiters sandbox: local
// workspace (team shown disabled), an API key typed into the embedded connection form, the job
// status whitelist and "when they reply" stored through the sync settings store (and shown so by
// Settings → SmartRecruiters sync), a first CSV import through the ordinary import wizard, the
// summary read back from storage; Skip marks the setup done; "Try the local sandbox" connects in
// one step; a workspace already in use is not walked through it.
#include "GuiTestSupport.h"

#include "Actor.h"
#include "CandidateRepository.h"
#include "ChangeNotifier.h"
#include "ConnectionManager.h"
#include "FirstRunConnectPage.h"
#include "FirstRunSyncPage.h"
#include "FirstRunWizard.h"
#include "ImportWizard.h"
#include "IntegrationPage.h"
#include "MemorySecretStore.h"
#include "SampleData.h"
#include "Sandbox.h"
#include "SettingValueEdit.h"
#include "SettingsStore.h"
#include "SyncLabels.h"
#include "SyncSettingsEditor.h"
#include "SyncSettingsPage.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;
using sync::Layer;

namespace {

const QString kStatuses = QString::fromLatin1(sync::key::JobStatuses);
const QString kTrigger = QString::fromLatin1(sync::key::CreateTrigger);

bool showActive(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

// Alt+<key> to the wizard: the mnemonics of its buttons (&Next, &Back, Skip set&up).
void alt(QWidget *w, Qt::Key key)
{
    QTest::keyClick(w, key, Qt::AltModifier);
}

// Alt+N / Alt+B: a mnemonic clicks its button animated, a moment later, so wait for the step to change.
bool altStep(QWizard *w, Qt::Key key)
{
    const int from = w->currentId();
    alt(w, key);
    return QTest::qWaitFor([w, from] { return w->currentId() != from; });
}

// Focus a check box or radio button and press Space, as a keyboard user does.
void press(QWidget *w)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_Space);
}

sync::SettingsLayers stored(const Workspace &ws)
{
    Result<sync::SettingsLayers> layers = sync::SettingsStore(ws).load(currentActor(), 0, 0);
    if (!layers.ok())
        qWarning("load failed: %s", qPrintable(layers.error().toString()));
    return layers.ok() ? layers.value() : sync::SettingsLayers{};
}

QString labelText(QWidget *parent, const QString &objectName)
{
    auto *label = parent->findChild<QLabel *>(objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(objectName);
}

} // namespace

class TestGuiFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void walkTheWholeSetupByKeyboard()
    {
        ::sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Workspace &ws = f.workspace();
        // The team default the setup must override for this recruiter: add them as soon as added.
        QVERIFY(!sync::SettingsStore(ws).set(Layer::Team, QString(), kTrigger, QStringLiteral("onAdd"), currentActor()));
        QVERIFY(FirstRunWizard::shouldRun(ws));
        QVERIFY(!FirstRunWizard::isDone(ws));

        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        ChangeNotifier notifier;
        QSignalSpy candidatesChanged(&notifier, &ChangeNotifier::candidatesChanged);
        FirstRunWizard wizard(f.sharedWorkspace(), &manager, &notifier);
        wizard.setSandboxUrl(sandbox.baseUrl());
        QVERIFY(showActive(&wizard));

        // 1. Workspace: this computer, with the file that is used; the team workspace is offered too.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WorkspacePage));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("firstRunWorkspaceLocal"))->isChecked());
        QCOMPARE(labelText(&wizard, QStringLiteral("firstRunWorkspacePath")), QDir::toNativeSeparators(ws.path()));
        auto *team = wizard.findChild<QRadioButton *>(QStringLiteral("firstRunWorkspaceTeam"));
        QVERIFY(team->isVisible());
        QVERIFY(team->isEnabled());
        QVERIFY(team->toolTip().contains(QStringLiteral("PostgreSQL server")));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));

        // 2. Connect: the Settings → Integration form, an API key typed and Connect pressed by keyboard.
        IntegrationPage *form = wizard.connectPage()->integrationPage();
        QVERIFY(form && form->isVisible());
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("firstRunTrySandbox"))->isVisible());
        auto *server = form->findChild<QComboBox *>(QStringLiteral("integrationServer"));
        const int demo = server->findText(QStringLiteral("Local sandbox (demo data)"));
        QVERIFY(demo >= 0);
        server->setFocus();
        server->setCurrentIndex(demo);
        emit server->activated(demo);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("integrationApiUrl"))->text(), sandbox.baseUrl().toString());
        press(form->findChild<QRadioButton *>(QStringLiteral("integrationMethodApiKey")));
        auto *key = form->findChild<QLineEdit *>(QStringLiteral("integrationApiKey"));
        QTRY_VERIFY(key->isVisible());
        key->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(key, sandbox.apiKey());
        QTest::keyClick(key, Qt::Key_Tab);
        auto *connectButton = form->findChild<QPushButton *>(QStringLiteral("integrationConnectButton"));
        QCOMPARE(QApplication::focusWidget(), connectButton);
        QTest::keyClick(connectButton, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(), State::Connected, 15000);
        QCOMPARE(manager.settings().hosts.api, sandbox.baseUrl());
        QCOMPARE(store.keys().size(), 1); // the key went to the (test) keychain
        const QString connectState = labelText(&wizard, QStringLiteral("firstRunConnectState"));
        QVERIFY2(connectState.contains(sandbox.adminUser().email), qPrintable(connectState));
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("firstRunTrySandbox"))->isEnabled());
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SyncPage));

        // 3. Sync choices, shown as in effect (built-in whitelist, the team's "when added").
        FirstRunSyncPage *sync = wizard.syncPage();
        QVERIFY(sync->statusBox(QStringLiteral("SOURCING"))->isChecked());
        QVERIFY(sync->statusBox(QStringLiteral("INTERVIEW"))->isChecked());
        QVERIFY(!sync->statusBox(QStringLiteral("CREATED"))->isChecked());
        QVERIFY(sync->triggerButton(QStringLiteral("onAdd"))->isChecked());
        QVERIFY(sync->triggerButton(QStringLiteral("onReply"))->isEnabled());
        // Every status of SmartRecruiters' job status enum is offered without asking the connection.
        for (const QString &s : {QStringLiteral("CREATED"), QStringLiteral("SOURCING"), QStringLiteral("FILLED"),
                                 QStringLiteral("INTERVIEW"), QStringLiteral("OFFER"), QStringLiteral("CANCELLED"),
                                 QStringLiteral("ON_HOLD")})
            QVERIFY2(sync->statusBox(s), qPrintable(s));
        press(sync->statusBox(QStringLiteral("INTERVIEW"))); // off
        press(sync->statusBox(QStringLiteral("CREATED")));   // on
        press(sync->triggerButton(QStringLiteral("onReply")));
        QVERIFY(sync->triggerButton(QStringLiteral("onReply"))->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter = Next
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ImportPage));

        // Stored through the sync settings store: the whitelist as the team's, the moment as mine.
        const sync::SettingsLayers layers = stored(ws);
        QCOMPARE(layers.team.value(kStatuses).value, QStringLiteral("CREATED,SOURCING,OFFER"));
        QCOMPARE(layers.user.value(kTrigger).value, QStringLiteral("onReply"));
        QCOMPARE(layers.team.value(kTrigger).value, QStringLiteral("onAdd")); // the team default is untouched
        const sync::ResolvedSettings resolved = sync::ResolvedSettings::resolve(layers);
        QCOMPARE(resolved.createTrigger(), sync::CreateTrigger::OnReply);
        QCOMPARE(resolved.list(kStatuses), QStringList({QStringLiteral("CREATED"), QStringLiteral("SOURCING"),
                                                        QStringLiteral("OFFER")}));
        {
            // Settings → SmartRecruiters sync shows the same.
            SyncSettingsPage settings(ws, nullptr);
            settings.show();
            QCOMPARE(settings.editor()->layer(), Layer::Team);
            QCOMPARE(settings.editor()->editor(kStatuses)->value(), QStringLiteral("CREATED,SOURCING,OFFER"));
            auto *layerCombo = settings.findChild<QComboBox *>(QStringLiteral("syncLayerCombo"));
            layerCombo->setCurrentIndex(layerCombo->findData(int(Layer::User)));
            QCOMPARE(settings.editor()->layer(), Layer::User);
            QCOMPARE(settings.editor()->editor(kTrigger)->value(), QStringLiteral("onReply"));
            QCOMPARE(settings.editor()->fromLabel(kTrigger)->text(), sync::layerLabel(Layer::User));
        }

        // 4. A first CSV through the ordinary import wizard (Alt+I on the import step).
        const QString csv = f.path(QStringLiteral("first.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("First name,Last name,Email,Company\n"
                       "Ada,Lovelace,ada@example.org,Analytical\n"
                       "Grace,Hopper,grace@example.org,Navy\n");
        }
        QVERIFY(QApplication::activeWindow() == &wizard || showActive(&wizard));
        alt(&wizard, Qt::Key_I);
        ImportWizard *import = nullptr;
        QTRY_VERIFY((import = test::findTopLevel<ImportWizard>(QStringLiteral("importWizard"))));
        QVERIFY(import->workspace() == f.sharedWorkspace());
        import->setFilePath(csv);
        QCOMPARE(import->currentId(), int(ImportWizard::MappingPage));
        import->next();
        QSignalSpy finished(import, &ImportWizard::importFinished);
        import->button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QString importSummary = finished.first().first().toString();
        import->accept();
        QTRY_VERIFY(!test::findTopLevel<ImportWizard>(QStringLiteral("importWizard")));
        QCOMPARE(CandidateRepository(ws).count({}).value(), 2);
        QVERIFY(candidatesChanged.count() > 0); // the window's views would reload
        QCOMPARE(wizard.importSummary(), importSummary);
        QVERIFY(showActive(&wizard));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPage));

        // Summary: what holds now, and where to change it.
        QVERIFY(labelText(&wizard, QStringLiteral("firstRunSummaryWorkspace")).contains(QDir::toNativeSeparators(ws.path())));
        const QString connection = labelText(&wizard, QStringLiteral("firstRunSummaryConnection"));
        QVERIFY2(connection.contains(sandbox.adminUser().email), qPrintable(connection));
        QVERIFY(connection.contains(QStringLiteral("Settings → Integration: SmartRecruiters")));
        const QString statuses = labelText(&wizard, QStringLiteral("firstRunSummaryJobStatuses"));
        QVERIFY2(statuses.contains(QStringLiteral("Created, Sourcing, Offer")), qPrintable(statuses));
        const QString trigger = labelText(&wizard, QStringLiteral("firstRunSummaryTrigger"));
        QVERIFY2(trigger.contains(SyncLabels::choiceLabel(kTrigger, QStringLiteral("onReply"))), qPrintable(trigger));
        QVERIFY2(trigger.contains(sync::layerLabel(Layer::User)), qPrintable(trigger));
        QVERIFY(labelText(&wizard, QStringLiteral("firstRunSummaryImport")).contains(importSummary));
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible()); // only Back and Finish at the end

        QVERIFY(!FirstRunWizard::isDone(ws));
        QTest::keyClick(&wizard, Qt::Key_Return); // Enter = Finish
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        QVERIFY(FirstRunWizard::isDone(ws));
        QVERIFY(!FirstRunWizard::shouldRun(ws));
    }

    void backGoesBackAndKeepsTheChoices()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        FirstRunWizard wizard(f.sharedWorkspace(), nullptr, nullptr);
        wizard.setSandboxUrl({});
        QVERIFY(showActive(&wizard));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        // Without a connection manager the step only says where to connect later.
        QVERIFY(labelText(&wizard, QStringLiteral("firstRunConnectState")).contains(QStringLiteral("Settings")));
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("firstRunTrySandbox"))->isVisible());
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SyncPage));
        press(wizard.syncPage()->triggerButton(QStringLiteral("never")));
        QVERIFY(altStep(&wizard, Qt::Key_B));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));
        QVERIFY(stored(f.workspace()).user.isEmpty()); // nothing stored on the way back
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ImportPage));
        QCOMPARE(stored(f.workspace()).user.value(kTrigger).value, QStringLiteral("never"));
        // The unchanged whitelist is not pinned: it keeps following the default.
        QVERIFY(!stored(f.workspace()).team.contains(kStatuses));
    }

    void skipMarksTheSetupDone()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Workspace &ws = f.workspace();
        QVERIFY(FirstRunWizard::shouldRun(ws));
        FirstRunWizard wizard(f.sharedWorkspace(), nullptr, nullptr);
        QVERIFY(showActive(&wizard));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SyncPage));
        QCOMPARE(wizard.button(QWizard::CancelButton)->objectName(), QStringLiteral("firstRunSkip"));
        QVERIFY(wizard.button(QWizard::CancelButton)->text().contains(QStringLiteral("Skip")));
        press(wizard.syncPage()->triggerButton(QStringLiteral("never")));
        alt(&wizard, Qt::Key_U); // Skip set&up
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(FirstRunWizard::isDone(ws));
        QVERIFY(!FirstRunWizard::shouldRun(ws));
        QVERIFY(stored(ws).user.isEmpty()); // skipping stores no half-made choice

        // Esc skips too, and running it again (Settings) works on a done workspace.
        test::GuiFixture g;
        FirstRunWizard again(g.sharedWorkspace(), nullptr, nullptr);
        QVERIFY(showActive(&again));
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!again.isVisible());
        QVERIFY(FirstRunWizard::isDone(g.workspace()));
        QPointer<FirstRunWizard> relaunched = FirstRunWizard::launch(g.sharedWorkspace(), nullptr, nullptr, nullptr);
        QVERIFY(relaunched && relaunched->isVisible());
        QCOMPARE(relaunched->currentId(), int(FirstRunWizard::WorkspacePage));
        relaunched->skip();
        QTRY_VERIFY(relaunched.isNull()); // deleted on close
    }

    void trySandboxConnectsInOneStep()
    {
        ::sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        FirstRunWizard wizard(f.sharedWorkspace(), &manager, nullptr);
        wizard.setSandboxUrl(sandbox.baseUrl());
        QVERIFY(showActive(&wizard));
        QVERIFY(altStep(&wizard, Qt::Key_N));
        auto *trySandbox = wizard.findChild<QPushButton *>(QStringLiteral("firstRunTrySandbox"));
        QVERIFY(trySandbox->isVisible() && trySandbox->isEnabled());
        alt(&wizard, Qt::Key_L); // Try the &local sandbox
        QTRY_COMPARE_WITH_TIMEOUT(manager.state(), State::Connected, 15000);
        QCOMPARE(manager.settings().hosts.api, sandbox.baseUrl());
        QCOMPARE(manager.settings().method, integration::AuthMethod::ApiKey);
        QVERIFY(labelText(&wizard, QStringLiteral("firstRunConnectState")).contains(sandbox.adminUser().email));
        // The embedded form was remade on the sandbox settings and shows the connection too.
        QTRY_VERIFY(labelText(wizard.connectPage()->integrationPage(), QStringLiteral("integrationState"))
                        .contains(sandbox.adminUser().email));
        QCOMPARE(wizard.connectPage()->integrationPage()->findChild<QLineEdit *>(QStringLiteral("integrationApiUrl"))->text(),
                 sandbox.baseUrl().toString());
        QVERIFY(!trySandbox->isEnabled());
    }

    void notShownOnAWorkspaceInUse()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        // The sample campaign alone does not make a workspace "in use".
        QVERIFY(sample::create(f.workspace(), currentActor()).ok());
        QVERIFY(FirstRunWizard::shouldRun(f.workspace()));
        f.addCampaign(QStringLiteral("Backend Berlin"));
        QVERIFY(!FirstRunWizard::shouldRun(f.workspace()));
        QVERIFY(!FirstRunWizard::isDone(f.workspace())); // asking writes nothing
    }
};

QTEST_MAIN(TestGuiFirstRun)
#include "TestGuiFirstRun.moc"
