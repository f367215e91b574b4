// A campaign's SmartRecruiters section against the in-process sandbox (API key): "Link job…" lists
// only the jobs whose status is whitelisted (and follows a changed whitelist), linking stores the
// job; "Preview push…" shows what would be sent per field; "Push selected" queues the create and
// the engine sends it, so the candidate arrives in the sandbox; the status bar shows and cancels.
#include "GuiTestSupport.h"

#include "CampaignDetailView.h"
#include "CampaignRepository.h"
#include "CampaignSyncPanel.h"
#include "ChangeNotifier.h"
#include "ConnectionManager.h"
#include "LinkJobDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "Outbox.h"
#include "PushPreviewDialog.h"
#include "Sandbox.h"
#include "SettingsStore.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "SyncOverridesDialog.h"
#include "SyncSettingsEditor.h"
#include "SyncStatusWidget.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

namespace {

// Ids of the sandbox's jobs whose status is in `statuses`.
QSet<QString> sandboxJobs(const ::sr::sandbox::Sandbox &sandbox, const QStringList &statuses)
{
    QSet<QString> ids;
    const QJsonObject jobs = sandbox.stateDump().value(QStringLiteral("jobs")).toObject();
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        if (statuses.contains(job.value(QStringLiteral("status")).toString()))
            ids.insert(job.value(QStringLiteral("id")).toString());
    }
    return ids;
}

QSet<QString> listedJobs(LinkJobDialog *dialog, QStringList *statuses)
{
    QSet<QString> ids;
    QTreeWidget *list = dialog->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, LinkJobDialog::TalentPoolRole).toBool())
            continue;
        ids.insert(item->data(0, LinkJobDialog::JobIdRole).toString());
        *statuses << item->data(0, LinkJobDialog::StatusRole).toString();
    }
    return ids;
}

using Connected = test::SandboxConnection;

} // namespace

class TestGuiSyncCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void linkJobListsWhitelistedJobs()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        QVERIFY(hub->isConnected());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Java in Lyon"));
        Result<Campaign> campaign = CampaignRepository(f.workspace()).get(campaignId);
        QVERIFY(campaign.ok());

        CampaignDetailView view(f.workspace(), &notifier);
        view.setCampaign(campaign.value());
        view.show();
        CampaignSyncPanel *panel = view.syncPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->jobText().contains(QStringLiteral("talent pool")));

        panel->findChild<QPushButton *>(QStringLiteral("campaignLinkJob"))->click();
        LinkJobDialog *dialog = panel->linkJobDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
        const QStringList whitelist = {QStringLiteral("SOURCING"), QStringLiteral("INTERVIEW"),
                                       QStringLiteral("OFFER")};
        QCOMPARE(dialog->statuses(), whitelist); // the built-in default
        QStringList statuses;
        const QSet<QString> listed = listedJobs(dialog, &statuses);
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed, sandboxJobs(c.sandbox, whitelist)); // all of them, and nothing else
        for (const QString &s : std::as_const(statuses))
            QVERIFY2(whitelist.contains(s), qPrintable(s));

        QTreeWidget *list = dialog->list();
        QTreeWidgetItem *chosen = list->topLevelItem(1);
        const QString jobId = chosen->data(0, LinkJobDialog::JobIdRole).toString();
        const QString title = chosen->text(0);
        list->setCurrentItem(chosen);
        dialog->findChild<QPushButton *>(QStringLiteral("linkJobOk"))->click();
        Result<std::optional<sync::CampaignJob>> linked =
            sync::SyncStore(f.workspace()).campaignJob(campaignId);
        QVERIFY(linked.ok() && linked->has_value());
        QCOMPARE(linked->value().srJobId, jobId);
        QCOMPARE(linked->value().jobTitle, title);
        QVERIFY2(panel->jobText().contains(title), qPrintable(panel->jobText()));

        // The admin narrows the whitelist: the dialog follows it.
        QVERIFY(!sync::SettingsStore(f.workspace())
                     .set(sync::Layer::Team, {}, QString::fromLatin1(sync::key::JobStatuses),
                          QStringLiteral("FILLED"), QStringLiteral("admin")));
        panel->findChild<QPushButton *>(QStringLiteral("campaignLinkJob"))->click();
        dialog = panel->linkJobDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
        statuses.clear();
        QCOMPARE(listedJobs(dialog, &statuses), sandboxJobs(c.sandbox, {QStringLiteral("FILLED")}));
        QCOMPARE(QSet<QString>(statuses.cbegin(), statuses.cend()), QSet<QString>{QStringLiteral("FILLED")});
        // The talent pool is always offered.
        list = dialog->list();
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(dialog->isTalentPool());
        dialog->findChild<QPushButton *>(QStringLiteral("linkJobOk"))->click();
        linked = sync::SyncStore(f.workspace()).campaignJob(campaignId);
        QVERIFY(linked.ok() && linked->has_value() && linked->value().isTalentPool());
    }

    void campaignOverridesPreviewAndPush()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        QVERIFY(hub->engine());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Rust in Berlin"));
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada.sync@example.com"),
                                          QStringLiteral("Analytical Engines"), QStringLiteral("Engineer"));
        QVERIFY(CampaignRepository(f.workspace()).addMembers(campaignId, {ada}, QStringLiteral("test")).ok());
        Result<Campaign> campaign = CampaignRepository(f.workspace()).get(campaignId);
        CampaignDetailView view(f.workspace(), &notifier);
        view.setCampaign(campaign.value());
        view.show();
        CampaignSyncPanel *panel = view.syncPanel();

        // Campaign overrides: only what a campaign may set, stored on the campaign layer.
        panel->findChild<QPushButton *>(QStringLiteral("campaignSyncSettings"))->click();
        auto *overrides =
            panel->findChild<SyncOverridesDialog *>(QStringLiteral("campaignSyncSettingsDialog"));
        QVERIFY(overrides);
        SyncSettingsEditor *editor = overrides->editor();
        QVERIFY(!editor->keys().contains(QString::fromLatin1(sync::key::JobStatuses))); // the admin's
        QVERIFY(editor->keys().contains(QString::fromLatin1(sync::key::TagTemplate)));
        QCOMPARE(editor->layer(), sync::Layer::Campaign);
        overrides->findChild<QPushButton *>(QStringLiteral("campaignSyncSave"))
            ->click(); // nothing changed: closes
        QVERIFY(!overrides->isVisible());

        // Preview: field by field what the push would send.
        view.table()->selectRow(0);
        QCOMPARE(view.selectedCandidateIds(), QList<qint64>{ada});
        panel->findChild<QPushButton *>(QStringLiteral("campaignPreviewPush"))->click();
        PushPreviewDialog *preview = panel->previewDialog();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBuilding(), 15000);
        QVERIFY2(preview->preview().error.isEmpty(), qPrintable(preview->preview().error));
        QCOMPARE(preview->preview().method, QStringLiteral("POST"));
        QTreeWidget *fields = preview->fieldsTree();
        bool sawFirstName = false;
        for (int i = 0; i < fields->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = fields->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QStringLiteral("firstName")) {
                sawFirstName = true;
                QCOMPARE(item->text(2), QStringLiteral("Ada"));
                QCOMPARE(item->text(4), QStringLiteral("Yes"));
            }
        }
        QVERIFY(sawFirstName);
        preview->close();

        // Push selected: queued, then sent by the engine; the candidate arrives in the sandbox.
        auto *push = panel->findChild<QPushButton *>(QStringLiteral("campaignPushSelected"));
        QVERIFY(push->isEnabled());
        push->click();
        QTRY_COMPARE_WITH_TIMEOUT(hub->pendingPlans(), 0, 10000);
        sync::OutboxQuery query;
        query.candidateId = ada;
        Result<QList<sync::OutboxJob>> jobs = sync::Outbox(f.workspace()).list(query);
        QVERIFY(jobs.ok());
        QVERIFY(!jobs->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::optional<sync::SrLink>> link = sync::SyncStore(f.workspace()).link(ada);
                return link.ok() && link->has_value();
            }(),
            20000);
        bool arrived = false;
        const QJsonObject candidates = c.sandbox.stateDump().value(QStringLiteral("candidates")).toObject();
        for (const QJsonValue &v : candidates)
            arrived = arrived || v.toObject().value(QStringLiteral("email")).toString() ==
                                     QStringLiteral("ada.sync@example.com");
        QVERIFY(arrived);
    }

    void mainWindowRunsTheEngineWhileConnected()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        MainWindow *window = f.window();
        QVERIFY(!window->syncHub()->engine()); // nothing to send through yet
        window->attachIntegration(c.manager.get());
        sync::SyncEngine *engine = window->syncHub()->engine();
        QVERIFY(engine);
        QVERIFY(engine->isRunning());
        QCOMPARE(engine->client(), c.manager->client());
        QVERIFY(window->findChild<SyncStatusWidget *>(QStringLiteral("syncStatus")));
        c.manager->disconnectAccount();
        QTRY_COMPARE(c.manager->state(), State::Disconnected);
        QVERIFY(!engine->client());
        QCOMPARE(window->syncHub()->engine(), engine); // one engine per window
    }

    void statusBarShowsProgressAndCancels()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        QVERIFY(hub->engine() && hub->engine()->isRunning());
        SyncStatusWidget status(f.workspace(), hub);
        status.show();
        emit hub->engine()->progress(12, 40);
        QCOMPARE(status.text(), QStringLiteral("Sending to SmartRecruiters 12/40"));
        QCOMPARE(status.findChild<QProgressBar *>(QStringLiteral("syncStatusProgress"))->value(), 12);
        auto *cancel = status.findChild<QPushButton *>(QStringLiteral("syncStatusCancel"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!hub->engine()->isRunning());
        QVERIFY(status.text().isEmpty());
        hub->kick(); // the next queued change starts it again
        QVERIFY(hub->engine()->isRunning());

        // Disconnecting takes the client away from the engine; the jobs wait.
        c.manager->disconnectAccount();
        QTRY_COMPARE(c.manager->state(), State::Disconnected);
        QVERIFY(!hub->isConnected());
        QVERIFY(!hub->engine()->client());
    }
};

QTEST_MAIN(TestGuiSyncCampaign)
#include "TestGuiSyncCampaign.moc"
