#include "SyncStore.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::SyncStore", text);
}

QStringList splitTags(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'));
}

ReviewItem readReview(const QSqlQuery &q)
{
    ReviewItem r;
    r.id = q.value(0).toLongLong();
    r.candidateId = q.value(1).toLongLong();
    r.srCandidateId = q.value(2).toString();
    r.evidence = q.value(3).toString();
    r.createdAt = sql::fromDb(q.value(4));
    r.resolvedAt = sql::fromDb(q.value(5));
    r.resolution = q.value(6).toString();
    return r;
}

// The file's bytes only when asked: listing attachments need not load every file.
QString attachmentColumns(bool withData)
{
    return QStringLiteral("id, candidate_id, file_name, content_type, kind, %1, sr_attachment_id, added_at")
        .arg(withData ? QStringLiteral("data") : QStringLiteral("NULL"));
}

Attachment readAttachment(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.candidateId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.contentType = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.data = q.value(5).toByteArray();
    a.srAttachmentId = q.value(6).toString();
    a.addedAt = sql::fromDb(q.value(7));
    return a;
}

constexpr auto kReviewColumns = "id, candidate_id, sr_candidate_id, evidence, created_at, resolved_at, resolution";

} // namespace

SyncStore::SyncStore(const Workspace &workspace) : m_workspace(workspace) {}

Result<std::optional<SrLink>> SyncStore::link(qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT sr_candidate_id, origin, linked_at, remote_tags FROM sr_candidate_links "
                             "WHERE candidate_id = ?"));
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters link")))
        return *s;
    if (!q.next())
        return std::optional<SrLink>();
    SrLink l;
    l.candidateId = candidateId;
    l.srCandidateId = q.value(0).toString();
    l.origin = q.value(1).toString();
    l.linkedAt = sql::fromDb(q.value(2));
    l.remoteTags = splitTags(q.value(3).toString());
    return std::optional<SrLink>(l);
}

Result<std::optional<qint64>> SyncStore::candidateForRemote(const QString &srCandidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT candidate_id FROM sr_candidate_links WHERE sr_candidate_id = ?"));
    q.addBindValue(srCandidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters link")))
        return *s;
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status SyncStore::setLink(qint64 candidateId, const QString &srCandidateId, const QString &origin)
{
    Result<std::optional<qint64>> other = candidateForRemote(srCandidateId);
    if (!other)
        return other.error();
    if (*other && **other != candidateId)
        return Error(Error::Code::Conflict,
                     tr("SmartRecruiters candidate %1 is already linked to candidate %2 in Sourcedesk.")
                         .arg(srCandidateId)
                         .arg(**other));
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) "
                             "VALUES(?,?,?,?) ON CONFLICT(candidate_id) DO UPDATE SET "
                             "sr_candidate_id = excluded.sr_candidate_id, origin = excluded.origin, "
                             "linked_at = excluded.linked_at"));
    q.addBindValue(candidateId);
    q.addBindValue(srCandidateId);
    q.addBindValue(origin);
    q.addBindValue(sql::nowMs());
    return sql::exec(q, QStringLiteral("linking the SmartRecruiters candidate"));
}

Status SyncStore::setRemoteTags(qint64 candidateId, const QStringList &tags)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE sr_candidate_links SET remote_tags = ? WHERE candidate_id = ?"));
    q.addBindValue(sql::text(tags.join(QLatin1Char('\n'))));
    q.addBindValue(candidateId);
    return sql::exec(q, QStringLiteral("storing the SmartRecruiters tags"));
}

Status SyncStore::removeLink(qint64 candidateId)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("DELETE FROM sr_candidate_links WHERE candidate_id = ?"));
    q.addBindValue(candidateId);
    return sql::exec(q, QStringLiteral("unlinking the SmartRecruiters candidate"));
}

Result<std::optional<CampaignJob>> SyncStore::campaignJob(qint64 campaignId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT sr_job_id, job_title, linked_at, linked_by FROM campaign_sr_jobs WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (Status s = sql::exec(q, QStringLiteral("reading the campaign's SmartRecruiters job")))
        return *s;
    if (!q.next())
        return std::optional<CampaignJob>();
    CampaignJob j;
    j.campaignId = campaignId;
    j.srJobId = q.value(0).toString();
    j.jobTitle = q.value(1).toString();
    j.linkedAt = sql::fromDb(q.value(2));
    j.linkedBy = q.value(3).toString();
    return std::optional<CampaignJob>(j);
}

Status SyncStore::setCampaignJob(const CampaignJob &job)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, job_title, linked_at, linked_by) "
                             "VALUES(?,?,?,?,?) ON CONFLICT(campaign_id) DO UPDATE SET sr_job_id = excluded.sr_job_id, "
                             "job_title = excluded.job_title, linked_at = excluded.linked_at, linked_by = excluded.linked_by"));
    q.addBindValue(job.campaignId);
    q.addBindValue(sql::text(job.srJobId));
    q.addBindValue(sql::text(job.jobTitle));
    q.addBindValue(sql::nowMs());
    q.addBindValue(sql::text(job.linkedBy));
    return sql::exec(q, QStringLiteral("linking the campaign to a SmartRecruiters job"));
}

Status SyncStore::unlinkCampaignJob(qint64 campaignId)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign_sr_jobs WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    return sql::exec(q, QStringLiteral("unlinking the campaign's SmartRecruiters job"));
}

Result<qint64> SyncStore::addReview(qint64 candidateId, const QString &srCandidateId, const QString &evidence)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("INSERT INTO sr_review_queue(candidate_id, sr_candidate_id, evidence, created_at) "
                             "VALUES(?,?,?,?) ON CONFLICT(candidate_id, sr_candidate_id) DO UPDATE SET "
                             "evidence = excluded.evidence RETURNING id"));
    q.addBindValue(candidateId);
    q.addBindValue(srCandidateId);
    q.addBindValue(evidence);
    q.addBindValue(sql::nowMs());
    if (Status s = sql::exec(q, QStringLiteral("queueing a possible match for review")))
        return *s;
    if (!q.next())
        return Error(Error::Code::Database, tr("The possible match could not be queued for review."));
    return q.value(0).toLongLong();
}

Result<QList<ReviewItem>> SyncStore::reviews(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sr_review_queue WHERE %2").arg(QLatin1String(kReviewColumns), where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (Status s = sql::exec(q, QStringLiteral("reading the review queue")))
        return *s;
    QList<ReviewItem> out;
    while (q.next())
        out.append(readReview(q));
    return out;
}

Result<QList<ReviewItem>> SyncStore::openReviews(int limit) const
{
    return reviews(QStringLiteral("resolved_at IS NULL ORDER BY id LIMIT ?"), {limit});
}

Result<std::optional<ReviewItem>> SyncStore::openReviewFor(qint64 candidateId) const
{
    Result<QList<ReviewItem>> found =
        reviews(QStringLiteral("resolved_at IS NULL AND candidate_id = ? ORDER BY id LIMIT 1"), {candidateId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<ReviewItem>() : std::optional<ReviewItem>(found->first());
}

Status SyncStore::resolveReview(qint64 id, const QString &resolution)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE sr_review_queue SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(sql::nowMs());
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("resolving the review")))
        return s;
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("Review %1 does not exist or was already resolved.").arg(id));
    return std::nullopt;
}

Result<QList<ReviewItem>> SyncStore::resolvedReviews(qint64 candidateId) const
{
    return reviews(QStringLiteral("resolved_at IS NOT NULL AND candidate_id = ? ORDER BY id"), {candidateId});
}

Result<qint64> SyncStore::addAttachment(Attachment &a)
{
    if (a.fileName.isEmpty() || a.data.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("An attachment needs a file name and content."));
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("INSERT INTO candidate_attachments(candidate_id, file_name, content_type, kind, data, added_at) "
                             "VALUES(?,?,?,?,?,?)"));
    q.addBindValue(a.candidateId);
    q.addBindValue(a.fileName);
    q.addBindValue(a.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : a.contentType);
    q.addBindValue(a.kind.isEmpty() ? QStringLiteral("RESUME") : a.kind);
    q.addBindValue(a.data);
    q.addBindValue(sql::nowMs());
    if (Status s = sql::exec(q, QStringLiteral("storing the attachment")))
        return *s;
    a.id = q.lastInsertId().toLongLong();
    return a.id;
}

Result<Attachment> SyncStore::attachment(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM candidate_attachments WHERE id = ?").arg(attachmentColumns(true)));
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading the attachment")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Attachment %1 does not exist.").arg(id));
    return readAttachment(q);
}

Result<QList<Attachment>> SyncStore::attachments(qint64 candidateId, bool withData) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM candidate_attachments WHERE candidate_id = ? ORDER BY id")
                  .arg(attachmentColumns(withData)));
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the attachments")))
        return *s;
    QList<Attachment> out;
    while (q.next())
        out.append(readAttachment(q));
    return out;
}

Status SyncStore::setAttachmentUploaded(qint64 id, const QString &srAttachmentId)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE candidate_attachments SET sr_attachment_id = ? WHERE id = ?"));
    q.addBindValue(srAttachmentId);
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("recording the uploaded attachment"));
}

Status SyncStore::recordFieldSources(qint64 candidateId, const QStringList &fields, const QString &source)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO candidate_field_sources(candidate_id, field, source, at) VALUES(?,?,?,?) "
                             "ON CONFLICT(candidate_id, field) DO UPDATE SET source = excluded.source, at = excluded.at"));
    const qint64 now = sql::nowMs();
    for (const QString &field : fields) {
        q.addBindValue(candidateId);
        q.addBindValue(field);
        q.addBindValue(source);
        q.addBindValue(now);
        if (Status s = sql::exec(q, QStringLiteral("recording where a value came from")))
            return s;
    }
    return tx.commit();
}

Result<QList<FieldSource>> SyncStore::fieldSources(qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT field, source, at FROM candidate_field_sources WHERE candidate_id = ? ORDER BY field"));
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading where values came from")))
        return *s;
    QList<FieldSource> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), sql::fromDb(q.value(2))});
    return out;
}

} // namespace sd::sync
