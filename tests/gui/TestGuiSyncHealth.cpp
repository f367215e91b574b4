// Sync health at a glance: the status bar's connection label and when the tray notifies.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "SyncNotifier.h"
#include "SyncStatusWidget.h"
#include "Workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QToolButton>

using namespace sd;
using namespace sd::ui;
using Connection = SyncStatusWidget::Connection;

class TestGuiSyncHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void connectionStateFollowsConnectionAndLastRequest()
    {
        QCOMPARE(SyncStatusWidget::connectionFor(false, false), Connection::NotConnected);
        QCOMPARE(SyncStatusWidget::connectionFor(false, true), Connection::NotConnected);
        QCOMPARE(SyncStatusWidget::connectionFor(true, false), Connection::Connected);
        QCOMPARE(SyncStatusWidget::connectionFor(true, true), Connection::Offline);
        QCOMPARE(SyncStatusWidget::connectionLabel(Connection::Connected), QStringLiteral("SmartRecruiters: connected"));
        QCOMPARE(SyncStatusWidget::connectionLabel(Connection::Offline), QStringLiteral("SmartRecruiters: offline"));
        QCOMPARE(SyncStatusWidget::connectionLabel(Connection::NotConnected),
                 QStringLiteral("SmartRecruiters: not connected"));
    }

    void labelShowsNotConnectedAndOpensTheLog()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncHub hub(f.sharedWorkspace(), nullptr);
        SyncStatusWidget status(f.workspace(), &hub);
        auto *label = status.findChild<QToolButton *>(QStringLiteral("syncStatusConnection"));
        QVERIFY(label);
        QVERIFY(!label->accessibleName().isEmpty());
        QCOMPARE(status.connectionState(), Connection::NotConnected);
        QCOMPARE(label->text(), QStringLiteral("SmartRecruiters: not connected"));
        // A network failure without a connection is still "not connected", not "offline".
        status.noteRequest(true);
        QCOMPARE(status.connectionState(), Connection::NotConnected);
        QCOMPARE(status.connectionText(), QStringLiteral("SmartRecruiters: not connected"));
        QSignalSpy log(&status, &SyncStatusWidget::logRequested);
        label->click();
        QCOMPARE(log.size(), 1);
        // The hub going away leaves the label readable.
        SyncStatusWidget orphan(f.workspace(), nullptr);
        QCOMPARE(orphan.connectionText(), QStringLiteral("SmartRecruiters: not connected"));
    }

    void labelFollowsALiveConnectionAndTheNetwork()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        test::SandboxConnection sandbox;
        QVERIFY(sandbox.connect(f.sharedWorkspace()));
        // Connecting runs "Test integration" once; its answers would make the label "connected"
        // again under the offline request below, so let it finish first.
        QSignalSpy checked(sandbox.manager.get(), &integration::ConnectionManager::scopeCheckFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
        SyncHub hub(f.sharedWorkspace(), nullptr);
        SyncStatusWidget status(f.workspace(), &hub);
        QCOMPARE(status.connectionText(), QStringLiteral("SmartRecruiters: not connected"));
        hub.setConnection(sandbox.manager.get());
        QCOMPARE(status.connectionState(), Connection::Connected);
        QCOMPARE(status.connectionText(), QStringLiteral("SmartRecruiters: connected"));

        // A request through the client's network that cannot reach anyone: offline.
        QNetworkAccessManager *network = hub.client()->network();
        QNetworkReply *refused = network->get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
        QTRY_COMPARE_WITH_TIMEOUT(status.connectionState(), Connection::Offline, 15000);
        QCOMPARE(status.connectionText(), QStringLiteral("SmartRecruiters: offline"));
        refused->deleteLater();
        // The server answers again (any HTTP status, even an error page): connected.
        QNetworkReply *answered = network->get(QNetworkRequest(sandbox.sandbox.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(status.connectionState(), Connection::Connected, 15000);
        answered->deleteLater();

        // Disconnecting: not connected, whatever the last request did.
        status.noteRequest(true);
        QCOMPARE(status.connectionState(), Connection::Offline);
        hub.setConnection(nullptr);
        QCOMPARE(status.connectionText(), QStringLiteral("SmartRecruiters: not connected"));
    }

    void attentionNotifiesOnlyWhenTheCountRises()
    {
        SyncNotifyPolicy policy;
        QVERIFY(policy.attentionChanged(2));  // 0 -> 2
        QVERIFY(!policy.attentionChanged(2)); // 2 -> 2
        QVERIFY(!policy.attentionChanged(1)); // 2 -> 1
        QVERIFY(policy.attentionChanged(3));  // 1 -> 3
        QVERIFY(!policy.attentionChanged(0));
        QVERIFY(!policy.attentionChanged(-4)); // bad input counts as 0
        QCOMPARE(policy.attention(), 0);
        QVERIFY(policy.attentionChanged(1));
        SyncNotifyPolicy seeded(5);
        QVERIFY(!seeded.attentionChanged(5));
        QVERIFY(seeded.attentionChanged(6));
    }

    void stageRunNotifiesOnlyWithChanges()
    {
        stagesync::StageSyncReport none;
        none.ok = true;
        QVERIFY(!SyncNotifyPolicy::stageRunWorthNotifying(none));
        stagesync::StageSyncReport moved = none;
        moved.updated.append(stagesync::MemberUpdate{});
        QVERIFY(SyncNotifyPolicy::stageRunWorthNotifying(moved));
        stagesync::StageSyncReport drift = none;
        drift.drift.append(stagesync::DriftItem{});
        QVERIFY(SyncNotifyPolicy::stageRunWorthNotifying(drift));
        stagesync::StageSyncReport catalogue = none;
        catalogue.stageChanges.added.append(QStringLiteral("stage-1"));
        QVERIFY(SyncNotifyPolicy::stageRunWorthNotifying(catalogue));
        stagesync::StageSyncReport failed = moved;
        failed.ok = false;
        QVERIFY(!SyncNotifyPolicy::stageRunWorthNotifying(failed));
        stagesync::StageSyncReport cancelled = moved;
        cancelled.cancelled = true;
        QVERIFY(!SyncNotifyPolicy::stageRunWorthNotifying(cancelled));
    }

    void notifierWithoutTrayIsSilentAndSafe()
    {
        SyncNotifier notifier(nullptr, false);
        QVERIFY(!notifier.hasTray());
        QSignalSpy notified(&notifier, &SyncNotifier::notified);
        notifier.setAttentionCount(0); // seed
        notifier.setAttentionCount(2);
        notifier.setAttentionCount(3);
        stagesync::StageSyncReport moved;
        moved.ok = true;
        moved.updated.append(stagesync::MemberUpdate{});
        notifier.stageSyncFinished(moved);
        QCOMPARE(notified.size(), 0);
        QCOMPARE(notifier.policy().attention(), 3); // it still tracks, so a later tray starts right
        // The default constructor asks the platform; offscreen has no tray.
        SyncNotifier platform;
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QVERIFY(!platform.hasTray());
        platform.setAttentionCount(1);
        platform.setAttentionCount(4);
    }

    void windowWiresTheStatusWidget()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        QVERIFY(w);
        auto *label = w->findChild<QToolButton *>(QStringLiteral("syncStatusConnection"));
        QVERIFY(label);
        QVERIFY(label->text().startsWith(QStringLiteral("SmartRecruiters: ")));
        QVERIFY(w->findChild<SyncNotifier *>(QStringLiteral("syncNotifier")));
    }
};

QTEST_MAIN(TestGuiSyncHealth)
#include "TestGuiSyncHealth.moc"
