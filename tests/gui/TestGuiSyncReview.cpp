// The review queue against the in-process sandbox: a create that stops on a possible match shows
// up with its evidence and SmartRecruiters' person; "Link" links (manual) and the create job finishes
// without a new profile; "Different people" creates exactly one new profile and does not ask again;
// "View in SmartRecruiters" opens the match's page; the main window reaches it with Ctrl+Shift+M and
// shows "1 to review" in the status bar.
#include "GuiTestSupport.h"

#include "CampaignRepository.h"
#include "ChangeNotifier.h"
#include "ConnectionManager.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "Outbox.h"
#include "ReviewQueueView.h"
#include "Sandbox.h"
#include "SettingsStore.h"
#include "ShortcutsDialog.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "SyncPlanner.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "SyncToolDocks.h"
#include "SyncWindowParts.h"
#include "Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

namespace {

struct Connected : test::SandboxConnection
{
    int remoteCount() const { return sandbox.stateDump().value(QStringLiteral("candidates")).toObject().size(); }

    // A seeded person with an application (GET /candidates lists only those) and an email.
    QJsonObject seeded() const
    {
        const QJsonObject dump = sandbox.stateDump();
        const QJsonObject candidates = dump.value(QStringLiteral("candidates")).toObject();
        for (const QJsonValue &a : dump.value(QStringLiteral("applications")).toObject()) {
            const QJsonObject c =
                candidates.value(a.toObject().value(QStringLiteral("candidateId")).toString()).toObject();
            if (!c.value(QStringLiteral("email")).toString().isEmpty())
                return c;
        }
        return {};
    }
};

sync::JobState createState(const Workspace &ws, qint64 candidateId)
{
    sync::OutboxQuery q;
    q.candidateId = candidateId;
    const auto jobs = sync::Outbox(ws).list(q);
    if (jobs.ok())
        for (const sync::OutboxJob &j : jobs.value())
            if (j.kind == sync::JobKind::Create)
                return j.state;
    return sync::JobState::Skipped;
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// A workspace, a connected hub, and a local person whose create stopped on a possible match
// (same name as a SmartRecruiters candidate, another email).
struct Scene
{
    test::GuiFixture f;
    Connected c;
    ChangeNotifier notifier;
    SyncHub *hub = nullptr;
    QJsonObject existing;
    qint64 candidateId = 0;

    bool setUp(const QString &email)
    {
        if (!f.isValid() || !c.connect(f.sharedWorkspace()))
            return false;
        if (sync::SettingsStore(f.workspace())
                .set(sync::Layer::Team, {}, QString::fromLatin1(sync::key::CreateTrigger), QStringLiteral("onAdd"),
                     QStringLiteral("admin")))
            return false;
        hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        existing = c.seeded();
        candidateId = f.addCandidate(existing.value(QStringLiteral("firstName")).toString(),
                                     existing.value(QStringLiteral("lastName")).toString(), email, {});
        const qint64 campaignId = f.addCampaign(QStringLiteral("Review"));
        if (!CampaignRepository(f.workspace()).addMembers(campaignId, {candidateId}, QStringLiteral("test")).ok())
            return false;
        if (!sync::SyncPlanner(f.sharedWorkspace(), QStringLiteral("test")).membersAdded(campaignId, {candidateId}).ok())
            return false;
        hub->kick();
        return QTest::qWaitFor(
            [this] { return createState(f.workspace(), candidateId) == sync::JobState::NeedsAttention; }, 20000);
    }
};

} // namespace

class TestGuiSyncReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void linkFinishesTheCreateWithoutANewProfile()
    {
        Scene s;
        QVERIFY(s.setUp(QStringLiteral("private.link@elsewhere.example")));
        const int before = s.c.remoteCount();
        ReviewQueueView view(s.f.workspace(), s.hub);
        view.show();
        QTreeWidget *list = view.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("private.link@elsewhere.example")));
        QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("another email")),
                 qPrintable(list->topLevelItem(0)->text(1)));
        QVERIFY(view.statusText().contains(QStringLiteral("1 possible match")));
        // SmartRecruiters' person as they are now, read in the background.
        const QString remoteName = s.existing.value(QStringLiteral("lastName")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(view.remoteText().startsWith(QStringLiteral("In SmartRecruiters:")), 10000);
        QVERIFY(view.remoteText().contains(remoteName));
        QVERIFY(view.remoteText().contains(s.existing.value(QStringLiteral("email")).toString()));

        // View in SmartRecruiters opens the match's page.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        view.findChild<QPushButton *>(QStringLiteral("reviewView"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls.size(), 1);
        const QString remoteId = s.existing.value(QStringLiteral("id")).toString();
        QVERIFY2(catcher.urls.first().path().endsWith(QStringLiteral("/app/people/candidates/") + remoteId),
                 qPrintable(catcher.urls.first().toString()));

        view.findChild<QPushButton *>(QStringLiteral("reviewLink"))->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        auto link = sync::SyncStore(s.f.workspace()).link(s.candidateId);
        QVERIFY(link.ok() && link->has_value());
        QCOMPARE((*link)->srCandidateId, remoteId);
        QCOMPARE((*link)->origin, QStringLiteral("manual"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(view.statusText().contains(QStringLiteral("No possible match")));
        QTRY_COMPARE_WITH_TIMEOUT(createState(s.f.workspace(), s.candidateId), sync::JobState::Done, 20000);
        QCOMPARE(s.c.remoteCount(), before);
        QCOMPARE(sync::SyncStore(s.f.workspace()).openReviews()->size(), 0);
    }

    void differentPeopleCreateOneNewProfile()
    {
        Scene s;
        const QString email = QStringLiteral("private.distinct@elsewhere.example");
        QVERIFY(s.setUp(email));
        const int before = s.c.remoteCount();
        ReviewQueueView view(s.f.workspace(), s.hub);
        view.show();
        QCOMPARE(view.list()->topLevelItemCount(), 1);
        QPushButton *distinct = view.findChild<QPushButton *>(QStringLiteral("reviewDistinct"));

        // Cancel in the confirmation changes nothing.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        distinct->click();
        QCOMPARE(view.list()->topLevelItemCount(), 1);
        QCOMPARE(createState(s.f.workspace(), s.candidateId), sync::JobState::NeedsAttention);

        MessageBox::setNextAnswer(MessageBox::Yes);
        distinct->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(view.list()->topLevelItemCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(createState(s.f.workspace(), s.candidateId), sync::JobState::Done, 20000);
        QCOMPARE(s.c.remoteCount(), before + 1);
        auto link = sync::SyncStore(s.f.workspace()).link(s.candidateId);
        QVERIFY(link.ok() && link->has_value());
        QVERIFY((*link)->srCandidateId != s.existing.value(QStringLiteral("id")).toString());
        QCOMPARE((*link)->origin, QStringLiteral("created"));
        QCOMPARE(sync::SyncStore(s.f.workspace()).openReviews()->size(), 0); // not asked again
        view.refresh();
        QCOMPARE(view.list()->topLevelItemCount(), 0);
    }

    void mainWindowReachesTheQueueAndCountsIt()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *window = f.window();
        SyncToolDocks *docks = window->syncParts()->tools();
        QVERIFY(docks);
        QAction *show = window->findChild<QAction *>(QStringLiteral("showReviewQueueAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        auto *viewMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu->actions().contains(show));
        QVERIFY(!docks->reviewBadge()->isVisible());

        const qint64 id = f.addCandidate(QStringLiteral("Rita"), QStringLiteral("Review"),
                                         QStringLiteral("rita@example.com"), {});
        QVERIFY(sync::SyncStore(f.workspace()).addReview(id, QStringLiteral("sr-1"), QStringLiteral("same name")).ok());
        window->syncHub()->outboxEdited();
        QTRY_VERIFY(docks->reviewBadge()->isVisible());
        QCOMPARE(docks->reviewBadge()->text(), QStringLiteral("1 to review"));

        QVERIFY(!docks->reviewDock()->isVisible());
        QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(docks->reviewDock()->isVisible());
        QCOMPARE(docks->review()->list()->topLevelItemCount(), 1);
        QVERIFY(docks->review()->remoteText().contains(QStringLiteral("connect to SmartRecruiters")));
    }

    // Help → Keyboard shortcuts lists the sync keys, and where the panel-bound ones work.
    void shortcutsListTheSyncKeys()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *window = f.window();
        window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = test::findTopLevel<ShortcutsDialog>(QStringLiteral("shortcutsDialog"))));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            rows << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2);
        }
        const auto keys = [](int key) {
            return QKeySequence(Qt::CTRL | Qt::SHIFT | key).toString(QKeySequence::NativeText);
        };
        const QStringList expected = {
            QStringLiteral("Sync log|%1|Anywhere").arg(keys(Qt::Key_Y)),
            QStringLiteral("Retry|%1|Sync log").arg(keys(Qt::Key_R)),
            QStringLiteral("Skip|%1|Sync log").arg(keys(Qt::Key_K)),
            QStringLiteral("Push to SmartRecruiters|%1|SmartRecruiters").arg(keys(Qt::Key_P)),
            QStringLiteral("Review queue|%1|Anywhere").arg(keys(Qt::Key_M)),
            QStringLiteral("Link to this SmartRecruiters candidate|%1|Review queue").arg(keys(Qt::Key_L)),
            QStringLiteral("Different people — create a new profile|%1|Review queue").arg(keys(Qt::Key_D)),
            QStringLiteral("Out of step with SmartRecruiters|%1|Anywhere").arg(keys(Qt::Key_O)),
            QStringLiteral("Fix|%1|Out of step").arg(keys(Qt::Key_X)),
            QStringLiteral("Search SmartRecruiters|%1|Anywhere").arg(keys(Qt::Key_F)),
            QStringLiteral("Add to campaign|%1|Search SmartRecruiters").arg(keys(Qt::Key_C)),
            QStringLiteral("View in SmartRecruiters|%1|Search SmartRecruiters").arg(keys(Qt::Key_V)),
        };
        for (const QString &row : expected)
            QVERIFY2(rows.contains(row), qPrintable(row + QStringLiteral("\n") + rows.join(QLatin1Char('\n'))));
        dialog->close();
    }
};

QTEST_MAIN(TestGuiSyncReview)
#include "TestGuiSyncReview.moc"
