// sync | push: send the outbox to SmartRecruiters with the same engine as the app, and pull the
// hiring stages back. The outbox is durable: Ctrl+C, a timeout or a lost connection lose nothing;
// jobs in flight finish first, the rest wait for the next run.
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "Interrupt.h"
#include "JsonShapes.h"
#include "Outbox.h"
#include "StageSync.h"
#include "SyncEngine.h"
#include "SyncPlanner.h"
#include "SyncSupport.h"
#include "Tr.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace sd::cli {

namespace {

using sync::JobState;
using sync::Outbox;
using sync::OutboxJob;

constexpr int kFinishInFlightMs = 120000;

struct RunOptions
{
    bool wait = false;
    int timeoutMs = 600000;
    QSet<qint64> candidates; // only wait for these (all when empty)
};

struct RunReport
{
    int sent = 0;     // done
    int finished = 0; // done, needs attention or held
    int attention = 0;
    QStringList problems;
    bool timedOut = false;
    bool interrupted = false;
    bool lost = false;
    OutboxView view; // at the end
};

// "Sent 12/40 …" on stderr: rewritten in place on a terminal, else a line per tenth.
class ProgressLine
{
public:
    ProgressLine(Context &ctx)
        : m_ctx(ctx)
        , m_terminal(ctx.environment().stderrIsTty)
    {}

    void update(const RunReport &r, int remaining)
    {
        const int total = r.finished + remaining;
        if (total <= 0 || (m_ctx.output().json() && !m_terminal))
            return;
        QString line = Tr::tr("Sent %1/%2 …").arg(r.finished).arg(total);
        if (r.attention > 0)
            line += u' ' + Tr::tr("(needing attention: %1)").arg(r.attention);
        if (m_terminal) {
            m_ctx.output().progress(line, true);
            return;
        }
        const int tenth = r.finished * 10 / total;
        if (tenth <= m_lastTenth)
            return;
        m_lastTenth = tenth;
        m_ctx.output().progress(line, false);
    }
    void finish() { m_ctx.output().finishProgress(); }

private:
    Context &m_ctx;
    bool m_terminal;
    int m_lastTenth = 0;
};

// Runs the engine until nothing is ready to send (or, with `wait`, until every job that can go
// went), the time is up, Ctrl+C or the connection is lost; then lets the jobs in flight finish.
Status runEngine(Context &ctx, SrSession &session, const RunOptions &options, RunReport &report)
{
    ProgressLine progress(ctx);
    Status failure;
    int remaining = 0;
    const auto refresh = [&] {
        auto view = outboxView(ctx.workspace(), options.candidates);
        if (!view) {
            failure = view.error();
            return false;
        }
        report.view = view.value();
        remaining = view->waiting;
        return true;
    };
    if (!refresh())
        return failure;
    QElapsedTimer sinceRefresh;
    sinceRefresh.start();
    // Declared after what its handlers use, so it goes first.
    sync::SyncEngine engine(ctx.sharedWorkspace(), session.client(), ctx.actor());
    QObject::connect(
        &engine, &sync::SyncEngine::jobFinished, &engine, [&](qint64, JobState state, const QString &) {
            switch (state) {
            case JobState::Done:
                ++report.sent;
                ++report.finished;
                break;
            case JobState::NeedsAttention:
                ++report.attention;
                ++report.finished;
                break;
            case JobState::Held:
                ++report.finished;
                break;
            default:
                break;
            }
            // Reading the whole outbox after every job would be quadratic on a big
            // bulk push: count down, and look again a few times a second.
            if (state == JobState::Done || state == JobState::NeedsAttention || state == JobState::Held)
                remaining = qMax(0, remaining - 1);
            if (sinceRefresh.elapsed() >= 500) {
                sinceRefresh.restart();
                refresh();
            }
            progress.update(report, remaining);
        });
    QObject::connect(&engine, &sync::SyncEngine::problem, &engine, [&](const QString &message) {
        if (!report.problems.contains(message))
            report.problems << message;
    });

    InterruptScope interrupt;
    engine.start();
    progress.update(report, remaining);
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    bool reached = false; // once reached, stays reached (waitFor asks again at the end)
    const auto done = [&] {
        if (reached || failure)
            return true;
        if (!engine.isIdle())
            return false;
        if (!options.wait)
            return reached = true;
        // Idle while jobs wait for a retry: look at the outbox now and then, not on every tick.
        if (sinceCheck.elapsed() < 200)
            return false;
        sinceCheck.restart();
        reached = !refresh() || remaining == 0;
        return reached;
    };
    const bool finished =
        waitFor(done, options.timeoutMs, [&] { return interrupt.interrupted() || session.lost(); });
    report.interrupted = interrupt.interrupted();
    report.lost = session.lost();
    report.timedOut = !finished && !report.interrupted && !report.lost;
    engine.stop();
    // Jobs in flight finish (or fail) normally; nothing is cut off halfway.
    Outbox outbox(ctx.workspace());
    waitFor(
        [&] {
            auto counts = outbox.counts();
            return !counts || counts->inFlight == 0;
        },
        kFinishInFlightMs);
    progress.finish();
    refresh();
    return failure;
}

// The hiring stages back from SmartRecruiters, when stage sync is on.
struct StageOutcome
{
    bool ran = false;
    bool ok = true;
    bool interrupted = false;
    QJsonObject summary;
    QStringList errors;
    int updated = 0;
    int drift = 0;
};

StageOutcome pullStages(Context &ctx, SrSession &session, const sync::ResolvedSettings &settings)
{
    StageOutcome outcome;
    if (!settings.flag(QLatin1StringView(sync::key::StageSyncEnabled)))
        return outcome;
    stagesync::StageSyncConfig config;
    config.since = settings.date(QLatin1StringView(sync::key::StageSyncSince));
    config.onlyNewApplications = settings.flag(QLatin1StringView(sync::key::StageSyncOnlyNewApplications));
    const QTimeZone zone(settings.text(QLatin1StringView(sync::key::StageSyncTimeZone)).toUtf8());
    if (zone.isValid())
        config.zone = zone;
    stagesync::StageSync stages(ctx.workspace(), session.client());
    std::optional<stagesync::StageSyncReport> result;
    QObject::connect(&stages, &stagesync::StageSync::finished, &stages,
                     [&](const stagesync::StageSyncReport &r) { result = r; });
    InterruptScope interrupt;
    stages.run(config);
    if (!waitFor([&] { return result.has_value(); }, 600000, [&] { return interrupt.interrupted(); })) {
        stages.cancel();
        waitFor([&] { return result.has_value(); }, 60000);
    }
    outcome.ran = true;
    outcome.interrupted = interrupt.interrupted();
    if (!result) {
        outcome.ok = false;
        outcome.errors << Tr::tr("The stage sync did not finish in time.");
        return outcome;
    }
    outcome.ok = result->ok && !result->cancelled;
    outcome.summary = result->summary();
    outcome.errors = result->errors;
    outcome.updated = int(result->updated.size());
    outcome.drift = int(result->drift.size());
    return outcome;
}

// Prints the end of a run and returns the exit code: 130 after Ctrl+C, 7 when SmartRecruiters
// could not be reached (jobs left retrying, connection lost, stage pull failed), 1 when jobs need
// attention, else 0.
int finishRun(Context &ctx, const RunReport &r, const StageOutcome &stages, bool waited,
              const QJsonObject &extra = {})
{
    OutputFormatter &out = ctx.output();
    // A job left retrying failed in a way that passes (network, rate limit, server error).
    const QList<OutboxJob> &unreached = r.view.retrying;
    const bool interrupted = r.interrupted || stages.interrupted;
    const bool remoteTrouble = r.lost || !unreached.isEmpty() || (stages.ran && !stages.ok);
    if (out.json()) {
        QJsonArray attention, retrying;
        for (const OutboxJob &j : r.view.attention)
            attention.append(jobJson(j));
        for (const OutboxJob &j : r.view.retrying)
            retrying.append(jobJson(j));
        QJsonObject o{{QStringLiteral("sent"), r.sent},
                      {QStringLiteral("needsAttention"), attention},
                      {QStringLiteral("retrying"), retrying},
                      {QStringLiteral("waiting"), r.view.waiting},
                      {QStringLiteral("heldBack"), r.view.heldBack},
                      {QStringLiteral("timedOut"), r.timedOut},
                      {QStringLiteral("interrupted"), interrupted},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                      {QStringLiteral("stageSync"), stages.ran ? QJsonValue(stages.summary) : QJsonValue()}};
        auto counts = Outbox(ctx.workspace()).counts();
        if (counts)
            o.insert(QStringLiteral("counts"), countsJson(counts.value()));
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        out.printJson(o);
    } else {
        out.print(r.sent > 0 ? Tr::tr("Sent %n job(s) to SmartRecruiters.", nullptr, r.sent)
                             : Tr::tr("Nothing was sent."));
        if (!r.view.attention.isEmpty()) {
            out.print(Tr::tr("%n job(s) need attention:", nullptr, int(r.view.attention.size())));
            QList<QStringList> rows;
            for (const OutboxJob &j : r.view.attention)
                rows << jobRow(j);
            out.printTable(jobHeaders(), rows);
            if (r.view.heldBack > 0)
                out.print(Tr::tr("%n later job(s) of the same candidates wait behind them.", nullptr,
                                 r.view.heldBack));
        }
        if (!r.view.retrying.isEmpty())
            out.print(Tr::tr("%n job(s) will be tried again; the next is due at %1.", nullptr,
                             int(r.view.retrying.size()))
                          .arg(OutputFormatter::localTime(r.view.retrying.constFirst().notBefore)));
        if (r.view.waiting > 0 && !waited && !interrupted)
            out.print(Tr::tr("%n job(s) still wait; 'sourcedesk-cli sync --wait' sends them all.", nullptr,
                             r.view.waiting));
        if (stages.ran && stages.ok)
            out.print(Tr::tr("Stages pulled from SmartRecruiters: %n member status(es) updated", nullptr,
                             stages.updated) +
                      (stages.drift > 0
                           ? u' ' + Tr::tr("(%n member(s) differ from SmartRecruiters and wait for review)",
                                           nullptr, stages.drift)
                           : QString()) +
                      u'.');
    }
    for (const QString &p : r.problems)
        out.printWarning(p);
    if (interrupted)
        return ctx.fail(
            {ExitCancelled, QStringLiteral("cancelled"),
             Tr::tr(
                 "Stopped: the jobs in flight finished; %n job(s) wait for the next 'sourcedesk-cli sync'.",
                 nullptr, r.view.waiting),
             QString()});
    if (remoteTrouble) {
        QString why;
        if (r.lost)
            why = Tr::tr("The connection to SmartRecruiters was lost.");
        else if (!unreached.isEmpty())
            why = Tr::tr("SmartRecruiters could not be reached for %n job(s): %1", nullptr,
                         int(unreached.size()))
                      .arg(unreached.constFirst().errorMessage);
        else
            why = Tr::tr("Pulling the stages failed: %1").arg(stages.errors.join(QStringLiteral("; ")));
        return ctx.fail(remoteError(why + u' ' + Tr::tr("Nothing is lost; run the command again later.")));
    }
    if (!r.view.attention.isEmpty())
        return ctx.fail(
            {ExitPartial, QStringLiteral("partial"),
             Tr::tr("%n job(s) need attention; 'sourcedesk-cli outbox show ID' says what to do, then "
                    "'outbox retry ID' or 'outbox skip ID'.",
                    nullptr, int(r.view.attention.size())),
             QStringLiteral("outbox")});
    if (r.timedOut)
        return ctx.fail(
            remoteError(Tr::tr("%n job(s) were not sent within the time given (--timeout); they wait for "
                               "the next 'sourcedesk-cli sync'.",
                               nullptr, r.view.waiting),
                        QStringLiteral("--timeout")));
    return ExitOk;
}

void addTimeout(CommandLine &cl)
{
    cl.addOption(
        QCommandLineOption(QStringLiteral("timeout"),
                           Tr::tr("Stop waiting after this many seconds (1–86400, default 600); what is not "
                                  "sent waits for the next run."),
                           Tr::tr("SECONDS")));
}

int syncCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("sync"), {},
        Tr::tr("Send the outbox to SmartRecruiters, then pull the hiring stages back when stage sync is on. "
               "Exit 0 when nothing needs attention, 1 when jobs need attention, 7 when SmartRecruiters "
               "cannot be reached."));
    cl.addOption(
        QCommandLineOption(QStringLiteral("push-only"), Tr::tr("Only send; do not pull the stages.")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("wait"),
        Tr::tr("Keep going until every job that can be sent was sent (jobs that fail for a "
               "while are retried), or the time is up.")));
    addTimeout(cl);
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    auto timeout = cl.intOption(QStringLiteral("timeout"), 600, 1, 86400);
    if (!timeout)
        return ctx.fail(timeout.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    SrSession session;
    if (auto rc = session.open(ctx))
        return *rc;
    RunOptions options;
    options.wait = cl.isSet(QStringLiteral("wait"));
    options.timeoutMs = timeout.value() * 1000;
    RunReport report;
    if (Status s = runEngine(ctx, session, options, report))
        return ctx.fail(fromError(*s, ErrorSource::Workspace));
    StageOutcome stages;
    if (!cl.isSet(QStringLiteral("push-only")) && !report.interrupted && !report.lost) {
        auto settings = resolveSettings(ctx, ctx.actor());
        if (!settings.ok())
            return ctx.fail(settings.error());
        stages = pullStages(ctx, session, settings.value());
    }
    return finishRun(ctx, report, stages, options.wait);
}

int push(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("push"), QStringLiteral("CANDIDATE... --campaign C"),
        Tr::tr("Push candidates to SmartRecruiters now, whatever the create trigger says (unless it is "
               "\"Don't add\"), on the campaign's job, and wait until their jobs are sent."));
    cl.addPositional(QStringLiteral("CANDIDATE..."), Tr::tr("Candidate ids."));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"), Tr::tr("The campaign they are pushed from."),
                                    Tr::tr("NAME|ID")));
    addTimeout(cl);
    if (auto rc = cl.parse(args, 1, -1))
        return *rc;
    if (!cl.isSet(QStringLiteral("campaign")))
        return ctx.fail(cl.usage(Tr::tr("'push' needs --campaign NAME|ID."), QStringLiteral("--campaign")));
    auto ids = parseIds(cl.positional(), QStringLiteral("CANDIDATE"));
    if (!ids.ok())
        return ctx.fail(ids.error());
    auto timeout = cl.intOption(QStringLiteral("timeout"), 600, 1, 86400);
    if (!timeout)
        return ctx.fail(timeout.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());
    CampaignRepository campaigns(ctx.workspace());
    QList<qint64> members;
    QStringList problems;
    for (qint64 id : std::as_const(ids.value())) {
        auto member = campaigns.member(campaign->id, id);
        if (!member.ok())
            return ctx.fail(fromError(member.error(), ErrorSource::Data));
        if (member.value())
            members << id;
        else if (ctx.candidate(id).ok())
            problems << Tr::tr("candidate %1 is not in campaign '%2'").arg(id).arg(campaign->name);
        else
            problems << Tr::tr("no candidate %1").arg(id);
    }
    if (members.isEmpty())
        return ctx.fail(notFoundError(problems.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                                          Tr::tr("Nothing was pushed."),
                                      QStringLiteral("CANDIDATE")));
    auto plan = sync::SyncPlanner(ctx.sharedWorkspace(), ctx.actor()).pushNow(campaign->id, members);
    if (!plan.ok())
        return ctx.fail(fromError(plan.error(), ErrorSource::Data));
    if (!ctx.output().json()) {
        ctx.output().print(Tr::tr("Queued %n job(s) for SmartRecruiters.", nullptr, plan->queued));
        for (const QString &reason : plan->reasons)
            ctx.output().print(QStringLiteral("  ") + reason);
    }
    RunOptions options;
    options.wait = true;
    options.timeoutMs = timeout.value() * 1000;
    options.candidates = QSet<qint64>(members.cbegin(), members.cend());
    RunReport report;
    // Nothing to send for them (the settings say "Don't add"): no need to reach SmartRecruiters.
    auto before = outboxView(ctx.workspace(), options.candidates);
    if (!before.ok())
        return ctx.fail(fromError(before.error(), ErrorSource::Workspace));
    if (before->waiting > 0 || !before->attention.isEmpty()) {
        SrSession session;
        if (auto rc = session.open(ctx))
            return *rc;
        if (Status s = runEngine(ctx, session, options, report))
            return ctx.fail(fromError(*s, ErrorSource::Workspace));
    } else {
        report.view = before.value();
    }
    const QJsonObject planned{
        {QStringLiteral("campaign"),
         QJsonObject{{QStringLiteral("id"), campaign->id}, {QStringLiteral("name"), campaign->name}}},
        {QStringLiteral("candidates"), json::ids(members)},
        {QStringLiteral("queued"), plan->queued},
        {QStringLiteral("held"), plan->held},
        {QStringLiteral("skipped"), plan->skipped},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(plan->reasons)}};
    const int rc = finishRun(ctx, report, StageOutcome{}, true, planned);
    if (rc == ExitOk && plan->skipped > 0) {
        for (QString reason : plan->reasons) {
            while (reason.endsWith(u'.'))
                reason.chop(1);
            problems << reason;
        }
    }
    if (rc == ExitOk && !problems.isEmpty())
        return ctx.fail(
            {ExitPartial, QStringLiteral("partial"),
             problems.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                 (plan->queued > 0 || report.sent > 0 ? Tr::tr("The other candidates were pushed.")
                                                      : Tr::tr("Nothing was pushed.")),
             QStringLiteral("CANDIDATE")});
    return rc;
}

} // namespace

int runSync(Context &context, const QStringList &args)
{
    return syncCommand(context, args);
}
int runPush(Context &context, const QStringList &args)
{
    return push(context, args);
}

} // namespace sd::cli
