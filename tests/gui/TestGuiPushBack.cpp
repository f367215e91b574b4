// The push-back reason picker against the in-process sandbox (API key). With the team's push-back
// on, a campaign linked to a SmartRecruiters job and a member linked to an application: marking
// the member Not interested in the campaign view opens the picker, which loads the reasons from the
// sandbox; choosing withdrawal and a reason queues one SetStatus job with that reason, and the
// engine sends it. "Don't push" queues nothing; with push-back off no picker opens.
#include "GuiTestSupport.h"

#include "CampaignDetailView.h"
#include "CampaignRepository.h"
#include "ChangeNotifier.h"
#include "Configuration.h"
#include "ConnectionManager.h"
#include "MemberTableModel.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "Outbox.h"
#include "PushBackReasonDialog.h"
#include "Sandbox.h"
#include "SettingsStore.h"
#include "StageCatalog.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

namespace {

using Connected = test::SandboxConnection;

// A connected hub, the company's stages mapped as suggested, a campaign linked to a sandbox job
// and a member linked to that job's application (as if Sourcedesk had created them).
struct Setup
{
    test::GuiFixture f;
    Connected c;
    ChangeNotifier notifier;
    SyncHub *hub = nullptr;
    qint64 campaignId = 0;
    qint64 member = 0;
    QString srCandidateId;
    QString srJobId;

    bool prepare()
    {
        if (!f.isValid() || !c.connect(f.sharedWorkspace()))
            return false;
        hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        if (!hub->isConnected())
            return false;

        std::optional<sd::sr::Result<sd::sr::Page<sd::sr::HiringProcess>>> processes;
        sd::sr::ConfigurationApi(hub->client()).hiringProcesses(hub, [&](const auto &r) { processes = r; });
        if (!QTest::qWaitFor([&] { return processes.has_value(); }, 15000) || !processes->ok())
            return false;
        stagesync::StageCatalog catalog(f.workspace());
        if (!catalog.refresh(processes->value.items).ok())
            return false;
        if (catalog.setMapping(stagesync::suggestedMapping(catalog.stages().value())))
            return false;

        // An application that can still be rejected or withdrawn.
        const QJsonObject applications = c.sandbox.stateDump().value(QStringLiteral("applications")).toObject();
        for (const QJsonValue &v : applications) {
            const QJsonObject a = v.toObject();
            const QString status = a.value(QStringLiteral("status")).toString();
            if (status == u"NEW" || status == u"IN_REVIEW" || status == u"INTERVIEW") {
                srCandidateId = a.value(QStringLiteral("candidateId")).toString();
                srJobId = a.value(QStringLiteral("jobId")).toString();
                break;
            }
        }
        if (srCandidateId.isEmpty())
            return false;

        campaignId = f.addCampaign(QStringLiteral("Kotlin in Gdańsk"));
        sync::SyncStore store(f.workspace());
        sync::CampaignJob job;
        job.campaignId = campaignId;
        job.srJobId = srJobId;
        job.jobTitle = QStringLiteral("Kotlin developer");
        job.linkedAt = QDateTime::currentDateTimeUtc();
        job.linkedBy = QStringLiteral("test");
        if (store.setCampaignJob(job))
            return false;
        member = f.addCandidate(QStringLiteral("Wanda"), QStringLiteral("Withdrawn"),
                                QStringLiteral("wanda.pushback@example.com"), QStringLiteral("Acme"),
                                QStringLiteral("Developer"));
        if (store.setLink(member, srCandidateId, QStringLiteral("created")))
            return false;
        return CampaignRepository(f.workspace()).addMembers(campaignId, {member}, QStringLiteral("test")).ok();
    }

    bool setPushBack(bool on)
    {
        return !sync::SettingsStore(f.workspace())
                    .set(sync::Layer::Team, {}, QString::fromLatin1(sync::key::StageSyncPushBack),
                         on ? QStringLiteral("true") : QStringLiteral("false"), QStringLiteral("admin"));
    }

    QList<sync::OutboxJob> setStatusJobs() const
    {
        sync::OutboxQuery query;
        query.candidateId = member;
        QList<sync::OutboxJob> result;
        const Result<QList<sync::OutboxJob>> all = sync::Outbox(f.workspace()).list(query);
        if (!all.ok())
            return {};
        for (const sync::OutboxJob &j : all.value())
            if (j.kind == sync::JobKind::SetStatus)
                result.append(j);
        return result;
    }

    QString remoteStatus() const
    {
        const QJsonObject applications = c.sandbox.stateDump().value(QStringLiteral("applications")).toObject();
        for (const QJsonValue &v : applications) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("candidateId")).toString() == srCandidateId
                && a.value(QStringLiteral("jobId")).toString() == srJobId)
                return a.value(QStringLiteral("status")).toString();
        }
        return {};
    }
};

// Selects the member and triggers "Mark as <status>" in the campaign view.
void markAs(CampaignDetailView &view, MemberStatus status)
{
    view.table()->selectRow(0);
    auto *action = view.findChild<QAction *>(QStringLiteral("setStatus_") + toKey(status));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
}

PushBackReasonDialog *picker(const CampaignDetailView &view)
{
    return view.findChild<PushBackReasonDialog *>(QStringLiteral("pushBackReasonDialog"));
}

} // namespace

class TestGuiPushBack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void cleanup() { MessageBox::clearAnswers(); }

    void withdrawalReasonIsQueuedAndSent()
    {
        Setup s;
        QVERIFY(s.prepare());
        QVERIFY(s.setPushBack(true));
        CampaignDetailView view(s.f.workspace(), &s.notifier);
        view.setCampaign(CampaignRepository(s.f.workspace()).get(s.campaignId).value());
        view.show();
        QCOMPARE(view.model()->rowCount(), 1);

        markAs(view, MemberStatus::NotInterested);
        PushBackReasonDialog *dialog = picker(view);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->candidateIds(), QList<qint64>{s.member});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 15000);
        QVERIFY2(dialog->statusText().isEmpty(), qPrintable(dialog->statusText()));
        // The suggested mapping sends both REJECTED and WITHDRAWN to Not interested: the recruiter chooses.
        QComboBox *stage = dialog->stageCombo();
        QCOMPARE(stage->count(), 2);
        QVERIFY(stage->isVisible());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pushBackOk"));
        QVERIFY(!ok->isEnabled()); // no reason chosen yet

        const QJsonObject withdrawal =
            s.c.sandbox.stateDump().value(QStringLiteral("withdrawalReasons")).toObject();
        QVERIFY(!withdrawal.isEmpty());
        stage->setCurrentIndex(stage->findData(QStringLiteral("WITHDRAWN")));
        QCOMPARE(dialog->chosenStage(), QStringLiteral("WITHDRAWN"));
        QComboBox *reason = dialog->reasonCombo();
        QCOMPARE(reason->count(), int(withdrawal.size()) + 1); // "Choose a reason…" first
        reason->setCurrentIndex(1);
        const QString reasonId = dialog->chosenReason();
        QVERIFY(withdrawal.contains(reasonId));
        QVERIFY(ok->isEnabled());
        QVERIFY(s.setStatusJobs().isEmpty()); // the planner did not push it on its own
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!picker(view)); // closed and deleted
        QTRY_COMPARE_WITH_TIMEOUT(s.hub->pendingPlans(), 0, 10000);

        const QList<sync::OutboxJob> jobs = s.setStatusJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().campaignId, s.campaignId);
        QCOMPARE(jobs.first().payload.value(QStringLiteral("status")).toString(), QStringLiteral("WITHDRAWN"));
        QCOMPARE(jobs.first().payload.value(QStringLiteral("reason")).toString(), reasonId);
        QCOMPARE(jobs.first().payload.value(QStringLiteral("jobId")).toString(), s.srJobId);
        QVERIFY(MessageBox::history().isEmpty());
        // The engine sends it.
        QTRY_COMPARE_WITH_TIMEOUT(s.remoteStatus(), QStringLiteral("WITHDRAWN"), 20000);
    }

    void dontPushQueuesNothing()
    {
        Setup s;
        QVERIFY(s.prepare());
        CampaignDetailView view(s.f.workspace(), &s.notifier);
        view.setCampaign(CampaignRepository(s.f.workspace()).get(s.campaignId).value());
        view.show();

        // Push-back off (the default): no picker.
        markAs(view, MemberStatus::NotInterested);
        QVERIFY(!picker(view));
        markAs(view, MemberStatus::Contacted);

        // On: the picker opens; the recruiter does not push.
        QVERIFY(s.setPushBack(true));
        markAs(view, MemberStatus::NotInterested);
        PushBackReasonDialog *dialog = picker(view);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 15000);
        QVERIFY(dialog->reasonCombo()->count() > 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pushBackDontPush")), Qt::LeftButton);
        QTRY_VERIFY(!picker(view));
        QCOMPARE(s.hub->pendingPlans(), 0);
        QVERIFY(s.setStatusJobs().isEmpty());
        // The change itself stays in Sourcedesk.
        Result<QList<MembershipInfo>> memberships = CampaignRepository(s.f.workspace()).membershipsOf(s.member);
        QVERIFY(memberships.ok() && memberships->size() == 1);
        QCOMPARE(memberships->first().status, MemberStatus::NotInterested);
    }

    void offlineSaysWhatToDo()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        PushBackReasonDialog::Need need;
        need.candidateIds = {1};
        need.stageIds = {QStringLiteral("REJECTED")};
        PushBackReasonDialog dialog(hub, 1, need, MemberStatus::NotInterested);
        dialog.show();
        QVERIFY(!dialog.isLoading());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Integration")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("pushBackRetry"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("pushBackOk"))->isEnabled());
        QVERIFY(!dialog.stageCombo()->isVisible()); // one choice: nothing to choose
    }
};

QTEST_MAIN(TestGuiPushBack)
#include "TestGuiPushBack.moc"
