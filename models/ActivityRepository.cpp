#include "ActivityRepository.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

namespace sd {

namespace {

constexpr auto kColumns = "id, candidate_id, campaign_id, kind, subject, body, occurred_at, author";

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.candidateId = q.value(1).toLongLong();
    a.campaignId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    a.kind = static_cast<ActivityKind>(q.value(3).toInt());
    a.subject = q.value(4).toString();
    a.body = q.value(5).toString();
    a.occurredAt = sql::fromDb(q.value(6));
    a.author = q.value(7).toString();
    return a;
}

} // namespace

ActivityRepository::ActivityRepository(const Workspace &workspace) : m_workspace(workspace) {}

Status ActivityRepository::log(Activity &activity)
{
    if (activity.candidateId <= 0)
        return Error(Error::Code::InvalidArgument, QObject::tr("An activity needs a candidate."));
    if (!activity.occurredAt.isValid())
        activity.occurredAt = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM candidates WHERE id = ?"));
        exists.addBindValue(activity.candidateId);
        if (Status s = sql::exec(exists, QStringLiteral("reading the candidate")))
            return s;
        if (!exists.next())
            return Error(Error::Code::NotFound, QObject::tr("Candidate %1 does not exist.").arg(activity.candidateId));
    }
    std::optional<MemberStatus> current;
    if (activity.campaignId > 0) {
        QSqlQuery m(db);
        m.prepare(QStringLiteral("SELECT status FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?"));
        m.addBindValue(activity.campaignId);
        m.addBindValue(activity.candidateId);
        if (Status s = sql::exec(m, QStringLiteral("reading the campaign member")))
            return s;
        if (!m.next())
            return Error(Error::Code::NotFound, QObject::tr("The candidate is not in this campaign."));
        current = static_cast<MemberStatus>(m.value(0).toInt());
    }

    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, subject, body, "
                                                  "occurred_at, author) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")))
        return s;
    q.addBindValue(activity.candidateId);
    q.addBindValue(activity.campaignId > 0 ? QVariant(activity.campaignId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(static_cast<int>(activity.kind));
    q.addBindValue(sql::text(activity.subject));
    q.addBindValue(sql::text(activity.body));
    q.addBindValue(sql::toDb(activity.occurredAt));
    q.addBindValue(sql::text(activity.author));
    if (Status s = sql::exec(q, QStringLiteral("logging the activity")))
        return s;
    activity.id = sql::returnedId(q);

    std::optional<MemberStatus> moved;
    if (current) {
        const qint64 at = activity.occurredAt.toMSecsSinceEpoch();
        QSqlQuery upd(db);
        upd.prepare(QStringLiteral("UPDATE campaign_members SET last_activity_at = %1 "
                                   "WHERE campaign_id = ? AND candidate_id = ?")
                        .arg(sql::greatest(sql::dialectOf(db), QStringLiteral("coalesce(last_activity_at, 0)"),
                                           QStringLiteral("?"))));
        upd.addBindValue(at);
        upd.addBindValue(activity.campaignId);
        upd.addBindValue(activity.candidateId);
        if (Status s = sql::exec(upd, QStringLiteral("updating the last activity")))
            return s;
        if (const auto next = statusAfterActivity(*current, activity.kind)) {
            const qint64 now = sql::nowMs();
            QSqlQuery st(db);
            st.prepare(QStringLiteral("UPDATE campaign_members SET status = ?, status_changed_at = ? "
                                      "WHERE campaign_id = ? AND candidate_id = ?"));
            st.addBindValue(static_cast<int>(*next));
            st.addBindValue(now);
            st.addBindValue(activity.campaignId);
            st.addBindValue(activity.candidateId);
            if (Status s = sql::exec(st, QStringLiteral("advancing the status")))
                return s;
            QSqlQuery hist(db);
            hist.prepare(QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, "
                                        "changed_by) VALUES (?, ?, ?, ?, ?)"));
            hist.addBindValue(activity.campaignId);
            hist.addBindValue(activity.candidateId);
            hist.addBindValue(static_cast<int>(*next));
            hist.addBindValue(now);
            hist.addBindValue(sql::text(activity.author));
            if (Status s = sql::exec(hist, QStringLiteral("recording the status")))
                return s;
            moved = next;
        }
    }
    if (DomainEvents *events = m_workspace.events())
        if (Status s = events->activityLogged(activity, moved, activity.author))
            return s;
    return tx.commit();
}

Result<QList<Activity>> ActivityRepository::forCandidate(qint64 candidateId, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activities WHERE candidate_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1StringView(kColumns)));
    q.addBindValue(candidateId);
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("reading activities")))
        return *s;
    QList<Activity> out;
    while (q.next())
        out << readActivity(q);
    return out;
}

Result<QList<Activity>> ActivityRepository::forCampaign(qint64 campaignId, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activities WHERE campaign_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1StringView(kColumns)));
    q.addBindValue(campaignId);
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("reading activities")))
        return *s;
    QList<Activity> out;
    while (q.next())
        out << readActivity(q);
    return out;
}

Status ActivityRepository::remove(qint64 activityId)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("DELETE FROM activities WHERE id = ?"));
    q.addBindValue(activityId);
    return sql::exec(q, QStringLiteral("deleting the activity"));
}

Result<QList<ActivityListRow>> ActivityRepository::recentOfKind(ActivityKind kind, int limit, int offset) const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT a.id, a.candidate_id, a.campaign_id, a.kind, a.subject, a.body, "
                                                  "a.occurred_at, a.author, c.first_name, c.last_name, c.emails, "
                                                  "coalesce(p.name, '') FROM activities a "
                                                  "JOIN candidates c ON c.id = a.candidate_id "
                                                  "LEFT JOIN campaigns p ON p.id = a.campaign_id "
                                                  "WHERE a.kind = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT ? OFFSET ?")))
        return *s;
    q.addBindValue(static_cast<int>(kind));
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    if (Status s = sql::exec(q, QStringLiteral("reading recent activities")))
        return *s;
    QList<ActivityListRow> out;
    while (q.next()) {
        ActivityListRow row;
        row.activity = readActivity(q);
        row.candidateName = QStringList{q.value(8).toString(), q.value(9).toString()}.join(u' ').trimmed();
        row.candidateEmail = q.value(10).toString().section(u'\n', 0, 0).trimmed();
        row.campaignName = q.value(11).toString();
        out << row;
    }
    return out;
}

} // namespace sd
