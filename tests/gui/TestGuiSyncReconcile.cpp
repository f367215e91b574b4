// "Out of step": the scan runs on a worker thread (the view is busy, the UI thread free), lists what
// differs with what the fix does; Fix on a row queues that create, Fix all (confirmed) retries the
// rest, and the list ends in step. The main window reaches it with Ctrl+Shift+O.
#include "GuiTestSupport.h"

#include "CampaignRepository.h"
#include "ChangeNotifier.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Outbox.h"
#include "ReconcileView.h"
#include "SettingsStore.h"
#include "SyncHub.h"
#include "SyncSettings.h"
#include "SyncToolDocks.h"
#include "SyncWindowParts.h"
#include "Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

QList<sync::OutboxJob> jobsOf(const Workspace &ws, qint64 candidateId)
{
    sync::OutboxQuery q;
    q.candidateId = candidateId;
    const auto jobs = sync::Outbox(ws).list(q);
    return jobs.ok() ? jobs.value() : QList<sync::OutboxJob>();
}

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &kind)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, ReconcileView::KindRole).toString() == kind)
            return list->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestGuiSyncReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void scanFixAndFixAll()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        QVERIFY(!sync::SettingsStore(f.workspace())
                     .set(sync::Layer::Team, {}, QString::fromLatin1(sync::key::CreateTrigger), QStringLiteral("onAdd"),
                          QStringLiteral("admin")));
        const qint64 camp = f.addCampaign(QStringLiteral("Out of step"));
        // Ann is a member whose create never got queued (an older version, a tool that did not plan).
        const qint64 ann = f.addCandidate(QStringLiteral("Ann"), QStringLiteral("Missing"),
                                          QStringLiteral("ann.missing@example.com"), {});
        // Bob's create was refused and waits for the recruiter.
        const qint64 bob = f.addCandidate(QStringLiteral("Bob"), QStringLiteral("Refused"),
                                          QStringLiteral("bob.refused@example.com"), {});
        QVERIFY(CampaignRepository(f.workspace()).addMembers(camp, {ann, bob}, QStringLiteral("test")).ok());
        sync::OutboxJob refused = sync::OutboxJob::make(sync::JobKind::Create, bob, camp);
        sync::Outbox outbox(f.workspace());
        QVERIFY(!outbox.enqueue(refused));
        QVERIFY(!outbox.markNeedsAttention(refused.id, QStringLiteral("VALIDATION"), QStringLiteral("Phone is invalid"),
                                           QStringLiteral("Fix the phone")));
        QVERIFY(jobsOf(f.workspace(), ann).isEmpty());

        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        ReconcileView view(hub);
        QSignalSpy scanned(&view, &ReconcileView::scanned);
        view.show(); // the first show scans
        QVERIFY(view.isBusy()); // on the worker: show() returned before the scan ended
        QVERIFY(scanned.wait(10000));
        QTreeWidget *list = view.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *missing = rowOf(list, QStringLiteral("notInSmartRecruiters"));
        QTreeWidgetItem *attention = rowOf(list, QStringLiteral("needsAttention"));
        QVERIFY(missing && attention);
        QVERIFY2(missing->text(1).contains(QStringLiteral("Ann Missing")), qPrintable(missing->text(1)));
        QCOMPARE(missing->text(2), QStringLiteral("Push to SmartRecruiters"));
        QVERIFY2(attention->text(1).contains(QStringLiteral("Phone is invalid")), qPrintable(attention->text(1)));
        QCOMPARE(attention->text(2), QStringLiteral("Retry"));
        QVERIFY(view.statusText().contains(QStringLiteral("2 rows")));

        // Fix one row: Ann's create is queued; Bob's job is untouched.
        auto *fix = view.findChild<QPushButton *>(QStringLiteral("reconcileFix"));
        QVERIFY(!fix->isEnabled());
        list->setCurrentItem(missing);
        QVERIFY(fix->isEnabled());
        fix->click();
        QVERIFY(scanned.wait(10000));
        const QList<sync::OutboxJob> annJobs = jobsOf(f.workspace(), ann);
        QCOMPARE(annJobs.size(), 1);
        QCOMPARE(annJobs.first().kind, sync::JobKind::Create);
        QCOMPARE(annJobs.first().state, sync::JobState::Pending);
        QCOMPARE(outbox.get(refused.id)->state, sync::JobState::NeedsAttention);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(view.statusText().startsWith(QStringLiteral("Fixed 1")));

        // Fix all asks first; Cancel changes nothing.
        auto *fixAll = view.findChild<QPushButton *>(QStringLiteral("reconcileFixAll"));
        MessageBox::setNextAnswer(MessageBox::Cancel);
        fixAll->click();
        QVERIFY(!view.isBusy());
        QCOMPARE(outbox.get(refused.id)->state, sync::JobState::NeedsAttention);
        MessageBox::setNextAnswer(MessageBox::Yes);
        fixAll->click();
        QVERIFY(scanned.wait(10000));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(outbox.get(refused.id)->state, sync::JobState::Pending);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY2(view.statusText().contains(QStringLiteral("in step")), qPrintable(view.statusText()));
        QVERIFY(!fixAll->isEnabled());
    }

    void mainWindowReachesIt()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *window = f.window();
        SyncToolDocks *docks = window->syncParts()->tools();
        QAction *show = window->findChild<QAction *>(QStringLiteral("showOutOfStepAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(show));
        QSignalSpy scanned(docks->reconcile(), &ReconcileView::scanned);
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(docks->reconcileDock()->isVisible());
        QVERIFY(scanned.wait(10000));
        QVERIFY(docks->reconcile()->statusText().contains(QStringLiteral("in step")));
    }
};

QTEST_MAIN(TestGuiSyncReconcile)
#include "TestGuiSyncReconcile.moc"
