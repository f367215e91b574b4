#include "Reconciliation.h"

#include "CampaignRepository.h"
#include "Labels.h"
#include "Outbox.h"
#include "SettingsStore.h"
#include "SqlUtil.h"
#include "SyncPlanner.h"
#include "SyncRules.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::Reconciler", text);
}

QString nameOf(const QSqlQuery &q, int first)
{
    return (q.value(first).toString() + QLatin1Char(' ') + q.value(first + 1).toString()).trimmed();
}

} // namespace

QString toKey(OutOfStep::Kind kind)
{
    switch (kind) {
    case OutOfStep::Kind::NotInSmartRecruiters: return QStringLiteral("notInSmartRecruiters");
    case OutOfStep::Kind::NoteNotWritten: return QStringLiteral("noteNotWritten");
    case OutOfStep::Kind::NeedsAttention: return QStringLiteral("needsAttention");
    case OutOfStep::Kind::StageDrift: return QStringLiteral("stageDrift");
    }
    return {};
}

Reconciler::Reconciler(const Workspace &workspace, QString actor) : m_workspace(workspace), m_actor(std::move(actor)) {}

Result<QList<OutOfStep>> Reconciler::scan(int limit) const
{
    QList<OutOfStep> out;
    if (Status s = scanMissing(out, limit))
        return *s;
    if (Status s = scanJobs(out, limit))
        return *s;
    if (Status s = scanStages(out, limit))
        return *s;
    return out;
}

// Members whose campaign's create trigger fired, not linked, and with no create on its way.
Status Reconciler::scanMissing(QList<OutOfStep> &out, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral(
        "SELECT m.campaign_id, m.candidate_id, m.status, c.first_name, c.last_name FROM campaign_members m "
        "JOIN candidates c ON c.id = m.candidate_id JOIN campaigns k ON k.id = m.campaign_id "
        "WHERE c.is_sample = 0 AND k.archived = 0 "
        "AND NOT EXISTS (SELECT 1 FROM sr_candidate_links l WHERE l.candidate_id = m.candidate_id) "
        "AND NOT EXISTS (SELECT 1 FROM sr_outbox o WHERE o.candidate_id = m.candidate_id AND o.kind = 'create' "
        "AND o.state IN (0, 1, 3, 4)) ORDER BY m.campaign_id, m.candidate_id LIMIT ?"));
    q.addBindValue(limit * 4);
    if (Status s = sql::exec(q, QStringLiteral("looking for people not in SmartRecruiters")))
        return s;
    SettingsStore store(m_workspace);
    while (q.next() && out.size() < limit) {
        OutOfStep o;
        o.kind = OutOfStep::Kind::NotInSmartRecruiters;
        o.campaignId = q.value(0).toLongLong();
        o.candidateId = q.value(1).toLongLong();
        const auto status = static_cast<MemberStatus>(q.value(2).toInt());
        Result<ResolvedSettings> settings = store.resolve(m_actor, o.campaignId, o.candidateId);
        if (!settings)
            return settings.error();
        if (!createTriggerFired(settings->createTrigger(), status))
            continue;
        o.candidateName = nameOf(q, 3);
        o.what = tr("%1 is %2 in the campaign but not in SmartRecruiters.").arg(o.candidateName, label(status));
        o.fix = tr("Push to SmartRecruiters");
        out.append(o);
    }
    return std::nullopt;
}

// Notes waiting aside, and any job stopped for the recruiter.
Status Reconciler::scanJobs(QList<OutOfStep> &out, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.candidate_id, COALESCE(o.campaign_id, 0), o.kind, o.state, o.error_message, "
                             "c.first_name, c.last_name FROM sr_outbox o JOIN candidates c ON c.id = o.candidate_id "
                             "WHERE o.state = 4 OR (o.state = 6 AND o.kind = 'addNote') ORDER BY o.id LIMIT ?"));
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("looking for jobs that wait")))
        return s;
    while (q.next() && out.size() < limit) {
        OutOfStep o;
        o.jobId = q.value(0).toLongLong();
        o.candidateId = q.value(1).toLongLong();
        o.campaignId = q.value(2).toLongLong();
        o.candidateName = nameOf(q, 6);
        JobKind kind = JobKind::AddNote;
        (void)fromKey(q.value(3).toString(), &kind);
        if (q.value(4).toInt() == static_cast<int>(JobState::Held)) {
            o.kind = OutOfStep::Kind::NoteNotWritten;
            o.what = tr("A note for %1 waits until they are in SmartRecruiters.").arg(o.candidateName);
            o.fix = tr("Push to SmartRecruiters");
        } else {
            o.kind = OutOfStep::Kind::NeedsAttention;
            o.what = tr("%1 for %2: %3").arg(jobKindLabel(kind), o.candidateName, q.value(5).toString());
            o.fix = tr("Retry");
        }
        out.append(o);
    }
    return std::nullopt;
}

// The stage pulled from SmartRecruiters, mapped (by id) to one pipeline status, differs from the
// member's status. Stages mapped ambiguously or not at all are the stage sync's drift report.
Status Reconciler::scanStages(QList<OutOfStep> &out, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral(
        "SELECT m.campaign_id, m.candidate_id, m.status, MIN(s.member_status), a.status, a.sub_status, c.first_name, "
        "c.last_name FROM sr_applications a "
        "JOIN campaign_sr_jobs j ON j.sr_job_id = a.sr_job_id "
        "JOIN campaign_members m ON m.campaign_id = j.campaign_id AND m.candidate_id = a.candidate_id "
        "JOIN candidates c ON c.id = m.candidate_id "
        "JOIN sr_stages s ON s.status = a.status AND s.sub_status = a.sub_status AND s.flagged = '' "
        "WHERE s.member_status IS NOT NULL "
        "GROUP BY m.campaign_id, m.candidate_id, m.status, a.status, a.sub_status, c.first_name, c.last_name "
        "HAVING COUNT(DISTINCT s.member_status) = 1 AND MIN(s.member_status) <> m.status LIMIT ?"));
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("comparing stages")))
        return s;
    while (q.next() && out.size() < limit) {
        OutOfStep o;
        o.kind = OutOfStep::Kind::StageDrift;
        o.campaignId = q.value(0).toLongLong();
        o.candidateId = q.value(1).toLongLong();
        o.remoteStatus = static_cast<MemberStatus>(q.value(3).toInt());
        o.candidateName = nameOf(q, 6);
        const QString remote = q.value(5).toString().isEmpty() ? q.value(4).toString()
                                                               : q.value(4).toString() + QStringLiteral(" / ") + q.value(5).toString();
        o.what = tr("%1 is %2 here but %3 in SmartRecruiters.")
                     .arg(o.candidateName, label(static_cast<MemberStatus>(q.value(2).toInt())), remote);
        o.fix = tr("Use SmartRecruiters' stage (%1)").arg(label(*o.remoteStatus));
        out.append(o);
    }
    return std::nullopt;
}

Status Reconciler::fix(const OutOfStep &item) const
{
    switch (item.kind) {
    case OutOfStep::Kind::NotInSmartRecruiters:
    case OutOfStep::Kind::NoteNotWritten: {
        Result<PlanSummary> plan = SyncPlanner(m_workspace, m_actor).pushNow(item.campaignId, {item.candidateId});
        if (!plan)
            return plan.error();
        if (plan->queued == 0 && !plan->reasons.isEmpty())
            return Error(Error::Code::InvalidArgument, plan->reasons.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    case OutOfStep::Kind::NeedsAttention:
        return Outbox(m_workspace).retry(item.jobId);
    case OutOfStep::Kind::StageDrift: {
        if (!item.remoteStatus)
            return Error(Error::Code::InvalidArgument, tr("The SmartRecruiters stage is not mapped."));
        Result<int> changed = CampaignRepository(m_workspace)
                                  .setStatus(item.campaignId, {item.candidateId}, *item.remoteStatus,
                                             QStringLiteral("SmartRecruiters"));
        return changed.ok() ? Status() : Status(changed.error());
    }
    }
    return std::nullopt;
}

} // namespace sd::sync
