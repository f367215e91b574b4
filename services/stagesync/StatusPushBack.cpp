#include "StatusPushBack.h"

#include "ApiClient.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <memory>

namespace sd::stagesync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::stagesync::StatusPushBack", text);
}

Error refuse(PushBackProblem why, PushBackProblem *problem, const QString &message, const QString &field)
{
    if (problem)
        *problem = why;
    return Error(why == PushBackProblem::NoMapping || why == PushBackProblem::UnknownStage ? Error::Code::NotFound
                                                                                           : Error::Code::InvalidArgument,
                 message, field);
}

const Stage *findStage(const QList<Stage> &stages, const QString &id)
{
    for (const Stage &s : stages) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

Result<sr::StatusChange> StatusPushBack::buildStatusChange(const PushBackRequest &request, const QList<Stage> &stages,
                                                           const QHash<MemberStatus, QString> &preferred,
                                                           const ReasonLists &reasons, PushBackProblem *problem)
{
    if (problem)
        *problem = PushBackProblem::None;
    const QString stageField = QStringLiteral("stage");
    const QString reasonField = QStringLiteral("reason");
    QList<const Stage *> mapped;
    for (const Stage &s : stages) {
        if (s.mapping == request.localStatus)
            mapped.append(&s);
    }
    if (mapped.isEmpty())
        return refuse(PushBackProblem::NoMapping, problem,
                      tr("No SmartRecruiters stage is mapped to this status, so it cannot be sent to SmartRecruiters."),
                      stageField);
    const Stage *target = nullptr;
    const QString chosen = !request.stageId.isEmpty() ? request.stageId : preferred.value(request.localStatus);
    if (!chosen.isEmpty()) {
        target = findStage(stages, chosen);
        if (!target)
            return refuse(PushBackProblem::UnknownStage, problem,
                          tr("The SmartRecruiters stage %1 is not in the stage list any more.").arg(chosen), stageField);
        if (target->mapping != request.localStatus)
            return refuse(PushBackProblem::StageNotForStatus, problem,
                          tr("The stage “%1” is mapped to another status.").arg(target->displayName()), stageField);
    } else if (mapped.size() == 1) {
        target = mapped.first();
    } else {
        QStringList names;
        for (const Stage *s : std::as_const(mapped))
            names.append(s->displayName());
        return refuse(PushBackProblem::AmbiguousStage, problem,
                      tr("Several SmartRecruiters stages are mapped to this status; choose one: %1")
                          .arg(names.join(QStringLiteral(", "))),
                      stageField);
    }
    if (!target->flag.isEmpty())
        return refuse(PushBackProblem::StageFlagged, problem,
                      tr("The stage “%1” is %2; review the mapping first.").arg(target->displayName(), target->flagText()),
                      stageField);

    const bool rejected = target->status == u"REJECTED";
    const bool withdrawn = target->status == u"WITHDRAWN";
    if (!rejected && !withdrawn && !request.reasonId.isEmpty())
        return refuse(PushBackProblem::ReasonNotAllowed, problem,
                      tr("A reason can only be given for a rejection or a withdrawal."), reasonField);
    if ((rejected || withdrawn) && request.reasonId.isEmpty())
        return refuse(PushBackProblem::ReasonRequired, problem,
                      rejected ? tr("Choose a rejection reason.") : tr("Choose a withdrawal reason."), reasonField);
    if (rejected || withdrawn) {
        if (!reasons.loaded)
            return refuse(PushBackProblem::ReasonsNotLoaded, problem,
                          tr("The reasons could not be read from SmartRecruiters; try again."), reasonField);
        const QList<sr::Reason> &list = rejected ? reasons.rejection : reasons.withdrawal;
        const bool known = std::any_of(list.cbegin(), list.cend(), [&](const sr::Reason &r) { return r.id == request.reasonId; });
        if (!known)
            return refuse(PushBackProblem::ReasonUnknown, problem,
                          rejected ? tr("This rejection reason is not (or no longer) in SmartRecruiters.")
                                   : tr("This withdrawal reason is not (or no longer) in SmartRecruiters."),
                          reasonField);
    }

    sr::StatusChange change;
    change.status = target->status;
    change.subStatus = target->subStatus;
    change.reason = request.reasonId;
    change.startsOn = request.startsOn;
    return change;
}

Result<PushTarget> StatusPushBack::target(const Workspace &workspace, qint64 campaignId, qint64 candidateId)
{
    QSqlQuery q(workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT l.sr_candidate_id, j.sr_job_id FROM campaign_members m "
                                                  "JOIN sr_candidate_links l ON l.candidate_id = m.candidate_id "
                                                  "JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                                                  "WHERE m.campaign_id = ? AND m.candidate_id = ? AND j.sr_job_id <> ''")))
        return *s;
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters application of a member")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound,
                     tr("This candidate is not linked to a SmartRecruiters application of the campaign's job."));
    return PushTarget{q.value(0).toString(), q.value(1).toString()};
}

sr::ApiCall *StatusPushBack::execute(sr::ApiClient *client, const PushTarget &target, const sr::StatusChange &change,
                                     QObject *context, std::function<void(const sr::ApiError &)> done)
{
    // Setting the same status twice leaves the same state: the client may retry the PUT.
    return sr::ApplicationsApi(client).setStatus(target.srCandidateId, target.srJobId, change, context,
                                                 [done = std::move(done)](const sr::Result<sr::NoContent> &r) { done(r.error); });
}

void StatusPushBack::loadReasons(sr::ApiClient *client, QObject *context,
                                 std::function<void(const ReasonLists &, const sr::ApiError &)> done)
{
    struct Join
    {
        ReasonLists lists;
        sr::ApiError error;
        int pending = 2;
        std::function<void(const ReasonLists &, const sr::ApiError &)> done;
    };
    auto join = std::make_shared<Join>();
    join->done = std::move(done);
    auto finishOne = [join](const sr::ApiError &e) {
        if (e.isError() && !join->error.isError())
            join->error = e;
        if (--join->pending > 0)
            return;
        join->lists.loaded = !join->error.isError();
        join->done(join->lists, join->error);
    };
    const sr::ConfigurationApi config(client);
    config.rejectionReasons(context, [join, finishOne](const sr::Result<sr::Page<sr::Reason>> &r) {
        join->lists.rejection = r.value.items;
        finishOne(r.error);
    });
    config.withdrawalReasons(context, [join, finishOne](const sr::Result<sr::Page<sr::Reason>> &r) {
        join->lists.withdrawal = r.value.items;
        finishOne(r.error);
    });
}

} // namespace sd::stagesync
