// Settings → Hiring stages against the in-process sandbox (API key): "Download from
// SmartRecruiters" fills the table grouped by hiring process; Save is refused while a stage is
// unmapped and stores nothing; Suggest + Save stores the mapping; a process renamed in
// SmartRecruiters shows its stages flagged until "Clear flag"; the main window has the page and
// its scheduler follows the connection.
#include "GuiTestSupport.h"

#include "ChangeNotifier.h"
#include "ConnectionManager.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "Sandbox.h"
#include "SandboxCore.h"
#include "SettingsView.h"
#include "StageCatalog.h"
#include "StageMappingPage.h"
#include "StageSyncPanel.h"
#include "StageSyncParts.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "Workspace.h"

#include <QComboBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

namespace {

using Connected = test::SandboxConnection;

int stageRows(QTreeWidget *tree)
{
    int n = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        n += (*it)->data(0, StageMappingPage::StageIdRole).toString().isEmpty() ? 0 : 1;
    return n;
}

void download(StageMappingPage &page)
{
    auto *button = page.findChild<QPushButton *>(QStringLiteral("stageDownload"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&page] { return !page.isDownloading(); }, 15000));
}

} // namespace

class TestGuiStages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void cleanup() { MessageBox::clearAnswers(); }

    void mappingPageDownloadsSavesAndFlags()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        StageMappingPage page(f.workspace(), hub, nullptr);
        page.show();
        QCOMPARE(stageRows(page.tree()), 0);

        download(page);
        QVERIFY2(page.statusText().contains(QStringLiteral("Downloaded")), qPrintable(page.statusText()));
        const QList<stagesync::Stage> stages = stagesync::StageCatalog(f.workspace()).stages().value();
        QVERIFY(stages.size() > stagesync::srStatuses().size()); // main statuses + sub-statuses
        QCOMPARE(stageRows(page.tree()), int(stages.size()));
        QVERIFY(page.tree()->topLevelItemCount() >= 2); // main statuses + at least one process

        // Suggest fills every row; one left unmapped: Save is refused and nothing is stored.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("stageSuggest")), Qt::LeftButton);
        QComboBox *inReview = page.mappingCombo(QStringLiteral("IN_REVIEW"));
        QVERIFY(inReview);
        QCOMPARE(inReview->currentData().toInt(), int(MemberStatus::Replied));
        inReview->setCurrentIndex(0);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!page.save());
        QVERIFY(MessageBox::lastShown().text.contains(stagesync::statusDisplayName(QStringLiteral("IN_REVIEW"))));
        QVERIFY(page.statusText().contains(QStringLiteral("Not saved")));
        QVERIFY(stagesync::StageCatalog(f.workspace()).mapping().value().isEmpty());

        // Suggest again fills it; Save stores the suggested mapping for every stage.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("stageSuggest")), Qt::LeftButton);
        auto *saveButton = page.findChild<QPushButton *>(QStringLiteral("stageSave"));
        QCOMPARE(saveButton->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(page.statusText(), QStringLiteral("Saved."));
        const QHash<QString, MemberStatus> saved = stagesync::StageCatalog(f.workspace()).mapping().value();
        QCOMPARE(saved, stagesync::suggestedMapping(stages));
        QCOMPARE(saved.size(), stages.size());
        QVERIFY(!page.isModified());

        // A hiring process with sub-statuses is renamed in SmartRecruiters: its mapped stages are
        // flagged, highlighted and explained, until the flag is cleared.
        QString processId;
        auto &processes = c.sandbox.core().state.hiringProcesses;
        for (auto it = processes.begin(); it != processes.end() && processId.isEmpty(); ++it) {
            if (!it.value().value(QStringLiteral("subStatuses")).toObject().isEmpty()) {
                processId = it.key();
                it.value().insert(QStringLiteral("name"), QStringLiteral("Renamed process"));
            }
        }
        QVERIFY(!processId.isEmpty());
        download(page);
        QString flaggedId;
        const QList<stagesync::Stage> afterRename = stagesync::StageCatalog(f.workspace()).stages().value();
        for (const stagesync::Stage &s : afterRename) {
            if (s.processId == processId && s.isRenamed())
                flaggedId = s.id;
        }
        QVERIFY(!flaggedId.isEmpty());
        QTreeWidgetItem *item = page.itemFor(flaggedId);
        QVERIFY(item);
        QVERIFY(item->text(StageMappingPage::NoteColumn).contains(QStringLiteral("Renamed process")));
        QVERIFY(item->background(StageMappingPage::StageColumn).style() != Qt::NoBrush);
        auto *clear = page.findChild<QPushButton *>(QStringLiteral("stageClearFlag"));
        page.tree()->setCurrentItem(item);
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(page.itemFor(flaggedId)->text(StageMappingPage::NoteColumn).isEmpty());
        const QList<stagesync::Stage> afterClear = stagesync::StageCatalog(f.workspace()).stages().value();
        for (const stagesync::Stage &s : afterClear) {
            if (s.id == flaggedId)
                QVERIFY(s.flag.isEmpty());
        }
    }

    void offlineDownloadSaysWhatToDo()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        StageMappingPage page(f.workspace(), hub, nullptr);
        page.show();
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("stageDownload"))->isEnabled());
        page.download();
        QVERIFY(page.statusText().contains(QStringLiteral("Integration")));
        QVERIFY(page.syncPanel()->lastRunText().contains(QStringLiteral("not been synced")));
    }

    void mainWindowHasThePageAndScheduler()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        StageSyncParts *parts = StageSyncParts::find(w->syncHub());
        QVERIFY(parts);
        QVERIFY(parts->page());
        QVERIFY(w->settingsView()->findChild<StageMappingPage *>(QStringLiteral("stageMappingPage")));
        QVERIFY(QTest::qWaitFor([parts] { return parts->scheduler()->isStarted(); }, 2000));
        QVERIFY(!parts->scheduler()->isEnabled()); // off by default: nothing scheduled
        QVERIFY(!parts->scheduler()->isArmed());
        QVERIFY(!parts->scheduler()->client());
    }
};

QTEST_MAIN(TestGuiStages)
#include "TestGuiStages.moc"
