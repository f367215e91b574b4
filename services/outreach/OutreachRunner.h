#pragma once
// One round of outreach work for every mailbox whose secret is known: read new replies first (so
// the cursor exists before the first email leaves and a reply stops a follow-up that is due in the
// same round), verify emails left uncertain by a crash, turn due steps into queued emails and
// tasks, then send what is due within the limits. Blocking; the app runs it on a worker thread
// (OutreachService), the CLI in `outreach run`, tests directly.
#include "Error.h"
#include "MailSender.h"
#include "ReplyProcessor.h"
#include "SequenceScheduler.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sd {
class Workspace;
}

namespace sd::outreach {

struct MailboxRound
{
    QString address;
    PollReport poll;
    int verified = 0;
    SendReport send;
    QString error; // configuration or mailbox error, for the recruiter
};

struct RoundReport
{
    int recovered = 0; // emails found "sending" at start: now uncertain
    ScheduleReport schedule;
    QList<MailboxRound> mailboxes;
};

class OutreachRunner
{
public:
    // `secretFor(address)` returns the password or token, or an empty string when unknown.
    OutreachRunner(const Workspace &workspace, std::function<QString(const QString &)> secretFor);
    ~OutreachRunner();

    struct Options
    {
        bool poll = true;
        bool send = true;
        int maxSend = 0;     // per mailbox and round (0: until the queue or a limit stops it)
        int maxMessages = 0; // per mailbox and round
    };
    Result<RoundReport> runRound(const Options &options);
    Result<RoundReport> runRound() { return runRound(Options{}); }

    // From any thread: the running round stops at the next safe point, and later rounds do nothing.
    void cancel();

private:
    struct Clients;
    Clients &clientsFor(const QString &address);

    const Workspace &m_workspace;
    std::function<QString(const QString &)> m_secretFor;
    std::atomic_bool m_cancel{false};
    bool m_recovered = false;
    QMutex m_clientsMutex; // cancel() comes from another thread
    QHash<QString, std::shared_ptr<Clients>> m_clients;
};

} // namespace sd::outreach
