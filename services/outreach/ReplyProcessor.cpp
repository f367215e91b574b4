#include "ReplyProcessor.h"

#include "ImapClient.h"
#include "MailClassifier.h"
#include "MailMessage.h"
#include "MemberOutcomes.h"
#include "OutreachQueue.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QObject>

namespace sd::outreach {

namespace {

Q_LOGGING_CATEGORY(lcReply, "sourcedesk.outreach.replies")

// The outreach email a message refers to: its own In-Reply-To, then References newest first.
Result<std::optional<QueuedEmail>> byThread(const OutreachQueue &queue, const mail::IncomingMail &m)
{
    QStringList ids;
    if (!m.report.originalMessageId.isEmpty())
        ids << m.report.originalMessageId;
    if (!m.inReplyTo.isEmpty())
        ids << m.inReplyTo;
    for (auto it = m.references.crbegin(); it != m.references.crend(); ++it)
        ids << *it;
    for (const QString &id : std::as_const(ids)) {
        auto found = queue.byMessageId(id);
        if (!found.ok() || found->has_value())
            return found;
    }
    return std::optional<QueuedEmail>();
}

} // namespace

ReplyProcessor::ReplyProcessor(const Workspace &workspace, mail::ImapClient &imap)
    : m_workspace(workspace), m_imap(imap)
{
}

Status ReplyProcessor::handle(const MailboxRecord &mailbox, const mail::IncomingMail &message, PollReport &report)
{
    OutreachQueue queue(m_workspace);
    auto email = byThread(queue, message);
    if (!email.ok())
        return email.error();
    const mail::MailKind kind = mail::classify(message);
    if (!email->has_value()) {
        // No usable headers: a bounce names the failed recipient, anything else its sender.
        const QString address = kind == mail::MailKind::Bounce ? message.report.failedRecipients.value(0)
                                                               : message.fromAddress;
        if (!address.isEmpty()) {
            email = queue.latestSentTo(mailbox.address, address);
            if (!email.ok())
                return email.error();
        }
    }
    if (!email->has_value()) {
        ++report.unmatched;
        return std::nullopt;
    }
    const QueuedEmail &sent = **email;
    const MemberRef member{sent.campaignId, sent.candidateId, mailbox.owner};
    const QDateTime at = message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc();
    switch (kind) {
    case mail::MailKind::Reply:
        ++report.replies;
        return recordReply(m_workspace, member, message.subject, mail::newTextOf(message.bodyText), at);
    case mail::MailKind::OutOfOffice:
        // Not a reply: the sequence goes on. Only the log says it was seen.
        ++report.outOfOffice;
        qCInfo(lcReply) << "automatic reply for email" << sent.id << "ignored";
        return std::nullopt;
    case mail::MailKind::Bounce: {
        ++report.bounces;
        QString why = message.report.status;
        if (!message.report.diagnostic.isEmpty())
            why = why.isEmpty() ? message.report.diagnostic : why + QStringLiteral(" ") + message.report.diagnostic;
        return recordBounce(m_workspace, member, sent.id, why, at);
    }
    case mail::MailKind::DelayNotice:
        ++report.outOfOffice;
        return std::nullopt;
    case mail::MailKind::Unsubscribe:
        ++report.unsubscribes;
        return recordUnsubscribe(m_workspace, member, sent.toAddress, mail::newTextOf(message.bodyText), at);
    }
    return std::nullopt;
}

Result<PollReport> ReplyProcessor::poll(const MailboxRecord &mailbox, const mail::MailAccount &account,
                                        int maxMessages, const std::atomic_bool *cancel)
{
    PollReport report;
    MailboxRepository mailboxes(m_workspace);
    auto fail = [&](const mail::ImapFailure &f) -> Result<PollReport> {
        report.mailboxError = true;
        report.error = f.message;
        if (Status s = mailboxes.setPollResult(mailbox.address, QDateTime::currentDateTimeUtc(), f.message))
            return *s;
        return report;
    };
    mail::FolderStatus status;
    if (mail::ImapFailure f = m_imap.status(account.inboxFolder, &status); !f.ok())
        return fail(f);
    qint64 lastUid = mailbox.lastUid;
    if (status.uidValidity != mailbox.uidValidity) {
        // A new folder (first poll) or a renumbered one: start from what arrives next, so years of
        // old mail are not read as replies. Replies already in the inbox before the mailbox was set
        // up are not ours to judge.
        lastUid = mailbox.uidValidity == 0 ? status.uidNext - 1 : 0;
        if (Status s = mailboxes.setCursor(mailbox.address, status.uidValidity, std::max<qint64>(lastUid, 0)))
            return *s;
    }
    QList<qint64> uids;
    if (mail::ImapFailure f = m_imap.uidsFrom(account.inboxFolder, lastUid + 1, &uids); !f.ok())
        return fail(f);
    for (qint64 uid : std::as_const(uids)) {
        if (uid <= lastUid)
            continue; // "n:*" always returns the last message, even below n
        if ((cancel && cancel->load()) || (maxMessages > 0 && report.fetched >= maxMessages))
            break;
        QByteArray raw;
        if (mail::ImapFailure f = m_imap.fetch(account.inboxFolder, uid, &raw); !f.ok())
            return fail(f);
        ++report.fetched;
        sql::Transaction tx(m_workspace.connection());
        if (!tx.isActive())
            return tx.error();
        auto parsed = mail::parseMessage(raw);
        if (parsed.ok()) {
            if (Status s = handle(mailbox, *parsed, report))
                return *s;
        } else {
            qCWarning(lcReply) << "message" << uid << "could not be read:" << parsed.error().toString();
        }
        if (Status s = mailboxes.setCursor(mailbox.address, status.uidValidity, uid))
            return *s;
        if (Status s = tx.commit())
            return *s;
        lastUid = uid;
    }
    if (Status s = mailboxes.setPollResult(mailbox.address, QDateTime::currentDateTimeUtc(), {}))
        return *s;
    return report;
}

} // namespace sd::outreach
