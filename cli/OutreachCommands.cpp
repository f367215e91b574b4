// outreach queue | resend | give-up (the send queue; `outreach run` is in OutreachRun.cpp),
// dnc add | list | remove (the do-not-contact list) and tasks [list] | done | skip (the manual
// steps of sequences).
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "DoNotContact.h"
#include "OutreachQueue.h"
#include "SyncSupport.h"
#include "TaskActions.h"
#include "TaskRepository.h"
#include "Tr.h"
#include "Workspace.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace sd::cli {

namespace {

QJsonValue time(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

const QStringList &emailStateKeys()
{
    static const QStringList keys{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
                                  QStringLiteral("failed"), QStringLiteral("uncertain"), QStringLiteral("bounced"),
                                  QStringLiteral("cancelled")};
    return keys;
}

QJsonObject emailJson(const QueuedEmail &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("campaignId"), e.campaignId},
            {QStringLiteral("candidateId"), e.candidateId},
            {QStringLiteral("step"), e.stepPosition + 1},
            {QStringLiteral("mailbox"), e.mailbox},
            {QStringLiteral("to"), e.toAddress},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("messageId"), e.messageId},
            {QStringLiteral("state"), toKey(e.state)},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("lastError"), e.lastError},
            {QStringLiteral("notBefore"), time(e.notBefore)},
            {QStringLiteral("queuedAt"), time(e.queuedAt)},
            {QStringLiteral("sentAt"), time(e.sentAt)}};
}

// A positive whole number, or a usage error naming `argument`.
Expected<qint64> idArgument(const CommandLine &cl, const QString &text, const QString &argument, const QString &what)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return cl.usage(Tr::tr("%1 must be %2 (a positive whole number), not '%3'.").arg(argument, what, text), argument);
    return id;
}

CliError dataError(const sd::Error &e, const QString &where)
{
    CliError c = fromError(e, ErrorSource::Data);
    c.where = where;
    return c;
}

int queueList(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("outreach queue"), {},
                   Tr::tr("The outreach emails in the send queue, newest first."));
    cl.addOption(QCommandLineOption(QStringLiteral("state"),
                                    Tr::tr("Only emails in this state (repeat or separate with commas): %1.")
                                        .arg(emailStateKeys().join(QStringLiteral(", "))),
                                    Tr::tr("STATE")));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"), Tr::tr("At most this many emails (1–10000, default 50)."),
                                    Tr::tr("N")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    QList<EmailState> states;
    for (const QString &value : cl.values(QStringLiteral("state"))) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto state = emailStateFromKey(part.trimmed().toLower());
            if (!state)
                return ctx.fail(cl.usage(Tr::tr("--state must be one of %1, not '%2'.")
                                             .arg(emailStateKeys().join(QStringLiteral(", ")), part.trimmed()),
                                         QStringLiteral("--state")));
            if (!states.contains(*state))
                states << *state;
        }
    }
    if (states.isEmpty())
        for (const QString &k : emailStateKeys())
            states << *emailStateFromKey(k);
    auto limit = cl.intOption(QStringLiteral("limit"), 50, 1, 10000);
    if (!limit)
        return ctx.fail(limit.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    OutreachQueue queue(ctx.workspace());
    QList<QueuedEmail> emails;
    for (EmailState s : std::as_const(states)) {
        auto some = queue.inState(s, *limit);
        if (!some.ok())
            return ctx.fail(fromError(some.error(), ErrorSource::Data));
        emails << *some;
    }
    std::sort(emails.begin(), emails.end(), [](const QueuedEmail &a, const QueuedEmail &b) { return a.id > b.id; });
    if (emails.size() > *limit)
        emails.resize(*limit);
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const QueuedEmail &e : std::as_const(emails))
            rows.append(emailJson(e));
        out.printJson({{QStringLiteral("emails"), rows}});
        return ExitOk;
    }
    if (emails.isEmpty()) {
        out.print(cl.isSet(QStringLiteral("state")) ? Tr::tr("No emails match.") : Tr::tr("The send queue is empty."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const QueuedEmail &e : std::as_const(emails))
        rows << QStringList{QString::number(e.id), toKey(e.state), QString::number(e.candidateId),
                            QString::number(e.campaignId), QString::number(e.stepPosition + 1), e.toAddress,
                            OutputFormatter::oneLine(e.subject),
                            OutputFormatter::localTime(e.sentAt.isValid() ? e.sentAt : e.notBefore),
                            OutputFormatter::oneLine(e.lastError)};
    out.printTable({Tr::tr("ID"), Tr::tr("State"), Tr::tr("Candidate"), Tr::tr("Campaign"), Tr::tr("Step"), Tr::tr("To"),
                    Tr::tr("Subject"), Tr::tr("Sent/due"), Tr::tr("Error")},
                   rows);
    return ExitOk;
}

// resend and give-up: the recruiter's decision on a failed or uncertain email.
int decide(Context &ctx, const QStringList &args, bool resend)
{
    const QString command = resend ? QStringLiteral("outreach resend") : QStringLiteral("outreach give-up");
    CommandLine cl(ctx, command, QStringLiteral("ID"),
                   resend ? Tr::tr("Sends a failed or uncertain email again at the next 'outreach run'. An uncertain "
                                   "email may have arrived: the candidate may get it twice.")
                          : Tr::tr("Gives up a failed or uncertain email: it is never sent."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The email's id ('sourcedesk-cli outreach queue' lists them)."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = idArgument(cl, cl.positional().constFirst(), QStringLiteral("ID"), Tr::tr("an email id"));
    if (!id)
        return ctx.fail(id.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    OutreachQueue queue(ctx.workspace());
    auto email = queue.get(*id);
    if (!email.ok())
        return ctx.fail(dataError(email.error(), QStringLiteral("ID")));
    if (email->state != EmailState::Failed && email->state != EmailState::Uncertain)
        return ctx.fail(conflictError(Tr::tr("Email %1 is %2; only failed or uncertain emails can be sent again or "
                                             "given up.")
                                          .arg(*id)
                                          .arg(toKey(email->state)),
                                      QStringLiteral("ID")));
    const Status s = resend ? queue.requeue(*id, QDateTime::currentDateTimeUtc())
                            : queue.cancel(*id, Tr::tr("Given up by %1").arg(ctx.actor()));
    if (s)
        return ctx.fail(dataError(*s, QStringLiteral("ID")));
    auto after = queue.get(*id);
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("email"), emailJson(after.ok() ? *after : *email)}});
    else
        ctx.output().print(resend ? Tr::tr("Email %1 to %2 will be sent by the next 'sourcedesk-cli outreach run'.")
                                        .arg(*id)
                                        .arg(email->toAddress)
                                  : Tr::tr("Gave up email %1 to %2; it will not be sent.").arg(*id).arg(email->toAddress));
    return ExitOk;
}

QJsonObject dncJson(const DoNotContactEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), e.kind == DoNotContactEntry::Kind::Email ? QStringLiteral("email") : QStringLiteral("domain")},
            {QStringLiteral("value"), e.value},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("addedBy"), e.addedBy},
            {QStringLiteral("addedAt"), time(e.addedAt)}};
}

int dncAdd(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("dnc add"), {},
                   Tr::tr("Puts an email address or a whole domain (and its subdomains) on the do-not-contact list: "
                          "nobody there is enrolled or emailed."));
    cl.addOption(QCommandLineOption(QStringLiteral("email"), Tr::tr("An email address."), Tr::tr("EMAIL")));
    cl.addOption(QCommandLineOption(QStringLiteral("domain"), Tr::tr("A domain such as example.com."), Tr::tr("DOMAIN")));
    cl.addOption(QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why (shown with the entry)."), Tr::tr("TEXT")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    const bool email = cl.isSet(QStringLiteral("email"));
    if (email == cl.isSet(QStringLiteral("domain")))
        return ctx.fail(cl.usage(Tr::tr("Give either --email or --domain."), QStringLiteral("--email")));
    const QString option = email ? QStringLiteral("--email") : QStringLiteral("--domain");
    const QString value = cl.value(option.mid(2)).trimmed();
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    DoNotContact dnc(ctx.workspace());
    auto id = dnc.add(email ? DoNotContactEntry::Kind::Email : DoNotContactEntry::Kind::Domain, value,
                      nonNull(cl.value(QStringLiteral("reason")).trimmed()), ctx.actor());
    if (!id.ok())
        return ctx.fail(dataError(id.error(), option));
    auto all = dnc.list();
    DoNotContactEntry added;
    if (all.ok())
        for (const DoNotContactEntry &e : std::as_const(*all))
            if (e.id == *id)
                added = e;
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("entry"), dncJson(added)}});
    else
        ctx.output().print(Tr::tr("Added %1 to the do-not-contact list (entry %2).").arg(added.value.isEmpty() ? value : added.value).arg(*id));
    return ExitOk;
}

int dncList(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("dnc list"), {}, Tr::tr("The do-not-contact list: emails, then domains."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto all = DoNotContact(ctx.workspace()).list();
    if (!all.ok())
        return ctx.fail(fromError(all.error(), ErrorSource::Data));
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const DoNotContactEntry &e : std::as_const(*all))
            rows.append(dncJson(e));
        out.printJson({{QStringLiteral("entries"), rows}});
        return ExitOk;
    }
    if (all->isEmpty()) {
        out.print(Tr::tr("The do-not-contact list is empty."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const DoNotContactEntry &e : std::as_const(*all))
        rows << QStringList{QString::number(e.id),
                            e.kind == DoNotContactEntry::Kind::Email ? Tr::tr("email") : Tr::tr("domain"), e.value,
                            OutputFormatter::oneLine(e.reason), e.addedBy, OutputFormatter::localTime(e.addedAt)};
    out.printTable({Tr::tr("ID"), Tr::tr("Kind"), Tr::tr("Value"), Tr::tr("Reason"), Tr::tr("By"), Tr::tr("Added")}, rows);
    return ExitOk;
}

int dncRemove(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("dnc remove"), QStringLiteral("ID"),
                   Tr::tr("Takes an entry off the do-not-contact list."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The entry's id ('sourcedesk-cli dnc list' shows it)."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = idArgument(cl, cl.positional().constFirst(), QStringLiteral("ID"), Tr::tr("a do-not-contact entry id"));
    if (!id)
        return ctx.fail(id.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    if (Status s = DoNotContact(ctx.workspace()).remove(*id))
        return ctx.fail(dataError(*s, QStringLiteral("ID")));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("removed"), *id}});
    else
        ctx.output().print(Tr::tr("Removed entry %1 from the do-not-contact list.").arg(*id));
    return ExitOk;
}

QJsonObject taskJson(const OutreachTask &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("campaignId"), t.campaignId},
            {QStringLiteral("campaignName"), t.campaignName},
            {QStringLiteral("candidateId"), t.candidateId},
            {QStringLiteral("candidateName"), t.candidateName},
            {QStringLiteral("step"), t.stepPosition + 1},
            {QStringLiteral("kind"), toKey(t.kind)},
            {QStringLiteral("owner"), t.owner},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("dueAt"), time(t.dueAt)},
            {QStringLiteral("linkedinUrl"), t.linkedinUrl},
            {QStringLiteral("phone"), t.phone},
            {QStringLiteral("outcomes"), QJsonArray::fromStringList(outreach::outcomesFor(t.kind))}};
}

int tasksList(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("tasks list"), {},
                   Tr::tr("Your open outreach tasks (LinkedIn, calls, manual emails), overdue first."));
    cl.addOption(QCommandLineOption(QStringLiteral("all-owners"), Tr::tr("Everyone's tasks, not only yours.")));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"), Tr::tr("At most this many tasks (1–10000, default 200)."),
                                    Tr::tr("N")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    auto limit = cl.intOption(QStringLiteral("limit"), 200, 1, 10000);
    if (!limit)
        return ctx.fail(limit.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    const QString owner = cl.isSet(QStringLiteral("all-owners")) ? QString() : ctx.actor();
    // Every open task, also those due later: a script decides what is for today.
    auto tasks = TaskRepository(ctx.workspace()).open(owner, QDateTime::currentDateTimeUtc().addYears(100), *limit);
    if (!tasks.ok())
        return ctx.fail(fromError(tasks.error(), ErrorSource::Data));
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const OutreachTask &t : std::as_const(*tasks))
            rows.append(taskJson(t));
        out.printJson({{QStringLiteral("tasks"), rows}});
        return ExitOk;
    }
    if (tasks->isEmpty()) {
        out.print(Tr::tr("No open tasks."));
        return ExitOk;
    }
    QList<QStringList> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutreachTask &t : std::as_const(*tasks))
        rows << QStringList{QString::number(t.id),
                            OutputFormatter::localTime(t.dueAt) + (t.dueAt < now ? Tr::tr(" (due)") : QString()),
                            toKey(t.kind), t.candidateName, t.campaignName, OutputFormatter::oneLine(t.title),
                            t.kind == StepKind::Call ? t.phone : t.linkedinUrl, t.owner};
    out.printTable({Tr::tr("ID"), Tr::tr("Due"), Tr::tr("Kind"), Tr::tr("Candidate"), Tr::tr("Campaign"), Tr::tr("Task"),
                    Tr::tr("Phone/LinkedIn"), Tr::tr("Owner")},
                   rows);
    return ExitOk;
}

int tasksFinish(Context &ctx, const QStringList &args, bool done)
{
    const QString command = done ? QStringLiteral("tasks done") : QStringLiteral("tasks skip");
    CommandLine cl(ctx, command, QStringLiteral("ID"),
                   done ? Tr::tr("Marks a task done: logs the activity (message sent, call made, with the outcome) and "
                                 "moves the candidate on to the next step. Outcomes: calls connected, voicemail, "
                                 "noAnswer, wrongNumber; LinkedIn sent, accepted, notAvailable; others done.")
                        : Tr::tr("Skips a task: nothing is logged; the candidate moves on to the next step."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The task's id ('sourcedesk-cli tasks' lists them)."));
    if (done)
        cl.addOption(QCommandLineOption(QStringLiteral("outcome"), Tr::tr("How it went."), Tr::tr("OUTCOME")));
    cl.addOption(QCommandLineOption(QStringLiteral("note"), Tr::tr("A note kept with the task (and the activity)."),
                                    Tr::tr("TEXT")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = idArgument(cl, cl.positional().constFirst(), QStringLiteral("ID"), Tr::tr("a task id"));
    if (!id)
        return ctx.fail(id.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    TaskRepository tasks(ctx.workspace());
    auto before = tasks.get(*id);
    if (!before.ok())
        return ctx.fail(dataError(before.error(), QStringLiteral("ID")));
    QString outcome = done ? cl.value(QStringLiteral("outcome")).trimmed() : QString();
    if (done && !outcome.isEmpty()) {
        const QStringList allowed = outreach::outcomesFor(before->kind);
        const auto match = std::find_if(allowed.cbegin(), allowed.cend(),
                                        [&](const QString &o) { return o.compare(outcome, Qt::CaseInsensitive) == 0; });
        if (match == allowed.cend())
            return ctx.fail(cl.usage(Tr::tr("--outcome of a %1 task must be one of %2, not '%3'.")
                                         .arg(toKey(before->kind), allowed.join(QStringLiteral(", ")), outcome),
                                     QStringLiteral("--outcome")));
        outcome = *match;
    }
    if (Status s = outreach::completeTask(ctx.workspace(), *id, done ? TaskState::Done : TaskState::Skipped,
                                          nonNull(outcome), nonNull(cl.value(QStringLiteral("note"))), ctx.actor(),
                                          QDateTime::currentDateTimeUtc()))
        return ctx.fail(dataError(*s, s->where == QStringLiteral("outcome") ? QStringLiteral("--outcome") : QStringLiteral("ID")));
    auto after = tasks.get(*id);
    if (ctx.output().json()) {
        QJsonObject t = taskJson(after.ok() ? *after : *before);
        t.insert(QStringLiteral("state"), done ? QStringLiteral("done") : QStringLiteral("skipped"));
        t.insert(QStringLiteral("outcome"), after.ok() ? after->outcome : outcome);
        t.insert(QStringLiteral("activityId"), after.ok() && after->activityId > 0 ? QJsonValue(after->activityId) : QJsonValue());
        ctx.output().printJson({{QStringLiteral("task"), t}});
    } else {
        ctx.output().print(done ? Tr::tr("Done: %1.").arg(before->title) : Tr::tr("Skipped: %1.").arg(before->title));
    }
    return ExitOk;
}

int runGroup(Context &ctx, const QStringList &args, const QString &group, const QStringList &subs,
             const QString &defaultSub, const QString &help,
             const std::function<int(const QString &, const QStringList &)> &dispatch)
{
    // The first word that is neither an option nor an option's value ('tasks --limit 5').
    static const QStringList withValue{QStringLiteral("--limit"), QStringLiteral("--state"), QStringLiteral("--workspace")};
    QStringList rest = args;
    QString sub = takeGroupSubcommand(rest, withValue);
    if (printGroupHelp(ctx, sub, rest, help))
        return ExitOk;
    if (sub.isEmpty())
        sub = defaultSub;
    if (subs.contains(sub))
        return dispatch(sub, rest);
    if (rest.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    if (sub.isEmpty())
        return ctx.fail(usageError(Tr::tr("'%1' needs a subcommand: %2. See 'sourcedesk-cli %1 --help'.")
                                       .arg(group, subs.join(QStringLiteral(", ")))));
    return ctx.fail(usageError(Tr::tr("Unknown subcommand '%1 %2'; accepted: %3. See 'sourcedesk-cli %1 --help'.")
                                   .arg(group, sub, subs.join(QStringLiteral(", "))),
                               sub));
}

} // namespace

int runOutreach(Context &ctx, const QStringList &args)
{
    const QString help = Tr::tr(
        "Usage: sourcedesk-cli outreach run|queue|resend|give-up [arguments] [options]\n"
        "\n"
        "  run [--once] [--watch SECONDS] [--no-send] [--no-poll] [--max-send N] [--secret-env VAR]\n"
        "                      Read replies, schedule due steps, send due emails. --watch repeats until\n"
        "                      SIGINT/SIGTERM. Exit 1 when a mailbox error stopped it.\n"
        "  queue [--state STATE] [--limit N]\n"
        "                      The send queue, newest first. STATE: %1.\n"
        "  resend ID           Send a failed or uncertain email again.\n"
        "  give-up ID          Never send a failed or uncertain email.\n"
        "\n"
        "Run 'sourcedesk-cli outreach <subcommand> --help' for details.\n")
                             .arg(emailStateKeys().join(QStringLiteral(", ")));
    return runGroup(ctx, args, QStringLiteral("outreach"),
                    {QStringLiteral("run"), QStringLiteral("queue"), QStringLiteral("resend"), QStringLiteral("give-up")},
                    {}, help, [&](const QString &sub, const QStringList &rest) {
                        if (sub == QStringLiteral("run"))
                            return runOutreachRun(ctx, rest);
                        if (sub == QStringLiteral("queue"))
                            return queueList(ctx, rest);
                        return decide(ctx, rest, sub == QStringLiteral("resend"));
                    });
}

int runDnc(Context &ctx, const QStringList &args)
{
    const QString help = Tr::tr("Usage: sourcedesk-cli dnc add|list|remove [arguments] [options]\n"
                                "\n"
                                "  add (--email E | --domain D) [--reason R]\n"
                                "                      Never enroll or email this address or domain.\n"
                                "  list                The list, emails first.\n"
                                "  remove ID           Take an entry off the list.\n");
    return runGroup(ctx, args, QStringLiteral("dnc"), {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")},
                    {}, help, [&](const QString &sub, const QStringList &rest) {
                        if (sub == QStringLiteral("add"))
                            return dncAdd(ctx, rest);
                        if (sub == QStringLiteral("list"))
                            return dncList(ctx, rest);
                        return dncRemove(ctx, rest);
                    });
}

int runTasks(Context &ctx, const QStringList &args)
{
    const QString help = Tr::tr("Usage: sourcedesk-cli tasks [list|done|skip] [arguments] [options]\n"
                                "\n"
                                "  [list] [--all-owners] [--limit N]\n"
                                "                      Your open tasks from sequences, overdue first.\n"
                                "  done ID [--outcome O] [--note N]\n"
                                "                      Log the activity and move the candidate on.\n"
                                "  skip ID [--note N]  Move the candidate on without logging anything.\n");
    return runGroup(ctx, args, QStringLiteral("tasks"), {QStringLiteral("list"), QStringLiteral("done"), QStringLiteral("skip")},
                    QStringLiteral("list"), help, [&](const QString &sub, const QStringList &rest) {
                        if (sub == QStringLiteral("list"))
                            return tasksList(ctx, rest);
                        return tasksFinish(ctx, rest, sub == QStringLiteral("done"));
                    });
}

} // namespace sd::cli
