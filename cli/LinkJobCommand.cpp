// campaigns link-job CAMPAIGN (--job SR_JOB_ID | --talent-pool | --none): which SmartRecruiters job
// a campaign's candidates are pushed to. A job is checked in SmartRecruiters first: it must exist
// and its status must be in the job status whitelist (sync.jobStatuses).
#include "CommandLine.h"
#include "Commands.h"
#include "ConnectionManager.h"
#include "Context.h"
#include "Jobs.h"
#include "JsonShapes.h"
#include "SyncRules.h"
#include "SyncStore.h"
#include "SyncSupport.h"
#include "Tr.h"

#include <QDateTime>
#include <QJsonObject>

namespace sd::cli {

namespace {

QJsonValue jobJsonValue(const std::optional<sync::CampaignJob> &job)
{
    if (!job)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("srJobId"), job->srJobId},
                       {QStringLiteral("title"), job->jobTitle},
                       {QStringLiteral("talentPool"), job->isTalentPool()},
                       {QStringLiteral("linkedBy"), job->linkedBy},
                       {QStringLiteral("linkedAt"), json::time(job->linkedAt)}};
}

// The job as SmartRecruiters has it, or the reason it cannot be used.
Expected<sr::Job> checkJob(Context &ctx, SrSession &session, const QString &jobId, qint64 campaignId)
{
    std::optional<sr::Result<sr::Job>> answer;
    sr::JobsApi(session.client()).get(jobId, session.manager(), [&](const sr::Result<sr::Job> &r) {
        answer = r;
    });
    waitFor([&] { return answer.has_value(); }, 120000);
    if (!answer)
        return remoteError(Tr::tr("SmartRecruiters did not answer in time."));
    if (!answer->ok()) {
        if (answer->error.kind == sr::ApiError::Kind::NotFound)
            return notFoundError(
                Tr::tr("SmartRecruiters has no job '%1'; 'sourcedesk-cli jobs' lists them.").arg(jobId),
                QStringLiteral("--job"));
        return remoteError(answer->error.message);
    }
    auto settings = resolveSettings(ctx, ctx.actor(), campaignId);
    if (!settings.ok())
        return settings.error();
    const sr::Job &job = answer->value;
    const QString whitelistKey = QString::fromLatin1(sync::key::JobStatuses);
    if (!sync::jobOffered(settings.value(), job.status)) {
        const QStringList allowed = settings->list(whitelistKey);
        return conflictError(
            Tr::tr("Job '%1' (%2) is %3; only jobs that are %4 can be linked (the job status whitelist, "
                   "%5). Choose another job, or widen the whitelist: 'sourcedesk-cli settings set %5 "
                   "%6 --team'.")
                .arg(job.title, job.id, job.status.isEmpty() ? Tr::tr("without a status") : job.status,
                     allowed.join(QStringLiteral(", ")), whitelistKey,
                     (allowed + QStringList{job.status}).join(u',')),
            QStringLiteral("--job"));
    }
    return job;
}

int linkJob(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("campaigns link-job"),
        QStringLiteral("CAMPAIGN (--job SR_JOB_ID | --talent-pool | --none)"),
        Tr::tr("Choose where the campaign's candidates go in SmartRecruiters: a job (checked in "
               "SmartRecruiters: it must exist and its status be in the job status whitelist), the "
               "talent pool, or nowhere (--none unlinks)."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("The campaign's name or id."));
    cl.addOption(QCommandLineOption(QStringLiteral("job"),
                                    Tr::tr("The SmartRecruiters job id ('sourcedesk-cli jobs' lists them)."),
                                    Tr::tr("SR_JOB_ID")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("talent-pool"), Tr::tr("Push to the talent pool, on no job.")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("none"), Tr::tr("Unlink: the campaign pushes to no job.")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    QStringList given;
    for (const char *name : {"job", "talent-pool", "none"}) {
        if (cl.isSet(QString::fromLatin1(name)))
            given << QStringLiteral("--") + QString::fromLatin1(name);
    }
    if (given.isEmpty())
        return ctx.fail(
            cl.usage(Tr::tr("'campaigns link-job' needs one of --job SR_JOB_ID, --talent-pool or --none."),
                     QStringLiteral("--job")));
    if (given.size() > 1)
        return ctx.fail(cl.usage(Tr::tr("Give one of --job, --talent-pool or --none, not %1.")
                                     .arg(given.join(QStringLiteral(" and "))),
                                 given.at(1)));
    const QString jobId = cl.value(QStringLiteral("job")).trimmed();
    if (cl.isSet(QStringLiteral("job")) && jobId.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("--job needs a SmartRecruiters job id."), QStringLiteral("--job")));
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("CAMPAIGN"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());
    sync::SyncStore store(ctx.workspace());
    auto before = store.campaignJob(campaign->id);
    if (!before.ok())
        return ctx.fail(fromError(before.error(), ErrorSource::Data));
    OutputFormatter &out = ctx.output();
    const QJsonObject campaignRef{{QStringLiteral("id"), campaign->id},
                                  {QStringLiteral("name"), campaign->name}};

    if (cl.isSet(QStringLiteral("none"))) {
        if (before.value()) {
            if (Status s = store.unlinkCampaignJob(campaign->id))
                return ctx.fail(fromError(*s, ErrorSource::Data));
        }
        if (out.json())
            out.printJson({{QStringLiteral("campaign"), campaignRef},
                           {QStringLiteral("job"), QJsonValue()},
                           {QStringLiteral("previous"), jobJsonValue(before.value())}});
        else
            out.print(
                before.value()
                    ? Tr::tr("Campaign '%1' (id %2) no longer pushes to SmartRecruiters.")
                          .arg(campaign->name)
                          .arg(campaign->id)
                    : Tr::tr("Campaign '%1' (id %2) was not linked.").arg(campaign->name).arg(campaign->id));
        return ExitOk;
    }

    sync::CampaignJob link;
    link.campaignId = campaign->id;
    link.linkedBy = ctx.actor();
    link.linkedAt = QDateTime::currentDateTimeUtc();
    QString status;
    if (!jobId.isEmpty()) {
        SrSession session;
        if (auto rc = session.open(ctx))
            return *rc;
        auto job = checkJob(ctx, session, jobId, campaign->id);
        if (!job.ok())
            return ctx.fail(job.error());
        link.srJobId = job->id.isEmpty() ? jobId : job->id;
        link.jobTitle = job->title;
        status = job->status;
    }
    if (Status s = store.setCampaignJob(link))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    if (out.json()) {
        QJsonObject job = jobJsonValue(link).toObject();
        if (!status.isEmpty())
            job.insert(QStringLiteral("status"), status);
        out.printJson({{QStringLiteral("campaign"), campaignRef},
                       {QStringLiteral("job"), job},
                       {QStringLiteral("previous"), jobJsonValue(before.value())}});
    } else if (link.isTalentPool()) {
        out.print(Tr::tr("Campaign '%1' (id %2) now pushes its candidates to the talent pool.")
                      .arg(campaign->name)
                      .arg(campaign->id));
    } else {
        out.print(Tr::tr("Campaign '%1' (id %2) now pushes its candidates to job '%3' (%4, %5).")
                      .arg(campaign->name)
                      .arg(campaign->id)
                      .arg(link.jobTitle, link.srJobId, status));
    }
    return ExitOk;
}

} // namespace

int runCampaignLinkJob(Context &context, const QStringList &args)
{
    return linkJob(context, args);
}

} // namespace sd::cli
