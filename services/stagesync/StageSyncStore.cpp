#include "StageSyncStore.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QJsonDocument>

namespace sd::stagesync {

Result<QDateTime> StageSyncStore::lastSuccessfulRunStart() const
{
    QSqlQuery q(m_workspace.connection());
    // The latest by id, not the largest time: after the clock was moved back, the latest run's
    // (earlier) start re-reads more instead of skipping changes.
    if (Status s = sql::prepare(q, QStringLiteral("SELECT started_at FROM sync_runs WHERE kind = ? AND ok = 1 "
                                                  "ORDER BY id DESC LIMIT 1")))
        return *s;
    q.addBindValue(QString::fromLatin1(kRunKind));
    if (Status s = sql::exec(q, QStringLiteral("reading the last stage sync")))
        return *s;
    return q.next() ? sql::fromDb(q.value(0)) : QDateTime();
}

Result<qint64> StageSyncStore::beginRun(const QDateTime &startedAt)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO sync_runs(kind, started_at, ok, summary) VALUES (?, ?, 0, '')")))
        return *s;
    q.addBindValue(QString::fromLatin1(kRunKind));
    q.addBindValue(sql::toDb(startedAt));
    if (Status s = sql::exec(q, QStringLiteral("recording the stage sync start")))
        return *s;
    return q.lastInsertId().toLongLong();
}

Status StageSyncStore::finishRun(qint64 runId, bool ok, const QJsonObject &summary)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE sync_runs SET finished_at = ?, ok = ?, summary = ? WHERE id = ?")))
        return s;
    q.addBindValue(sql::nowMs());
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(runId);
    return sql::exec(q, QStringLiteral("recording the stage sync result"));
}

Result<QJsonObject> StageSyncStore::lastSummary() const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT summary FROM sync_runs WHERE kind = ? AND finished_at IS NOT NULL "
                                                  "ORDER BY id DESC LIMIT 1")))
        return *s;
    q.addBindValue(QString::fromLatin1(kRunKind));
    if (Status s = sql::exec(q, QStringLiteral("reading the last stage sync")))
        return *s;
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

Result<QHash<QString, qint64>> StageSyncStore::linkedCandidates() const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT sr_candidate_id, candidate_id FROM sr_candidate_links")))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters candidate links")))
        return *s;
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QHash<QString, QList<qint64>>> StageSyncStore::linkedJobs() const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT sr_job_id, campaign_id FROM campaign_sr_jobs "
                                                  "WHERE sr_job_id <> '' ORDER BY campaign_id")))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the campaign jobs")))
        return *s;
    QHash<QString, QList<qint64>> out;
    while (q.next())
        out[q.value(0).toString()].append(q.value(1).toLongLong());
    return out;
}

Result<std::optional<StoredApplication>> StageSyncStore::application(qint64 candidateId, const QString &jobId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT status, sub_status, remote_updated_on, pulled_at FROM sr_applications "
                                                  "WHERE candidate_id = ? AND sr_job_id = ?")))
        return *s;
    q.addBindValue(candidateId);
    q.addBindValue(jobId);
    if (Status s = sql::exec(q, QStringLiteral("reading a pulled application")))
        return *s;
    if (!q.next())
        return std::optional<StoredApplication>();
    StoredApplication a;
    a.stage = {q.value(0).toString(), q.value(1).toString()};
    a.remoteUpdatedOn = q.value(2).toString();
    a.pulledAt = sql::fromDb(q.value(3));
    return std::optional<StoredApplication>(a);
}

Status StageSyncStore::saveApplication(qint64 candidateId, const QString &jobId, const RemoteStage &stage,
                                       const QString &remoteUpdatedOn)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, sub_status, "
                                                  "remote_updated_on, pulled_at) VALUES (?, ?, ?, ?, ?, ?) "
                                                  "ON CONFLICT(candidate_id, sr_job_id) DO UPDATE SET status = excluded.status, "
                                                  "sub_status = excluded.sub_status, remote_updated_on = excluded.remote_updated_on, "
                                                  "pulled_at = excluded.pulled_at")))
        return s;
    q.addBindValue(candidateId);
    q.addBindValue(jobId);
    q.addBindValue(stage.status);
    q.addBindValue(sql::text(stage.subStatus));
    q.addBindValue(sql::text(remoteUpdatedOn));
    q.addBindValue(sql::nowMs());
    return sql::exec(q, QStringLiteral("saving a pulled application"));
}

Result<std::optional<MemberStatus>> StageSyncStore::memberStatus(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT status FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?")))
        return *s;
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading a member status")))
        return *s;
    if (!q.next())
        return std::optional<MemberStatus>();
    const int v = q.value(0).toInt();
    if (v < 0 || v >= MemberStatusCount)
        return Error(Error::Code::Corrupt, QStringLiteral("member status %1 out of range").arg(v));
    return std::optional<MemberStatus>(static_cast<MemberStatus>(v));
}

} // namespace sd::stagesync
