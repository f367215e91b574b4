// outbox [list] | retry | skip | show: the writes to SmartRecruiters waiting, sent, or needing the
// recruiter. Nothing here talks to SmartRecruiters; 'sourcedesk-cli sync' sends.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Outbox.h"
#include "SyncSupport.h"
#include "Tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd::cli {

namespace {

using sync::JobState;
using sync::Outbox;
using sync::OutboxJob;

QString pretty(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

int list(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("outbox list"), {},
        Tr::tr("The writes to SmartRecruiters in the outbox, newest first, with the counts per state."));
    cl.addOption(QCommandLineOption(QStringLiteral("state"),
                                    Tr::tr("Only jobs in this state (repeat or separate with commas): %1.")
                                        .arg(jobStateKeys().join(QStringLiteral(", "))),
                                    Tr::tr("STATE")));
    cl.addOption(QCommandLineOption(QStringLiteral("candidate"), Tr::tr("Only the jobs of this candidate."),
                                    Tr::tr("ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"),
                                    Tr::tr("At most this many jobs (1–10000, default 50)."), Tr::tr("N")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    sync::OutboxQuery query;
    for (const QString &value : cl.values(QStringLiteral("state"))) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            JobState state = JobState::Pending;
            if (!parseJobState(part, &state))
                return ctx.fail(cl.usage(Tr::tr("--state must be one of %1, not '%2'.")
                                             .arg(jobStateKeys().join(QStringLiteral(", ")), part.trimmed()),
                                         QStringLiteral("--state")));
            if (!query.states.contains(state))
                query.states << state;
        }
    }
    if (cl.isSet(QStringLiteral("candidate"))) {
        auto id = parseId(cl.value(QStringLiteral("candidate")), QStringLiteral("--candidate"));
        if (!id.ok())
            return ctx.fail(id.error());
        query.candidateId = id.value();
    }
    auto limit = cl.intOption(QStringLiteral("limit"), 50, 1, 10000);
    if (!limit)
        return ctx.fail(limit.error());
    query.limit = limit.value();
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    Outbox outbox(ctx.workspace());
    auto jobs = outbox.list(query);
    if (!jobs.ok())
        return ctx.fail(fromError(jobs.error(), ErrorSource::Data));
    auto counts = outbox.counts();
    if (!counts.ok())
        return ctx.fail(fromError(counts.error(), ErrorSource::Data));

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const OutboxJob &j : jobs.value())
            rows.append(jobJson(j));
        out.printJson(
            {{QStringLiteral("jobs"), rows}, {QStringLiteral("counts"), countsJson(counts.value())}});
        return ExitOk;
    }
    if (jobs->isEmpty()) {
        out.print(query.states.isEmpty() && !query.candidateId ? Tr::tr("The outbox is empty.")
                                                               : Tr::tr("No jobs match."));
    } else {
        QList<QStringList> rows;
        for (const OutboxJob &j : jobs.value())
            rows << jobRow(j);
        out.printTable(jobHeaders(), rows);
    }
    out.print(Tr::tr("Outbox: %1.").arg(countsText(counts.value())));
    if (counts->needsAttention > 0)
        out.print(
            Tr::tr("'sourcedesk-cli outbox show ID' says what to do; 'outbox retry ID' or 'outbox skip ID' "
                   "decides."));
    return ExitOk;
}

// retry and skip: each id on its own; the ones that cannot be changed are reported together.
int decide(Context &ctx, const QStringList &args, bool retry)
{
    const QString command = retry ? QStringLiteral("outbox retry") : QStringLiteral("outbox skip");
    CommandLine cl(
        ctx, command, QStringLiteral("ID..."),
        retry ? Tr::tr("Send these jobs again at the next 'sourcedesk-cli sync' (jobs that wait or need "
                       "attention).")
              : Tr::tr("Give up on these jobs: they are never sent; the candidate's later jobs go ahead."));
    cl.addPositional(QStringLiteral("ID..."), Tr::tr("Outbox job ids ('sourcedesk-cli outbox' lists them)."));
    if (auto rc = cl.parse(args, 1, -1))
        return *rc;
    QList<qint64> ids;
    for (const QString &text : cl.positional()) {
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return ctx.fail(cl.usage(
                    Tr::tr("ID must be an outbox job id (a positive whole number), not '%1'.").arg(part),
                    QStringLiteral("ID")));
            if (!ids.contains(id))
                ids << id;
        }
    }
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    Outbox outbox(ctx.workspace());
    QList<qint64> changed;
    QList<std::pair<qint64, CliError>> failures;
    for (qint64 id : std::as_const(ids)) {
        const Status s = retry ? outbox.retry(id) : outbox.skip(id, ctx.actor());
        if (!s) {
            changed << id;
            continue;
        }
        CliError e = fromError(*s, ErrorSource::Data);
        e.where = QString::number(id);
        failures.append({id, e});
    }

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray refused;
        for (const auto &[id, e] : std::as_const(failures))
            refused.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("code"), e.code},
                                       {QStringLiteral("message"), e.message}});
        out.printJson({{retry ? QStringLiteral("retried") : QStringLiteral("skipped"), json::ids(changed)},
                       {QStringLiteral("refused"), refused}});
    } else if (!changed.isEmpty()) {
        QStringList text;
        for (qint64 id : std::as_const(changed))
            text << QString::number(id);
        out.print(
            retry ? Tr::tr("Job(s) %1 will be sent again by the next 'sourcedesk-cli sync'.")
                        .arg(text.join(QStringLiteral(", ")))
                  : Tr::tr("Skipped job(s) %1; they will not be sent.").arg(text.join(QStringLiteral(", "))));
    }
    if (failures.isEmpty())
        return ExitOk;
    // One refusal: its own code (3 not found, 6 not in a state that allows it). Several or some
    // done: 1, with every reason.
    const CliError &first = failures.constFirst().second;
    if (failures.size() == 1 && changed.isEmpty())
        return ctx.fail(first);
    QStringList reasons;
    for (const auto &failure : std::as_const(failures))
        reasons << failure.second.message;
    CliError e{
        changed.isEmpty() ? first.exitCode : int(ExitPartial),
        changed.isEmpty() ? first.code : QStringLiteral("partial"),
        reasons.join(u' ') + u' ' +
            (changed.isEmpty() ? Tr::tr("Nothing was changed.") : Tr::tr("The other jobs were changed.")),
        QStringLiteral("ID")};
    return ctx.fail(e);
}

int show(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("outbox show"), QStringLiteral("ID"),
                   Tr::tr("One outbox job: what it sends, what came back, what went wrong and what to do."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The outbox job id."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    bool ok = false;
    const qint64 id = cl.positional().constFirst().trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(cl.usage(Tr::tr("ID must be an outbox job id (a positive whole number), not '%1'.")
                                     .arg(cl.positional().constFirst()),
                                 QStringLiteral("ID")));
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto job = Outbox(ctx.workspace()).get(id);
    if (!job.ok()) {
        CliError e = fromError(job.error(), ErrorSource::Data);
        e.where = QStringLiteral("ID");
        return ctx.fail(e);
    }
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("job"), jobJson(job.value())}});
        return ExitOk;
    }
    const OutboxJob &j = job.value();
    QString whatToDo = j.userAction;
    if (whatToDo.isEmpty()) {
        switch (j.state) {
        case JobState::NeedsAttention:
            whatToDo = Tr::tr("Fix the cause, then 'sourcedesk-cli outbox retry %1'; or 'outbox skip %1'.")
                           .arg(j.id);
            break;
        case JobState::Retrying:
            whatToDo = Tr::tr("Nothing: it is tried again automatically; 'sourcedesk-cli sync' sends it.");
            break;
        case JobState::Pending:
            whatToDo = Tr::tr("Run 'sourcedesk-cli sync' to send it.");
            break;
        case JobState::Held:
            whatToDo = Tr::tr("Nothing: it waits until the candidate exists in SmartRecruiters.");
            break;
        default:
            break;
        }
    }
    QString attempts = QString::number(j.attempts);
    if (j.mustVerify())
        attempts += u' ' + Tr::tr("(the last attempt may have arrived; it is checked before a resend)");
    out.printFields({
        {Tr::tr("Job"), QString::number(j.id)},
        {Tr::tr("Kind"), sync::jobKindLabel(j.kind) + QStringLiteral(" (") + sync::toKey(j.kind) + u')'},
        {Tr::tr("State"), sync::jobStateLabel(j.state)},
        {Tr::tr("Candidate"), QString::number(j.candidateId)},
        {Tr::tr("Campaign"), j.campaignId > 0 ? QString::number(j.campaignId) : QString()},
        {Tr::tr("Attempts"), attempts},
        {Tr::tr("Next try"),
         j.state == JobState::Retrying ? OutputFormatter::localTime(j.notBefore) : QString()},
        {Tr::tr("Queued"), Tr::tr("%1 by %2").arg(OutputFormatter::localTime(j.createdAt), j.createdBy)},
        {Tr::tr("Updated"), OutputFormatter::localTime(j.updatedAt)},
        {Tr::tr("Finished"), OutputFormatter::localTime(j.doneAt)},
        {Tr::tr("Correlation"), j.correlationId},
        // On a shared workspace: which member's app is sending it.
        {Tr::tr("Sent by"), j.state == JobState::InFlight && !j.claimedBy.isEmpty()
                                ? Tr::tr("%1 (lease until %2)").arg(j.claimedBy, OutputFormatter::localTime(j.leaseUntil))
                                : QString()},
        {Tr::tr("Error"),
         j.errorCode.isEmpty() ? j.errorMessage : QStringLiteral("%1 (%2)").arg(j.errorMessage, j.errorCode)},
        {Tr::tr("What to do"), whatToDo},
    });
    if (!j.payload.isEmpty()) {
        out.print();
        out.print(Tr::tr("Payload:"));
        out.print(pretty(j.payload));
    }
    if (!j.result.isEmpty()) {
        out.print();
        out.print(Tr::tr("Result:"));
        out.print(pretty(j.result));
    }
    return ExitOk;
}

QString groupHelp()
{
    return Tr::tr("Usage: sourcedesk-cli outbox [list|retry|show|skip] [arguments] [options]\n"
                  "\n"
                  "  [list] [--state STATE] [--candidate ID] [--limit N]\n"
                  "                                     Jobs newest first, and the counts per state.\n"
                  "  show ID                            Payload, result, error and what to do.\n"
                  "  retry ID...                        Send again at the next 'sourcedesk-cli sync'.\n"
                  "  skip ID...                         Never send; the candidate's later jobs go ahead.\n"
                  "\n"
                  "STATE: %1.\n"
                  "Run 'sourcedesk-cli outbox <subcommand> --help' for details.\n")
        .arg(jobStateKeys().join(QStringLiteral(", ")));
}

} // namespace

int runOutbox(Context &ctx, const QStringList &args)
{
    const QStringList subcommands{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("retry"),
                                  QStringLiteral("skip")};
    if (args.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    // 'outbox' alone, or with options only, lists. The first word that is not an option nor an
    // option's value is the subcommand.
    const QStringList withValue{QStringLiteral("--state"), QStringLiteral("--candidate"),
                                QStringLiteral("--limit"), QStringLiteral("--workspace")};
    QStringList rest = args;
    const QString sub = takeGroupSubcommand(rest, withValue);
    if (printGroupHelp(ctx, sub, rest, groupHelp()))
        return ExitOk;
    if (sub.isEmpty() || sub == QStringLiteral("list"))
        return list(ctx, rest);
    if (sub == QStringLiteral("show"))
        return show(ctx, rest);
    if (sub == QStringLiteral("retry"))
        return decide(ctx, rest, true);
    if (sub == QStringLiteral("skip"))
        return decide(ctx, rest, false);
    return ctx.fail(
        usageError(Tr::tr("Unknown subcommand 'outbox %1'; accepted: %2. See 'sourcedesk-cli outbox --help'.")
                       .arg(sub, subcommands.join(QStringLiteral(", "))),
                   sub));
}

} // namespace sd::cli
