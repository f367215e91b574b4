#pragma once
// Reply detection: reads the mailbox's inbox from the last UID seen, matches each new message to
// the email it answers (In-Reply-To / References against the queue's Message-IDs, else the sender's
// address against the last email sent to it), and acts: a reply stops the run and marks the member
// "replied", an out-of-office is noted but changes nothing, a bounce marks them "bounced", an
// unsubscribe request puts them on the do-not-contact list. Each message is handled together with
// the cursor moving past it, in one transaction: a crash never handles a message twice or skips one.
// Messages that belong to no outreach email are left alone (and never marked read).
#include "Error.h"
#include "MailAccount.h"
#include "MailboxRepository.h"

#include <atomic>

namespace sd {
class Workspace;
}

namespace sd::mail {
class ImapClient;
struct IncomingMail;
}

namespace sd::outreach {

struct PollReport
{
    int fetched = 0;
    int replies = 0;
    int outOfOffice = 0;
    int bounces = 0;
    int unsubscribes = 0;
    int unmatched = 0;
    bool mailboxError = false;
    QString error; // the mailbox could not be read (sign-in, TLS, unreachable)
};

class ReplyProcessor
{
public:
    ReplyProcessor(const Workspace &workspace, mail::ImapClient &imap);

    // Handles up to `maxMessages` new messages (0: all).
    Result<PollReport> poll(const MailboxRecord &mailbox, const mail::MailAccount &account, int maxMessages,
                            const std::atomic_bool *cancel);

    // One parsed message, as poll() handles it (also for tests and the benchmark). Runs in the
    // caller's transaction when there is one.
    Status handle(const MailboxRecord &mailbox, const mail::IncomingMail &message, PollReport &report);

private:
    const Workspace &m_workspace;
    mail::ImapClient &m_imap;
};

} // namespace sd::outreach
