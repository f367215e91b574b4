// The create job: find the person in SmartRecruiters first (profile matching, and the check after
// a lost answer), then create them on the campaign's job or in the talent pool.
#include "ApiClient.h"
#include "Candidates.h"
#include "Configuration.h"
#include "JobRunner.h"
#include "PushPreview.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sd::sync {

namespace {

bool same(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Whether a configured source exists, per source string, for ten minutes: one lookup per run,
// not one per candidate.
struct SourceCheck
{
    bool exists = false;
    qint64 checkedAtMs = 0;
};
QHash<QString, SourceCheck> &sourceCache()
{
    static QHash<QString, SourceCheck> cache;
    return cache;
}

class CreateRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        SyncStore store(workspace());
        Result<std::optional<SrLink>> link = store.link(m_job.candidateId);
        if (!link)
            return finish(JobOutcome::attention(QStringLiteral("DATABASE"), link.error().toString(), tr("Retry the job.")));
        if (link->has_value()) {
            // Linked by an earlier attempt that stopped before it was recorded as done: what waited
            // for the create may go now.
            (void)Outbox(workspace()).releaseHeld(m_job.candidateId);
            return finish(JobOutcome::done({{QStringLiteral("alreadyLinked"), (*link)->srCandidateId}}));
        }
        if (Result<std::optional<ReviewItem>> review = store.openReviewFor(m_job.candidateId); review && review->has_value())
            return finish(JobOutcome::attention(
                QStringLiteral("REVIEW"), tr("A possible match in SmartRecruiters waits for review: %1").arg((*review)->evidence),
                tr("Open the review queue: link the candidate to the match, or mark them as different people.")));
        // Matches the recruiter already called different people do not go back to review.
        if (Result<QList<ReviewItem>> resolved = store.resolvedReviews(m_job.candidateId); resolved)
            for (const ReviewItem &r : *resolved)
                if (r.resolution == QLatin1String("distinct"))
                    m_distinct.insert(r.srCandidateId);
        Result<CreatePlan> plan = planCreate(workspace(), actor(), m_job.candidateId, m_job.campaignId);
        if (!plan)
            return finish(JobOutcome::attention(QStringLiteral("DATABASE"), plan.error().toString(), tr("Retry the job.")));
        m_plan = plan.value();
        if (!m_plan.missingMandatory.isEmpty())
            return finish(JobOutcome::attention(
                QStringLiteral("MANDATORY_FIELDS"),
                tr("Mandatory fields are blank: %1.").arg(m_plan.missingMandatory.join(QStringLiteral(", "))),
                tr("Fill them in on the candidate, then retry.")));
        if (!m_plan.holdReason.isEmpty())
            return finish(JobOutcome::attention(QStringLiteral("HELD"), m_plan.holdReason,
                                                tr("Record the candidate's consent, then retry.")));
        searchByEmail();
    }

private:
    void searchByEmail()
    {
        sr::CandidateQuery q;
        q.q = m_plan.email;
        q.limit = 20;
        sr::CandidatesApi(client()).search(q, this, [this](const sr::Result<sr::CandidatePage> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            for (const sr::Candidate &c : r.value.items) {
                if (!same(c.email, m_plan.email))
                    continue;
                if (same(c.lastName, m_plan.lastName))
                    return linkTo(c, m_job.mustVerify() ? QStringLiteral("created") : QStringLiteral("matched"));
                if (m_distinct.contains(c.id))
                    continue;
                return review(c, tr("same email %1, but the last name in SmartRecruiters is \"%2\"")
                                     .arg(c.email, c.lastName));
            }
            searchByName();
        });
    }

    // Same name, another email: maybe the same person (new job, private address). Never merged by
    // guess, never duplicated silently: the recruiter decides.
    void searchByName()
    {
        if (m_plan.firstName.isEmpty() || m_plan.lastName.isEmpty())
            return checkSource();
        sr::CandidateQuery q;
        q.q = m_plan.firstName + QLatin1Char(' ') + m_plan.lastName;
        q.limit = 20;
        sr::CandidatesApi(client()).search(q, this, [this](const sr::Result<sr::CandidatePage> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            for (const sr::Candidate &c : r.value.items)
                if (same(c.firstName, m_plan.firstName) && same(c.lastName, m_plan.lastName) &&
                    !m_distinct.contains(c.id))
                    return review(c, tr("same name %1 %2, but another email (%3)")
                                         .arg(c.firstName, c.lastName, c.email.isEmpty() ? tr("none") : c.email));
            checkSource();
        });
    }

    void review(const sr::Candidate &c, const QString &evidence)
    {
        QString text = evidence;
        if (c.primaryAssignment)
            text += tr("; in SmartRecruiters on \"%1\" (%2)").arg(c.primaryAssignment->jobTitle, c.primaryAssignment->status);
        Result<qint64> id = SyncStore(workspace()).addReview(m_job.candidateId, c.id, text);
        if (!id)
            return finish(JobOutcome::attention(QStringLiteral("DATABASE"), id.error().toString(), tr("Retry the job.")));
        finish(JobOutcome::attention(
            QStringLiteral("REVIEW"), tr("A possible match exists in SmartRecruiters: %1.").arg(text),
            tr("Open the review queue: link the candidate to the match, or mark them as different people."),
            {{QStringLiteral("reviewId"), *id}, {QStringLiteral("srCandidateId"), c.id}}));
    }

    void linkTo(const sr::Candidate &c, const QString &origin)
    {
        SyncStore store(workspace());
        if (Status s = store.setLink(m_job.candidateId, c.id, origin))
            return finish(JobOutcome::attention(QStringLiteral("LINK"), s->toString(),
                                                tr("Unlink the other Sourcedesk candidate, or skip this job.")));
        (void)store.setRemoteTags(m_job.candidateId, c.tags);
        QJsonObject result{{QStringLiteral("srCandidateId"), c.id}, {QStringLiteral("origin"), origin}};
        // A person who already exists: their fields follow the update rules, and the job link is a
        // job of its own (the API cannot put an existing candidate on a job; see WriteRunners).
        QList<OutboxJob> follow;
        if (origin == QLatin1String("matched")) {
            follow.append(OutboxJob::make(JobKind::UpdateFields, m_job.candidateId, m_job.campaignId));
            if (!m_plan.tags.isEmpty())
                follow.append(OutboxJob::make(JobKind::SetTags, m_job.candidateId, m_job.campaignId));
            if (!m_plan.jobId.isEmpty()) {
                OutboxJob link = OutboxJob::make(JobKind::Link, m_job.candidateId, m_job.campaignId,
                                                 {{QStringLiteral("jobId"), m_plan.jobId},
                                                  {QStringLiteral("jobTitle"), m_plan.jobTitle}});
                link.priority = 1; // notes need not wait for the recruiter to add them to the job
                follow.append(link);
            }
        }
        afterLinked(result, follow);
    }

    void checkSource()
    {
        if (m_job.mustVerify() && m_plan.jobId.isEmpty())
            // Talent-pool candidates are not listed by GET /candidates, so a lost answer cannot be
            // checked; sending again could make a second profile.
            return finish(JobOutcome::attention(
                QStringLiteral("UNVERIFIABLE"),
                tr("The answer to the create was lost, and SmartRecruiters cannot be searched for talent-pool "
                   "candidates: %1 may already exist there.")
                    .arg(m_plan.email),
                tr("Look for them in SmartRecruiters' talent pool: if they are there, skip this job and link them; "
                   "if not, retry.")));
        const QStringList parts = m_plan.source.split(QLatin1Char('/'));
        if (m_plan.source.isEmpty() || parts.size() != 3)
            return create(false);
        const SourceCheck cached = sourceCache().value(m_plan.source);
        if (cached.checkedAtMs > QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000)
            return create(cached.exists);
        sr::ConfigurationApi(client()).sourceValues(
            parts.at(0), 0, 100, this, [this, parts](const sr::Result<sr::Page<sr::SourceValue>> &r) {
                bool exists = false;
                if (r.ok())
                    for (const sr::SourceValue &v : r.value.items)
                        exists = exists || (v.id == parts.at(2) && (parts.at(1).isEmpty() || v.subTypeId == parts.at(1)));
                else if (r.error.isRetryable() || r.error.kind == sr::ApiError::Kind::Cancelled)
                    return finish(JobOutcome::fromError(r.error, false));
                sourceCache().insert(m_plan.source, {exists, QDateTime::currentMSecsSinceEpoch()});
                create(exists);
            });
    }

    void create(bool withSource)
    {
        QJsonObject body = m_plan.body;
        m_warning.clear();
        if (withSource) {
            const QStringList parts = m_plan.source.split(QLatin1Char('/'));
            QJsonObject source{{QStringLiteral("sourceTypeId"), parts.at(0)}, {QStringLiteral("sourceId"), parts.at(2)}};
            if (!parts.at(1).isEmpty())
                source.insert(QStringLiteral("sourceSubTypeId"), parts.at(1));
            body.insert(QStringLiteral("sourceDetails"), source);
        } else if (!m_plan.source.isEmpty()) {
            m_warning = tr("The source \"%1\" does not exist in SmartRecruiters; the connection's default source was "
                           "used. Choose an existing source in the sync settings.")
                            .arg(m_plan.source);
        }
        sr::CandidatesApi(client()).createJson(m_plan.jobId, body, this, [this, body](const sr::Result<sr::Candidate> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, true));
            QJsonObject result{{QStringLiteral("srCandidateId"), r.value.id},
                               {QStringLiteral("origin"), QStringLiteral("created")},
                               {QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("path"), m_plan.jobId.isEmpty()
                                                            ? QStringLiteral("/candidates")
                                                            : QStringLiteral("/jobs/%1/candidates").arg(m_plan.jobId)},
                               {QStringLiteral("sent"), body}};
            if (!m_warning.isEmpty())
                result.insert(QStringLiteral("warning"), m_warning);
            SyncStore store(workspace());
            if (Status s = store.setLink(m_job.candidateId, r.value.id, QStringLiteral("created")))
                return finish(JobOutcome::attention(QStringLiteral("LINK"), s->toString(), tr("Retry the job.")));
            (void)store.setRemoteTags(m_job.candidateId, m_plan.tags);
            QList<OutboxJob> follow;
            // Candidate properties are not part of the create: they go on the new application.
            if (!m_plan.jobId.isEmpty() && m_plan.hasProperties)
                follow.append(OutboxJob::make(JobKind::UpdateFields, m_job.candidateId, m_job.campaignId));
            if (!m_plan.consentText.isEmpty())
                follow.append(OutboxJob::make(JobKind::AddNote, m_job.candidateId, m_job.campaignId,
                                              {{QStringLiteral("kind"), QStringLiteral("consent")},
                                               {QStringLiteral("content"), m_plan.consentText}}));
            afterLinked(result, follow);
        });
    }

    // The candidate now exists in SmartRecruiters: what waited for it may go, in order.
    void afterLinked(QJsonObject result, QList<OutboxJob> follow)
    {
        SyncStore store(workspace());
        Result<QList<Attachment>> files = store.attachments(m_job.candidateId);
        if (files && settings().flag(QLatin1String("sync.uploadAttachments")))
            for (const Attachment &a : *files)
                if (a.srAttachmentId.isEmpty())
                    follow.append(OutboxJob::make(JobKind::UploadAttachment, m_job.candidateId, m_job.campaignId,
                                                  {{QStringLiteral("attachmentId"), a.id}}));
        Outbox outbox(workspace());
        if (!follow.isEmpty())
            (void)outbox.enqueueAll(follow, actor());
        Result<int> released = outbox.releaseHeld(m_job.candidateId);
        if (released)
            result.insert(QStringLiteral("released"), *released);
        finish(JobOutcome::done(result));
    }

    CreatePlan m_plan;
    QString m_warning;
    QSet<QString> m_distinct; // SmartRecruiters ids the recruiter marked as other people
};

} // namespace

JobRunner *makeCreateRunner(const RunnerContext &context, const OutboxJob &job, QObject *parent)
{
    return new CreateRunner(context, job, parent);
}

} // namespace sd::sync
