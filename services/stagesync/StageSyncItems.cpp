// StageSync, per application: is it new enough, what is its stage, and what it changes here.
#include "StageSync.h"

#include "ApiClient.h"
#include "Applications.h"
#include "CampaignRepository.h"
#include "Jobs.h"
#include "StageSyncStore.h"

#include <algorithm>

namespace sd::stagesync {

namespace {

const QString kActor = QStringLiteral("SmartRecruiters");

// GET /candidates/{id}/jobs/{jobId}/status/history: only the dates matter here.
struct StatusHistory
{
    QList<QDateTime> changedOn;

    static StatusHistory fromJson(const sr::JsonReader &r)
    {
        StatusHistory h;
        for (const sr::JsonReader &e : r.objects(QStringLiteral("content")))
            h.changedOn.append(parseSrDate(e.string(QStringLiteral("changedOn"))));
        return h;
    }
};

} // namespace

void StageSync::enqueuePending()
{
    int added = 0;
    const QStringList keys = m_pendingIn.keys();
    for (const QString &key : keys) {
        const ApplicationRef ref = m_pendingIn.value(key);
        if (m_seen.contains(key))
            continue; // the delta brought it already
        if (m_links.value(ref.srCandidateId) != ref.candidateId || !m_jobs.contains(ref.srJobId)) {
            m_pendingIn.remove(key); // unlinked since: nothing to re-check
            continue;
        }
        m_seen.insert(key);
        WorkItem item;
        item.candidateId = ref.candidateId;
        item.srCandidateId = ref.srCandidateId;
        item.jobId = ref.srJobId;
        item.newness = Newness::New; // it passed the check when it was first seen
        m_queue.push_back(item);
        ++added;
    }
    m_report.applications += added;
    m_total += added;
    if (added > 0)
        emit progress(m_done, m_total);
}

void StageSync::advance(WorkItem item)
{
    if (m_stopping) {
        itemDone();
        return;
    }
    if (item.newness == Newness::Unknown) {
        if (!m_config.onlyNewApplications) {
            item.newness = Newness::New;
        } else {
            const auto tracked = StageSyncStore(m_workspace).application(item.candidateId, item.jobId);
            if (!tracked) {
                fail(tracked.error());
                itemDone();
                return;
            }
            const QDateTime created = parseSrDate(item.createdOn);
            if (tracked.value() || (created.isValid() && created >= m_sinceStart)) {
                item.newness = Newness::New;
            } else {
                fetchHistory(item);
                return;
            }
        }
    }
    if (item.newness == Newness::Old) {
        ++m_report.skippedOld;
        itemDone();
        return;
    }
    if (!item.stageKnown) {
        fetchApplication(item);
        return;
    }
    apply(item);
    itemDone();
}

void StageSync::fetchHistory(WorkItem item)
{
    const QString path = QStringLiteral("/candidates/%1/jobs/%2/status/history")
                             .arg(sr::pathSegment(item.srCandidateId), sr::pathSegment(item.jobId));
    track(m_client->call<StatusHistory>(m_client->prepare(sr::ApiRequest::get(path)), this,
                                        [this, item](const sr::Result<StatusHistory> &r) mutable {
        if (m_stopping) {
            itemDone();
            return;
        }
        if (!r.ok()) {
            // Unknown age: not applied (the safe side), reported so the scope can be granted.
            addError(r.error.message);
            item.newness = Newness::Old;
        } else {
            QList<QDateTime> dates = r.value.changedOn;
            dates.removeIf([](const QDateTime &d) { return !d.isValid(); });
            const auto first = std::min_element(dates.cbegin(), dates.cend());
            item.newness = first != dates.cend() && *first >= m_sinceStart ? Newness::New : Newness::Old;
        }
        advance(item);
    }));
}

void StageSync::fetchApplication(WorkItem item)
{
    track(sr::ApplicationsApi(m_client).get(item.srCandidateId, item.jobId, this,
                                            [this, item](const sr::Result<sr::Application> &r) mutable {
        if (m_stopping) {
            itemDone();
            return;
        }
        if (r.error.kind == sr::ApiError::Kind::NotFound) {
            m_pendingIn.remove(applicationKey(item.srCandidateId, item.jobId));
            DriftItem d;
            d.candidateId = item.candidateId;
            d.srCandidateId = item.srCandidateId;
            d.srJobId = item.jobId;
            d.kind = DriftKind::ApplicationGone;
            d.why = driftText(d.kind);
            m_report.drift.append(d);
            itemDone();
            return;
        }
        if (!r.ok()) {
            addError(r.error.message);
            itemDone();
            return;
        }
        item.stageKnown = true;
        item.stage = {r.value.status, r.value.subStatus};
        advance(item);
    }));
}

void StageSync::apply(const WorkItem &item)
{
    StageSyncStore store(m_workspace);
    const auto previous = store.application(item.candidateId, item.jobId);
    if (!previous) {
        fail(previous.error());
        return;
    }
    const QString key = applicationKey(item.srCandidateId, item.jobId);
    m_pendingIn.remove(key);
    const StageMatch match = matchStage(m_stages, item.stage.status, item.stage.subStatus);
    bool drifted = false;
    std::optional<RemoteStage> before;
    if (previous.value())
        before = previous.value()->stage;
    CampaignRepository campaigns(m_workspace);
    for (const qint64 campaignId : m_jobs.value(item.jobId)) {
        const auto local = store.memberStatus(campaignId, item.candidateId);
        if (!local) {
            fail(local.error());
            return;
        }
        if (!local.value())
            continue; // applied to the job, but not a member of this campaign
        const Decision d = decide(match, before, item.stage, *local.value());
        if (d.action == Action::Apply) {
            // Member status first, then the stored application: if we stop in between, the next
            // run sees the stage as new again and applies it again (idempotent).
            const auto changed = campaigns.setStatus(campaignId, {item.candidateId}, *match.status, kActor);
            if (!changed) {
                fail(changed.error());
                return;
            }
            m_report.updated.append({campaignId, item.candidateId, item.srCandidateId, item.jobId, match.stageIds,
                                     *local.value(), *match.status});
        } else if (d.action == Action::Drift) {
            m_report.drift.append({item.candidateId, campaignId, item.srCandidateId, item.jobId, item.stage.status,
                                   item.stage.subStatus, match.stageIds, *local.value(), d.drift, driftText(d.drift)});
            drifted = true;
        }
    }
    if (match.drift != DriftKind::None) {
        // Not stored as pulled: once the stage resolves, it must count as moved and be applied.
        if (drifted)
            m_pendingOut.insert(key, {item.candidateId, item.srCandidateId, item.jobId});
        return;
    }
    if (Status s = store.saveApplication(item.candidateId, item.jobId, item.stage, item.updatedOn))
        fail(*s);
}

} // namespace sd::stagesync
