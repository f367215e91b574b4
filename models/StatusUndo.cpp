#include "StatusUndo.h"

#include "CampaignRepository.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace sd {

namespace {

// The outbox jobs a status change queues (SyncPlanner::statusChanged): the create when the status is
// the trigger, link, outcome tag, status push, and the "status changed" note. Notes of activities
// are not among them. Only notes' payloads are read as JSON (CASE: PostgreSQL may evaluate the
// operands of AND in any order, and other jobs' payloads need not be JSON).
QString statusJobs(const QSqlDatabase &db)
{
    return QStringLiteral("(kind IN ('create', 'link', 'setTags', 'setStatus') OR coalesce(CASE WHEN kind = 'addNote' "
                          "THEN %1 END, '') = 'statusChange')")
        .arg(sql::jsonText(sql::dialectOf(db), QStringLiteral("payload"), QStringLiteral("kind")));
}

// The member as the change left it? Then the undo may move it back.
Result<bool> untouchedSince(const QSqlDatabase &db, const StatusUndo &undo, qint64 candidateId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT status, status_changed_at FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?"));
    q.addBindValue(undo.campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading a campaign member")))
        return *s;
    return q.next() && q.value(0).toInt() == static_cast<int>(undo.applied) &&
           q.value(1).toLongLong() == undo.appliedAtMs;
}

Result<qint64> largestOutboxId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM sr_outbox")))
        return sql::errorFrom(q, QStringLiteral("reading the outbox"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// Whether anything the change queued for this member has been tried, sent or decided already.
Result<bool> anyStarted(const QSqlDatabase &db, qint64 mark, qint64 campaignId, qint64 candidateId)
{
    QSqlQuery q(db);
    if (Status s =
            sql::prepare(q, QStringLiteral("SELECT count(*) FROM sr_outbox WHERE id > ? AND candidate_id = ? "
                                           "AND coalesce(campaign_id, 0) IN (0, ?) AND %1 "
                                           "AND (state NOT IN (0, 6) OR attempts > 0)")
                                .arg(statusJobs(db))))
        return *s;
    q.addBindValue(mark);
    q.addBindValue(candidateId);
    q.addBindValue(campaignId);
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    return q.next() && q.value(0).toLongLong() > 0;
}

// Status jobs queued after `mark` for these members that nothing has tried: skipped, with why.
Result<int> withdrawJobs(const QSqlDatabase &db, qint64 mark, qint64 campaignId,
                         const QList<qint64> &candidateIds, const QString &actor)
{
    QSqlQuery q(db);
    if (Status s = sql::prepare(
            q, QStringLiteral(
                   "UPDATE sr_outbox SET state = 5, error_code = 'UNDONE', error_message = ?, result = ?, "
                   "done_at = ?, updated_at = ? WHERE id > ? AND candidate_id = ? "
                   "AND coalesce(campaign_id, 0) IN (0, ?) AND state IN (0, 6) AND attempts = 0 AND %1")
                   .arg(statusJobs(db))))
        return *s;
    const QString why = QCoreApplication::translate(
        "StatusUndo", "Not sent: the status change was undone before anything went to SmartRecruiters.");
    const QJsonObject result{{QStringLiteral("skippedBy"), actor}, {QStringLiteral("undone"), true}};
    const QString resultText = QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
    const qint64 now = sql::nowMs();
    int withdrawn = 0;
    for (qint64 id : candidateIds) {
        q.bindValue(0, why);
        q.bindValue(1, resultText);
        q.bindValue(2, now);
        q.bindValue(3, now);
        q.bindValue(4, mark);
        q.bindValue(5, id);
        q.bindValue(6, campaignId);
        if (Status s = sql::exec(q, QStringLiteral("withdrawing SmartRecruiters jobs")))
            return *s;
        withdrawn += q.numRowsAffected();
    }
    return withdrawn;
}

} // namespace

Result<StatusUndo> StatusUndo::capture(const QSqlDatabase &db, qint64 campaignId,
                                       const QList<qint64> &candidateIds, MemberStatus status, qint64 nowMs)
{
    StatusUndo undo;
    undo.campaignId = campaignId;
    undo.applied = status;
    undo.appliedAtMs = nowMs;
    auto mark = largestOutboxId(db);
    if (!mark.ok())
        return mark.error();
    undo.outboxMark = mark.value();
    QSqlQuery q(db);
    if (Status s =
            sql::prepare(q, QStringLiteral("SELECT status, status_changed_at FROM campaign_members "
                                           "WHERE campaign_id = ? AND candidate_id = ? AND status <> ?")))
        return *s;
    for (qint64 id : candidateIds) {
        q.bindValue(0, campaignId);
        q.bindValue(1, id);
        q.bindValue(2, static_cast<int>(status));
        if (Status s = sql::exec(q, QStringLiteral("reading a campaign member")))
            return *s;
        if (q.next())
            undo.previous.append(
                {id, static_cast<MemberStatus>(q.value(0).toInt()), q.value(1).toLongLong()});
    }
    return undo;
}

Result<StatusUndoOutcome> undoStatusChange(const Workspace &workspace, const StatusUndo &undo,
                                           const QString &actor)
{
    QSqlDatabase db = workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    StatusUndoOutcome outcome;
    QMap<int, QList<qint64>> byStatus;
    QList<qint64> moving;
    QList<qint64> unheard; // SmartRecruiters has heard nothing of the change for these
    for (const StatusUndo::Previous &p : undo.previous) {
        auto same = untouchedSince(db, undo, p.candidateId);
        if (!same.ok())
            return same.error();
        if (!same.value()) {
            ++outcome.skipped;
            continue;
        }
        byStatus[static_cast<int>(p.status)].append(p.candidateId);
        moving.append(p.candidateId);
        auto started = anyStarted(db, undo.outboxMark, undo.campaignId, p.candidateId);
        if (!started.ok())
            return started.error();
        if (!started.value())
            unheard.append(p.candidateId);
    }
    // Per person, all or nothing: when none of the change's jobs went out, they are withdrawn and so
    // are the ones the way back queues (SmartRecruiters never hears of either); otherwise every job
    // stays and the way back follows the change there.
    auto withdrawn = withdrawJobs(db, undo.outboxMark, undo.campaignId, unheard, actor);
    if (!withdrawn.ok())
        return withdrawn.error();
    auto markBack = largestOutboxId(db);
    if (!markBack.ok())
        return markBack.error();
    CampaignRepository campaigns(workspace);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        auto changed =
            campaigns.setStatus(undo.campaignId, it.value(), static_cast<MemberStatus>(it.key()), actor);
        if (!changed.ok())
            return changed.error();
        outcome.reverted += changed.value();
    }
    auto withdrawnBack = withdrawJobs(db, markBack.value(), undo.campaignId, unheard, actor);
    if (!withdrawnBack.ok())
        return withdrawnBack.error();
    outcome.withdrawnJobs = withdrawn.value() + withdrawnBack.value();
    QSqlQuery back(db);
    if (Status s = sql::prepare(back, QStringLiteral("UPDATE campaign_members SET status_changed_at = ? "
                                                     "WHERE campaign_id = ? AND candidate_id = ?")))
        return *s;
    for (const StatusUndo::Previous &p : undo.previous) {
        if (!moving.contains(p.candidateId))
            continue;
        back.bindValue(0, p.changedAtMs);
        back.bindValue(1, undo.campaignId);
        back.bindValue(2, p.candidateId);
        if (Status s = sql::exec(back, QStringLiteral("undoing the status change")))
            return *s;
    }
    if (Status s = tx.commit())
        return *s;
    return outcome;
}

} // namespace sd
