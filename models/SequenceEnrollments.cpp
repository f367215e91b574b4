#include "SequenceRepository.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>

// Enrollments: which members run through the campaign's sequence and where they are in it.
namespace sd {

namespace {

constexpr auto kEnrollmentColumns =
    "campaign_id, candidate_id, current_step, state, next_due_at, enrolled_at, stopped_reason";

Enrollment readEnrollment(const QSqlQuery &q)
{
    Enrollment e;
    e.campaignId = q.value(0).toLongLong();
    e.candidateId = q.value(1).toLongLong();
    e.currentStep = q.value(2).toInt();
    e.state = enrollmentStateFromKey(q.value(3).toString()).value_or(EnrollmentState::Stopped);
    e.nextDueAt = sql::fromDb(q.value(4));
    e.enrolledAt = sql::fromDb(q.value(5));
    e.stoppedReason = q.value(6).toString();
    return e;
}

} // namespace

Result<int> SequenceRepository::enroll(qint64 campaignId, const QList<qint64> &candidateIds, const QDateTime &firstDueAt)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto seq = forCampaign(campaignId);
    if (!seq.ok())
        return seq.error();
    if (!seq->has_value())
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 has no sequence.").arg(campaignId));
    QSqlQuery member(db);
    if (Status s = sql::prepare(member, QStringLiteral("SELECT 1 FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?")))
        return *s;
    QSqlQuery ins(db);
    if (Status s = sql::prepare(ins, QStringLiteral("INSERT INTO enrollments(campaign_id, candidate_id, state, next_due_at, "
                                                    "enrolled_at) VALUES (?, ?, 'active', ?, ?) ON CONFLICT DO NOTHING")))
        return *s;
    const qint64 now = sql::nowMs();
    int added = 0;
    for (qint64 id : candidateIds) {
        member.addBindValue(campaignId);
        member.addBindValue(id);
        if (Status s = sql::exec(member, QStringLiteral("enrolling")))
            return *s;
        if (!member.next())
            return Error(Error::Code::InvalidArgument, QObject::tr("Candidate %1 is not in the campaign.").arg(id));
        member.finish();
        ins.addBindValue(campaignId);
        ins.addBindValue(id);
        ins.addBindValue(sql::toDb(firstDueAt));
        ins.addBindValue(now);
        if (Status s = sql::exec(ins, QStringLiteral("enrolling")))
            return *s;
        added += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status s = tx.commit())
        return *s;
    return added;
}

Result<int> SequenceRepository::unenroll(qint64 campaignId, const QList<qint64> &candidateIds)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("DELETE FROM enrollments WHERE campaign_id = ? AND candidate_id = ?")))
        return *s;
    int removed = 0;
    for (qint64 id : candidateIds) {
        q.addBindValue(campaignId);
        q.addBindValue(id);
        if (Status s = sql::exec(q, QStringLiteral("unenrolling")))
            return *s;
        removed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status s = tx.commit())
        return *s;
    return removed;
}

Result<std::optional<Enrollment>> SequenceRepository::enrollment(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM enrollments WHERE campaign_id = ? AND candidate_id = ?")
                                       .arg(QLatin1StringView(kEnrollmentColumns))))
        return *s;
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the enrollment")))
        return *s;
    if (!q.next())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(readEnrollment(q));
}

Status SequenceRepository::setProgress(qint64 campaignId, qint64 candidateId, int currentStep, EnrollmentState state,
                                       const QDateTime &nextDueAt, const QString &stoppedReason)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE enrollments SET current_step = ?, state = ?, next_due_at = ?, "
                                                  "stopped_reason = ? WHERE campaign_id = ? AND candidate_id = ?")))
        return s;
    q.addBindValue(currentStep);
    q.addBindValue(toKey(state));
    q.addBindValue(state == EnrollmentState::Active ? sql::toDb(nextDueAt) : sql::toDb(QDateTime()));
    q.addBindValue(sql::text(stoppedReason));
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("saving the enrollment")))
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("Candidate %1 is not enrolled.").arg(candidateId));
    return std::nullopt;
}

Result<QList<Enrollment>> SequenceRepository::due(const QDateTime &nowUtc, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM enrollments WHERE state = 'active' AND next_due_at <= ? "
                                                  "ORDER BY next_due_at, campaign_id, candidate_id LIMIT ?")
                                       .arg(QLatin1StringView(kEnrollmentColumns))))
        return *s;
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("listing due enrollments")))
        return *s;
    QList<Enrollment> out;
    while (q.next())
        out << readEnrollment(q);
    return out;
}

} // namespace sd
