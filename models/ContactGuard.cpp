#include "ContactGuard.h"

#include "DoNotContact.h"
#include "SqlUtil.h"
#include "Types.h"
#include "Workspace.h"

#include <QObject>
#include <QSet>

#include <functional>

// Every check is one query per chunk of 500 candidates (IN lists stay under SQLite's limit of 999
// bound values), so checking 5,000 people costs about 40 queries, not 20,000.
namespace sd {

namespace {

constexpr qsizetype kChunk = 500;

using Warnings = QHash<qint64, QList<ContactWarning>>;

// Runs `sql` (with one "%1" for the id placeholders) for each chunk of `ids`, after `before`.
Status forChunks(const QSqlDatabase &db, const QList<qint64> &ids, const QString &sql, const QVariantList &before,
                 const QString &context, const std::function<void(const QSqlQuery &)> &row)
{
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const QList<qint64> part = ids.mid(i, kChunk);
        const QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = sql::prepare(q, sql.arg(marks.join(QLatin1Char(',')))))
            return s;
        for (const QVariant &v : before)
            q.addBindValue(v);
        for (qint64 id : part)
            q.addBindValue(id);
        if (Status s = sql::exec(q, context))
            return s;
        while (q.next())
            row(q);
    }
    return std::nullopt;
}

ContactWarning warning(ContactWarning::Kind kind, qint64 candidateId, const QString &detail,
                       const QDateTime &when = {})
{
    ContactWarning w;
    w.kind = kind;
    w.candidateId = candidateId;
    w.detail = detail;
    w.when = when;
    return w;
}

} // namespace

ContactGuard::ContactGuard(const Workspace &workspace) : m_workspace(workspace) {}

Result<QList<ContactWarning>> ContactGuard::check(qint64 campaignId, const QList<qint64> &candidateIds,
                                                  int recentDays, const QDateTime &nowUtc) const
{
    const QSqlDatabase db = m_workspace.connection();
    QSqlQuery own(db);
    if (Status s = sql::prepare(own, QStringLiteral("SELECT owner FROM campaigns WHERE id = ?")))
        return *s;
    own.addBindValue(campaignId);
    if (Status s = sql::exec(own, QStringLiteral("checking whom to contact")))
        return *s;
    if (!own.next())
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 does not exist.").arg(campaignId));
    const QString owner = own.value(0).toString().trimmed();
    own.finish();

    QList<qint64> ids;
    {
        QSet<qint64> seen;
        for (qint64 id : candidateIds)
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    }
    Warnings found;
    const QString context = QStringLiteral("checking whom to contact");

    // Emails: the do-not-contact list (addresses and domains) and "nothing to send to".
    QHash<qint64, QStringList> emails;
    if (Status s = forChunks(db, ids, QStringLiteral("SELECT id, emails FROM candidates WHERE id IN (%1)"), {}, context,
                             [&](const QSqlQuery &q) {
                                 emails.insert(q.value(0).toLongLong(),
                                               q.value(1).toString().split(u'\n', Qt::SkipEmptyParts));
                             }))
        return *s;
    QStringList all;
    for (const QStringList &list : std::as_const(emails))
        all << list;
    auto blocked = DoNotContact(m_workspace).blockedAmong(all);
    if (!blocked.ok())
        return blocked.error();
    for (auto it = emails.cbegin(); it != emails.cend(); ++it) {
        for (const QString &e : it.value())
            if (blocked->contains(e))
                found[it.key()] << warning(ContactWarning::Kind::DoNotContact, it.key(), e);
    }

    // Active enrollments in other campaigns, the teammates' apart from the owner's own.
    if (Status s = forChunks(
            db, ids,
            QStringLiteral("SELECT e.candidate_id, c.name, c.owner FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
                           "WHERE e.state = 'active' AND e.campaign_id <> ? AND e.candidate_id IN (%1) ORDER BY c.name, c.id"),
            {campaignId}, context, [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                const QString other = q.value(2).toString().trimmed();
                const bool same = other.compare(owner, Qt::CaseInsensitive) == 0;
                const QString detail = other.isEmpty() ? q.value(1).toString()
                                                       : QObject::tr("%1 (%2)").arg(q.value(1).toString(), other);
                found[id] << warning(same ? ContactWarning::Kind::OwnCampaign : ContactWarning::Kind::TeammateCampaign,
                                     id, detail);
            }))
        return *s;

    // The latest outreach activity within the last `recentDays` days (one warning per candidate:
    // the newest row of each, ties to the later id).
    if (recentDays > 0) {
        const QString kinds = QStringList{QString::number(int(ActivityKind::EmailSent)),
                                          QString::number(int(ActivityKind::LinkedInMessage)),
                                          QString::number(int(ActivityKind::LinkedInInMail)),
                                          QString::number(int(ActivityKind::ConnectionRequest)),
                                          QString::number(int(ActivityKind::Call))}
                                  .join(QLatin1Char(','));
        const qint64 since = nowUtc.toMSecsSinceEpoch() - qint64(recentDays) * 24 * 3600 * 1000;
        if (Status s = forChunks(
                db, ids,
                QStringLiteral("SELECT candidate_id, kind, occurred_at FROM (SELECT candidate_id, kind, occurred_at, "
                               "row_number() OVER (PARTITION BY candidate_id ORDER BY occurred_at DESC, id DESC) AS n "
                               "FROM activities WHERE kind IN (%1) AND occurred_at >= ? AND candidate_id IN (%2)) "
                               "latest WHERE n = 1")
                    .arg(kinds, QStringLiteral("%1")),
                {since}, context, [&](const QSqlQuery &q) {
                    const qint64 id = q.value(0).toLongLong();
                    const QDateTime when = sql::fromDb(q.value(2));
                    const QString kind = toKey(static_cast<ActivityKind>(q.value(1).toInt()));
                    found[id] << warning(ContactWarning::Kind::ContactedRecently, id,
                                         QObject::tr("%1 on %2").arg(kind, when.toString(Qt::ISODate)), when);
                }))
            return *s;
    }

    // SmartRecruiters applications still in process.
    if (Status s = forChunks(
            db, ids,
            QStringLiteral("SELECT a.candidate_id, a.sr_job_id, a.status, (SELECT j.job_title FROM campaign_sr_jobs j "
                           "WHERE j.sr_job_id = a.sr_job_id AND j.job_title <> '' LIMIT 1) FROM sr_applications a "
                           "WHERE upper(a.status) NOT IN ('REJECTED', 'WITHDRAWN', 'HIRED') AND a.candidate_id IN (%1) "
                           "ORDER BY a.sr_job_id"),
            {}, context, [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                const QString title = q.value(3).toString();
                const QString job = title.isEmpty() ? q.value(1).toString() : title;
                found[id] << warning(ContactWarning::Kind::ActiveApplication, id,
                                     QObject::tr("%1: %2").arg(job, q.value(2).toString()));
            }))
        return *s;

    for (auto it = emails.cbegin(); it != emails.cend(); ++it)
        if (it.value().isEmpty())
            found[it.key()] << warning(ContactWarning::Kind::NoEmail, it.key(), QString());

    QList<ContactWarning> out;
    for (qint64 id : std::as_const(ids))
        out << found.value(id);
    return out;
}

} // namespace sd
