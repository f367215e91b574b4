#pragma once
// Sends a mailbox's due emails from the queue. Each email is claimed ("sending") and committed
// before SMTP starts and recorded as sent (with its EmailSent activity, which feeds the pipeline
// status and the SmartRecruiters notes) right after the server accepted it, so a crash in
// between leaves it "uncertain": verifyUncertain() then looks for its Message-ID in the Sent
// folder and never sends it again on its own. Blocking: runs on a worker thread.
#include "Error.h"
#include "MailAccount.h"
#include "MailboxRepository.h"

#include <QDateTime>

#include <atomic>

namespace sd {
class Workspace;
}

namespace sd::mail {
class ImapClient;
class SmtpClient;
}

namespace sd::outreach {

struct SendReport
{
    int sent = 0;
    int retried = 0;   // temporary failures, queued again
    int failed = 0;    // refused for good: shown to the recruiter
    int bounced = 0;   // the recipient was refused
    int uncertain = 0; // the connection broke after the message was handed over
    int skipped = 0;   // the address went on the do-not-contact list meanwhile
    // Why sending stopped before the queue was empty: a limit (with when it lifts) or an error
    // that concerns the whole mailbox (sign-in, TLS, unreachable): then nothing more is tried.
    QDateTime resumeAt;
    QString stoppedBecause;
    bool mailboxError = false;
};

class MailSender
{
public:
    MailSender(const Workspace &workspace, mail::SmtpClient &smtp, mail::ImapClient *imap);

    // Sends up to `maxCount` due emails (0: no cap) while the mailbox's hourly and daily limits and
    // its spacing allow. `dayStartUtc`: the start of the owner's local day (daily limit).
    Result<SendReport> sendDue(const MailboxRecord &mailbox, const mail::MailAccount &account,
                               const QDateTime &dayStartUtc, int maxCount, const std::atomic_bool *cancel);

    // Uncertain emails of this mailbox found in its Sent folder become sent; the others wait for the
    // recruiter (send again or give up). Returns how many were confirmed.
    Result<int> verifyUncertain(const MailboxRecord &mailbox, const mail::MailAccount &account);

private:
    const Workspace &m_workspace;
    mail::SmtpClient &m_smtp;
    mail::ImapClient *m_imap;
};

} // namespace sd::outreach
