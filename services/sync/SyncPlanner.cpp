#include "SyncPlanner.h"

#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "FieldMapping.h"
#include "Labels.h"
#include "Outbox.h"
#include "PushPreview.h"
#include "SettingsStore.h"
#include "StageCatalog.h"
#include "StatusPushBack.h"
#include "SyncRules.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Templates.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::SyncPlanner", text);
}

} // namespace

struct SyncPlanner::Context
{
    qint64 campaignId = 0;
    Candidate candidate;
    QString campaignName;
    std::optional<MemberStatus> status; // in this campaign
    ResolvedSettings settings;
    std::optional<SrLink> link;
    std::optional<CampaignJob> job;
};

SyncPlanner::SyncPlanner(std::shared_ptr<Workspace> workspace, QString actor)
    : m_keep(std::move(workspace)), m_workspace(m_keep.get()), m_actor(std::move(actor))
{
}

SyncPlanner::SyncPlanner(const Workspace &workspace, QString actor) : m_workspace(&workspace), m_actor(std::move(actor))
{
}

Result<SyncPlanner::Context> SyncPlanner::context(qint64 campaignId, qint64 candidateId) const
{
    Context ctx;
    ctx.campaignId = campaignId;
    Result<Candidate> candidate = CandidateRepository(*m_workspace).get(candidateId);
    if (!candidate)
        return candidate.error();
    ctx.candidate = candidate.value();
    if (campaignId > 0) {
        CampaignRepository campaigns(*m_workspace);
        Result<Campaign> campaign = campaigns.get(campaignId);
        if (!campaign)
            return campaign.error();
        ctx.campaignName = campaign->name;
        Result<std::optional<CampaignMember>> member = campaigns.member(campaignId, candidateId);
        if (!member)
            return member.error();
        if (member->has_value())
            ctx.status = (*member)->status;
        Result<std::optional<CampaignJob>> job = SyncStore(*m_workspace).campaignJob(campaignId);
        if (!job)
            return job.error();
        ctx.job = job.value();
    }
    Result<ResolvedSettings> settings = SettingsStore(*m_workspace).resolve(m_actor, campaignId, candidateId);
    if (!settings)
        return settings.error();
    ctx.settings = settings.value();
    Result<std::optional<SrLink>> link = SyncStore(*m_workspace).link(candidateId);
    if (!link)
        return link.error();
    ctx.link = link.value();
    return ctx;
}

Status SyncPlanner::planCreate(Context &ctx, bool force, bool linkToJob, PlanSummary &summary)
{
    if (ctx.candidate.sample)
        return std::nullopt; // the removable sample data never goes to the company's ATS
    Outbox outbox(*m_workspace);
    if (ctx.link) {
        // Already in SmartRecruiters: a campaign on a job asks for the job link; tags follow the outcome.
        if (linkToJob && ctx.job && !ctx.job->isTalentPool()) {
            OutboxJob link = OutboxJob::make(JobKind::Link, ctx.candidate.id, ctx.campaignId,
                                             {{QStringLiteral("jobId"), ctx.job->srJobId},
                                              {QStringLiteral("jobTitle"), ctx.job->jobTitle}});
            link.priority = 1;
            if (Status s = outbox.enqueue(link, m_actor))
                return s;
            ++summary.queued;
        }
        return planTags(ctx, summary);
    }
    Result<bool> open = outbox.hasOpenJob(ctx.candidate.id, JobKind::Create);
    if (!open)
        return open.error();
    if (*open)
        return std::nullopt;
    const CreateTrigger trigger = ctx.settings.createTrigger();
    if (trigger == CreateTrigger::Never) {
        if (force) {
            ++summary.skipped;
            summary.reasons.append(tr("%1: \"Add candidate to SmartRecruiters\" is set to \"Don't add\".")
                                       .arg(ctx.candidate.displayName()));
        }
        return std::nullopt;
    }
    if (!force && !(ctx.status && createTriggerFired(trigger, *ctx.status)))
        return std::nullopt;
    OutboxJob create = OutboxJob::make(JobKind::Create, ctx.candidate.id, ctx.campaignId);
    if (Status s = outbox.enqueue(create, m_actor))
        return s;
    ++summary.queued;
    return std::nullopt;
}

Status SyncPlanner::planTags(Context &ctx, PlanSummary &summary)
{
    if (ctx.candidate.sample)
        return std::nullopt;
    if (ctx.campaignId <= 0 || !ctx.settings.flag(QLatin1String(key::TagsEnabled)))
        return std::nullopt;
    Outbox outbox(*m_workspace);
    if (!ctx.link) {
        // A create still to come writes the tags itself, with the status of that moment.
        return std::nullopt;
    }
    OutboxJob tags = OutboxJob::make(JobKind::SetTags, ctx.candidate.id, ctx.campaignId,
                                     {{QStringLiteral("status"), ctx.status ? toKey(*ctx.status) : QString()}});
    if (Status s = outbox.enqueue(tags, m_actor))
        return s;
    ++summary.queued;
    return std::nullopt;
}

Status SyncPlanner::planNote(Context &ctx, const QString &kindKey, const QString &content, PlanSummary &summary)
{
    if (ctx.candidate.sample)
        return std::nullopt;
    const bool linked = ctx.link.has_value();
    const bool fired = ctx.status && createTriggerFired(ctx.settings.createTrigger(), *ctx.status);
    const bool lookForMatch = !linked && !ctx.settings.flag(QLatin1String(key::NotesOnlySynced));
    const NoteDecision d = decideNote(ctx.settings, kindKey, linked, lookForMatch, fired);
    if (d.action == NoteAction::Skip) {
        ++summary.skipped;
        if (!d.reason.isEmpty())
            summary.reasons.append(d.reason);
        return std::nullopt;
    }
    QJsonObject payload{{QStringLiteral("kind"), kindKey}, {QStringLiteral("content"), content}};
    if (lookForMatch)
        payload.insert(QStringLiteral("findMatch"), true);
    OutboxJob note = OutboxJob::make(JobKind::AddNote, ctx.candidate.id, ctx.campaignId, payload);
    // Without a create on its way, a note for a candidate not yet in SmartRecruiters waits aside.
    Result<bool> creating = Outbox(*m_workspace).hasOpenJob(ctx.candidate.id, JobKind::Create);
    if (!creating)
        return creating.error();
    if (d.action == NoteAction::Hold && !*creating)
        note.state = JobState::Held;
    if (Status s = Outbox(*m_workspace).enqueue(note, m_actor))
        return s;
    if (note.state == JobState::Held) {
        ++summary.held;
        if (!d.reason.isEmpty())
            summary.reasons.append(d.reason);
    } else {
        ++summary.queued;
    }
    return std::nullopt;
}

Status SyncPlanner::planPushBack(Context &ctx, MemberStatus status, const QString &stageId, const QString &reasonId,
                                 bool explicitRequest, PlanSummary &summary)
{
    if (ctx.candidate.sample || !ctx.link || !ctx.job || ctx.job->isTalentPool())
        return explicitRequest ? Status(Error(Error::Code::InvalidArgument,
                                              tr("%1 has no application to update: the candidate is not in SmartRecruiters "
                                                 "or the campaign is not linked to a job.")
                                                  .arg(ctx.candidate.displayName())))
                               : Status();
    if (!explicitRequest && !ctx.settings.flag(QLatin1String(key::StageSyncPushBack)))
        return std::nullopt;
    stagesync::StageCatalog catalog(*m_workspace);
    Result<QList<stagesync::Stage>> stages = catalog.stages();
    if (!stages)
        return stages.error();
    stagesync::PushBackRequest request;
    request.localStatus = status;
    request.stageId = stageId;
    request.reasonId = reasonId;
    // Reasons are checked against SmartRecruiters' lists by the picker that offers them; here the
    // id is passed through and SmartRecruiters refuses an unknown one (REASON_NOT_FOUND).
    stagesync::ReasonLists reasons;
    if (!reasonId.isEmpty()) {
        reasons.loaded = true;
        reasons.rejection.append({reasonId, QString()});
        reasons.withdrawal.append({reasonId, QString()});
    }
    Result<sr::StatusChange> change =
        stagesync::StatusPushBack::buildStatusChange(request, *stages, catalog.preferredStages(), reasons);
    if (!change) {
        if (explicitRequest)
            return change.error();
        ++summary.skipped;
        summary.reasons.append(tr("%1: the status was not pushed to SmartRecruiters: %2")
                                   .arg(ctx.candidate.displayName(), change.error().message));
        return std::nullopt;
    }
    OutboxJob job = OutboxJob::make(JobKind::SetStatus, ctx.candidate.id, ctx.campaignId,
                                    {{QStringLiteral("jobId"), ctx.job->srJobId},
                                     {QStringLiteral("status"), change->status},
                                     {QStringLiteral("subStatus"), change->subStatus},
                                     {QStringLiteral("reason"), change->reason}});
    if (Status s = Outbox(*m_workspace).enqueue(job, m_actor))
        return s;
    ++summary.queued;
    return std::nullopt;
}

Result<PlanSummary> SyncPlanner::pushStatus(qint64 campaignId, qint64 candidateId, MemberStatus status,
                                            const QString &stageId, const QString &reasonId)
{
    PlanSummary summary;
    Result<Context> ctx = context(campaignId, candidateId);
    if (!ctx)
        return ctx.error();
    if (Status s = planPushBack(*ctx, status, stageId, reasonId, true, summary))
        return *s;
    return summary;
}

Result<PlanSummary> SyncPlanner::membersAdded(qint64 campaignId, const QList<qint64> &candidateIds)
{
    PlanSummary summary;
    for (qint64 id : candidateIds) {
        Result<Context> ctx = context(campaignId, id);
        if (!ctx)
            return ctx.error();
        if (Status s = planCreate(*ctx, false, true, summary))
            return *s;
    }
    return summary;
}

Result<PlanSummary> SyncPlanner::pushNow(qint64 campaignId, const QList<qint64> &candidateIds)
{
    PlanSummary summary;
    for (qint64 id : candidateIds) {
        Result<Context> ctx = context(campaignId, id);
        if (!ctx)
            return ctx.error();
        if (Status s = planCreate(*ctx, true, true, summary))
            return *s;
    }
    return summary;
}

Result<PlanSummary> SyncPlanner::statusChanged(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status)
{
    PlanSummary summary;
    for (qint64 id : candidateIds) {
        Result<Context> ctx = context(campaignId, id);
        if (!ctx)
            return ctx.error();
        ctx->status = status;
        // Fires the create when this status is the trigger; queues the new outcome tag when linked.
        if (Status s = planCreate(*ctx, false, false, summary))
            return *s;
        if (Status s = planPushBack(*ctx, status, QString(), QString(), false, summary))
            return *s;
        const QString content = tr("Status in \"%1\" changed to %2.").arg(ctx->campaignName, label(status));
        if (Status s = planNote(*ctx, QLatin1String(StatusChangeKind), content, summary))
            return *s;
    }
    return summary;
}

Result<PlanSummary> SyncPlanner::activityLogged(const Activity &activity, std::optional<MemberStatus> statusNow)
{
    PlanSummary summary;
    Result<Context> ctx = context(activity.campaignId, activity.candidateId);
    if (!ctx)
        return ctx.error();
    // A reply can be what fires the create: check the trigger with the status the activity led to.
    if (ctx->status)
        if (const std::optional<MemberStatus> next = statusAfterActivity(*ctx->status, activity.kind))
            ctx->status = next;
    if (activity.campaignId > 0 && !ctx->link)
        if (Status s = planCreate(*ctx, false, false, summary))
            return *s;
    if (statusNow && ctx->link)
        if (Status s = planTags(*ctx, summary))
            return *s;
    QHash<QString, QString> values = candidatePlaceholders(ctx->candidate);
    values.insert(QStringLiteral("activity"), label(activity.kind));
    values.insert(QStringLiteral("campaign"), ctx->campaignName);
    values.insert(QStringLiteral("subject"), activity.subject);
    values.insert(QStringLiteral("body"), activity.body);
    values.insert(QStringLiteral("author"), activity.author);
    values.insert(QStringLiteral("date"), QLocale().toString(activity.occurredAt.toLocalTime(), QLocale::ShortFormat));
    const QString content =
        renderTemplate(ctx->settings.text(QLatin1String(key::NoteTemplate)), values).trimmed();
    if (Status s = planNote(*ctx, toKey(activity.kind), content, summary))
        return *s;
    return summary;
}

Result<PlanSummary> SyncPlanner::candidateEdited(qint64 candidateId, const QStringList &changedFields)
{
    PlanSummary summary;
    Result<Context> ctx = context(0, candidateId);
    if (!ctx)
        return ctx.error();
    if (ctx->candidate.sample || !ctx->link || !ctx->settings.flag(QLatin1String(key::ManualUpdates)))
        return summary;
    // Only edits of fields the mapping reads are worth a round trip.
    const FieldMapping mapping = mappingOf(ctx->settings);
    bool mapped = false;
    for (const FieldRule &r : mapping.rules)
        for (const QString &f : changedFields)
            mapped = mapped || r.source == f || r.source.contains(QLatin1Char('{') + f + QLatin1Char('}'))
                     || (f == QLatin1String(field::Emails) && r.source == QLatin1String(field::Emails));
    if (!mapped)
        return summary;
    Outbox outbox(*m_workspace);
    Result<bool> open = outbox.hasOpenJob(candidateId, JobKind::UpdateFields);
    if (!open)
        return open.error();
    if (*open)
        return summary; // the waiting update reads the values when it runs
    OutboxJob update = OutboxJob::make(JobKind::UpdateFields, candidateId, 0);
    if (Status s = outbox.enqueue(update, m_actor))
        return *s;
    ++summary.queued;
    return summary;
}

Result<PlanSummary> SyncPlanner::attachmentAdded(qint64 candidateId, qint64 attachmentId)
{
    PlanSummary summary;
    Result<Context> ctx = context(0, candidateId);
    if (!ctx)
        return ctx.error();
    if (ctx->candidate.sample || !ctx->settings.flag(QLatin1String(key::UploadAttachments)))
        return summary;
    if (!ctx->link)
        return summary; // uploaded right after the create
    OutboxJob upload = OutboxJob::make(JobKind::UploadAttachment, candidateId, 0,
                                       {{QStringLiteral("attachmentId"), attachmentId}});
    if (Status s = Outbox(*m_workspace).enqueue(upload, m_actor))
        return *s;
    ++summary.queued;
    return summary;
}

} // namespace sd::sync
