// The company policy and team roles on screen: a setting the policy locks shows the lock and who set
// it ("Locked by IT department (company policy)") on the team and user layers and stays read-only;
// a team lock names the admin; the field mapping says why it is read-only; an ignored (malformed)
// policy file is reported in a banner; the Integration page locks the hosts and client id and
// disables a forbidden sign-in method with the reason; a recruiter on a team workspace (PostgreSQL)
// sees the team defaults read-only with the reason.
#include "GuiTestSupport.h"

#include "ChangeNotifier.h"
#include "CompanyPolicy.h"
#include "ConnectionManager.h"
#include "FieldMapping.h"
#include "FieldMappingEditor.h"
#include "IntegrationPage.h"
#include "MemorySecretStore.h"
#include "SettingValueEdit.h"
#include "SettingsStore.h"
#include "SyncSettingsEditor.h"
#include "SyncHub.h"
#include "SyncSettingsPage.h"
#include "TeamChangeRelay.h"
#include "TestPostgres.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sd;
using namespace sd::ui;
using sync::Layer;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kTrigger = QString::fromLatin1(sync::key::CreateTrigger);
const QString kManual = QString::fromLatin1(sync::key::ManualUpdates);
const QString kMapping = QString::fromLatin1(sync::key::FieldMapping);

} // namespace

class TestGuiPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void init() { usePolicy(QByteArray()); }
    void cleanupTestCase() { usePolicy(QByteArray()); }

    void policyLockShowsWhoSetIt()
    {
        usePolicy(policyJson());
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        QVERIFY(page.policyBanner()->isVisible());
        QVERIFY(page.policyBanner()->text().contains(s("IT department")));

        // Team defaults (the admin): the policy's row is read-only, its lock cannot be lifted.
        SyncSettingsEditor *editor = page.editor();
        QCOMPARE(editor->layer(), Layer::Team);
        QLabel *who = editor->lockedByLabel(kTrigger);
        QVERIFY(who && who->isVisible());
        QCOMPARE(who->text(), QString::fromUtf8("\xF0\x9F\x94\x92 Locked by IT department (company policy)"));
        QVERIFY(!editor->editor(kTrigger)->input()->isEnabled());
        QCOMPARE(editor->editor(kTrigger)->value(), s("onAdd"));
        QVERIFY(editor->lockBox(kTrigger)->isChecked());
        QVERIFY(!editor->lockBox(kTrigger)->isEnabled());
        // The mapping the policy locks says so above the table, and its buttons are off.
        FieldMappingEditor *mapping = editor->editor(kMapping)->mappingEditor();
        QVERIFY(mapping->readOnlyReason()->isVisible());
        QVERIFY(mapping->readOnlyReason()->text().contains(s("Locked by IT department (company policy)")));
        QVERIFY(!mapping->findChild<QPushButton *>(s("fieldMappingAdd"))->isEnabled());
        // A row the policy does not touch stays editable and shows no lock.
        QVERIFY(editor->editor(kManual)->input()->isEnabled());
        QVERIFY(!editor->lockedByLabel(kManual)->isVisible());

        // My settings: the same lock, the same words.
        auto *layer = page.findChild<QComboBox *>(s("syncLayerCombo"));
        layer->setCurrentIndex(layer->findData(int(Layer::User)));
        QCOMPARE(editor->layer(), Layer::User);
        QTRY_VERIFY(
            editor->lockedByLabel(kTrigger)->isVisible()); // the rebuilt rows show after the event loop
        QVERIFY(
            editor->lockedByLabel(kTrigger)->text().contains(s("Locked by IT department (company policy)")));
        QVERIFY(!editor->editor(kTrigger)->input()->isEnabled());
        QVERIFY(editor->fromLabel(kTrigger)->text().contains(s("Company policy")));
    }

    void teamLockNamesTheAdmin()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        sync::SettingsStore store(f.workspace());
        QVERIFY(!store.set(Layer::Team, {}, kManual, s("false"), s("Dana Admin")));
        QVERIFY(!store.setLocked(kManual, true, s("Dana Admin")));
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        QVERIFY(!page.policyBanner()->isVisible());
        auto *layer = page.findChild<QComboBox *>(s("syncLayerCombo"));
        layer->setCurrentIndex(layer->findData(int(Layer::User)));
        QLabel *who = page.editor()->lockedByLabel(kManual);
        QTRY_VERIFY(who->isVisible());
        QVERIFY2(who->text().endsWith(s("Locked by the team admin Dana Admin")), qPrintable(who->text()));
        QVERIFY(!page.editor()->editor(kManual)->input()->isEnabled());
    }

    void malformedPolicyIsReported()
    {
        usePolicy(
            "{\n  \"version\": 1,\n  \"settings\": {\"sync.createTrigger\": {\"value\": \"sometimes\"}}\n}");
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        QVERIFY(page.policyBanner()->isVisible());
        const QString text = page.policyBanner()->text();
        QVERIFY2(text.contains(s("ignored as a whole")), qPrintable(text));
        QVERIFY(text.contains(s("$.settings[\"sync.createTrigger\"].value")));
        // Nothing of it applies.
        QVERIFY(page.editor()->editor(kTrigger)->input()->isEnabled());
        QVERIFY(!page.editor()->lockedByLabel(kTrigger)->isVisible());
    }

    void integrationPageLocksHostsAndMethods()
    {
        usePolicy(policyJson());
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        IntegrationPage page(&manager);
        page.show();
        auto *api = page.findChild<QLineEdit *>(s("integrationApiUrl"));
        QCOMPARE(api->text(), s("https://api.eu.example.com"));
        QVERIFY(!api->isEnabled());
        QVERIFY(!page.findChild<QComboBox *>(s("integrationServer"))->isEnabled());
        auto *clientId = page.findChild<QLineEdit *>(s("integrationClientId"));
        QCOMPARE(clientId->text(), s("company-app"));
        QVERIFY(clientId->isReadOnly());
        auto *apiKey = page.findChild<QRadioButton *>(s("integrationMethodApiKey"));
        QVERIFY(!apiKey->isEnabled());
        QVERIFY(apiKey->toolTip().contains(s("API keys are not allowed")));
        QVERIFY(page.findChild<QRadioButton *>(s("integrationMethodOAuth"))->isChecked());
        auto *note = page.findChild<QLabel *>(s("integrationPolicy"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(s("Locked by IT department (company policy)")));
        QVERIFY(note->text().contains(s("API keys are not allowed")));
    }

    // A recruiter on a team workspace: needs the test PostgreSQL server (the _pg run, or
    // scripts/with-postgres.sh); skipped without it.
    void recruiterSeesTeamDefaultsReadOnly()
    {
        SD_REQUIRE_POSTGRES();
        const QString location = test::createDatabase();
        const auto dropDb = qScopeGuard([&] { test::dropDatabase(location); });
        {
            auto admin = Workspace::open(location);
            QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
            QVERIFY(
                !sync::SettingsStore(*admin.value()).set(Layer::Team, {}, kManual, s("false"), s("admin")));
        }
        std::optional<TeamServer> server = TeamServer::parse(location);
        const QString login = s("rec_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QVERIFY(test::superuserExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'pw-%1'").arg(login)));
        const auto dropRole = qScopeGuard(
            [&] { test::superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)); });
        QVERIFY(test::superuserExec(
            QStringLiteral("GRANT \"%1_recruiter\" TO \"%2\"").arg(server->database, login)));
        server->user = login;
        Workspace::Options options;
        options.password = s("pw-") + login;
        auto opened = Workspace::open(server->location(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        {
            SyncSettingsPage page(*opened.value(), nullptr);
            page.show();
            SyncSettingsEditor *editor = page.editor();
            QCOMPARE(editor->layer(), Layer::Team);
            QVERIFY(!editor->readOnlyReason().isEmpty());
            QVERIFY(editor->readOnlyReason().contains(login));
            auto *status = page.findChild<QLabel *>(s("syncSettingsStatus"));
            QVERIFY2(status->text().contains(s("read-only for you")), qPrintable(status->text()));
            QVERIFY(!editor->editor(kManual)->input()->isEnabled());
            QVERIFY(!editor->lockBox(kManual)->isEnabled());
            QVERIFY(!page.findChild<QPushButton *>(s("syncSettingsImport"))->isEnabled());
            FieldMappingEditor *mapping = editor->editor(kMapping)->mappingEditor();
            QVERIFY(mapping->readOnlyReason()->isVisible());
            QVERIFY(mapping->readOnlyReason()->text().contains(s("Only a team admin")));
            // Their own settings stay editable.
            auto *layer = page.findChild<QComboBox *>(s("syncLayerCombo"));
            layer->setCurrentIndex(layer->findData(int(Layer::User)));
            QVERIFY(editor->editor(kManual)->input()->isEnabled());
            QVERIFY(page.findChild<QPushButton *>(s("syncSettingsImport"))->isEnabled());
        }
        opened = Error();
    }

    // A teammate's change to the team settings shows on an open settings page, through PostgreSQL's
    // notifications (TeamChangeRelay), without reopening it.
    void teammatesChangesShowWithoutReopening()
    {
        SD_REQUIRE_POSTGRES();
        const QString location = test::createDatabase();
        const auto dropDb = qScopeGuard([&] { test::dropDatabase(location); });
        auto mine = Workspace::open(location);
        auto theirs = Workspace::open(location);
        QVERIFY2(mine.ok() && theirs.ok(), "cannot open the team workspace twice");
        ChangeNotifier notifier;
        auto *hub = new SyncHub(mine.value(), &notifier);
        TeamChangeRelay *relay = TeamChangeRelay::install(mine.value(), &notifier, &notifier);
        QVERIFY(relay);
        QSignalSpy listening(relay, &TeamChangeRelay::listening);
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10000);
        QVERIFY2(listening.constLast().at(0).toBool(), qPrintable(listening.constLast().at(1).toString()));

        SyncSettingsPage page(*mine.value(), hub);
        page.show();
        SyncSettingsEditor *editor = page.editor();
        QCOMPARE(editor->layer(), Layer::Team);
        const QString before = editor->editor(kManual)->value();
        const QString flipped = before == s("true") ? s("false") : s("true");
        QVERIFY(!sync::SettingsStore(*theirs.value()).set(Layer::Team, {}, kManual, flipped, s("teammate")));
        QTRY_COMPARE_WITH_TIMEOUT(editor->editor(kManual)->value(), flipped, 10000);
        auto *status = page.findChild<QLabel *>(s("syncSettingsStatus"));
        QVERIFY2(status->text().contains(s("teammate")), qPrintable(status->text()));
        QVERIFY(!editor->isModified());
    }

private:
    static QByteArray policyJson()
    {
        QJsonObject settings{{kTrigger, QJsonObject{{s("value"), s("onAdd")}, {s("locked"), true}}},
                             {kMapping, QJsonObject{{s("value"), sync::FieldMapping::defaults().toJson()},
                                                    {s("locked"), true}}}};
        QJsonObject root{
            {s("version"), 1},
            {s("setBy"), s("IT department")},
            {s("settings"), settings},
            {s("smartrecruiters"),
             QJsonObject{{s("apiHost"),
                          QJsonObject{{s("value"), s("https://api.eu.example.com")}, {s("locked"), true}}},
                         {s("clientId"), QJsonObject{{s("value"), s("company-app")}, {s("locked"), true}}}}},
            {s("allowedAuthMethods"), QJsonArray{s("oauth")}}};
        return QJsonDocument(root).toJson();
    }

    // Empty: no policy file at all.
    void usePolicy(const QByteArray &json)
    {
        const QString path = m_dir.filePath(s("policy.json"));
        QFile::remove(path);
        if (!json.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        qputenv("SOURCEDESK_POLICY_FILE", path.toUtf8());
        sync::reloadCompanyPolicy();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiPolicy)
#include "TestGuiPolicy.moc"
