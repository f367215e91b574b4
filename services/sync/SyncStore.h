#pragma once
// What Sourcedesk knows about the SmartRecruiters side of its records: which remote candidate a
// local one is (and why: created, matched, linked by hand), which job a campaign pushes to, the
// uncertain matches waiting for review, the attachments to upload, and where each stored value
// came from.
#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::sync {

struct SrLink
{
    qint64 candidateId = 0;
    QString srCandidateId;
    QString origin; // created, matched, manual
    QDateTime linkedAt;
    QStringList remoteTags; // the tags as last written or read
};

struct CampaignJob
{
    qint64 campaignId = 0;
    QString srJobId; // empty: the talent pool
    QString jobTitle;
    QDateTime linkedAt;
    QString linkedBy;
    bool isTalentPool() const { return srJobId.isEmpty(); }
};

struct ReviewItem
{
    qint64 id = 0;
    qint64 candidateId = 0;
    QString srCandidateId;
    QString evidence; // what matched and what did not, for the recruiter
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolution; // linked, distinct, ''
};

struct Attachment
{
    qint64 id = 0;
    qint64 candidateId = 0;
    QString fileName;
    QString contentType;
    QString kind; // RESUME, OTHER (SmartRecruiters' attachment types)
    QByteArray data;
    QString srAttachmentId; // empty until uploaded
    QDateTime addedAt;
};

struct FieldSource
{
    QString field;
    QString source; // manual, import, cli, smartrecruiters, sample
    QDateTime at;
};

class SyncStore
{
public:
    explicit SyncStore(const Workspace &workspace);

    Result<std::optional<SrLink>> link(qint64 candidateId) const;
    Result<std::optional<qint64>> candidateForRemote(const QString &srCandidateId) const;
    // Refused when the remote candidate is already linked to another local one.
    Status setLink(qint64 candidateId, const QString &srCandidateId, const QString &origin);
    Status setRemoteTags(qint64 candidateId, const QStringList &tags);
    Status removeLink(qint64 candidateId);

    Result<std::optional<CampaignJob>> campaignJob(qint64 campaignId) const;
    Status setCampaignJob(const CampaignJob &job);
    Status unlinkCampaignJob(qint64 campaignId);

    // Returns the item id; an unresolved item for the same pair is kept, not repeated.
    Result<qint64> addReview(qint64 candidateId, const QString &srCandidateId, const QString &evidence);
    Result<QList<ReviewItem>> openReviews(int limit = 500) const;
    Result<std::optional<ReviewItem>> openReviewFor(qint64 candidateId) const;
    Status resolveReview(qint64 id, const QString &resolution);
    // The candidate's resolved items, oldest first: the create skips matches marked "distinct".
    Result<QList<ReviewItem>> resolvedReviews(qint64 candidateId) const;

    Result<qint64> addAttachment(Attachment &attachment);
    Result<Attachment> attachment(qint64 id) const;
    Result<QList<Attachment>> attachments(qint64 candidateId, bool withData = false) const;
    Status setAttachmentUploaded(qint64 id, const QString &srAttachmentId);

    Status recordFieldSources(qint64 candidateId, const QStringList &fields, const QString &source);
    Result<QList<FieldSource>> fieldSources(qint64 candidateId) const;

private:
    // Review rows matching `where` (SQL after WHERE, with ? for `binds`).
    Result<QList<ReviewItem>> reviews(const QString &where, const QVariantList &binds) const;

    const Workspace &m_workspace;
};

} // namespace sd::sync
