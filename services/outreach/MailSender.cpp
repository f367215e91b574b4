#include "MailSender.h"

#include "ActivityRepository.h"
#include "DoNotContact.h"
#include "ImapClient.h"
#include "MailMessage.h"
#include "MemberOutcomes.h"
#include "OutreachQueue.h"
#include "SmtpClient.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QObject>

namespace sd::outreach {

namespace {

Q_LOGGING_CATEGORY(lcSend, "sourcedesk.outreach.send")

constexpr int kMaxAttempts = 8;

QDateTime retryTime(int attempts, const QDateTime &now)
{
    const qint64 minutes = std::min<qint64>(5LL << std::min(attempts - 1, 7), 6 * 60);
    return now.addSecs(minutes * 60);
}

Status recordSent(const Workspace &ws, const QueuedEmail &email, const QString &actor, const QDateTime &sentAt)
{
    sql::Transaction tx(ws.connection());
    if (!tx.isActive())
        return tx.error();
    if (Status s = OutreachQueue(ws).markSent(email.id, sentAt))
        return s;
    Activity a;
    a.candidateId = email.candidateId;
    a.campaignId = email.campaignId;
    a.kind = ActivityKind::EmailSent;
    a.subject = email.subject;
    a.body = email.body;
    a.occurredAt = sentAt;
    a.author = actor;
    if (Status s = ActivityRepository(ws).log(a))
        return s;
    return tx.commit();
}

mail::OutgoingMail outgoing(const QueuedEmail &email, const MailboxRecord &mailbox)
{
    mail::OutgoingMail m;
    m.fromAddress = mailbox.address;
    m.fromName = mailbox.displayName;
    m.toAddress = email.toAddress;
    m.subject = email.subject;
    m.bodyText = email.body;
    m.messageId = email.messageId;
    m.inReplyTo = email.inReplyTo;
    m.references = email.references;
    m.unsubscribeMailto = mailbox.address + QStringLiteral("?subject=unsubscribe");
    m.date = QDateTime::currentDateTimeUtc();
    return m;
}

// Whether a limit holds sending back now; sets resumeAt / stoppedBecause.
bool limited(const MailboxRecord &mb, const MailboxUsage &u, const QDateTime &now, const QDateTime &dayStart,
             SendReport &report)
{
    if (mb.dailyLimit > 0 && u.sentToday >= mb.dailyLimit) {
        report.resumeAt = dayStart.addDays(1);
        report.stoppedBecause = QObject::tr("The daily limit of %n email(s) is reached.", nullptr, mb.dailyLimit);
        return true;
    }
    if (mb.hourlyLimit > 0 && u.sentLastHour >= mb.hourlyLimit) {
        report.resumeAt = now.addSecs(5 * 60);
        report.stoppedBecause = QObject::tr("The hourly limit of %n email(s) is reached.", nullptr, mb.hourlyLimit);
        return true;
    }
    if (mb.minSpacingSeconds > 0 && u.lastSentAt.isValid() && u.lastSentAt.addSecs(mb.minSpacingSeconds) > now) {
        report.resumeAt = u.lastSentAt.addSecs(mb.minSpacingSeconds);
        return true;
    }
    return false;
}

} // namespace

MailSender::MailSender(const Workspace &workspace, mail::SmtpClient &smtp, mail::ImapClient *imap)
    : m_workspace(workspace), m_smtp(smtp), m_imap(imap)
{
}

Result<SendReport> MailSender::sendDue(const MailboxRecord &mailbox, const mail::MailAccount &account,
                                       const QDateTime &dayStartUtc, int maxCount, const std::atomic_bool *cancel)
{
    SendReport report;
    OutreachQueue queue(m_workspace);
    DoNotContact dnc(m_workspace);
    int handled = 0;
    while (maxCount <= 0 || handled < maxCount) {
        if (cancel && cancel->load())
            break;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto usage = queue.usage(mailbox.address, now, dayStartUtc);
        if (!usage.ok())
            return usage.error();
        if (limited(mailbox, *usage, now, dayStartUtc, report))
            break;
        auto claimed = queue.claimNext(mailbox.address, now);
        if (!claimed.ok())
            return claimed.error();
        if (!claimed->has_value())
            break;
        const QueuedEmail email = **claimed;
        ++handled;

        auto blocked = dnc.blocks(email.toAddress);
        if (!blocked.ok())
            return blocked.error();
        if (*blocked) {
            if (Status s = queue.cancel(email.id, QObject::tr("On the do-not-contact list.")))
                return *s;
            ++report.skipped;
            continue;
        }
        auto message = mail::buildMessage(outgoing(email, mailbox));
        if (!message.ok()) {
            if (Status s = queue.markFailed(email.id, message.error().toString()))
                return *s;
            ++report.failed;
            continue;
        }
        const mail::SendFailure f = m_smtp.send({email.toAddress}, *message);
        using K = mail::SendFailure::Kind;
        switch (f.kind) {
        case K::None: {
            if (Status s = recordSent(m_workspace, email, mailbox.owner, QDateTime::currentDateTimeUtc()))
                return *s;
            ++report.sent;
            if (account.saveCopyToSent && m_imap) {
                const mail::ImapFailure af = m_imap->append(account.sentFolder, *message);
                if (!af.ok())
                    qCWarning(lcSend) << "could not file a copy in" << account.sentFolder << ":" << af.message;
            }
            break;
        }
        case K::Rejected: {
            // The server refused this recipient or message for good: a bounce at send time.
            const MemberRef m{email.campaignId, email.candidateId, mailbox.owner};
            if (Status s = recordBounce(m_workspace, m, email.id, f.message, now))
                return *s;
            ++report.bounced;
            break;
        }
        case K::Uncertain:
            if (Status s = queue.markUncertain(email.id, f.message))
                return *s;
            ++report.uncertain;
            break;
        case K::Temporary:
        case K::Cancelled:
            if (email.attempts >= kMaxAttempts && f.kind == K::Temporary) {
                if (Status s = queue.markFailed(email.id, f.message))
                    return *s;
                ++report.failed;
            } else {
                const QDateTime at = f.kind == K::Cancelled ? now : retryTime(email.attempts, now);
                if (Status s = queue.markRetry(email.id, f.message, at))
                    return *s;
                ++report.retried;
            }
            if (f.kind == K::Cancelled)
                return report;
            break;
        case K::Config:
        case K::Connect:
        case K::Tls:
        case K::Auth:
            // The mailbox itself is unusable: put the email back untouched and stop.
            if (Status s = queue.markRetry(email.id, f.message, now))
                return *s;
            report.mailboxError = true;
            report.stoppedBecause = f.message;
            return report;
        }
    }
    return report;
}

Result<int> MailSender::verifyUncertain(const MailboxRecord &mailbox, const mail::MailAccount &account)
{
    OutreachQueue queue(m_workspace);
    auto uncertain = queue.inState(EmailState::Uncertain, 1000);
    if (!uncertain.ok())
        return uncertain.error();
    int confirmed = 0;
    for (const QueuedEmail &email : std::as_const(*uncertain)) {
        if (email.mailbox.compare(mailbox.address, Qt::CaseInsensitive) != 0 || !m_imap)
            continue;
        QList<qint64> uids;
        const mail::ImapFailure f = m_imap->findByMessageId(account.sentFolder, email.messageId, &uids);
        if (!f.ok()) {
            qCWarning(lcSend) << "could not check the Sent folder:" << f.message;
            return confirmed;
        }
        if (uids.isEmpty())
            continue;
        if (Status s = recordSent(m_workspace, email, mailbox.owner, QDateTime::currentDateTimeUtc()))
            return *s;
        ++confirmed;
    }
    return confirmed;
}

} // namespace sd::outreach
