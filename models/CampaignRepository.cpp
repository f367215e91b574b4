#include "CampaignRepository.h"

#include "CandidateRow.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "StatusUndo.h"
#include "UndoSnapshot.h"
#include "Workspace.h"

#include <QSqlError>

#include <algorithm>

namespace sd {

namespace {

constexpr auto kCampaignColumns = "id, name, description, owner, archived, is_sample, created_at, updated_at";
// Members per statement of a bulk status change (SQLite allows 32,766 bound values a statement).
constexpr qsizetype kStatusChunk = 500;

Campaign readCampaign(const QSqlQuery &q, int i = 0)
{
    Campaign c;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.owner = q.value(i++).toString();
    c.archived = q.value(i++).toBool();
    c.sample = q.value(i++).toBool();
    c.createdAt = sql::fromDb(q.value(i++));
    c.updatedAt = sql::fromDb(q.value(i++));
    return c;
}

Status validate(const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("A campaign needs a name."), QStringLiteral("name"));
    if (c.name.size() > 200)
        return Error(Error::Code::InvalidArgument, QObject::tr("A campaign name has at most 200 characters."),
                     QStringLiteral("name"));
    return std::nullopt;
}

// The unique name index answers for both create and rename; say it in the user's words.
Status nameTaken(const QSqlQuery &q, const Campaign &c, const QString &context)
{
    if (q.lastError().text().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive))
        return Error(Error::Code::Duplicate, QObject::tr("A campaign named \"%1\" already exists.").arg(c.name),
                     QStringLiteral("name"));
    return sql::errorFrom(q, context);
}

Status touchCampaign(const QSqlDatabase &db, qint64 id, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE campaigns SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("updating the campaign"));
}

} // namespace

CampaignRepository::CampaignRepository(const Workspace &workspace) : m_workspace(workspace) {}

Status CampaignRepository::create(Campaign &campaign)
{
    campaign.name = campaign.name.trimmed();
    if (Status s = validate(campaign))
        return s;
    const qint64 now = sql::nowMs();
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO campaigns(name, description, owner, archived, is_sample, "
                                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")))
        return s;
    q.addBindValue(sql::text(campaign.name));
    q.addBindValue(sql::text(campaign.description));
    q.addBindValue(sql::text(campaign.owner));
    q.addBindValue(campaign.archived ? 1 : 0);
    q.addBindValue(campaign.sample ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return nameTaken(q, campaign, QStringLiteral("creating the campaign"));
    campaign.id = sql::returnedId(q);
    campaign.createdAt = campaign.updatedAt = sql::fromDb(now);
    return std::nullopt;
}

Status CampaignRepository::update(Campaign &campaign)
{
    campaign.name = campaign.name.trimmed();
    if (Status s = validate(campaign))
        return s;
    const qint64 now = sql::nowMs();
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE campaigns SET name = ?, description = ?, owner = ?, archived = ?, "
                                                  "updated_at = ? WHERE id = ?")))
        return s;
    q.addBindValue(sql::text(campaign.name));
    q.addBindValue(sql::text(campaign.description));
    q.addBindValue(sql::text(campaign.owner));
    q.addBindValue(campaign.archived ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(campaign.id);
    if (!q.exec())
        return nameTaken(q, campaign, QStringLiteral("saving the campaign"));
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 does not exist.").arg(campaign.id));
    campaign.updatedAt = sql::fromDb(now);
    return std::nullopt;
}

Status CampaignRepository::setArchived(qint64 id, bool archived)
{
    auto c = get(id);
    if (!c.ok())
        return c.error();
    c->archived = archived;
    return update(c.value());
}

Status CampaignRepository::remove(qint64 id)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("deleting the campaign")))
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 does not exist.").arg(id));
    return std::nullopt;
}

Result<Campaign> CampaignRepository::get(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(QLatin1StringView(kCampaignColumns)));
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading the campaign")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 does not exist.").arg(id));
    return readCampaign(q);
}

Result<std::optional<Campaign>> CampaignRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE name = ? ORDER BY id LIMIT 1").arg(QLatin1StringView(kCampaignColumns)));
    q.addBindValue(sql::text(name.trimmed()));
    if (Status s = sql::exec(q, QStringLiteral("finding the campaign")))
        return *s;
    if (!q.next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(readCampaign(q));
}

Result<QList<Campaign>> CampaignRepository::matching(const QString &text, int limit) const
{
    // Campaigns number in the hundreds: read the names and match in C++, where case folding
    // covers every script (SQLite's LIKE and lower() only fold ASCII).
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaigns ORDER BY archived, updated_at DESC, id DESC")
                    .arg(QLatin1StringView(kCampaignColumns))))
        return sql::errorFrom(q, QStringLiteral("searching campaigns"));
    QList<Campaign> out;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const bool all = std::all_of(words.cbegin(), words.cend(), [&name](const QString &word) {
            return name.contains(word, Qt::CaseInsensitive);
        });
        if (!all)
            continue;
        out.append(readCampaign(q));
        if (limit > 0 && out.size() >= limit)
            break;
    }
    return out;
}

Result<QList<CampaignSummary>> CampaignRepository::list(bool includeArchived) const
{
    QSqlDatabase db = m_workspace.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM campaigns %2 ORDER BY archived, updated_at DESC, id DESC")
                            .arg(QLatin1StringView(kCampaignColumns),
                                 includeArchived ? QString() : QStringLiteral("WHERE archived = 0"));
    if (!q.exec(sql))
        return sql::errorFrom(q, QStringLiteral("listing campaigns"));
    QList<CampaignSummary> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        CampaignSummary s;
        s.campaign = readCampaign(q);
        index.insert(s.campaign.id, out.size());
        out << s;
    }
    QSqlQuery counts(db);
    counts.setForwardOnly(true);
    if (!counts.exec(QStringLiteral("SELECT campaign_id, status, count(*), max(coalesce(last_activity_at, 0)) "
                                    "FROM campaign_members GROUP BY campaign_id, status")))
        return sql::errorFrom(counts, QStringLiteral("counting campaign members"));
    while (counts.next()) {
        const auto it = index.constFind(counts.value(0).toLongLong());
        if (it == index.cend())
            continue;
        CampaignSummary &s = out[it.value()];
        const int status = counts.value(1).toInt();
        const int n = counts.value(2).toInt();
        if (status >= 0 && status < MemberStatusCount)
            s.countByStatus[static_cast<std::size_t>(status)] += n;
        s.total += n;
        const qint64 last = counts.value(3).toLongLong();
        if (last > 0 && (!s.lastActivityAt.isValid() || last > s.lastActivityAt.toMSecsSinceEpoch()))
            s.lastActivityAt = sql::fromDb(last);
    }
    return out;
}

Result<int> CampaignRepository::addMembers(qint64 campaignId, const QList<qint64> &candidateIds, const QString &actor)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto c = get(campaignId); !c.ok())
        return c.error();
    const qint64 now = sql::nowMs();
    QSqlQuery ins(db);
    if (Status s = sql::prepare(ins, QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, "
                                                    "added_at, status_changed_at) SELECT ?, id, 0, ?, ? FROM candidates "
                                                    "WHERE id = ? ON CONFLICT DO NOTHING")))
        return *s;
    QSqlQuery hist(db);
    if (Status s = sql::prepare(hist, QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, "
                                                     "changed_at, changed_by) VALUES (?, ?, 0, ?, ?)")))
        return *s;
    QList<qint64> added;
    for (qint64 id : candidateIds) {
        ins.bindValue(0, campaignId);
        ins.bindValue(1, now);
        ins.bindValue(2, now);
        ins.bindValue(3, id);
        if (Status s = sql::exec(ins, QStringLiteral("adding to the campaign")))
            return *s;
        if (ins.numRowsAffected() != 1)
            continue;
        added.append(id);
        hist.bindValue(0, campaignId);
        hist.bindValue(1, id);
        hist.bindValue(2, now);
        hist.bindValue(3, sql::text(actor));
        if (Status s = sql::exec(hist, QStringLiteral("recording the status")))
            return *s;
    }
    if (Status s = touchCampaign(db, campaignId, now))
        return *s;
    if (DomainEvents *events = m_workspace.events(); events && !added.isEmpty())
        if (Status s = events->membersAdded(campaignId, added, actor))
            return *s;
    if (Status s = tx.commit())
        return *s;
    return static_cast<int>(added.size());
}

Result<int> CampaignRepository::removeMembers(qint64 campaignId, const QList<qint64> &candidateIds,
                                              UndoSnapshot *undo)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    std::optional<UndoSnapshot> snapshot;
    if (undo) {
        auto taken = UndoSnapshot::ofMembers(db, campaignId, candidateIds);
        if (!taken.ok())
            return taken.error();
        snapshot = std::move(taken).value();
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?"));
    int removed = 0;
    for (qint64 id : candidateIds) {
        del.bindValue(0, campaignId);
        del.bindValue(1, id);
        if (Status s = sql::exec(del, QStringLiteral("removing from the campaign")))
            return *s;
        removed += del.numRowsAffected();
    }
    if (Status s = touchCampaign(db, campaignId, sql::nowMs()))
        return *s;
    if (Status s = tx.commit())
        return *s;
    if (undo)
        *undo = std::move(*snapshot);
    return removed;
}

Result<int> CampaignRepository::setStatus(qint64 campaignId, const QList<qint64> &candidateIds,
                                          MemberStatus status, const QString &actor, StatusUndo *undo)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const qint64 now = sql::nowMs();
    std::optional<StatusUndo> before;
    if (undo) {
        auto taken = StatusUndo::capture(db, campaignId, candidateIds, status, now);
        if (!taken.ok())
            return taken.error();
        before = std::move(taken).value();
    }
    // Set-based, a chunk of members per statement: one round trip per 500 members instead of two
    // per member, which on a team server (every statement a network round trip) was most of a
    // 10,000-member bulk change.
    QSet<qint64> moved;
    for (qsizetype from = 0; from < candidateIds.size(); from += kStatusChunk) {
        const QList<qint64> chunk = candidateIds.mid(from, kStatusChunk);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(chunk.size() - 1);
        QSqlQuery upd(db);
        if (Status s = sql::prepare(upd, QStringLiteral("UPDATE campaign_members SET status = ?, status_changed_at = ? "
                                                        "WHERE campaign_id = ? AND status <> ? AND candidate_id IN (%1) "
                                                        "RETURNING candidate_id")
                                             .arg(marks)))
            return *s;
        upd.addBindValue(static_cast<int>(status));
        upd.addBindValue(now);
        upd.addBindValue(campaignId);
        upd.addBindValue(static_cast<int>(status));
        for (qint64 id : chunk)
            upd.addBindValue(id);
        if (Status s = sql::exec(upd, QStringLiteral("changing the status")))
            return *s;
        QList<qint64> changedHere;
        while (upd.next())
            changedHere << upd.value(0).toLongLong();
        upd.finish();
        if (changedHere.isEmpty())
            continue;
        QSqlQuery hist(db);
        QString rows = QStringLiteral("(?, ?, ?, ?, ?)");
        rows += QStringLiteral(", (?, ?, ?, ?, ?)").repeated(changedHere.size() - 1);
        if (Status s = sql::prepare(hist, QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, "
                                                         "status, changed_at, changed_by) VALUES %1")
                                              .arg(rows)))
            return *s;
        for (qint64 id : std::as_const(changedHere)) {
            hist.addBindValue(campaignId);
            hist.addBindValue(id);
            hist.addBindValue(static_cast<int>(status));
            hist.addBindValue(now);
            hist.addBindValue(sql::text(actor));
            moved.insert(id);
        }
        if (Status s = sql::exec(hist, QStringLiteral("recording the status")))
            return *s;
    }
    // In the order asked for, as the events and the caller expect.
    QList<qint64> changed;
    for (qint64 id : candidateIds) {
        if (moved.remove(id))
            changed.append(id);
    }
    if (Status s = touchCampaign(db, campaignId, now))
        return *s;
    if (DomainEvents *events = m_workspace.events(); events && !changed.isEmpty())
        if (Status s = events->statusChanged(campaignId, changed, status, actor))
            return *s;
    if (Status s = tx.commit())
        return *s;
    if (undo)
        *undo = std::move(*before);
    return static_cast<int>(changed.size());
}

namespace {

constexpr auto kMemberColumns = "m.campaign_id, m.status, m.added_at, m.status_changed_at, m.last_activity_at";

CampaignMember readMember(const QSqlQuery &q)
{
    CampaignMember m;
    m.campaignId = q.value(0).toLongLong();
    m.status = static_cast<MemberStatus>(q.value(1).toInt());
    m.addedAt = sql::fromDb(q.value(2));
    m.statusChangedAt = sql::fromDb(q.value(3));
    m.lastActivityAt = sql::fromDb(q.value(4));
    m.candidate = row::readCandidate(q, 5);
    return m;
}

} // namespace

Result<QList<CampaignMember>> CampaignRepository::members(const MemberQuery &query, const QVariantList &after,
                                                          int limit) const
{
    QString where = QStringLiteral("m.campaign_id = ?");
    QVariantList binds{query.campaignId};
    if (query.status) {
        where += QStringLiteral(" AND m.status = ?");
        binds << static_cast<int>(*query.status);
    }
    if (after.size() == 2) {
        where += QStringLiteral(" AND (m.added_at, m.candidate_id) > (?, ?)");
        binds << after;
    }
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1, %2 FROM campaign_members m JOIN candidates c ON c.id = m.candidate_id "
                                                  "WHERE %3 ORDER BY m.added_at, m.candidate_id LIMIT ?")
                                       .arg(QLatin1StringView(kMemberColumns), row::candidateColumns(QStringLiteral("c")), where)))
        return *s;
    int i = 0;
    for (const QVariant &b : std::as_const(binds))
        q.bindValue(i++, b);
    q.bindValue(i, limit);
    if (Status s = sql::exec(q, QStringLiteral("listing campaign members")))
        return *s;
    QList<CampaignMember> out;
    while (q.next())
        out << readMember(q);
    return out;
}

QVariantList CampaignRepository::cursorAfter(const CampaignMember &last)
{
    return {last.addedAt.toMSecsSinceEpoch(), last.candidate.id};
}

Result<qint64> CampaignRepository::memberCount(const MemberQuery &query) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(query.status ? QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND status = ?")
                           : QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ?"));
    q.addBindValue(query.campaignId);
    if (query.status)
        q.addBindValue(static_cast<int>(*query.status));
    if (Status s = sql::exec(q, QStringLiteral("counting campaign members")))
        return *s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<std::optional<CampaignMember>> CampaignRepository::member(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1, %2 FROM campaign_members m JOIN candidates c ON c.id = m.candidate_id "
                             "WHERE m.campaign_id = ? AND m.candidate_id = ?")
                  .arg(QLatin1StringView(kMemberColumns), row::candidateColumns(QStringLiteral("c"))));
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading a campaign member")))
        return *s;
    if (!q.next())
        return std::optional<CampaignMember>();
    return std::optional<CampaignMember>(readMember(q));
}

Result<QList<MembershipInfo>> CampaignRepository::membershipsOf(qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT m.campaign_id, c.name, m.status, m.status_changed_at FROM campaign_members m "
                             "JOIN campaigns c ON c.id = m.campaign_id WHERE m.candidate_id = ? ORDER BY c.name"));
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading campaigns of a candidate")))
        return *s;
    QList<MembershipInfo> out;
    while (q.next()) {
        out << MembershipInfo{q.value(0).toLongLong(), q.value(1).toString(),
                              static_cast<MemberStatus>(q.value(2).toInt()), sql::fromDb(q.value(3))};
    }
    return out;
}

Result<QList<StatusChange>> CampaignRepository::statusHistory(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT status, changed_at, changed_by FROM member_status_history "
                             "WHERE campaign_id = ? AND candidate_id = ? ORDER BY changed_at, id"));
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the status history")))
        return *s;
    QList<StatusChange> out;
    while (q.next()) {
        out << StatusChange{campaignId, candidateId, static_cast<MemberStatus>(q.value(0).toInt()),
                            sql::fromDb(q.value(1)), q.value(2).toString()};
    }
    return out;
}

Status CampaignRepository::removeSampleData()
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // Keys and search rows first: neither is tied to candidates by a foreign key (see the schema).
    // The search index takes the stored rows (FTS5's external content needs the old values).
    {
        QSqlQuery samples(db);
        samples.setForwardOnly(true);
        if (!samples.exec(QStringLiteral("SELECT %1 FROM candidates WHERE is_sample = 1").arg(row::candidateColumns())))
            return sql::errorFrom(samples, QStringLiteral("removing the sample data"));
        QList<Candidate> stored;
        while (samples.next())
            stored << row::readCandidate(samples);
        samples.finish();
        SearchIndex index(db);
        for (const Candidate &c : std::as_const(stored))
            if (Status s = index.drop(c))
                return s;
    }
    for (const char *stmt : {"DELETE FROM candidate_keys WHERE candidate_id IN (SELECT id FROM candidates WHERE is_sample = 1)",
                             "DELETE FROM candidates WHERE is_sample = 1", "DELETE FROM campaigns WHERE is_sample = 1"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(stmt)))
            return sql::errorFrom(q, QStringLiteral("removing the sample data"));
    }
    return tx.commit();
}

} // namespace sd
