// Settings → SmartRecruiters sync, driven through its widgets: the team admin changes and locks a
// setting, "My settings" then shows that row read-only and says why, user overrides land in the
// user layer, export/import round-trips a layer, and a mapping type problem blocks the whole save.
#include "GuiTestSupport.h"

#include "Actor.h"
#include "FieldMappingEditor.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingValueEdit.h"
#include "SettingsStore.h"
#include "SettingsView.h"
#include "SyncSettingsEditor.h"
#include "SyncSettingsPage.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>

using namespace sd;
using namespace sd::ui;
using sync::Layer;

namespace {

const QString kTrigger = QString::fromLatin1(sync::key::CreateTrigger);
const QString kManual = QString::fromLatin1(sync::key::ManualUpdates);
const QString kDisplayed = QString::fromLatin1(sync::key::DisplayedFields);
const QString kMapping = QString::fromLatin1(sync::key::FieldMapping);

sync::SettingsLayers stored(const Workspace &ws)
{
    Result<sync::SettingsLayers> layers = sync::SettingsStore(ws).load(currentActor(), 0, 0);
    if (!layers.ok())
        qWarning("load failed: %s", qPrintable(layers.error().toString()));
    return layers.ok() ? layers.value() : sync::SettingsLayers{};
}

void chooseLayer(SyncSettingsPage &page, Layer layer)
{
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("syncLayerCombo"));
    combo->setCurrentIndex(combo->findData(int(layer)));
}

QComboBox *mappingSourceFor(FieldMappingEditor *editor, const QString &srField)
{
    QTableWidget *table = editor->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *sr = qobject_cast<QComboBox *>(table->cellWidget(row, FieldMappingEditor::SrFieldColumn));
        if (sr && sr->currentData().toString() == srField)
            return qobject_cast<QComboBox *>(table->cellWidget(row, FieldMappingEditor::SourceColumn));
    }
    return nullptr;
}

} // namespace

class TestGuiSyncSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void everyCatalogKeyHasARow()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        const QStringList keys = page.editor()->keys();
        for (const sync::SettingDef &d : sync::settingCatalog())
            QVERIFY2(keys.contains(d.key), qPrintable(d.key));
        // Grouped as SourceWhale groups them.
        for (const char *group : {"syncGroup_contact", "syncGroup_adding", "syncGroup_fields",
                                  "syncGroup_notes", "syncGroup_mapping", "syncGroup_jobs", "syncGroup_tags",
                                  "syncGroup_consent", "syncGroup_attachments"})
            QVERIFY2(page.findChild<QWidget *>(QString::fromLatin1(group)), group);
        QCOMPARE(page.editor()->fromLabel(kTrigger)->text(), sync::layerLabel(Layer::Default));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("syncSettingsSave"))->isEnabled());
    }

    void teamLockIsReadOnlyInMySettings()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        SyncSettingsEditor *editor = page.editor();
        QCOMPARE(editor->layer(), Layer::Team);

        // The admin: "add when added to a campaign", locked; manual updates off (not locked).
        auto *trigger = qobject_cast<QComboBox *>(editor->editor(kTrigger)->input());
        QVERIFY(trigger && trigger->isEnabled());
        trigger->setCurrentIndex(trigger->findData(QStringLiteral("onAdd")));
        QVERIFY(editor->fromLabel(kTrigger)->text().contains(sync::layerLabel(Layer::Team)));
        editor->lockBox(kTrigger)->setChecked(true);
        auto *manual = qobject_cast<QCheckBox *>(editor->editor(kManual)->input());
        QVERIFY(manual->isChecked()); // built-in default
        manual->setChecked(false);
        auto *save = page.findChild<QPushButton *>(QStringLiteral("syncSettingsSave"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(!editor->isModified());
        sync::SettingsLayers layers = stored(f.workspace());
        QCOMPARE(layers.team.value(kTrigger).value, QStringLiteral("onAdd"));
        QVERIFY(layers.team.value(kTrigger).locked);
        QCOMPARE(layers.team.value(kManual).value, QStringLiteral("false"));
        QVERIFY(!layers.team.value(kManual).locked);
        QCOMPARE(editor->fromLabel(kTrigger)->text(), sync::layerLabel(Layer::Team));

        // A user: the locked row cannot be changed and says why; the others can.
        chooseLayer(page, Layer::User);
        QCOMPARE(editor->layer(), Layer::User);
        trigger = qobject_cast<QComboBox *>(editor->editor(kTrigger)->input());
        QCOMPARE(trigger->currentData().toString(), QStringLiteral("onAdd"));
        QVERIFY(!trigger->isEnabled());
        QVERIFY2(trigger->toolTip().contains(QStringLiteral("locked")), qPrintable(trigger->toolTip()));
        QVERIFY(editor->fromLabel(kTrigger)->text().contains(QStringLiteral("locked")));
        QVERIFY(!editor->lockBox(kTrigger)); // locks are the team layer's
        QVERIFY(!page.findChild<QToolButton *>(QStringLiteral("syncReset_") + kTrigger)->isEnabled());
        // A setting only the admin sets is read-only here too.
        auto *displayed = qobject_cast<QLineEdit *>(editor->editor(kDisplayed)->input());
        QVERIFY(displayed->isReadOnly());

        manual = qobject_cast<QCheckBox *>(editor->editor(kManual)->input());
        QVERIFY(manual->isEnabled());
        QVERIFY(!manual->isChecked()); // inherited from the team
        QCOMPARE(editor->fromLabel(kManual)->text(), sync::layerLabel(Layer::Team));
        manual->setChecked(true);
        save->click();
        layers = stored(f.workspace());
        QCOMPARE(layers.user.value(kManual).value, QStringLiteral("true"));
        QVERIFY(!layers.user.contains(kTrigger));
        QCOMPARE(editor->fromLabel(kManual)->text(), sync::layerLabel(Layer::User));

        Result<sync::ResolvedSettings> resolved = sync::SettingsStore(f.workspace()).resolve(currentActor());
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->value(kTrigger).value, QStringLiteral("onAdd"));
        QVERIFY(resolved->value(kTrigger).locked);
        QCOMPARE(resolved->value(kManual).from, Layer::User);

        // Reset: back to the team's value once saved.
        page.findChild<QToolButton *>(QStringLiteral("syncReset_") + kManual)->click();
        QVERIFY(!manual->isChecked());
        save->click();
        QVERIFY(!stored(f.workspace()).user.contains(kManual));

        // A fresh page reads the same (the round trip through the database).
        SyncSettingsPage again(f.workspace(), nullptr);
        QCOMPARE(
            qobject_cast<QComboBox *>(again.editor()->editor(kTrigger)->input())->currentData().toString(),
            QStringLiteral("onAdd"));
        QVERIFY(again.editor()->lockBox(kTrigger)->isChecked());
    }

    void exportAndImportTheTeamLayer()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        QVERIFY(
            !sync::SettingsStore(f.workspace())
                 .set(Layer::Team, {}, kTrigger, QStringLiteral("onInterested"), QStringLiteral("admin")));
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        const QString file = f.path(QStringLiteral("team.json"));
        FileDialog::setNextFileName(file);
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsExport"))->click();
        QVERIFY(QFile::exists(file));

        auto *trigger = qobject_cast<QComboBox *>(page.editor()->editor(kTrigger)->input());
        trigger->setCurrentIndex(trigger->findData(QStringLiteral("never")));
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsSave"))->click();
        QCOMPARE(stored(f.workspace()).team.value(kTrigger).value, QStringLiteral("never"));

        FileDialog::setNextFileName(file);
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsImport"))->click();
        QCOMPARE(stored(f.workspace()).team.value(kTrigger).value, QStringLiteral("onInterested"));
        QCOMPARE(trigger->currentData().toString(), QStringLiteral("onInterested"));

        // A damaged file is refused with its name, and nothing changes.
        const QString bad = f.path(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format":"sourcedesk-sync-settings","version":1,"layer":"team","scope":"",)"
                  R"("values":{"sync.createTrigger":{"value":"sometimes"}}})");
        out.close();
        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(MessageBox::Ok);
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsImport"))->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastShown().text.contains(QStringLiteral("bad.json")),
                 qPrintable(MessageBox::lastShown().text));
        QCOMPARE(stored(f.workspace()).team.value(kTrigger).value, QStringLiteral("onInterested"));
    }

    void mappingTypeProblemBlocksSave()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        SyncSettingsEditor *editor = page.editor();
        FieldMappingEditor *mapping = editor->editor(kMapping)->mappingEditor();
        QVERIFY(mapping);
        auto *problems = mapping->findChild<QLabel *>(QStringLiteral("fieldMappingProblems"));
        QVERIFY(problems->isHidden());

        // A valid change elsewhere, and the company onto the LinkedIn address.
        qobject_cast<QCheckBox *>(editor->editor(kManual)->input())->setChecked(false);
        QComboBox *linkedin = mappingSourceFor(mapping, QStringLiteral("web.linkedin"));
        QVERIFY(linkedin);
        linkedin->setEditText(QStringLiteral("company"));
        QVERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(QStringLiteral("web.linkedin")), qPrintable(problems->text()));
        QVERIFY(!mapping->problems().isEmpty());

        MessageBox::setNextAnswer(MessageBox::Ok);
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsSave"))->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastShown().text.contains(QStringLiteral("web.linkedin")),
                 qPrintable(MessageBox::lastShown().text));
        sync::SettingsLayers layers = stored(f.workspace());
        QVERIFY(layers.team.isEmpty()); // nothing half-written: not even the valid change
        QVERIFY(editor->isModified());

        linkedin->setEditText(QStringLiteral("linkedinUrl"));
        QVERIFY(problems->isHidden());
        QComboBox *title = mappingSourceFor(mapping, QStringLiteral("experience.title"));
        title->setEditText(QStringLiteral("{title} at {company}"));
        page.findChild<QPushButton *>(QStringLiteral("syncSettingsSave"))->click();
        layers = stored(f.workspace());
        QCOMPARE(layers.team.value(kManual).value, QStringLiteral("false"));
        Result<sync::FieldMapping> saved = sync::FieldMapping::fromJson(layers.team.value(kMapping).value);
        QVERIFY(saved.ok());
        QCOMPARE(saved->rule(QStringLiteral("experience.title"))->source,
                 QStringLiteral("{title} at {company}"));
        QCOMPARE(saved->rule(QStringLiteral("web.linkedin"))->source, QStringLiteral("linkedinUrl"));
    }

    void thePageIsInTheMainWindowSettings()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *window = f.window();
        auto *page =
            window->settingsView()->findChild<SyncSettingsPage *>(QStringLiteral("syncSettingsPage"));
        QVERIFY(page);
        auto *pages = window->settingsView()->findChild<QListWidget *>(QStringLiteral("settingsPages"));
        QVERIFY(!pages->findItems(QStringLiteral("SmartRecruiters sync"), Qt::MatchExactly).isEmpty());
    }
};

QTEST_MAIN(TestGuiSyncSettings)
#include "TestGuiSyncSettings.moc"
