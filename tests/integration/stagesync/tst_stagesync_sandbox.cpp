// Stage sync end to end against the in-process SmartRecruiters sandbox: a status changed in
// SmartRecruiters reaches the campaign member, the second run is a delta (updatedAfter), an
// unmapped stage is drift, a cancelled run leaves consistent data, and a push-back PUT works.
#include "Applications.h"
#include "Candidates.h"
#include "Configuration.h"
#include "Jobs.h"
#include "SrTestSupport.h"
#include "StageCatalog.h"
#include "StageSync.h"
#include "StageSyncTestSupport.h"
#include "StatusPushBack.h"

#include <QJsonDocument>

using namespace sd;
using namespace sd::stagesync;
using srtest::await;
using namespace stagetest;

class TestStageSyncSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<::sr::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<test::TempWorkspace> m_tw;
    sd::sr::ApiKeyCredential *m_credential = nullptr;
    sd::sr::ApiClient *m_client = nullptr;

    Workspace &ws() { return m_tw->ws(); }

    // Refreshes the catalogue from the sandbox and saves the suggested mapping.
    void mapSuggested()
    {
        const sd::sr::ConfigurationApi config(m_client);
        const auto processes = await<sd::sr::Page<sd::sr::HiringProcess>>(
            [&](QObject *c, sd::sr::Done<sd::sr::Page<sd::sr::HiringProcess>> d) { return config.hiringProcesses(c, d); });
        QVERIFY2(processes.ok(), qPrintable(processes.error.detail));
        StageCatalog catalog(ws());
        QVERIFY(catalog.refresh(processes.value.items).ok());
        QVERIFY(!catalog.setMapping(suggestedMapping(catalog.stages().value())));
    }

    void setRemoteStatus(const QString &candidateId, const QString &jobId, const QString &status, const QString &sub = {})
    {
        const sd::sr::ApplicationsApi apps(m_client);
        sd::sr::StatusChange change;
        change.status = status;
        change.subStatus = sub;
        const auto r = await<sd::sr::NoContent>([&](QObject *c, sd::sr::Done<sd::sr::NoContent> d) {
            return apps.setStatus(candidateId, jobId, change, c, d);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
    }

    static StageSyncConfig today()
    {
        StageSyncConfig cfg;
        cfg.since = QDateTime::currentDateTimeUtc().toTimeZone(cfg.zone).date();
        return cfg;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<::sr::sandbox::Sandbox>();
        QVERIFY(m_sandbox->start());
        m_tw = std::make_unique<test::TempWorkspace>();
        m_credential = new sd::sr::ApiKeyCredential(m_sandbox->baseUrl().host(), m_sandbox->apiKey());
        m_client = new sd::sr::ApiClient(m_credential, sd::sr::Hosts::single(m_sandbox->baseUrl()));
    }

    void cleanup()
    {
        delete m_client; // before its credential
        m_client = nullptr;
        delete m_credential;
        m_credential = nullptr;
        m_tw.reset();
        m_sandbox.reset();
    }

    void remoteStatusReachesMemberAndDeltaIsUsed()
    {
        const QString simple = processNamed(*m_sandbox, QStringLiteral("Simple process"));
        const QString jobId = jobWithProcess(*m_sandbox, simple);
        QVERIFY(!jobId.isEmpty());
        const sd::sr::CandidatesApi candidates(m_client);
        sd::sr::CandidateInput input;
        input.firstName = QStringLiteral("Ada");
        input.lastName = QStringLiteral("Stage");
        input.email = QStringLiteral("ada.stage@example.org");
        const auto created = await<sd::sr::Candidate>(
            [&](QObject *c, sd::sr::Done<sd::sr::Candidate> d) { return candidates.createOnJob(jobId, input, c, d); });
        QVERIFY2(created.ok(), qPrintable(created.error.detail));
        const QString srId = created.value.id;

        const qint64 local = addCandidate(ws(), QStringLiteral("Ada"), QStringLiteral("Stage"));
        const qint64 campaign = addCampaign(ws(), QStringLiteral("Backend hires"));
        QCOMPARE(CampaignRepository(ws()).addMembers(campaign, {local}, QStringLiteral("test")).value(), 1);
        linkCandidate(ws(), local, srId);
        linkCampaign(ws(), campaign, jobId);
        mapSuggested();

        StageSync sync(ws(), m_client);
        const StageSyncConfig cfg = today();
        qint64 seq = lastLogSeq(*m_sandbox);
        const StageSyncReport first = runSync(sync, cfg);
        QVERIFY2(first.ok, qPrintable(first.errors.join(u'\n')));
        QCOMPARE(first.applications, 1);
        QVERIFY(first.updated.isEmpty()); // NEW maps to Added: nothing to change
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT status FROM sr_applications WHERE candidate_id = ?"), {local}).toString(),
                 QStringLiteral("NEW"));
        // The first run already cuts at `since` (midnight in Paris).
        QList<QUrlQuery> searches = candidateSearches(*m_sandbox, seq);
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first().queryItemValue(QStringLiteral("updatedAfter"), QUrl::FullyDecoded),
                 sd::sr::formatApiDate(QDateTime(cfg.since, QTime(0, 0), cfg.zone)));
        QCOMPARE(searches.first().allQueryItemValues(QStringLiteral("jobId")), QStringList{jobId});

        setRemoteStatus(srId, jobId, QStringLiteral("INTERVIEW"));
        seq = lastLogSeq(*m_sandbox);
        const StageSyncReport second = runSync(sync, cfg);
        QVERIFY2(second.ok, qPrintable(second.errors.join(u'\n')));
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::Interested));
        QCOMPARE(second.updated.size(), 1);
        QCOMPARE(second.updated.first().from, MemberStatus::Added);
        const auto history = CampaignRepository(ws()).statusHistory(campaign, local).value();
        QCOMPARE(history.last().changedBy, QStringLiteral("SmartRecruiters"));
        // The delta starts at the first run's start, minus the clock-skew overlap.
        searches = candidateSearches(*m_sandbox, seq);
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first().queryItemValue(QStringLiteral("updatedAfter"), QUrl::FullyDecoded),
                 sd::sr::formatApiDate(first.startedAt.addSecs(-StageSync::kOverlapSecs)));
        QCOMPARE(second.updatedAfter, first.startedAt.addSecs(-StageSync::kOverlapSecs));
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE kind = 'stages' AND ok = 1 "
                                             "AND finished_at IS NOT NULL")).toInt(), 2);

        // A new sub-status appears in SmartRecruiters and the application moves into it: the
        // stage is added unmapped, reported as drift, and not applied.
        m_sandbox->core().state.hiringProcesses[simple].insert(
            QStringLiteral("subStatuses"), QJsonObject{{QStringLiteral("INTERVIEW"), QJsonArray{QStringLiteral("Final round")}}});
        setRemoteStatus(srId, jobId, QStringLiteral("INTERVIEW"), QStringLiteral("Final round"));
        CampaignRepository(ws()).setStatus(campaign, {local}, MemberStatus::Replied, QStringLiteral("recruiter"));
        const StageSyncReport third = runSync(sync, cfg);
        QVERIFY2(third.ok, qPrintable(third.errors.join(u'\n')));
        const QString newStage = simple + QStringLiteral("|INTERVIEW|Final round");
        QCOMPARE(third.stageChanges.added, QStringList{newStage});
        QCOMPARE(third.drift.size(), 1);
        QCOMPARE(third.drift.first().kind, DriftKind::Unmapped);
        QCOMPARE(third.drift.first().srCandidateId, srId);
        QCOMPARE(third.drift.first().remoteSubStatus, QStringLiteral("Final round"));
        QCOMPARE(third.drift.first().localStatus, std::optional(MemberStatus::Replied));
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::Replied));
        const QJsonObject summary = QJsonDocument::fromJson(
            scalar(ws(), QStringLiteral("SELECT summary FROM sync_runs WHERE id = ?"), {third.runId}).toString().toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("drift")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("driftByKind")).toObject().value(QStringLiteral("unmapped")).toInt(), 1);

        QCOMPARE(third.pending.size(), 1);
        QCOMPARE(summary.value(QStringLiteral("pending")).toArray().size(), 1);

        // Once mapped, the stage applies, even though the delta no longer returns the candidate
        // (run 3's start is moved an hour ahead, past the candidate's updatedOn): the pending
        // application is read directly.
        mapSuggested();
        exec(ws(), QStringLiteral("UPDATE sync_runs SET started_at = started_at + 3600000 WHERE id = ?"), {third.runId});
        seq = lastLogSeq(*m_sandbox);
        const StageSyncReport fourth = runSync(sync, cfg);
        QVERIFY2(fourth.ok, qPrintable(fourth.errors.join(u'\n')));
        QVERIFY(fourth.drift.isEmpty());
        QVERIFY(fourth.pending.isEmpty());
        QCOMPARE(countRequests(*m_sandbox, seq, QStringLiteral("/candidates/%1/jobs/%2").arg(srId, jobId)), 1);
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::Interested));
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT sub_status FROM sr_applications WHERE candidate_id = ?"), {local}).toString(),
                 QStringLiteral("Final round"));

        // A change here that SmartRecruiters did not make is drift, never overwritten (the
        // candidate is in the delta because its details changed).
        CampaignRepository(ws()).setStatus(campaign, {local}, MemberStatus::NotInterested, QStringLiteral("recruiter"));
        sd::sr::CandidatePatch patch;
        patch.phoneNumber = QStringLiteral("+33 1 23 45 67 89");
        QVERIFY(await<sd::sr::Candidate>([&](QObject *c, sd::sr::Done<sd::sr::Candidate> d) {
                    return candidates.patch(srId, patch, c, d);
                }).ok());
        const StageSyncReport fifth = runSync(sync, cfg);
        QVERIFY(fifth.ok);
        QCOMPARE(fifth.drift.size(), 1);
        QCOMPARE(fifth.drift.first().kind, DriftKind::LocalDiffers);
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::NotInterested));
    }

    void onlyApplicationsCreatedSinceAreApplied()
    {
        // Seed candidates were created in January 2025: with `since` today they are old.
        const QJsonObject seed = m_sandbox->stateDump().value(QStringLiteral("candidates")).toObject();
        QString srId;
        QString jobId;
        for (auto it = seed.begin(); it != seed.end() && srId.isEmpty(); ++it) {
            const QJsonArray jobs = it.value().toObject().value(QStringLiteral("jobIds")).toArray();
            if (jobs.size() == 1) {
                srId = it.key();
                jobId = jobs.first().toString();
            }
        }
        QVERIFY(!srId.isEmpty());
        const qint64 local = addCandidate(ws(), QStringLiteral("Old"), QStringLiteral("Timer"));
        const qint64 campaign = addCampaign(ws(), QStringLiteral("Old apps"));
        QVERIFY(CampaignRepository(ws()).addMembers(campaign, {local}, QStringLiteral("test")).ok());
        linkCandidate(ws(), local, srId);
        linkCampaign(ws(), campaign, jobId);
        mapSuggested();
        setRemoteStatus(srId, jobId, QStringLiteral("REJECTED")); // in the delta, but created long ago

        StageSync sync(ws(), m_client);
        const qint64 seq = lastLogSeq(*m_sandbox);
        const StageSyncReport r = runSync(sync, today());
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.applications, 1);
        QCOMPARE(r.skippedOld, 1);
        QVERIFY(r.updated.isEmpty());
        QCOMPARE(countRequests(*m_sandbox, seq, QStringLiteral("/status/history")), 1);
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::Added));
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT COUNT(*) FROM sr_applications")).toInt(), 0);

        // With onlyNewApplications off, the same application is applied.
        StageSyncConfig all = today();
        all.onlyNewApplications = false;
        setRemoteStatus(srId, jobId, QStringLiteral("REJECTED"));
        const StageSyncReport r2 = runSync(sync, all);
        QVERIFY(r2.ok);
        QCOMPARE(memberStatus(ws(), campaign, local), std::optional(MemberStatus::NotInterested));
    }

    void cancelMidRunLeavesConsistentData()
    {
        // Link every seed candidate that has applications; one campaign per job they applied to.
        const QJsonObject state = m_sandbox->stateDump();
        const QJsonObject seed = state.value(QStringLiteral("candidates")).toObject();
        const QJsonObject apps = state.value(QStringLiteral("applications")).toObject();
        QHash<QString, qint64> campaignOfJob;
        QHash<QString, qint64> localOf;
        int pairs = 0;
        for (auto it = seed.begin(); it != seed.end(); ++it) {
            const QJsonArray jobs = it.value().toObject().value(QStringLiteral("jobIds")).toArray();
            if (jobs.isEmpty())
                continue;
            const qint64 local = addCandidate(ws(), QStringLiteral("Seed"), it.key().left(8));
            linkCandidate(ws(), local, it.key());
            localOf.insert(it.key(), local);
            for (const QJsonValue &j : jobs) {
                const QString job = j.toString();
                if (!campaignOfJob.contains(job)) {
                    campaignOfJob.insert(job, addCampaign(ws(), QStringLiteral("Job ") + job));
                    linkCampaign(ws(), campaignOfJob.value(job), job);
                }
                QVERIFY(CampaignRepository(ws()).addMembers(campaignOfJob.value(job), {local}, QStringLiteral("test")).ok());
                ++pairs;
            }
        }
        QVERIFY(pairs > 100);
        mapSuggested();

        StageSync sync(ws(), m_client);
        sync.setPageSize(10);
        sync.setMaxInFlight(2);
        StageSyncConfig cfg;
        cfg.onlyNewApplications = false;
        bool cancelled = false;
        connect(&sync, &StageSync::progress, this, [&](int done, int) {
            if (done >= 5 && !cancelled) {
                cancelled = true;
                sync.cancel();
            }
        });
        qint64 seq = lastLogSeq(*m_sandbox);
        const StageSyncReport r = runSync(sync, cfg);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT ok FROM sync_runs WHERE id = ?"), {r.runId}).toInt(), 0);
        QVERIFY(!scalar(ws(), QStringLiteral("SELECT finished_at FROM sync_runs WHERE id = ?"), {r.runId}).isNull());

        // Every stored application matches SmartRecruiters and its members; the rest is untouched.
        auto checkConsistent = [&](int *stored) {
            *stored = 0;
            for (auto it = localOf.cbegin(); it != localOf.cend(); ++it) {
                const QJsonArray jobs = seed.value(it.key()).toObject().value(QStringLiteral("jobIds")).toArray();
                for (const QJsonValue &j : jobs) {
                    const QString job = j.toString();
                    const QVariant row = scalar(ws(), QStringLiteral("SELECT status FROM sr_applications WHERE candidate_id = ? AND sr_job_id = ?"),
                                                {it.value(), job});
                    const auto member = memberStatus(ws(), campaignOfJob.value(job), it.value());
                    if (!row.isValid()) {
                        QCOMPARE(member, std::optional(MemberStatus::Added));
                        continue;
                    }
                    ++*stored;
                    const QString remote = apps.value(it.key() + u'/' + job).toObject().value(QStringLiteral("status")).toString();
                    QCOMPARE(row.toString(), remote);
                    QCOMPARE(member, std::optional(suggestedStatusFor(remote)));
                }
            }
        };
        int stored = 0;
        checkConsistent(&stored);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(stored > 0 && stored < pairs, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(pairs)));

        // The next run has no successful run to start from: a full read, which completes.
        disconnect(&sync, &StageSync::progress, this, nullptr);
        seq = lastLogSeq(*m_sandbox);
        const StageSyncReport full = runSync(sync, cfg);
        QVERIFY2(full.ok, qPrintable(full.errors.join(u'\n')));
        for (const QUrlQuery &q : candidateSearches(*m_sandbox, seq))
            QVERIFY(!q.hasQueryItem(QStringLiteral("updatedAfter")));
        checkConsistent(&stored);
        QCOMPARE(stored, pairs);
        // Secondary assignments were read one by one, primaries came with the search.
        QVERIFY(countRequests(*m_sandbox, seq, QStringLiteral("/jobs/")) > 0);

        seq = lastLogSeq(*m_sandbox);
        const StageSyncReport delta = runSync(sync, cfg);
        QVERIFY(delta.ok);
        const QList<QUrlQuery> searches = candidateSearches(*m_sandbox, seq);
        QVERIFY(!searches.isEmpty());
        for (const QUrlQuery &q : searches)
            QCOMPARE(q.queryItemValue(QStringLiteral("updatedAfter"), QUrl::FullyDecoded),
                     sd::sr::formatApiDate(full.startedAt.addSecs(-StageSync::kOverlapSecs)));
        QCOMPARE(delta.applications, 0); // nothing changed since
    }

    void pushBackWithReason()
    {
        const QString standard = processNamed(*m_sandbox, QStringLiteral("Standard process"));
        const QString jobId = jobWithProcess(*m_sandbox, standard);
        QVERIFY(!jobId.isEmpty());
        const sd::sr::CandidatesApi candidates(m_client);
        sd::sr::CandidateInput input;
        input.firstName = QStringLiteral("Bo");
        input.lastName = QStringLiteral("Back");
        input.email = QStringLiteral("bo.back@example.org");
        const auto created = await<sd::sr::Candidate>(
            [&](QObject *c, sd::sr::Done<sd::sr::Candidate> d) { return candidates.createOnJob(jobId, input, c, d); });
        QVERIFY(created.ok());
        const qint64 local = addCandidate(ws(), QStringLiteral("Bo"), QStringLiteral("Back"));
        const qint64 campaign = addCampaign(ws(), QStringLiteral("Push"));
        QVERIFY(CampaignRepository(ws()).addMembers(campaign, {local}, QStringLiteral("test")).ok());
        linkCandidate(ws(), local, created.value.id);
        linkCampaign(ws(), campaign, jobId);
        mapSuggested();

        std::optional<ReasonLists> reasons;
        QObject context;
        StatusPushBack::loadReasons(m_client, &context, [&](const ReasonLists &l, const sd::sr::ApiError &e) {
            QVERIFY(!e.isError());
            reasons = l;
        });
        QTRY_VERIFY(reasons.has_value());
        QVERIFY(reasons->loaded && !reasons->rejection.isEmpty() && !reasons->withdrawal.isEmpty());

        StageCatalog catalog(ws());
        PushBackRequest request;
        request.localStatus = MemberStatus::NotInterested;
        request.stageId = QStringLiteral("REJECTED");
        request.reasonId = reasons->rejection.first().id;
        const auto change = StatusPushBack::buildStatusChange(request, catalog.stages().value(), catalog.preferredStages(), *reasons);
        QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().message));
        const auto target = StatusPushBack::target(ws(), campaign, local);
        QVERIFY(target.ok());
        QCOMPARE(target.value().srJobId, jobId);
        std::optional<sd::sr::ApiError> result;
        StatusPushBack::execute(m_client, target.value(), change.value(), &context, [&](const sd::sr::ApiError &e) { result = e; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->isError(), qPrintable(result->detail));
        const QJsonObject app = m_sandbox->stateDump().value(QStringLiteral("applications")).toObject()
                                    .value(created.value.id + u'/' + jobId).toObject();
        QCOMPARE(app.value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(app.value(QStringLiteral("reasonOfRejection")).toString(), request.reasonId);

        // The Standard process requires a sub-status for INTERVIEW: the main stage is refused by
        // SmartRecruiters, a sub-status stage of that process is accepted.
        request = {};
        request.localStatus = MemberStatus::Interested;
        request.stageId = QStringLiteral("INTERVIEW");
        result.reset();
        StatusPushBack::execute(m_client, target.value(),
                                StatusPushBack::buildStatusChange(request, catalog.stages().value(), {}, *reasons).value(),
                                &context, [&](const sd::sr::ApiError &e) { result = e; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->code, QStringLiteral("REQUIRED_SUB_STATUS_OMITTED"));
        request.stageId = standard + QStringLiteral("|INTERVIEW|Onsite");
        result.reset();
        StatusPushBack::execute(m_client, target.value(),
                                StatusPushBack::buildStatusChange(request, catalog.stages().value(), {}, *reasons).value(),
                                &context, [&](const sd::sr::ApiError &e) { result = e; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->isError(), qPrintable(result->detail));
    }
};

QTEST_GUILESS_MAIN(TestStageSyncSandbox)
#include "tst_stagesync_sandbox.moc"
