#include "OutreachQueue.h"

#include "SqlUtil.h"
#include "Workspace.h"

// Lookups of the send queue for reply matching and for the scheduler.
namespace sd {

Result<std::optional<QueuedEmail>> OutreachQueue::latestSentTo(const QString &mailbox, const QString &address) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT id FROM outreach_emails WHERE mailbox = ? AND to_address = ? "
                                                  "AND state IN ('sent', 'bounced', 'uncertain') "
                                                  "ORDER BY COALESCE(sent_at, queued_at) DESC, id DESC LIMIT 1")))
        return *s;
    q.addBindValue(mailbox);
    q.addBindValue(address);
    if (Status s = sql::exec(q, QStringLiteral("finding the email sent to %1").arg(address)))
        return *s;
    if (!q.next())
        return std::optional<QueuedEmail>();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    auto email = get(id);
    if (!email.ok())
        return email.error();
    return std::optional<QueuedEmail>(*email);
}

Result<bool> OutreachQueue::hasUnsent(qint64 campaignId, qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT 1 FROM outreach_emails WHERE candidate_id = ? AND campaign_id = ? "
                                                  "AND state IN ('queued', 'sending', 'uncertain') LIMIT 1")))
        return *s;
    q.addBindValue(candidateId);
    q.addBindValue(campaignId);
    if (Status s = sql::exec(q, QStringLiteral("checking the member's queued emails")))
        return *s;
    return q.next();
}

} // namespace sd
