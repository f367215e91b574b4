#include "OutreachQueue.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>
#include <QSqlError>

#include <array>
#include <initializer_list>
#include <limits>
#include <utility>

// The allowed state transitions (anything else is refused with Conflict, nothing written):
//
//   queued    -> sending    claimNext (attempts + 1, committed before the SMTP conversation)
//   queued    -> cancelled  cancel, cancelPending (the member stopped: replied, bounced, ...)
//   sending   -> sent       markSent
//   sending   -> queued     markRetry (temporary failure, due again later)
//   sending   -> failed     markFailed (permanent failure the recruiter must see)
//   sending   -> bounced    markBounced (refused during the conversation)
//   sending   -> uncertain  markUncertain, recoverSending (crash: it may or may not have gone out)
//   sent      -> bounced    markBounced (a bounce report arrived later; sent_at is kept)
//   uncertain -> sent       markSent (the verification found it in the Sent folder)
//   uncertain -> failed     markFailed
//   uncertain -> bounced    markBounced
//   uncertain -> queued     requeue (the recruiter decides to send it again)
//   uncertain -> cancelled  cancel
//   failed    -> queued     requeue
//   failed    -> cancelled  cancel
//
// sent (but for a bounce), bounced and cancelled are final.
namespace sd {

namespace {

constexpr std::array<std::pair<EmailState, const char *>, 7> kStates{{
    {EmailState::Queued, "queued"},
    {EmailState::Sending, "sending"},
    {EmailState::Sent, "sent"},
    {EmailState::Failed, "failed"},
    {EmailState::Uncertain, "uncertain"},
    {EmailState::Bounced, "bounced"},
    {EmailState::Cancelled, "cancelled"},
}};

constexpr auto kColumns = "id, campaign_id, candidate_id, step_position, mailbox, to_address, subject, body, "
                          "message_id, in_reply_to, refs, state, attempts, last_error, not_before, queued_at, sent_at";

QueuedEmail readEmail(const QSqlQuery &q)
{
    QueuedEmail e;
    e.id = q.value(0).toLongLong();
    e.campaignId = q.value(1).toLongLong();
    e.candidateId = q.value(2).toLongLong();
    e.stepPosition = q.value(3).toInt();
    e.mailbox = q.value(4).toString();
    e.toAddress = q.value(5).toString();
    e.subject = q.value(6).toString();
    e.body = q.value(7).toString();
    e.messageId = q.value(8).toString();
    e.inReplyTo = q.value(9).toString();
    e.references = q.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.state = emailStateFromKey(q.value(11).toString()).value_or(EmailState::Failed);
    e.attempts = q.value(12).toInt();
    e.lastError = q.value(13).toString();
    e.notBefore = sql::fromDb(q.value(14));
    e.queuedAt = sql::fromDb(q.value(15));
    e.sentAt = sql::fromDb(q.value(16));
    return e;
}

// Message ids are stored without the angle brackets of the header.
QString bare(const QString &messageId)
{
    QString v = messageId.trimmed();
    if (v.startsWith(QLatin1Char('<')))
        v.remove(0, 1);
    if (v.endsWith(QLatin1Char('>')))
        v.chop(1);
    return v;
}

QString stateList(std::initializer_list<EmailState> states)
{
    QStringList keys;
    for (EmailState s : states)
        keys << QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString toKey(EmailState s)
{
    for (const auto &[value, name] : kStates)
        if (value == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<EmailState> emailStateFromKey(const QString &key)
{
    for (const auto &[value, name] : kStates)
        if (key == QLatin1StringView(name))
            return value;
    return std::nullopt;
}

OutreachQueue::OutreachQueue(const Workspace &workspace) : m_workspace(workspace) {}

Result<qint64> OutreachQueue::enqueue(QueuedEmail &email)
{
    email.messageId = bare(email.messageId);
    email.inReplyTo = bare(email.inReplyTo);
    for (QString &r : email.references)
        r = bare(r);
    email.references.removeAll(QString());
    if (email.mailbox.trimmed().isEmpty() || email.toAddress.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("An email needs a sender mailbox and a recipient."),
                     QStringLiteral("toAddress"));
    if (email.messageId.isEmpty() || email.messageId.contains(QLatin1Char(' ')))
        return Error(Error::Code::InvalidArgument, QObject::tr("An email needs a Message-ID without spaces."),
                     QStringLiteral("messageId"));
    if (!email.notBefore.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("An email needs the time it may be sent from."),
                     QStringLiteral("notBefore"));
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral(
                                       "INSERT INTO outreach_emails(campaign_id, candidate_id, step_position, mailbox, "
                                       "to_address, subject, body, message_id, in_reply_to, refs, state, attempts, "
                                       "last_error, not_before, queued_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, '', ?, ?) "
                                       "ON CONFLICT(campaign_id, candidate_id, step_position) DO NOTHING RETURNING id")))
        return *s;
    const qint64 now = sql::nowMs();
    q.addBindValue(email.campaignId);
    q.addBindValue(email.candidateId);
    q.addBindValue(email.stepPosition);
    q.addBindValue(email.mailbox.trimmed());
    q.addBindValue(email.toAddress.trimmed());
    q.addBindValue(sql::text(email.subject));
    q.addBindValue(sql::text(email.body));
    q.addBindValue(email.messageId);
    q.addBindValue(sql::text(email.inReplyTo));
    q.addBindValue(sql::text(email.references.join(QLatin1Char(' '))));
    q.addBindValue(email.notBefore.toMSecsSinceEpoch());
    q.addBindValue(now);
    if (!q.exec()) {
        if (q.lastError().text().contains(QStringLiteral("message_id"), Qt::CaseInsensitive))
            return Error(Error::Code::Duplicate,
                         QObject::tr("The Message-ID %1 is already used by another email.").arg(email.messageId),
                         QStringLiteral("messageId"));
        return sql::errorFrom(q, QStringLiteral("queueing an email"));
    }
    const qint64 id = sql::returnedId(q);
    if (id == 0)
        return qint64(0);
    email.id = id;
    email.state = EmailState::Queued;
    email.attempts = 0;
    email.lastError.clear();
    email.queuedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    email.sentAt = QDateTime();
    return email.id;
}

Result<QueuedEmail> OutreachQueue::get(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM outreach_emails WHERE id = ?")
                                       .arg(QLatin1StringView(kColumns))))
        return *s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading a queued email")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, QObject::tr("Email %1 does not exist.").arg(id));
    return readEmail(q);
}

Result<std::optional<QueuedEmail>> OutreachQueue::byMessageId(const QString &messageId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM outreach_emails WHERE message_id = ?")
                                       .arg(QLatin1StringView(kColumns))))
        return *s;
    q.addBindValue(bare(messageId));
    if (Status s = sql::exec(q, QStringLiteral("finding an email by Message-ID")))
        return *s;
    if (!q.next())
        return std::optional<QueuedEmail>();
    return std::optional<QueuedEmail>(readEmail(q));
}

Result<std::optional<QueuedEmail>> OutreachQueue::claimNext(const QString &mailbox, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery pick(db);
    if (Status s = sql::prepare(pick, QStringLiteral("SELECT %1 FROM outreach_emails WHERE mailbox = ? AND state = 'queued' "
                                                     "AND not_before <= ? ORDER BY not_before, id LIMIT 1")
                                          .arg(QLatin1StringView(kColumns))))
        return *s;
    pick.addBindValue(mailbox.trimmed());
    pick.addBindValue(nowUtc.toMSecsSinceEpoch());
    if (Status s = sql::exec(pick, QStringLiteral("claiming the next email")))
        return *s;
    if (!pick.next())
        return std::optional<QueuedEmail>();
    QueuedEmail e = readEmail(pick);
    pick.finish();
    QSqlQuery claim(db);
    if (Status s = sql::prepare(claim, QStringLiteral("UPDATE outreach_emails SET state = 'sending', attempts = attempts + 1 "
                                                      "WHERE id = ? AND state = 'queued'")))
        return *s;
    claim.addBindValue(e.id);
    if (Status s = sql::exec(claim, QStringLiteral("claiming the next email")))
        return *s;
    // Another connection claimed it between the two statements: nothing for this caller now.
    if (claim.numRowsAffected() != 1)
        return std::optional<QueuedEmail>();
    if (Status s = tx.commit())
        return *s;
    e.state = EmailState::Sending;
    ++e.attempts;
    return std::optional<QueuedEmail>(e);
}

namespace {

// One guarded UPDATE: applies only when the row is in one of `from`; otherwise NotFound or Conflict.
Status transition(const QSqlDatabase &db, qint64 id, std::initializer_list<EmailState> from, const QString &set,
                  const QVariantList &values, const QString &action)
{
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE outreach_emails SET %1 WHERE id = ? AND state IN (%2)")
                                       .arg(set, stateList(from))))
        return s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("updating a queued email")))
        return s;
    if (q.numRowsAffected() == 1)
        return std::nullopt;
    QSqlQuery cur(db);
    if (Status s = sql::prepare(cur, QStringLiteral("SELECT state FROM outreach_emails WHERE id = ?")))
        return s;
    cur.addBindValue(id);
    if (Status s = sql::exec(cur, QStringLiteral("updating a queued email")))
        return s;
    if (!cur.next())
        return Error(Error::Code::NotFound, QObject::tr("Email %1 does not exist.").arg(id));
    return Error(Error::Code::Conflict,
                 QObject::tr("Email %1 cannot be %2: it is %3.").arg(id).arg(action, cur.value(0).toString()));
}

} // namespace

Status OutreachQueue::markSent(qint64 id, const QDateTime &sentAtUtc)
{
    if (!sentAtUtc.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("The time an email was sent is missing."));
    return transition(m_workspace.connection(), id, {EmailState::Sending, EmailState::Uncertain},
                      QStringLiteral("state = 'sent', sent_at = ?, last_error = ''"), {sentAtUtc.toMSecsSinceEpoch()},
                      QObject::tr("marked sent"));
}

Status OutreachQueue::markRetry(qint64 id, const QString &error, const QDateTime &retryAtUtc)
{
    if (!retryAtUtc.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("The time to try an email again is missing."));
    return transition(m_workspace.connection(), id, {EmailState::Sending},
                      QStringLiteral("state = 'queued', last_error = ?, not_before = ?"),
                      {sql::text(error), retryAtUtc.toMSecsSinceEpoch()}, QObject::tr("retried"));
}

Status OutreachQueue::markFailed(qint64 id, const QString &error)
{
    return transition(m_workspace.connection(), id, {EmailState::Sending, EmailState::Uncertain},
                      QStringLiteral("state = 'failed', last_error = ?"), {sql::text(error)},
                      QObject::tr("marked failed"));
}

Status OutreachQueue::markBounced(qint64 id, const QString &diagnostic)
{
    return transition(m_workspace.connection(), id, {EmailState::Sending, EmailState::Sent, EmailState::Uncertain},
                      QStringLiteral("state = 'bounced', last_error = ?"), {sql::text(diagnostic)},
                      QObject::tr("marked bounced"));
}

Status OutreachQueue::markUncertain(qint64 id, const QString &why)
{
    return transition(m_workspace.connection(), id, {EmailState::Sending},
                      QStringLiteral("state = 'uncertain', last_error = ?"), {sql::text(why)},
                      QObject::tr("marked uncertain"));
}

Status OutreachQueue::requeue(qint64 id, const QDateTime &notBeforeUtc)
{
    if (!notBeforeUtc.isValid())
        return Error(Error::Code::InvalidArgument, QObject::tr("The time to send the email again is missing."));
    return transition(m_workspace.connection(), id, {EmailState::Failed, EmailState::Uncertain},
                      QStringLiteral("state = 'queued', last_error = '', not_before = ?"),
                      {notBeforeUtc.toMSecsSinceEpoch()}, QObject::tr("queued again"));
}

Status OutreachQueue::cancel(qint64 id, const QString &why)
{
    return transition(m_workspace.connection(), id, {EmailState::Queued, EmailState::Failed, EmailState::Uncertain},
                      QStringLiteral("state = 'cancelled', last_error = ?"), {sql::text(why)},
                      QObject::tr("cancelled"));
}

Result<QList<qint64>> OutreachQueue::recoverSending()
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM outreach_emails WHERE state = 'sending' ORDER BY id")))
        return sql::errorFrom(q, QStringLiteral("recovering emails being sent"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    if (ids.isEmpty())
        return ids;
    QSqlQuery up(db);
    if (Status s = sql::prepare(up, QStringLiteral("UPDATE outreach_emails SET state = 'uncertain', last_error = ? "
                                                   "WHERE state = 'sending'")))
        return *s;
    up.addBindValue(QObject::tr("Sourcedesk stopped while this email was being sent; it may or may not have gone out."));
    if (Status s = sql::exec(up, QStringLiteral("recovering emails being sent")))
        return *s;
    if (Status s = tx.commit())
        return *s;
    return ids;
}

Result<QList<QueuedEmail>> OutreachQueue::inState(EmailState state, int limit) const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM outreach_emails WHERE state = ? "
                                                  "ORDER BY not_before, id LIMIT ?")
                                       .arg(QLatin1StringView(kColumns))))
        return *s;
    q.addBindValue(toKey(state));
    q.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()); // PostgreSQL refuses LIMIT -1
    if (Status s = sql::exec(q, QStringLiteral("listing queued emails")))
        return *s;
    QList<QueuedEmail> out;
    while (q.next())
        out << readEmail(q);
    return out;
}

Result<int> OutreachQueue::cancelPending(qint64 campaignId, qint64 candidateId, const QString &why)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE outreach_emails SET state = 'cancelled', last_error = ? "
                                                  "WHERE campaign_id = ? AND candidate_id = ? AND state = 'queued'")))
        return *s;
    q.addBindValue(sql::text(why));
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("cancelling queued emails")))
        return *s;
    return q.numRowsAffected();
}

Result<QStringList> OutreachQueue::threadOf(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT message_id FROM outreach_emails WHERE campaign_id = ? "
                                                  "AND candidate_id = ? AND sent_at IS NOT NULL ORDER BY sent_at, id")))
        return *s;
    q.addBindValue(campaignId);
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading an email thread")))
        return *s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<MailboxUsage> OutreachQueue::usage(const QString &mailbox, const QDateTime &nowUtc,
                                          const QDateTime &dayStartUtc) const
{
    // Every email that went out counts (a later bounce keeps its sent_at). The last hour is
    // (now - 1 h, ...]; the day is [dayStart, ...). Both index range scans on (mailbox, sent_at).
    const qint64 hourStart = nowUtc.toMSecsSinceEpoch() - 3600 * 1000;
    const qint64 dayStart = dayStartUtc.toMSecsSinceEpoch();
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral(
                                       "SELECT (SELECT COUNT(*) FROM outreach_emails WHERE mailbox = ? AND sent_at > ?), "
                                       "(SELECT COUNT(*) FROM outreach_emails WHERE mailbox = ? AND sent_at >= ?), "
                                       "(SELECT MAX(sent_at) FROM outreach_emails WHERE mailbox = ?)")))
        return *s;
    q.addBindValue(mailbox.trimmed());
    q.addBindValue(hourStart);
    q.addBindValue(mailbox.trimmed());
    q.addBindValue(dayStart);
    q.addBindValue(mailbox.trimmed());
    if (Status s = sql::exec(q, QStringLiteral("counting sent emails")))
        return *s;
    MailboxUsage u;
    if (q.next()) {
        u.sentLastHour = q.value(0).toInt();
        u.sentToday = q.value(1).toInt();
        u.lastSentAt = sql::fromDb(q.value(2));
    }
    return u;
}

} // namespace sd
