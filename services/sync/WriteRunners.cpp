// The jobs that write to a candidate who exists in SmartRecruiters: notes, field updates, tags,
// the job link, attachments and the hiring status.
#include "ApiClient.h"
#include "Applications.h"
#include "Attachments.h"
#include "CandidateRepository.h"
#include "Candidates.h"
#include "Configuration.h"
#include "FieldMapping.h"
#include "JobRunner.h"
#include "Messages.h"
#include "PropertyValues.h"
#include "PushPreview.h"
#include "RemoteValues.h"
#include "SyncRules.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Templates.h"
#include "CampaignRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sd::sync {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

JobOutcome databaseProblem(const Error &e)
{
    return JobOutcome::attention(QStringLiteral("DATABASE"), e.toString(),
                                 QCoreApplication::translate("sd::sync::JobRunner", "Retry the job."));
}

// Notes: POST /messages/shares with the candidate #-tag and the job's correlation id. After a lost
// answer the candidate's messages are searched for that id before anything is sent again.
class NoteRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        m_srId = linkedId();
        if (m_srId.isEmpty())
            return m_job.payload.value(QStringLiteral("findMatch")).toBool() ? findMatch() : finish(JobOutcome::hold(
                       tr("Written when the candidate is created in SmartRecruiters.")));
        m_job.mustVerify() ? verify() : send();
    }

private:
    // "Only add notes to synced records" is off: a note may go to a matching SmartRecruiters
    // candidate (same email and last name) that Sourcedesk did not create.
    void findMatch()
    {
        Result<Candidate> c = CandidateRepository(workspace()).get(m_job.candidateId);
        if (!c)
            return finish(databaseProblem(c.error()));
        if (c->primaryEmail().isEmpty())
            return finish(JobOutcome::hold(tr("No email to find the candidate in SmartRecruiters by.")));
        sr::CandidateQuery q;
        q.q = c->primaryEmail();
        q.limit = 20;
        const QString email = c->primaryEmail();
        const QString lastName = c->lastName;
        sr::CandidatesApi(client()).search(q, this, [this, email, lastName](const sr::Result<sr::CandidatePage> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            for (const sr::Candidate &m : r.value.items)
                if (m.email.compare(email, Qt::CaseInsensitive) == 0 && m.lastName.compare(lastName, Qt::CaseInsensitive) == 0) {
                    if (Status s = SyncStore(workspace()).setLink(m_job.candidateId, m.id, QStringLiteral("matched")))
                        return finish(databaseProblem(*s));
                    // Linked now: the notes that waited for this person may go too.
                    (void)Outbox(workspace()).releaseHeld(m_job.candidateId);
                    m_srId = m.id;
                    return send();
                }
            finish(JobOutcome::hold(tr("No matching candidate in SmartRecruiters yet.")));
        });
    }

    void verify()
    {
        sr::MessagesApi(client()).listForCandidate(m_srId, QString(), this, [this](const sr::Result<sr::ArrayOf<sr::Message>> &r) {
            if (!r.ok()) {
                if (r.error.kind == sr::ApiError::Kind::Permission || r.error.kind == sr::ApiError::Kind::MissingScope)
                    return finish(JobOutcome::attention(
                        QStringLiteral("UNVERIFIABLE"),
                        tr("The answer to this note was lost, and only a SmartRecruiters administrator may list notes "
                           "to check whether it was written."),
                        tr("Look at the candidate's notes in SmartRecruiters: skip this job if the note is there, "
                           "retry it if not.")));
                return finish(JobOutcome::fromError(r.error, false));
            }
            for (const sr::Message &m : r.value.items)
                if (m.content.contains(m_job.correlationId))
                    return finish(JobOutcome::done({{QStringLiteral("srCandidateId"), m_srId},
                                                    {QStringLiteral("verified"), true}}));
            send();
        });
    }

    void send()
    {
        const ResolvedSettings s = settings();
        sr::MessageInput m;
        m.content = sr::MessageInput::candidateTag(m_srId) + QLatin1Char(' ') + str(m_job.payload, "content");
        m.content.truncate(10000);
        m.correlationId = m_job.correlationId;
        QString visibility = s.text(QLatin1String(key::NoteVisibility));
        if (visibility == QLatin1String("hiringTeam")) {
            Result<std::optional<CampaignJob>> job = SyncStore(workspace()).campaignJob(m_job.campaignId);
            if (job && job->has_value() && !(*job)->srJobId.isEmpty())
                m.shareWithHiringTeamOf = {(*job)->srJobId};
            else
                visibility = QStringLiteral("openNote"); // no job: the hiring team is nobody
        } else if (visibility == QLatin1String("users")) {
            m.shareWithUsers = s.list(QLatin1String(key::NoteUsers));
            if (m.shareWithUsers.isEmpty())
                visibility = QStringLiteral("openNote");
        }
        if (visibility == QLatin1String("openNote"))
            m.openNote = true;
        sr::MessagesApi(client()).share(m, this, [this, m, visibility](const sr::Result<sr::MessageDetails> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, true));
            finish(JobOutcome::done({{QStringLiteral("srCandidateId"), m_srId},
                                     {QStringLiteral("messageId"), r.value.id},
                                     {QStringLiteral("visibility"), visibility},
                                     {QStringLiteral("sent"), m.toJson()}}));
        });
    }

    QString m_srId;
};

// Contact fields: SmartRecruiters' values are read just before the update, and each field goes
// only when its rule says so ("always update" / "only update if blank").
class UpdateRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        m_srId = linkedId();
        if (m_srId.isEmpty())
            return finish(JobOutcome::done({{QStringLiteral("skipped"), tr("Not in SmartRecruiters.")}}));
        sr::CandidatesApi(client()).get(m_srId, this, [this](const sr::Result<sr::Candidate> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            update(remoteSrValues(r.value.raw));
        });
    }

private:
    void update(const QMap<QString, QString> &remote)
    {
        const ResolvedSettings s = settings();
        Result<Candidate> c = CandidateRepository(workspace()).get(m_job.candidateId);
        if (!c)
            return finish(databaseProblem(c.error()));
        QString campaignName;
        if (m_job.campaignId > 0)
            if (Result<Campaign> campaign = CampaignRepository(workspace()).get(m_job.campaignId); campaign)
                campaignName = campaign->name;
        const FieldMapping mapping = mappingOf(s);
        const QMap<QString, QString> local = localSrValues(mapping, *c, pushContext(campaignName, QString()));
        const QList<FieldDecision> decisions = decideFields(mapping, local, &remote);
        QMap<QString, QString> toSend;
        QJsonArray fields;
        for (const FieldDecision &d : decisions) {
            if (isPropertyField(d.srField))
                continue; // per job application, below
            const bool send = d.send && isPatchable(d.srField);
            if (send)
                toSend.insert(d.srField, d.localValue);
            fields.append(QJsonObject{{QStringLiteral("field"), d.srField},
                                      {QStringLiteral("before"), d.remoteValue},
                                      {QStringLiteral("after"), send ? d.localValue : d.remoteValue},
                                      {QStringLiteral("rule"), toKey(d.rule)},
                                      {QStringLiteral("sent"), send},
                                      {QStringLiteral("why"), d.send && !send ? tr("SmartRecruiters cannot update this "
                                                                                  "field of an existing candidate.")
                                                                               : d.why}});
        }
        for (const FieldRule &r : mapping.rules)
            if (isPropertyField(r.srField) && !local.value(r.srField).isEmpty())
                m_properties.append({r, local.value(r.srField)});
        const QJsonObject body = toSrJson(toSend, true);
        QJsonObject result{{QStringLiteral("srCandidateId"), m_srId}, {QStringLiteral("fields"), fields}};
        if (body.isEmpty())
            return properties(result);
        result.insert(QStringLiteral("sent"), body);
        sr::CandidatesApi(client()).patchJson(m_srId, body, this, [this, result](const sr::Result<sr::Candidate> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            properties(result);
        });
    }

    // Candidate properties live on the application (PUT /candidates/{id}/jobs/{jobId}/properties):
    // set for campaigns linked to a job, judged by the same rules against the current values.
    void properties(QJsonObject result)
    {
        Result<std::optional<CampaignJob>> job = SyncStore(workspace()).campaignJob(m_job.campaignId);
        if (m_properties.isEmpty() || !job || !job->has_value() || (*job)->isTalentPool())
            return finish(JobOutcome::done(result));
        m_jobId = (*job)->srJobId;
        sr::ConfigurationApi(client()).candidateProperties(
            this, [this, result](const sr::Result<sr::Page<sr::PropertyDefinition>> &defs) {
                if (!defs.ok())
                    return finish(JobOutcome::fromError(defs.error, false));
                QHash<QString, QString> types;
                for (const sr::PropertyDefinition &d : defs.value.items)
                    types.insert(d.id, d.type);
                sr::ApplicationsApi(client()).properties(
                    m_srId, m_jobId, this, [this, result, types](const sr::Result<sr::PropertyValues> &current) {
                        if (!current.ok())
                            return finish(JobOutcome::fromError(current.error, false));
                        setProperties(result, types, current.value);
                    });
            });
    }

    void setProperties(QJsonObject result, const QHash<QString, QString> &types, const sr::PropertyValues &current)
    {
        QHash<QString, QString> remote;
        for (const sr::PropertyValue &v : current.values)
            remote.insert(v.id, propertyValueText(v.value));
        QJsonArray fields = result.value(QStringLiteral("fields")).toArray();
        QList<QPair<QString, QJsonValue>> batch;
        for (const auto &[rule, text] : std::as_const(m_properties)) {
            const QString id = propertyId(rule.srField);
            const QString before = remote.value(id);
            QString why;
            QJsonValue value;
            if (!types.contains(id))
                why = tr("The property no longer exists in SmartRecruiters.");
            else if (rule.rule == UpdateRule::IfBlank && !before.isEmpty())
                why = tr("Only update if blank: SmartRecruiters already has a value.");
            else if ((value = encodePropertyValue(types.value(id), text, &why)).isUndefined())
                ; // why says what does not fit the property's type
            else if (propertyValueText(value) == before)
                why = tr("Same value.");
            const bool send = why.isEmpty();
            if (send)
                batch.append({id, value});
            fields.append(QJsonObject{{QStringLiteral("field"), rule.srField},
                                      {QStringLiteral("before"), before},
                                      {QStringLiteral("after"), send ? propertyValueText(value) : before},
                                      {QStringLiteral("rule"), toKey(rule.rule)},
                                      {QStringLiteral("sent"), send},
                                      {QStringLiteral("why"), send ? tr("Sent to the application on the job.") : why}});
        }
        result.insert(QStringLiteral("fields"), fields);
        if (batch.isEmpty())
            return finish(JobOutcome::done(result));
        sr::ApplicationsApi(client()).setProperties(m_srId, m_jobId, batch, this,
                                                    [this, result](const sr::Result<sr::NoContent> &r) {
                                                        if (!r.ok())
                                                            return finish(JobOutcome::fromError(r.error, false));
                                                        finish(JobOutcome::done(result));
                                                    });
    }

    QString m_srId;
    QString m_jobId;
    QList<QPair<FieldRule, QString>> m_properties;
};

// The outcome tag of the campaign: the previous one of the same campaign is replaced, other
// tags are kept. Read, decide, PUT the whole set (PUT is safe to repeat).
class TagsRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        m_srId = linkedId();
        if (m_srId.isEmpty())
            return finish(JobOutcome::hold(tr("Tagged when the candidate is created in SmartRecruiters.")));
        sr::ApplicationsApi(client()).tags(m_srId, this, [this](const sr::Result<sr::Tags> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            apply(r.value.tags);
        });
    }

private:
    void apply(const QStringList &current)
    {
        const ResolvedSettings s = settings();
        Result<Campaign> campaign = CampaignRepository(workspace()).get(m_job.campaignId);
        Result<Candidate> c = CandidateRepository(workspace()).get(m_job.candidateId);
        if (!campaign || !c)
            return finish(databaseProblem(!campaign ? campaign.error() : c.error()));
        QString status = str(m_job.payload, "status");
        if (status.isEmpty())
            if (Result<std::optional<CampaignMember>> m = CampaignRepository(workspace()).member(m_job.campaignId, m_job.candidateId);
                m && m->has_value())
                status = toKey((*m)->status);
        QStringList wanted = tagsAfter(s.text(QLatin1String(key::TagTemplate)), campaign->name, status,
                                       candidatePlaceholders(*c), current);
        for (QString &t : wanted)
            t.truncate(50);
        QJsonObject result{{QStringLiteral("before"), QJsonArray::fromStringList(current)},
                           {QStringLiteral("after"), QJsonArray::fromStringList(wanted)}};
        if (wanted == current) {
            (void)SyncStore(workspace()).setRemoteTags(m_job.candidateId, current);
            return finish(JobOutcome::done(result));
        }
        sr::ApplicationsApi(client()).replaceTags(m_srId, wanted, this, [this, result, wanted](const sr::Result<sr::Tags> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            (void)SyncStore(workspace()).setRemoteTags(m_job.candidateId, wanted);
            finish(JobOutcome::done(result));
        });
    }

    QString m_srId;
};

// A person who already exists in SmartRecruiters, for a campaign linked to a job. The OpenAPI file
// documents no call that puts an existing candidate on a job (only POST /jobs/{id}/candidates,
// which creates a new profile), so the recruiter is told instead of a second profile being made.
class LinkRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        m_srId = linkedId();
        const QString jobId = str(m_job.payload, "jobId");
        if (m_srId.isEmpty() || jobId.isEmpty())
            return finish(JobOutcome::done({{QStringLiteral("skipped"), tr("Nothing to link.")}}));
        sr::CandidatesApi(client()).get(m_srId, this, [this, jobId](const sr::Result<sr::Candidate> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            bool onJob = r.value.primaryAssignment && r.value.primaryAssignment->jobId == jobId;
            for (const sr::Assignment &a : r.value.secondaryAssignments)
                onJob = onJob || a.jobId == jobId;
            if (onJob)
                return finish(JobOutcome::done({{QStringLiteral("srCandidateId"), m_srId}, {QStringLiteral("onJob"), true}}));
            finish(JobOutcome::attention(
                QStringLiteral("EXISTING_CANDIDATE"),
                tr("%1 %2 already exists in SmartRecruiters and is not on the job \"%3\". SmartRecruiters' API cannot "
                   "add an existing candidate to a job, and Sourcedesk does not create a second profile.")
                    .arg(r.value.firstName, r.value.lastName, str(m_job.payload, "jobTitle")),
                tr("Open the candidate in SmartRecruiters and add them to the job, then retry (or skip) this job."),
                {{QStringLiteral("srCandidateId"), m_srId}}));
        });
    }

private:
    QString m_srId;
};

// Files: uploaded once; after a lost answer the candidate's attachments are searched by name.
class AttachmentRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        m_srId = linkedId();
        if (m_srId.isEmpty())
            return finish(JobOutcome::hold(tr("Uploaded when the candidate is created in SmartRecruiters.")));
        Result<Attachment> a = SyncStore(workspace()).attachment(m_job.payload.value(QStringLiteral("attachmentId")).toInteger());
        if (!a)
            return finish(JobOutcome::done({{QStringLiteral("skipped"), a.error().toString()}}));
        m_file = a.value();
        if (!m_file.srAttachmentId.isEmpty())
            return finish(JobOutcome::done({{QStringLiteral("srAttachmentId"), m_file.srAttachmentId}}));
        if (!m_job.mustVerify())
            return upload();
        sr::AttachmentsApi(client()).list(m_srId, QString(), this, [this](const sr::Result<sr::AttachmentList> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, false));
            for (const sr::Attachment &x : r.value.items)
                if (x.name == m_file.fileName)
                    return uploaded(x.id, true);
            upload();
        });
    }

private:
    void upload()
    {
        sr::AttachmentUpload up;
        up.fileName = m_file.fileName;
        up.content = m_file.data;
        up.mimeType = m_file.contentType.toLatin1();
        up.attachmentType = m_file.kind == QLatin1String("RESUME") ? QStringLiteral("RESUME") : QStringLiteral("GENERIC_FILE");
        sr::AttachmentsApi(client()).upload(m_srId, QString(), up, this, [this](const sr::Result<sr::Attachment> &r) {
            if (!r.ok())
                return finish(JobOutcome::fromError(r.error, true));
            uploaded(r.value.id, false);
        });
    }

    void uploaded(const QString &id, bool verified)
    {
        if (Status s = SyncStore(workspace()).setAttachmentUploaded(m_file.id, id))
            return finish(databaseProblem(*s));
        finish(JobOutcome::done({{QStringLiteral("srAttachmentId"), id},
                                 {QStringLiteral("file"), m_file.fileName},
                                 {QStringLiteral("verified"), verified}}));
    }

    QString m_srId;
    Attachment m_file;
};

// The hiring status pushed back: payload {jobId, status, subStatus, reason}. PUT is safe to repeat.
class StatusRunner final : public JobRunner
{
public:
    using JobRunner::JobRunner;

    void start() override
    {
        const QString srId = linkedId();
        if (srId.isEmpty())
            return finish(JobOutcome::hold(tr("Sent when the candidate is created in SmartRecruiters.")));
        sr::StatusChange change;
        change.status = str(m_job.payload, "status");
        change.subStatus = str(m_job.payload, "subStatus");
        change.reason = str(m_job.payload, "reason");
        const QString jobId = str(m_job.payload, "jobId");
        sr::ApplicationsApi(client()).setStatus(srId, jobId, change, this,
                                                [this, change](const sr::Result<sr::NoContent> &r) {
                                                    if (!r.ok())
                                                        return finish(JobOutcome::fromError(r.error, false));
                                                    finish(JobOutcome::done({{QStringLiteral("sent"), change.toJson()}}));
                                                });
    }
};

} // namespace

JobRunner *makeRunner(const RunnerContext &context, const OutboxJob &job, QObject *parent)
{
    switch (job.kind) {
    case JobKind::Create: return makeCreateRunner(context, job, parent);
    case JobKind::Link: return new LinkRunner(context, job, parent);
    case JobKind::UpdateFields: return new UpdateRunner(context, job, parent);
    case JobKind::AddNote: return new NoteRunner(context, job, parent);
    case JobKind::SetTags: return new TagsRunner(context, job, parent);
    case JobKind::UploadAttachment: return new AttachmentRunner(context, job, parent);
    case JobKind::SetStatus: return new StatusRunner(context, job, parent);
    }
    return nullptr;
}

} // namespace sd::sync
