#include "SequenceScheduler.h"

#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "DoNotContact.h"
#include "MailMessage.h"
#include "MailboxRepository.h"
#include "OutreachQueue.h"
#include "OutreachTemplate.h"
#include "SqlUtil.h"
#include "StepTiming.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QHash>
#include <QObject>

namespace sd::outreach {

namespace {

struct CampaignPlan
{
    Sequence sequence;
    QList<SequenceStep> steps;
    QString owner;
    std::optional<MailboxRecord> mailbox;
};

class Scheduler
{
public:
    Scheduler(const Workspace &ws, const QDateTime &now) : m_ws(ws), m_now(now) {}

    Status handle(const Enrollment &e, ScheduleReport &report);

private:
    Result<const CampaignPlan *> plan(qint64 campaignId);
    Status queueEmail(const CampaignPlan &plan, const SequenceStep &step, const Enrollment &e, const Candidate &c,
                      ScheduleReport &report);
    Status createTask(const CampaignPlan &plan, const SequenceStep &step, const Enrollment &e, const Candidate &c,
                      ScheduleReport &report);
    Status stop(const Enrollment &e, EnrollmentState state, const QString &why)
    {
        return SequenceRepository(m_ws).setProgress(e.campaignId, e.candidateId, e.currentStep, state, {}, why);
    }

    const Workspace &m_ws;
    QDateTime m_now;
    QHash<qint64, CampaignPlan> m_plans;
};

Result<const CampaignPlan *> Scheduler::plan(qint64 campaignId)
{
    auto it = m_plans.constFind(campaignId);
    if (it != m_plans.constEnd())
        return &*it;
    SequenceRepository sequences(m_ws);
    auto seq = sequences.forCampaign(campaignId);
    if (!seq.ok())
        return seq.error();
    if (!seq->has_value())
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 has no sequence.").arg(campaignId));
    CampaignPlan p;
    p.sequence = **seq;
    auto steps = sequences.steps(p.sequence.id);
    if (!steps.ok())
        return steps.error();
    p.steps = *steps;
    auto campaign = CampaignRepository(m_ws).get(campaignId);
    if (!campaign.ok())
        return campaign.error();
    p.owner = campaign->owner;
    auto mailbox = MailboxRepository(m_ws).forOwner(p.owner);
    if (!mailbox.ok())
        return mailbox.error();
    p.mailbox = *mailbox;
    return &*m_plans.insert(campaignId, p);
}

Status Scheduler::handle(const Enrollment &e, ScheduleReport &report)
{
    auto p = plan(e.campaignId);
    if (!p.ok())
        return p.error();
    const CampaignPlan &plan = **p;
    if (e.currentStep >= plan.steps.size()) {
        ++report.finished;
        return SequenceRepository(m_ws).setProgress(e.campaignId, e.candidateId, e.currentStep,
                                                    EnrollmentState::Finished, {});
    }
    const SequenceStep &step = plan.steps.at(e.currentStep);
    auto candidate = CandidateRepository(m_ws).get(e.candidateId);
    if (!candidate.ok())
        return candidate.error();
    const QString email = candidate->emails.value(0);
    if (!email.isEmpty()) {
        auto blocked = DoNotContact(m_ws).blocks(email);
        if (!blocked.ok())
            return blocked.error();
        if (*blocked) {
            ++report.stopped;
            return stop(e, EnrollmentState::Stopped, QObject::tr("On the do-not-contact list."));
        }
    }
    if (step.kind == StepKind::AutoEmail)
        return queueEmail(plan, step, e, *candidate, report);
    return createTask(plan, step, e, *candidate, report);
}

Status Scheduler::queueEmail(const CampaignPlan &plan, const SequenceStep &step, const Enrollment &e,
                             const Candidate &c, ScheduleReport &report)
{
    const QString to = c.emails.value(0);
    if (to.isEmpty()) {
        ++report.stopped;
        return stop(e, EnrollmentState::Stopped, QObject::tr("No email address for an automatic email."));
    }
    if (!plan.mailbox) {
        // Looked at again in a quarter of an hour, so the members behind it are not starved.
        ++report.waitingForMailbox;
        return SequenceRepository(m_ws).setProgress(e.campaignId, e.candidateId, e.currentStep,
                                                    EnrollmentState::Active, m_now.addSecs(15 * 60));
    }
    // The previous email of this member is still waiting (a limit, an outage, an uncertain send):
    // this one waits too, so the order of the sequence holds.
    auto unsent = OutreachQueue(m_ws).hasUnsent(e.campaignId, e.candidateId);
    if (!unsent.ok())
        return unsent.error();
    if (*unsent) {
        ++report.waitingForPrevious;
        return SequenceRepository(m_ws).setProgress(e.campaignId, e.candidateId, e.currentStep,
                                                    EnrollmentState::Active, m_now.addSecs(60 * 60));
    }
    QStringList thread;
    {
        auto t = OutreachQueue(m_ws).threadOf(e.campaignId, e.candidateId);
        if (!t.ok())
            return t.error();
        thread = *t;
    }
    // A follow-up without a subject of its own continues the thread as "Re: <first subject>".
    QString subjectTemplate = step.subject;
    if (subjectTemplate.trimmed().isEmpty()) {
        for (const SequenceStep &s : plan.steps)
            if (s.kind == StepKind::AutoEmail && !s.subject.trimmed().isEmpty()) {
                subjectTemplate = QObject::tr("Re: %1").arg(s.subject);
                break;
            }
    }
    const QString sender = plan.sequence.senderName.isEmpty() ? plan.mailbox->displayName : plan.sequence.senderName;
    const QStringList missing = missingPlaceholders(subjectTemplate + QLatin1Char('\n') + step.body, c, sender);
    if (!missing.isEmpty()) {
        ++report.paused;
        return stop(e, EnrollmentState::Paused,
                    QObject::tr("Empty placeholder in step %1: %2").arg(step.position + 1).arg(missing.join(QStringLiteral(", "))));
    }
    QueuedEmail q;
    q.campaignId = e.campaignId;
    q.candidateId = e.candidateId;
    q.stepPosition = step.position;
    q.mailbox = plan.mailbox->address;
    q.toAddress = to;
    q.subject = renderTemplate(subjectTemplate, c, sender);
    q.body = renderTemplate(step.body, c, sender) + QStringLiteral("\n\n--\n") + unsubscribeLine();
    q.messageId = mail::newMessageId(plan.mailbox->address);
    q.references = thread;
    q.inReplyTo = thread.value(thread.size() - 1);
    q.notBefore = e.nextDueAt.isValid() ? e.nextDueAt : m_now;

    QSqlDatabase db = m_ws.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto id = OutreachQueue(m_ws).enqueue(q);
    if (!id.ok())
        return id.error();
    if (Status s = advanceAfter(m_ws, e, step.position, q.notBefore))
        return s;
    if (Status s = tx.commit())
        return s;
    report.emailsQueued += *id > 0 ? 1 : 0;
    return std::nullopt;
}

Status Scheduler::createTask(const CampaignPlan &plan, const SequenceStep &step, const Enrollment &e,
                             const Candidate &c, ScheduleReport &report)
{
    OutreachTask t;
    t.campaignId = e.campaignId;
    t.candidateId = e.candidateId;
    t.stepPosition = step.position;
    t.kind = step.kind;
    t.owner = plan.owner;
    const QString sender = plan.sequence.senderName;
    t.title = step.subject.trimmed().isEmpty() ? QString() : renderTemplate(step.subject, c, sender);
    t.dueAt = e.nextDueAt.isValid() ? e.nextDueAt : m_now;
    QSqlDatabase db = m_ws.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto id = TaskRepository(m_ws).create(t);
    if (!id.ok())
        return id.error();
    // The run waits on the task (no due time) until it is done or skipped.
    if (Status s = SequenceRepository(m_ws).setProgress(e.campaignId, e.candidateId, e.currentStep,
                                                        EnrollmentState::Active, {}))
        return s;
    if (Status s = tx.commit())
        return s;
    report.tasksCreated += *id > 0 ? 1 : 0;
    return std::nullopt;
}

} // namespace

QString unsubscribeLine()
{
    return QObject::tr("If you would rather not hear from me again, reply \"unsubscribe\" and I will not write again.");
}

Result<ScheduleReport> scheduleDue(const Workspace &workspace, const QDateTime &nowUtc, int batch)
{
    auto due = SequenceRepository(workspace).due(nowUtc, batch);
    if (!due.ok())
        return due.error();
    ScheduleReport report;
    report.more = due->size() >= batch;
    Scheduler scheduler(workspace, nowUtc);
    for (const Enrollment &e : std::as_const(*due))
        if (Status s = scheduler.handle(e, report))
            return *s;
    return report;
}

} // namespace sd::outreach
