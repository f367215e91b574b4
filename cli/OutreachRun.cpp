// outreach run: OutreachRunner rounds (read replies, verify uncertain emails, schedule due steps,
// send) for every mailbox whose secret is known. The secrets are read once at start: the CLI
// user's from --secret-env when given (a headless server), every other one from the keychain.
// The rounds run on a worker thread so that Ctrl+C or SIGTERM can cancel the SMTP/IMAP transfer
// in progress; the signal handler only sets a flag (Interrupt.h), the main thread calls cancel().
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "Interrupt.h"
#include "MailboxConfig.h"
#include "OutreachRunner.h"
#include "OutreachSupport.h"
#include "Tr.h"
#include "Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QThread>

#include <csignal>
#include <memory>

namespace sd::cli {

namespace {

using connection::SecretStore;
using Handler = void (*)(int);

void onTerminate(int)
{
    InterruptScope::simulate(); // stores atomics only
}

// SIGTERM as Ctrl+C while a run lives (a service manager stops `--watch` with it).
class TerminateScope
{
public:
    TerminateScope() : m_previous(std::signal(SIGTERM, onTerminate)) {}
    ~TerminateScope() { std::signal(SIGTERM, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    TerminateScope(const TerminateScope &) = delete;
    TerminateScope &operator=(const TerminateScope &) = delete;

private:
    Handler m_previous;
};

QJsonValue time(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

struct Totals
{
    int sent = 0, retried = 0, failed = 0, bounced = 0, uncertain = 0, skipped = 0;
    int replies = 0, outOfOffice = 0, unsubscribes = 0, verified = 0, errors = 0;
};

Totals totalsOf(const outreach::RoundReport &r)
{
    Totals t;
    for (const outreach::MailboxRound &m : r.mailboxes) {
        t.sent += m.send.sent;
        t.retried += m.send.retried;
        t.failed += m.send.failed;
        t.bounced += m.send.bounced + m.poll.bounces;
        t.uncertain += m.send.uncertain;
        t.skipped += m.send.skipped;
        t.replies += m.poll.replies;
        t.outOfOffice += m.poll.outOfOffice;
        t.unsubscribes += m.poll.unsubscribes;
        t.verified += m.verified;
        t.errors += m.error.isEmpty() ? 0 : 1;
    }
    return t;
}

QJsonObject roundJson(int number, const QDateTime &at, const outreach::RoundReport &r, bool cancelled)
{
    const Totals t = totalsOf(r);
    QJsonArray mailboxes;
    for (const outreach::MailboxRound &m : r.mailboxes)
        mailboxes.append(QJsonObject{{QStringLiteral("address"), m.address},
                                     {QStringLiteral("fetched"), m.poll.fetched},
                                     {QStringLiteral("replies"), m.poll.replies},
                                     {QStringLiteral("outOfOffice"), m.poll.outOfOffice},
                                     {QStringLiteral("bounces"), m.poll.bounces},
                                     {QStringLiteral("unsubscribes"), m.poll.unsubscribes},
                                     {QStringLiteral("unmatched"), m.poll.unmatched},
                                     {QStringLiteral("verified"), m.verified},
                                     {QStringLiteral("sent"), m.send.sent},
                                     {QStringLiteral("retried"), m.send.retried},
                                     {QStringLiteral("failed"), m.send.failed},
                                     {QStringLiteral("bounced"), m.send.bounced},
                                     {QStringLiteral("uncertain"), m.send.uncertain},
                                     {QStringLiteral("skipped"), m.send.skipped},
                                     {QStringLiteral("resumeAt"), time(m.send.resumeAt)},
                                     {QStringLiteral("stoppedBecause"), m.send.stoppedBecause},
                                     {QStringLiteral("error"), m.error.isEmpty() ? QJsonValue() : QJsonValue(m.error)}});
    return {{QStringLiteral("round"), number},
            {QStringLiteral("at"), time(at)},
            {QStringLiteral("recovered"), r.recovered},
            {QStringLiteral("queued"), r.schedule.emailsQueued},
            {QStringLiteral("tasks"), r.schedule.tasksCreated},
            {QStringLiteral("finished"), r.schedule.finished},
            {QStringLiteral("stopped"), r.schedule.stopped},
            {QStringLiteral("paused"), r.schedule.paused},
            {QStringLiteral("waitingForMailbox"), r.schedule.waitingForMailbox},
            {QStringLiteral("sent"), t.sent},
            {QStringLiteral("retried"), t.retried},
            {QStringLiteral("failed"), t.failed},
            {QStringLiteral("bounced"), t.bounced},
            {QStringLiteral("uncertain"), t.uncertain},
            {QStringLiteral("verified"), t.verified},
            {QStringLiteral("replies"), t.replies},
            {QStringLiteral("outOfOffice"), t.outOfOffice},
            {QStringLiteral("unsubscribes"), t.unsubscribes},
            {QStringLiteral("errors"), t.errors},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("mailboxes"), mailboxes}};
}

void printRound(OutputFormatter &out, int number, const QDateTime &at, const outreach::RoundReport &r, bool cancelled)
{
    if (out.json()) {
        out.printJson(roundJson(number, at, r, cancelled));
        return;
    }
    const Totals t = totalsOf(r);
    out.print(Tr::tr("Round %1 at %2: recovered %3, queued %4, tasks %5, sent %6, bounced %7, replies %8, "
                     "out-of-office %9, unsubscribes %10, errors %11.")
                  .arg(number)
                  .arg(OutputFormatter::localTime(at))
                  .arg(r.recovered)
                  .arg(r.schedule.emailsQueued)
                  .arg(r.schedule.tasksCreated)
                  .arg(t.sent)
                  .arg(t.bounced)
                  .arg(t.replies)
                  .arg(t.outOfOffice)
                  .arg(t.unsubscribes)
                  .arg(t.errors));
    if (r.schedule.paused > 0)
        out.print(Tr::tr("  %n candidate(s) paused: a placeholder would be empty ('sequence preview' shows which).",
                         nullptr, r.schedule.paused));
    if (r.schedule.waitingForMailbox > 0)
        out.print(Tr::tr("  %n step(s) wait for the campaign owner's mailbox ('mailbox set').", nullptr,
                         r.schedule.waitingForMailbox));
    if (t.failed + t.uncertain > 0)
        out.print(Tr::tr("  %1 failed, %2 uncertain: 'sourcedesk-cli outreach queue --state failed,uncertain', then "
                         "'outreach resend ID' or 'outreach give-up ID'.")
                      .arg(t.failed)
                      .arg(t.uncertain));
    for (const outreach::MailboxRound &m : r.mailboxes) {
        if (!m.error.isEmpty())
            out.printWarning(QStringLiteral("%1: %2").arg(m.address, m.error));
        else if (!m.send.stoppedBecause.isEmpty())
            out.print(m.send.resumeAt.isValid() ? Tr::tr("  %1: %2 (again from %3)")
                                                      .arg(m.address, m.send.stoppedBecause,
                                                           OutputFormatter::localTime(m.send.resumeAt))
                                                : Tr::tr("  %1: %2").arg(m.address, m.send.stoppedBecause));
    }
    if (cancelled)
        out.print(Tr::tr("  Stopped: what was sent is recorded; the rest waits for the next run."));
}

} // namespace

int runOutreachRun(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("outreach run"), {},
                   Tr::tr("Runs outreach: reads replies (a reply, bounce or unsubscribe stops the candidate's "
                          "sequence), schedules due steps (emails into the queue, manual steps into tasks) and "
                          "sends due emails within each mailbox's limits. One round, or with --watch a round "
                          "every SECONDS until SIGINT or SIGTERM. Secrets come from the keychain; --secret-env "
                          "gives your own mailbox's from an environment variable instead. Exit 1 when a mailbox "
                          "error (sign-in, TLS, unreachable, no secret) stopped reading or sending; 130 when a "
                          "single round was interrupted."));
    cl.addOption(QCommandLineOption(QStringLiteral("once"), Tr::tr("One round (the default).")));
    cl.addOption(QCommandLineOption(QStringLiteral("watch"), Tr::tr("A round every SECONDS (10–86400) until stopped."),
                                    Tr::tr("SECONDS")));
    cl.addOption(QCommandLineOption(QStringLiteral("no-send"), Tr::tr("Do not send; read replies and schedule only.")));
    cl.addOption(QCommandLineOption(QStringLiteral("no-poll"), Tr::tr("Do not read replies.")));
    cl.addOption(QCommandLineOption(QStringLiteral("max-send"),
                                    Tr::tr("At most N emails per mailbox and round (0: as the limits allow)."),
                                    Tr::tr("N")));
    cl.addOption(QCommandLineOption(QStringLiteral("secret-env"),
                                    Tr::tr("Your mailbox's password or token from this environment variable."),
                                    Tr::tr("VAR")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    if (cl.isSet(QStringLiteral("once")) && cl.isSet(QStringLiteral("watch")))
        return ctx.fail(cl.usage(Tr::tr("Give either --once or --watch, not both."), QStringLiteral("--watch")));
    auto watch = cl.intOption(QStringLiteral("watch"), 0, 10, 86400);
    if (!watch)
        return ctx.fail(watch.error());
    auto maxSend = cl.intOption(QStringLiteral("max-send"), 0, 0, 100000);
    if (!maxSend)
        return ctx.fail(maxSend.error());
    std::optional<Expected<QString>> given = secretFromOptions(ctx, cl, false);
    if (given && !given->ok())
        return ctx.fail(given->error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    OutputFormatter &out = ctx.output();

    // Every secret once, before the first round: the worker thread never touches the keychain.
    auto mailboxes = MailboxRepository(ctx.workspace()).all();
    if (!mailboxes.ok())
        return ctx.fail(fromError(mailboxes.error(), ErrorSource::Data));
    QHash<QString, QString> secrets;
    if (given) {
        auto own = ownMailbox(ctx);
        if (!own)
            return ctx.fail(own.error());
        secrets.insert(own->address.toLower(), given->value());
    }
    std::optional<SecretStore::Result> keychainProblem;
    for (const MailboxRecord &m : std::as_const(*mailboxes)) {
        if (secrets.contains(m.address.toLower()))
            continue;
        const SecretStore::Result r = keychainRead(ctx, outreach::secretKey(m.address));
        if (r.ok())
            secrets.insert(m.address.toLower(), r.value);
        else if (r.status != SecretStore::Status::NotFound && !keychainProblem)
            keychainProblem = r;
    }
    if (keychainProblem) {
        if (secrets.isEmpty() && !mailboxes->isEmpty())
            return ctx.fail(keychainError(*keychainProblem));
        out.printWarning(Tr::tr("The keychain could not be read for every mailbox: %1").arg(keychainProblem->message));
    }

    outreach::OutreachRunner runner(ctx.workspace(), [secrets](const QString &address) {
        return secrets.value(address.toLower());
    });
    outreach::OutreachRunner::Options options;
    options.poll = !cl.isSet(QStringLiteral("no-poll"));
    options.send = !cl.isSet(QStringLiteral("no-send"));
    options.maxSend = *maxSend;

    InterruptScope interrupt;
    TerminateScope terminate;
    const Workspace &ws = ctx.workspace();
    int number = 0;
    bool mailboxError = false;
    QString firstError;
    for (;;) {
        ++number;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        std::optional<Result<outreach::RoundReport>> result;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            ThreadConnectionGuard guard(ws);
            result = runner.runRound(options);
        }));
        worker->start();
        bool cancelled = false;
        while (!worker->wait(QDeadlineTimer(100))) {
            if (interrupt.interrupted() && !cancelled) {
                runner.cancel();
                cancelled = true;
            }
        }
        cancelled = cancelled || interrupt.interrupted();
        if (!result || !result->ok())
            return ctx.fail(result ? fromError(result->error(), ErrorSource::Workspace)
                                   : CliError{ExitWorkspace, QStringLiteral("workspace"), Tr::tr("The round did not finish."), {}});
        printRound(out, number, at, result->value(), cancelled);
        mailboxError = false;
        firstError.clear();
        for (const outreach::MailboxRound &m : result->value().mailboxes)
            if (!m.error.isEmpty()) {
                if (!mailboxError)
                    firstError = QStringLiteral("%1: %2").arg(m.address, m.error);
                mailboxError = true;
            }
        if (*watch == 0) {
            if (cancelled)
                return ExitCancelled;
            break;
        }
        if (cancelled)
            break;
        // Wait for the next round; a signal ends the wait at once.
        for (int waited = 0; waited < *watch * 10 && !interrupt.interrupted(); ++waited)
            QThread::msleep(100);
        if (interrupt.interrupted())
            break;
    }
    if (mailboxError) {
        // The per-mailbox lines above already said what; with --json the error document says it too.
        if (out.json())
            out.printError({ExitPartial, QStringLiteral("mailbox"), firstError, QStringLiteral("mailbox")});
        return ExitPartial;
    }
    return ExitOk;
}

} // namespace sd::cli
