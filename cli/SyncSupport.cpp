#include "SyncSupport.h"

#include "CommandLine.h"
#include "ConnectionManager.h"
#include "Context.h"
#include "JsonShapes.h"
#include "SettingsStore.h"
#include "Tr.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace sd::cli {

namespace {

using integration::ConnectionManager;
using State = ConnectionManager::State;

QString normalisedStateKey(QString text)
{
    text.remove(u'_');
    text.remove(u'-');
    return text.trimmed().toLower();
}

} // namespace

CliError remoteError(const QString &message, const QString &where)
{
    return {ExitRemote, QStringLiteral("remote"), message, where};
}

bool waitFor(const std::function<bool()> &done, int timeoutMs, const std::function<bool()> &stop)
{
    if (done())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs || (stop && stop()))
            loop.quit();
    });
    tick.start();
    loop.exec();
    return done();
}

SrSession::SrSession() = default;
SrSession::~SrSession() = default;

std::optional<int> SrSession::open(Context &ctx)
{
    return restore(ctx, true);
}

std::optional<int> SrSession::openIfConnected(Context &ctx)
{
    return restore(ctx, false);
}

std::optional<int> SrSession::restore(Context &ctx, bool required)
{
    m_manager = std::make_unique<ConnectionManager>(ctx.sharedWorkspace(), ctx.secretStore());
    const integration::ConnectionSettings s = m_manager->settings();
    if (!s.isConnected()) {
        if (!required)
            return std::nullopt;
        return ctx.fail(
            remoteError(Tr::tr("Not connected to SmartRecruiters. Run 'sourcedesk-cli connect' first.")));
    }
    if (!ctx.srApiUrl().isEmpty()) {
        const QUrl wanted(ctx.srApiUrl(), QUrl::StrictMode);
        if (wanted.adjusted(QUrl::StripTrailingSlash) != s.hosts.api.adjusted(QUrl::StripTrailingSlash))
            return ctx.fail(conflictError(
                Tr::tr("The workspace is connected to %1; run 'sourcedesk-cli disconnect' before "
                       "using another host.")
                    .arg(s.hosts.apiKey()),
                QStringLiteral("--sr-api-url")));
    }
    m_manager->restore();
    waitFor([&] { return m_manager->state() != State::Restoring; }, 30000);
    if (m_manager->state() != State::Connected) {
        const QString problem = m_manager->problem().isEmpty()
                                    ? Tr::tr("The connection could not be restored.")
                                    : m_manager->problem();
        return ctx.fail(remoteError(problem + u' ' + Tr::tr("Run 'sourcedesk-cli connect' again.")));
    }
    return std::nullopt;
}

bool SrSession::connected() const
{
    return m_manager && m_manager->state() == State::Connected && m_manager->client();
}

sr::ApiClient *SrSession::client() const
{
    return connected() ? m_manager->client() : nullptr;
}

bool SrSession::lost() const
{
    return m_manager && m_manager->settings().isConnected() && m_manager->state() != State::Connected;
}

QString SrSession::problem() const
{
    return m_manager ? m_manager->problem() : QString();
}

Result<OutboxView> outboxView(const Workspace &workspace, const QSet<qint64> &only)
{
    using sync::JobState;
    sync::Outbox outbox(workspace);
    sync::OutboxQuery query;
    query.limit = 1000000;
    query.states = {JobState::NeedsAttention};
    auto attention = outbox.list(query);
    if (!attention)
        return attention.error();
    query.states = {JobState::Pending, JobState::InFlight, JobState::Retrying};
    auto open = outbox.list(query);
    if (!open)
        return open.error();
    OutboxView view;
    QSet<qint64> blocked;
    for (const sync::OutboxJob &j : attention.value()) {
        if (only.isEmpty() || only.contains(j.candidateId)) {
            view.attention << j;
            blocked.insert(j.candidateId);
        }
    }
    for (const sync::OutboxJob &j : open.value()) {
        if (!only.isEmpty() && !only.contains(j.candidateId))
            continue;
        if (blocked.contains(j.candidateId)) {
            ++view.heldBack;
            continue;
        }
        ++view.waiting;
        if (j.state == JobState::Retrying)
            view.retrying << j;
    }
    return view;
}

QJsonObject jobJson(const sync::OutboxJob &job)
{
    return {
        {QStringLiteral("id"), job.id},
        {QStringLiteral("candidateId"), job.candidateId},
        {QStringLiteral("campaignId"), job.campaignId > 0 ? QJsonValue(job.campaignId) : QJsonValue()},
        {QStringLiteral("kind"), sync::toKey(job.kind)},
        {QStringLiteral("state"), sync::toKey(job.state)},
        {QStringLiteral("priority"), job.priority},
        {QStringLiteral("attempts"), job.attempts},
        {QStringLiteral("notBefore"), json::time(job.notBefore)},
        {QStringLiteral("correlationId"), job.correlationId},
        {QStringLiteral("mustVerify"), job.mustVerify()},
        {QStringLiteral("errorCode"), job.errorCode},
        {QStringLiteral("errorMessage"), job.errorMessage},
        {QStringLiteral("userAction"), job.userAction},
        {QStringLiteral("payload"), job.payload},
        {QStringLiteral("result"), job.result},
        {QStringLiteral("createdBy"), job.createdBy},
        {QStringLiteral("createdAt"), json::time(job.createdAt)},
        {QStringLiteral("updatedAt"), json::time(job.updatedAt)},
        {QStringLiteral("doneAt"), json::time(job.doneAt)},
        // Which app instance (host:pid:random) took the job last; the lease while it is in flight.
        {QStringLiteral("claimedBy"), job.claimedBy},
        {QStringLiteral("leaseUntil"), job.state == sync::JobState::InFlight ? json::time(job.leaseUntil) : QJsonValue()},
    };
}

QJsonObject countsJson(const sync::OutboxCounts &c)
{
    return {{QStringLiteral("pending"), c.pending},   {QStringLiteral("inFlight"), c.inFlight},
            {QStringLiteral("retrying"), c.retrying}, {QStringLiteral("needsAttention"), c.needsAttention},
            {QStringLiteral("held"), c.held},         {QStringLiteral("done"), c.done},
            {QStringLiteral("skipped"), c.skipped}};
}

QString countsText(const sync::OutboxCounts &c)
{
    using sync::JobState;
    const std::pair<JobState, int> parts[] = {
        {JobState::Pending, c.pending},   {JobState::InFlight, c.inFlight},
        {JobState::Retrying, c.retrying}, {JobState::NeedsAttention, c.needsAttention},
        {JobState::Held, c.held},         {JobState::Done, c.done},
        {JobState::Skipped, c.skipped}};
    QStringList out;
    for (const auto &[state, n] : parts) {
        if (n > 0)
            out << QStringLiteral("%1 %2").arg(n).arg(sync::jobStateLabel(state).toLower());
    }
    return out.isEmpty() ? Tr::tr("empty") : out.join(QStringLiteral(", "));
}

QStringList jobHeaders()
{
    return {Tr::tr("ID"),    Tr::tr("Candidate"), Tr::tr("Campaign"), Tr::tr("Kind"),
            Tr::tr("State"), Tr::tr("Tries"),     Tr::tr("Updated"),  Tr::tr("Problem")};
}

QStringList jobRow(const sync::OutboxJob &job)
{
    QString problem = job.errorMessage;
    if (job.state == sync::JobState::Retrying && job.notBefore.isValid())
        problem = Tr::tr("%1 (again at %2)").arg(problem, OutputFormatter::localTime(job.notBefore));
    return {QString::number(job.id),
            QString::number(job.candidateId),
            job.campaignId > 0 ? QString::number(job.campaignId) : QString(),
            sync::jobKindLabel(job.kind),
            sync::jobStateLabel(job.state),
            QString::number(job.attempts),
            OutputFormatter::localTime(job.updatedAt),
            OutputFormatter::oneLine(problem)};
}

QStringList jobStateKeys()
{
    using sync::JobState;
    QStringList keys;
    for (JobState s : {JobState::Pending, JobState::InFlight, JobState::Retrying, JobState::NeedsAttention,
                       JobState::Held, JobState::Done, JobState::Skipped})
        keys << sync::toKey(s);
    return keys;
}

bool parseJobState(const QString &text, sync::JobState *out)
{
    const QString wanted = normalisedStateKey(text);
    for (const QString &key : jobStateKeys()) {
        if (normalisedStateKey(key) == wanted)
            return sync::fromKey(key, out);
    }
    return false;
}

QString takeGroupSubcommand(QStringList &args, const QStringList &withValue)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (withValue.contains(args.at(i))) {
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(u'-'))
            return args.takeAt(i);
    }
    return {};
}

bool printGroupHelp(Context &ctx, const QString &sub, const QStringList &args, const QString &help)
{
    if (!sub.isEmpty() || !wantsHelp(args))
        return false;
    ctx.output().out() << help;
    ctx.output().out().flush();
    return true;
}

Expected<sync::ResolvedSettings> resolveSettings(Context &ctx, const QString &user, qint64 campaignId,
                                                 qint64 candidateId)
{
    Result<sync::ResolvedSettings> r =
        sync::SettingsStore(ctx.workspace()).resolve(user, campaignId, candidateId);
    if (!r.ok())
        return fromError(r.error(), ErrorSource::Data);
    return r.value();
}

} // namespace sd::cli
