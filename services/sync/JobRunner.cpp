#include "JobRunner.h"

#include "ApiError.h"
#include "SettingsStore.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>


namespace sd::sync {

namespace {

Q_LOGGING_CATEGORY(lcSyncRunner, "sourcedesk.sync")

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::JobRunner", text);
}

} // namespace

JobOutcome JobOutcome::done(QJsonObject result)
{
    JobOutcome o;
    o.kind = Kind::Done;
    o.result = std::move(result);
    return o;
}

JobOutcome JobOutcome::hold(const QString &why)
{
    JobOutcome o;
    o.kind = Kind::Hold;
    o.message = why;
    return o;
}

JobOutcome JobOutcome::attention(const QString &code, const QString &message, const QString &userAction,
                                 QJsonObject result)
{
    JobOutcome o;
    o.kind = Kind::NeedsAttention;
    o.code = code;
    o.message = message;
    o.userAction = userAction;
    o.result = std::move(result);
    return o;
}

JobOutcome JobOutcome::fromError(const sr::ApiError &e, bool write)
{
    using K = sr::ApiError::Kind;
    JobOutcome o;
    o.code = e.code.isEmpty() ? sr::ApiError::kindName(e.kind) : e.code;
    o.message = e.message;
    switch (e.kind) {
    case K::Network:
    case K::Timeout:
    case K::Server:
    case K::Malformed:
        // The request went out and no usable answer came back: a write may have been applied.
        o.kind = Kind::Retry;
        o.mayHaveApplied = write;
        break;
    case K::RateLimited:
    case K::Cancelled:
        o.kind = Kind::Retry; // not applied: SmartRecruiters refused it / it never went out
        break;
    case K::ReconnectNeeded:
        o.kind = Kind::Retry;
        o.retryAfterMs = 60 * 1000;
        o.userAction = tr("Connect to SmartRecruiters again in Settings → Integration; waiting jobs then continue.");
        break;
    case K::MissingScope:
        o.kind = Kind::NeedsAttention;
        o.userAction = tr("Ask your SmartRecruiters admin to grant the missing permission, connect again, then retry.");
        break;
    case K::Permission:
        o.kind = Kind::NeedsAttention;
        o.userAction = tr("Your SmartRecruiters user may not do this: ask an admin, or skip the job.");
        break;
    case K::NotFound:
        o.kind = Kind::NeedsAttention;
        o.userAction = tr("The record no longer exists in SmartRecruiters: unlink the candidate or skip the job.");
        break;
    case K::Validation:
        o.kind = Kind::NeedsAttention;
        o.userAction = e.field.isEmpty()
                           ? tr("Correct the candidate's data in Sourcedesk, then retry.")
                           : tr("Correct \"%1\" on the candidate in Sourcedesk, then retry.").arg(e.field);
        break;
    case K::Tls:
    case K::Conflict:
    case K::None:
        o.kind = Kind::NeedsAttention;
        o.userAction = tr("Check the connection in Settings → Integration, then retry.");
        break;
    }
    return o;
}

JobRunner::JobRunner(RunnerContext context, OutboxJob job, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_job(std::move(job))
{
}

JobRunner::~JobRunner() = default;

void JobRunner::finish(const JobOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(outcome);
}

ResolvedSettings JobRunner::settings() const
{
    SettingsStore store(workspace());
    Result<ResolvedSettings> r = store.resolve(actor(), m_job.campaignId, m_job.candidateId);
    if (r)
        return r.value();
    qCWarning(lcSyncRunner) << "sync settings unreadable, using the defaults:" << r.error().toString();
    return ResolvedSettings();
}

QString JobRunner::linkedId() const
{
    SyncStore store(workspace());
    Result<std::optional<SrLink>> l = store.link(m_job.candidateId);
    return (l && l->has_value()) ? (*l)->srCandidateId : QString();
}

} // namespace sd::sync
