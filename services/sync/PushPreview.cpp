#include "PushPreview.h"

#include "ApiClient.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Candidates.h"
#include "FieldMapping.h"
#include "RemoteValues.h"
#include "SettingsStore.h"
#include "SyncRules.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Templates.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sd::sync {

namespace {

QList<FieldPreview> toPreview(const QList<FieldDecision> &decisions)
{
    QList<FieldPreview> out;
    for (const FieldDecision &d : decisions)
        out.append({d.srField, srFieldLabel(d.srField), d.remoteValue, d.localValue, toKey(d.rule), d.send, d.why});
    return out;
}

// SmartRecruiters takes at most 50 characters per tag.
QStringList fitTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags)
        out.append(t.left(50));
    return out;
}

} // namespace

FieldMapping mappingOf(const ResolvedSettings &settings)
{
    const QString json = settings.text(QLatin1String(key::FieldMapping));
    if (json.trimmed().isEmpty())
        return FieldMapping::defaults();
    Result<FieldMapping> m = FieldMapping::fromJson(json);
    return m ? m.value() : FieldMapping::defaults();
}

QHash<QString, QString> pushContext(const QString &campaignName, const QString &status)
{
    return {{QStringLiteral("campaign"), campaignName}, {QStringLiteral("status"), status}};
}

Result<CreatePlan> planCreate(const Workspace &workspace, const QString &actor, qint64 candidateId, qint64 campaignId)
{
    Result<Candidate> candidate = CandidateRepository(workspace).get(candidateId);
    if (!candidate)
        return candidate.error();
    Result<ResolvedSettings> settings = SettingsStore(workspace).resolve(actor, campaignId, candidateId);
    if (!settings)
        return settings.error();
    CreatePlan plan;
    QString campaignName;
    QString status = toKey(MemberStatus::Added);
    SyncStore store(workspace);
    if (campaignId > 0) {
        Result<Campaign> campaign = CampaignRepository(workspace).get(campaignId);
        if (!campaign)
            return campaign.error();
        campaignName = campaign->name;
        Result<std::optional<CampaignMember>> member = CampaignRepository(workspace).member(campaignId, candidateId);
        if (member && member->has_value())
            status = toKey((*member)->status);
        Result<std::optional<CampaignJob>> job = store.campaignJob(campaignId);
        if (!job)
            return job.error();
        if (job->has_value()) {
            plan.jobId = (*job)->srJobId;
            plan.jobTitle = (*job)->jobTitle;
        }
    }
    const FieldMapping mapping = mappingOf(*settings);
    const QHash<QString, QString> context = pushContext(campaignName, status);
    const QMap<QString, QString> local = localSrValues(mapping, *candidate, context);
    const QList<FieldDecision> decisions = decideFields(mapping, local, nullptr);
    plan.fields = toPreview(decisions);
    QMap<QString, QString> toSend;
    for (const FieldDecision &d : decisions)
        if (d.send)
            toSend.insert(d.srField, d.localValue);
    plan.body = toSrJson(toSend, false);
    for (auto it = toSend.cbegin(); it != toSend.cend(); ++it)
        plan.hasProperties = plan.hasProperties || isPropertyField(it.key());
    for (const QString &f : missingMandatory(settings->list(QLatin1String(key::MandatoryFields)), local))
        plan.missingMandatory.append(f);
    const ConsentDecision consent = decideConsent(*settings, *candidate);
    if (consent.hold)
        plan.holdReason = consent.reason;
    if (settings->flag(QLatin1String(key::TagsEnabled)) && campaignId > 0) {
        plan.tags = fitTags(tagsAfter(settings->text(QLatin1String(key::TagTemplate)), campaignName,
                                      status, candidatePlaceholders(*candidate), {}));
        if (!plan.tags.isEmpty())
            plan.body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(plan.tags));
    }
    plan.source = settings->text(QLatin1String(key::Source));
    plan.email = local.value(QStringLiteral("email"));
    plan.firstName = local.value(QStringLiteral("firstName"));
    plan.lastName = local.value(QStringLiteral("lastName"));
    if (!consent.consentText.isEmpty())
        plan.consentText = consent.consentText;
    return plan;
}

PreviewRunner::PreviewRunner(std::shared_ptr<Workspace> workspace, sr::ApiClient *client, QString actor, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_client(client), m_actor(std::move(actor))
{
}

void PreviewRunner::build(qint64 candidateId, qint64 campaignId, std::function<void(const PushPreview &)> done)
{
    PushPreview p;
    p.candidateId = candidateId;
    p.campaignId = campaignId;
    Result<CreatePlan> plan = planCreate(*m_workspace, m_actor, candidateId, campaignId);
    if (!plan) {
        p.error = plan.error().toString();
        done(p);
        return;
    }
    p.fields = plan->fields;
    p.tags = plan->tags;
    p.missingMandatory = plan->missingMandatory;
    p.holdReason = plan->holdReason;
    SyncStore store(*m_workspace);
    Result<std::optional<SrLink>> link = store.link(candidateId);
    if (link && link->has_value())
        p.srCandidateId = (*link)->srCandidateId;
    if (Result<std::optional<ReviewItem>> review = store.openReviewFor(candidateId); review && review->has_value())
        p.holdReason = tr("A possible match in SmartRecruiters waits for review: %1").arg((*review)->evidence);

    if (p.srCandidateId.isEmpty()) {
        p.action = plan->jobId.isEmpty() ? tr("Create the candidate in the talent pool")
                                         : tr("Create the candidate on the job \"%1\"").arg(plan->jobTitle);
        p.method = QStringLiteral("POST");
        p.path = plan->jobId.isEmpty() ? QStringLiteral("/candidates") : QStringLiteral("/jobs/%1/candidates").arg(plan->jobId);
        p.body = plan->body;
        if (!plan->source.isEmpty())
            p.warnings.append(tr("The source \"%1\" is checked against SmartRecruiters' sources when the push runs; "
                                 "an unknown one falls back to the connection's default.")
                                  .arg(plan->source));
        done(p);
        return;
    }

    // Linked: the update judged against SmartRecruiters' current values, read now.
    p.action = tr("Update the linked SmartRecruiters candidate");
    if (!m_client) {
        p.warnings.append(tr("Not connected: SmartRecruiters' current values could not be read."));
        done(p);
        return;
    }
    const std::shared_ptr<Workspace> ws = m_workspace;
    const QString actor = m_actor;
    sr::CandidatesApi(m_client).get(
        p.srCandidateId, this, [p, ws, actor, candidateId, campaignId, done](const sr::Result<sr::Candidate> &r) mutable {
            if (!r.ok()) {
                p.error = r.error.message;
                done(p);
                return;
            }
            Result<ResolvedSettings> settings = SettingsStore(*ws).resolve(actor, campaignId, candidateId);
            Result<Candidate> candidate = CandidateRepository(*ws).get(candidateId);
            if (!settings || !candidate) {
                p.error = (!settings ? settings.error() : candidate.error()).toString();
                done(p);
                return;
            }
            const FieldMapping mapping = mappingOf(*settings);
            QMap<QString, QString> local;
            for (const FieldPreview &f : std::as_const(p.fields))
                local.insert(f.srField, f.localValue);
            const QMap<QString, QString> remote = remoteSrValues(r.value.raw);
            const QList<FieldDecision> decisions = decideFields(mapping, local, &remote);
            p.fields = toPreview(decisions);
            QMap<QString, QString> toSend;
            for (const FieldDecision &d : decisions)
                if (d.send && isPatchable(d.srField))
                    toSend.insert(d.srField, d.localValue);
            p.body = toSrJson(toSend, true);
            p.method = p.body.isEmpty() ? QString() : QStringLiteral("PATCH");
            p.path = p.body.isEmpty() ? QString() : QStringLiteral("/candidates/%1").arg(p.srCandidateId);
            if (!settings->flag(QLatin1String(key::ManualUpdates)))
                p.warnings.append(tr("\"Sync manual contact updates\" is off: edits are not sent on their own."));
            done(p);
        });
}

} // namespace sd::sync
