#include "OutreachRunner.h"

#include "ImapClient.h"
#include "MailboxConfig.h"
#include "OutreachQueue.h"
#include "SmtpClient.h"
#include "Workspace.h"

#include <QObject>
#include <QTimeZone>

namespace sd::outreach {

struct OutreachRunner::Clients
{
    mail::SmtpClient smtp;
    mail::ImapClient imap;
};

OutreachRunner::OutreachRunner(const Workspace &workspace, std::function<QString(const QString &)> secretFor)
    : m_workspace(workspace), m_secretFor(std::move(secretFor))
{
}

OutreachRunner::~OutreachRunner() = default;

void OutreachRunner::cancel()
{
    m_cancel = true;
    QMutexLocker lock(&m_clientsMutex);
    for (const auto &c : std::as_const(m_clients)) {
        c->smtp.cancel();
        c->imap.cancel();
    }
}

OutreachRunner::Clients &OutreachRunner::clientsFor(const QString &address)
{
    QMutexLocker lock(&m_clientsMutex);
    auto &slot = m_clients[address.toLower()];
    if (!slot)
        slot = std::make_shared<Clients>();
    return *slot;
}

Result<RoundReport> OutreachRunner::runRound(const Options &options)
{
    RoundReport report;
    if (m_cancel)
        return report;
    OutreachQueue queue(m_workspace);
    if (!m_recovered) {
        auto recovered = queue.recoverSending();
        if (!recovered.ok())
            return recovered.error();
        report.recovered = recovered->size();
        m_recovered = true;
    }
    auto mailboxes = MailboxRepository(m_workspace).all();
    if (!mailboxes.ok())
        return mailboxes.error();

    // Replies before scheduling: a reply that arrived stops the follow-up due in this same round.
    QList<std::pair<MailboxRecord, mail::MailAccount>> usable;
    for (const MailboxRecord &mb : std::as_const(*mailboxes)) {
        MailboxRound round;
        round.address = mb.address;
        auto account = toAccount(mb);
        const QString secret = m_secretFor ? m_secretFor(mb.address) : QString();
        if (!account.ok()) {
            round.error = account.error().toString();
        } else if (secret.isEmpty()) {
            round.error = QObject::tr("The password or token of %1 is not in the keychain; enter it in Settings → Mailbox.")
                              .arg(mb.address);
        } else {
            Clients &c = clientsFor(mb.address);
            c.smtp.setAccount(*account, secret);
            c.imap.setAccount(*account, secret);
            if (options.poll) {
                ReplyProcessor replies(m_workspace, c.imap);
                auto polled = replies.poll(mb, *account, options.maxMessages, &m_cancel);
                if (!polled.ok())
                    return polled.error();
                round.poll = *polled;
                if (polled->mailboxError)
                    round.error = polled->error;
            }
            if (round.error.isEmpty()) {
                MailSender sender(m_workspace, c.smtp, &c.imap);
                auto verified = sender.verifyUncertain(mb, *account);
                if (!verified.ok())
                    return verified.error();
                round.verified = *verified;
                usable.append({mb, *account});
            }
        }
        report.mailboxes.append(round);
    }
    if (m_cancel)
        return report;

    auto scheduled = scheduleDue(m_workspace, QDateTime::currentDateTimeUtc());
    if (!scheduled.ok())
        return scheduled.error();
    report.schedule = *scheduled;

    if (!options.send)
        return report;
    for (const auto &[mb, account] : std::as_const(usable)) {
        if (m_cancel)
            break;
        Clients &c = clientsFor(mb.address);
        MailSender sender(m_workspace, c.smtp, &c.imap);
        // The daily limit counts from midnight where the recruiter is (this computer's zone).
        const QDateTime dayStart = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
        auto sent = sender.sendDue(mb, account, dayStart, options.maxSend, &m_cancel);
        if (!sent.ok())
            return sent.error();
        for (MailboxRound &round : report.mailboxes)
            if (round.address == mb.address) {
                round.send = *sent;
                if (sent->mailboxError)
                    round.error = sent->stoppedBecause;
            }
    }
    return report;
}

} // namespace sd::outreach
