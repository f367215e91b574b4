#include "Outbox.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::Outbox", text);
}

constexpr auto kColumns = "id, candidate_id, campaign_id, kind, priority, payload, state, attempts, not_before, "
                          "correlation_id, error_code, error_message, user_action, result, created_by, created_at, "
                          "updated_at, done_at, claimed_by, lease_until";

const QLatin1String kVerify("verify");

// kColumns with a table alias, for queries that join the outbox with itself.
QString prefixed(const QString &alias)
{
    QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    for (QString &c : columns)
        c.prepend(alias);
    return columns.join(QStringLiteral(", "));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OutboxJob readJob(const QSqlQuery &q)
{
    OutboxJob j;
    j.id = q.value(0).toLongLong();
    j.candidateId = q.value(1).toLongLong();
    j.campaignId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    (void)fromKey(q.value(3).toString(), &j.kind);
    j.priority = q.value(4).toInt();
    j.payload = parseObject(q.value(5));
    j.state = static_cast<JobState>(q.value(6).toInt());
    j.attempts = q.value(7).toInt();
    j.notBefore = sql::fromDb(q.value(8));
    j.correlationId = q.value(9).toString();
    j.errorCode = q.value(10).toString();
    j.errorMessage = q.value(11).toString();
    j.userAction = q.value(12).toString();
    j.result = parseObject(q.value(13));
    j.createdBy = q.value(14).toString();
    j.createdAt = sql::fromDb(q.value(15));
    j.updatedAt = sql::fromDb(q.value(16));
    j.doneAt = sql::fromDb(q.value(17));
    j.claimedBy = q.value(18).toString();
    j.leaseUntil = q.value(19).toLongLong() > 0 ? sql::fromDb(q.value(19)) : QDateTime();
    return j;
}

struct KindName
{
    JobKind kind;
    const char *key;
    const char *label;
};
constexpr KindName kKinds[] = {
    {JobKind::Create, "create", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Create candidate")},
    {JobKind::Link, "link", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Put on job")},
    {JobKind::UpdateFields, "updateFields", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Update fields")},
    {JobKind::AddNote, "addNote", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Add note")},
    {JobKind::SetTags, "setTags", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Set tags")},
    {JobKind::UploadAttachment, "uploadAttachment", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Upload attachment")},
    {JobKind::SetStatus, "setStatus", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Set hiring status")},
};

struct StateName
{
    JobState state;
    const char *key;
    const char *label;
};
constexpr StateName kStates[] = {
    {JobState::Pending, "pending", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Pending")},
    {JobState::InFlight, "inFlight", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Sending")},
    {JobState::Done, "done", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Done")},
    {JobState::Retrying, "retrying", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Retrying")},
    {JobState::NeedsAttention, "needsAttention", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Needs attention")},
    {JobState::Skipped, "skipped", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Skipped")},
    {JobState::Held, "held", QT_TRANSLATE_NOOP("sd::sync::Outbox", "Held")},
};

// Open states that block later jobs of the same candidate (SQL form of isOpen()).
constexpr auto kOpenStates = "(0, 1, 3, 4)";

} // namespace

QString toKey(JobKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

bool fromKey(const QString &key, JobKind *out)
{
    for (const KindName &k : kKinds)
        if (key == QLatin1String(k.key)) {
            *out = k.kind;
            return true;
        }
    return false;
}

QString toKey(JobState state)
{
    for (const StateName &s : kStates)
        if (s.state == state)
            return QLatin1String(s.key);
    return {};
}

bool fromKey(const QString &key, JobState *out)
{
    for (const StateName &s : kStates)
        if (key == QLatin1String(s.key)) {
            *out = s.state;
            return true;
        }
    return false;
}

QString jobKindLabel(JobKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return tr(k.label);
    return {};
}

QString jobStateLabel(JobState state)
{
    for (const StateName &s : kStates)
        if (s.state == state)
            return tr(s.label);
    return {};
}

bool isOpen(JobState state)
{
    return state == JobState::Pending || state == JobState::InFlight || state == JobState::Retrying
           || state == JobState::NeedsAttention;
}

OutboxJob OutboxJob::make(JobKind kind, qint64 candidateId, qint64 campaignId, QJsonObject payload)
{
    OutboxJob j;
    j.kind = kind;
    j.candidateId = candidateId;
    j.campaignId = campaignId;
    j.priority = (kind == JobKind::Create || kind == JobKind::Link) ? 0 : 1;
    j.payload = std::move(payload);
    return j;
}

bool OutboxJob::mustVerify() const
{
    return payload.value(kVerify).toBool();
}

Outbox::Outbox(const Workspace &workspace) : m_workspace(workspace) {}

void Outbox::setLease(const QString &instanceId, int leaseMs)
{
    m_instance = instanceId;
    m_leaseMs = qMax(100, leaseMs);
}

Status Outbox::enqueue(OutboxJob &job, const QString &actor)
{
    QList<OutboxJob> one{job};
    if (Status s = enqueueAll(one, actor))
        return s;
    job = one.first();
    return std::nullopt;
}

Status Outbox::enqueueAll(QList<OutboxJob> &jobs, const QString &actor)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral(
                                       "INSERT INTO sr_outbox(candidate_id, campaign_id, kind, priority, payload, state, "
                                       "correlation_id, created_by, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)")))
        return s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OutboxJob &job : jobs) {
        if (job.candidateId <= 0)
            return Error(Error::Code::InvalidArgument, tr("A SmartRecruiters job needs a candidate."));
        if (job.state != JobState::Held)
            job.state = JobState::Pending;
        if (job.correlationId.isEmpty())
            job.correlationId = QStringLiteral("sourcedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.createdBy = actor;
        job.createdAt = job.updatedAt = now;
        q.addBindValue(job.candidateId);
        q.addBindValue(job.campaignId > 0 ? QVariant(job.campaignId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(toKey(job.kind));
        q.addBindValue(job.priority);
        q.addBindValue(compact(job.payload));
        q.addBindValue(static_cast<int>(job.state));
        q.addBindValue(job.correlationId);
        q.addBindValue(sql::text(actor));
        q.addBindValue(sql::toDb(now));
        q.addBindValue(sql::toDb(now));
        if (Status s = sql::exec(q, QStringLiteral("queueing a SmartRecruiters job")))
            return s;
        job.id = q.lastInsertId().toLongLong();
    }
    return tx.commit();
}

Result<OutboxJob> Outbox::get(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sr_outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Outbox job %1 does not exist.").arg(id));
    return readJob(q);
}

Result<QList<OutboxJob>> Outbox::ready(int limit, const QSet<qint64> &busy) const
{
    QSqlQuery q(m_workspace.connection());
    // The NOT EXISTS is an index seek on outbox_by_candidate: "is anything of this person ahead?"
    q.prepare(QStringLiteral("SELECT %1 FROM sr_outbox o WHERE o.state IN (0, 3) AND o.not_before <= ? "
                             "AND NOT EXISTS (SELECT 1 FROM sr_outbox p WHERE p.candidate_id = o.candidate_id "
                             "AND p.state IN %2 AND (p.priority < o.priority OR (p.priority = o.priority AND p.id < o.id))) "
                             "ORDER BY o.priority, o.id LIMIT ?")
                  .arg(prefixed(QStringLiteral("o.")), QLatin1String(kOpenStates)));
    q.addBindValue(sql::nowMs());
    q.addBindValue(limit + busy.size());
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    QList<OutboxJob> out;
    while (q.next() && out.size() < limit) {
        OutboxJob j = readJob(q);
        if (!busy.contains(j.candidateId))
            out.append(std::move(j));
    }
    return out;
}

Result<bool> Outbox::isQuiet() const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sr_outbox WHERE state IN (1, 3) LIMIT 1"));
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    if (q.next())
        return false;
    // Pending jobs count only when they are first in line for their candidate.
    QSqlQuery p(m_workspace.connection());
    p.prepare(QStringLiteral("SELECT 1 FROM sr_outbox o WHERE o.state = 0 AND NOT EXISTS (SELECT 1 FROM sr_outbox p "
                             "WHERE p.candidate_id = o.candidate_id AND p.state IN %1 AND (p.priority < o.priority "
                             "OR (p.priority = o.priority AND p.id < o.id))) LIMIT 1")
                  .arg(QLatin1String(kOpenStates)));
    if (Status s = sql::exec(p, QStringLiteral("reading the outbox")))
        return *s;
    return !p.next();
}

Result<QDateTime> Outbox::nextDue() const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT MIN(not_before) FROM sr_outbox WHERE state IN (0, 3)"));
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return sql::fromDb(q.value(0));
}

Status Outbox::setState(qint64 id, JobState state, const QString &sqlSet, const QVariantList &binds)
{
    QSqlQuery q(m_workspace.connection());
    QString sql = QStringLiteral("UPDATE sr_outbox SET state = ?, updated_at = ?");
    if (!sqlSet.isEmpty())
        sql += QStringLiteral(", ") + sqlSet;
    sql += QStringLiteral(" WHERE id = ?");
    // A job in flight is moved on only by the instance that holds it (see setLease).
    if (!m_instance.isEmpty())
        sql += QStringLiteral(" AND (state <> 1 OR claimed_by = ?)");
    q.prepare(sql);
    q.addBindValue(static_cast<int>(state));
    q.addBindValue(sql::nowMs());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(id);
    if (!m_instance.isEmpty())
        q.addBindValue(m_instance);
    if (Status s = sql::exec(q, QStringLiteral("updating the outbox")))
        return s;
    if (q.numRowsAffected() == 0) {
        if (!m_instance.isEmpty() && get(id).ok())
            return Error(Error::Code::Conflict,
                         tr("Outbox job %1 was taken over by another Sourcedesk after its lease ran out.").arg(id));
        return Error(Error::Code::NotFound, tr("Outbox job %1 does not exist.").arg(id));
    }
    return std::nullopt;
}

Status Outbox::markInFlight(qint64 id)
{
    // By hand (tests, tools): leased to this instance if it has an id, else expired at once.
    return setState(id, JobState::InFlight, QStringLiteral("attempts = attempts + 1, claimed_by = ?, lease_until = ?"),
                    {sql::text(m_instance), m_instance.isEmpty() ? qint64(0) : sql::nowMs() + m_leaseMs});
}

Status Outbox::markDone(qint64 id, const QJsonObject &result)
{
    return setState(id, JobState::Done,
                    QStringLiteral("result = ?, done_at = ?, error_code = '', error_message = '', user_action = ''"),
                    {compact(result), sql::nowMs()});
}

Status Outbox::setNotice(qint64 id, const QString &warning)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE sr_outbox SET error_code = 'WARNING', error_message = ? WHERE id = ?"));
    q.addBindValue(sql::text(warning));
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("updating the outbox"));
}

Status Outbox::markRetry(qint64 id, const QDateTime &notBefore, const QString &code, const QString &message,
                         bool mustVerify)
{
    if (mustVerify) {
        Result<OutboxJob> job = get(id);
        if (!job)
            return job.error();
        QJsonObject payload = job->payload;
        payload.insert(kVerify, true);
        return setState(id, JobState::Retrying,
                        QStringLiteral("not_before = ?, error_code = ?, error_message = ?, payload = ?"),
                        {sql::toDb(notBefore), sql::text(code), sql::text(message), compact(payload)});
    }
    return setState(id, JobState::Retrying, QStringLiteral("not_before = ?, error_code = ?, error_message = ?"),
                    {sql::toDb(notBefore), sql::text(code), sql::text(message)});
}

Status Outbox::markHeld(qint64 id, const QString &reason)
{
    return setState(id, JobState::Held, QStringLiteral("error_code = 'HELD', error_message = ?, user_action = ''"),
                    {sql::text(reason)});
}

Status Outbox::markNeedsAttention(qint64 id, const QString &code, const QString &message, const QString &userAction,
                                  const QJsonObject &result)
{
    return setState(id, JobState::NeedsAttention,
                    QStringLiteral("error_code = ?, error_message = ?, user_action = ?, result = ?"),
                    {sql::text(code), sql::text(message), sql::text(userAction), compact(result)});
}

Status Outbox::retry(qint64 id)
{
    Result<OutboxJob> job = get(id);
    if (!job)
        return job.error();
    if (!isOpen(job->state) || job->state == JobState::InFlight)
        return Error(Error::Code::Conflict, tr("Only a job that waits or needs attention can be retried; job %1 is %2.")
                                                .arg(id)
                                                .arg(jobStateLabel(job->state)));
    return setState(id, JobState::Pending, QStringLiteral("not_before = 0"), {});
}

Status Outbox::skip(qint64 id, const QString &actor)
{
    Result<OutboxJob> job = get(id);
    if (!job)
        return job.error();
    if (job->state == JobState::Done || job->state == JobState::InFlight)
        return Error(Error::Code::Conflict,
                     tr("Job %1 is %2 and cannot be skipped.").arg(id).arg(jobStateLabel(job->state)));
    QJsonObject result = job->result;
    result.insert(QStringLiteral("skippedBy"), actor);
    return setState(id, JobState::Skipped, QStringLiteral("result = ?, done_at = ?"), {compact(result), sql::nowMs()});
}

Result<int> Outbox::releaseHeld(qint64 candidateId)
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE sr_outbox SET state = 0, updated_at = ? WHERE candidate_id = ? AND state = 6"));
    q.addBindValue(sql::nowMs());
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("releasing held SmartRecruiters jobs")))
        return *s;
    return q.numRowsAffected();
}

Result<QList<OutboxJob>> Outbox::claim(int limit)
{
    if (m_instance.isEmpty())
        return Error(Error::Code::InvalidArgument, QStringLiteral("Outbox::claim needs an instance id (setLease)."));
    QSqlDatabase db = m_workspace.connection();
    const qint64 now = sql::nowMs();
    QList<OutboxJob> out;
    if (sql::isPostgres(db)) {
        // One statement: pick the ready jobs, skip rows another instance is claiming right now
        // (locked), and take the rest. A row claimed and committed by another instance after this
        // statement began is re-checked by PostgreSQL (state is no longer 0 or 3) and left out.
        // The NOT EXISTS keeps the order rule: a candidate's first open job only.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sr_outbox SET state = 1, attempts = attempts + 1, claimed_by = ?, "
                                 "lease_until = ?, updated_at = ? WHERE id IN (SELECT o.id FROM sr_outbox o "
                                 "WHERE o.state IN (0, 3) AND o.not_before <= ? AND NOT EXISTS (SELECT 1 FROM sr_outbox p "
                                 "WHERE p.candidate_id = o.candidate_id AND p.state IN %1 AND (p.priority < o.priority "
                                 "OR (p.priority = o.priority AND p.id < o.id))) ORDER BY o.priority, o.id LIMIT ? "
                                 "FOR UPDATE OF o SKIP LOCKED) RETURNING %2")
                      .arg(QLatin1String(kOpenStates), QLatin1String(kColumns)));
        q.addBindValue(m_instance);
        q.addBindValue(now + m_leaseMs);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(limit);
        if (Status s = sql::exec(q, QStringLiteral("claiming SmartRecruiters jobs")))
            return *s;
        while (q.next())
            out.append(readJob(q));
        std::sort(out.begin(), out.end(), [](const OutboxJob &a, const OutboxJob &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
        });
        return out;
    }
    // SQLite: one claim at a time. The UPDATE takes the job only if it is still waiting, so of two
    // processes on the same file exactly one gets it.
    Result<QList<OutboxJob>> ready = this->ready(limit);
    if (!ready)
        return ready.error();
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE sr_outbox SET state = 1, attempts = attempts + 1, claimed_by = ?, lease_until = ?, "
                             "updated_at = ? WHERE id = ? AND state IN (0, 3)"));
    for (OutboxJob job : *ready) {
        u.addBindValue(m_instance);
        u.addBindValue(now + m_leaseMs);
        u.addBindValue(now);
        u.addBindValue(job.id);
        if (Status s = sql::exec(u, QStringLiteral("claiming SmartRecruiters jobs")))
            return *s;
        if (u.numRowsAffected() != 1)
            continue;
        job.state = JobState::InFlight;
        ++job.attempts;
        job.updatedAt = sql::fromDb(now);
        job.claimedBy = m_instance;
        job.leaseUntil = sql::fromDb(now + m_leaseMs);
        out.append(std::move(job));
    }
    return out;
}

Status Outbox::renewLeases()
{
    if (m_instance.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("UPDATE sr_outbox SET lease_until = ? WHERE state = 1 AND claimed_by = ?"));
    q.addBindValue(sql::nowMs() + m_leaseMs);
    q.addBindValue(m_instance);
    return sql::exec(q, QStringLiteral("renewing the outbox leases"));
}

namespace {

// Puts in-flight jobs back to pending with the verify mark. `where` picks them (besides state = 1)
// and is repeated in each UPDATE, so a job another instance took meanwhile is not touched.
Result<int> requeueInFlight(const Workspace &workspace, const QString &where, const QVariantList &binds)
{
    QSqlDatabase db = workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, payload FROM sr_outbox WHERE state = 1 AND ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    QList<QPair<qint64, QJsonObject>> found;
    while (q.next()) {
        QJsonObject payload = parseObject(q.value(1));
        payload.insert(kVerify, true);
        found.append({q.value(0).toLongLong(), payload});
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE sr_outbox SET state = 0, payload = ?, lease_until = 0, updated_at = ? "
                             "WHERE id = ? AND state = 1 AND ") + where);
    int moved = 0;
    for (const auto &[id, payload] : found) {
        u.addBindValue(compact(payload));
        u.addBindValue(sql::nowMs());
        u.addBindValue(id);
        for (const QVariant &b : binds)
            u.addBindValue(b);
        if (Status s = sql::exec(u, QStringLiteral("recovering the outbox")))
            return *s;
        moved += u.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status s = tx.commit())
        return *s;
    return moved;
}

} // namespace

Result<int> Outbox::releaseClaims()
{
    if (m_instance.isEmpty())
        return 0;
    return requeueInFlight(m_workspace, QStringLiteral("claimed_by = ?"), {m_instance});
}

Result<int> Outbox::recoverInFlight()
{
    if (m_instance.isEmpty())
        return requeueInFlight(m_workspace, QStringLiteral("lease_until < ?"), {sql::nowMs()});
    // Not this instance's own jobs: it renews their leases itself.
    return requeueInFlight(m_workspace, QStringLiteral("lease_until < ? AND claimed_by <> ?"),
                           {sql::nowMs(), m_instance});
}

Result<QList<OutboxJob>> Outbox::list(const OutboxQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM sr_outbox WHERE 1 = 1").arg(QLatin1String(kColumns));
    QVariantList binds;
    if (query.candidateId) {
        sql += QStringLiteral(" AND candidate_id = ?");
        binds << *query.candidateId;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (JobState s : query.states) {
            marks << QStringLiteral("?");
            binds << static_cast<int>(s);
        }
        sql += QStringLiteral(" AND state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (query.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << query.beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << query.limit;
    QSqlQuery q(m_workspace.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    QList<OutboxJob> out;
    while (q.next())
        out.append(readJob(q));
    return out;
}

Result<OutboxCounts> Outbox::counts() const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT state, COUNT(*) FROM sr_outbox GROUP BY state"));
    if (Status s = sql::exec(q, QStringLiteral("counting the outbox")))
        return *s;
    OutboxCounts c;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (static_cast<JobState>(q.value(0).toInt())) {
        case JobState::Pending: c.pending = n; break;
        case JobState::InFlight: c.inFlight = n; break;
        case JobState::Done: c.done = n; break;
        case JobState::Retrying: c.retrying = n; break;
        case JobState::NeedsAttention: c.needsAttention = n; break;
        case JobState::Skipped: c.skipped = n; break;
        case JobState::Held: c.held = n; break;
        }
    }
    return c;
}

Result<bool> Outbox::hasOpenJob(qint64 candidateId, JobKind kind) const
{
    QSqlQuery q(m_workspace.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sr_outbox WHERE candidate_id = ? AND kind = ? AND state IN (0, 1, 3, 4, 6) LIMIT 1"));
    q.addBindValue(candidateId);
    q.addBindValue(toKey(kind));
    if (Status s = sql::exec(q, QStringLiteral("reading the outbox")))
        return *s;
    return q.next();
}

} // namespace sd::sync
