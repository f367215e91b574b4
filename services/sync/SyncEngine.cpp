#include "SyncEngine.h"

#include "ApiClient.h"
#include "JobRunner.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace sd::sync {

namespace {
Q_LOGGING_CATEGORY(lcSync, "sourcedesk.sync")

QString newInstanceId()
{
    // Readable in the outbox (which machine and process holds a job), unique by the random part.
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}
} // namespace

SyncEngine::SyncEngine(std::shared_ptr<Workspace> workspace, sr::ApiClient *client, QString actor, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_client(client), m_actor(std::move(actor)),
      m_instanceId(newInstanceId()), m_outbox(*m_workspace)
{
    qRegisterMetaType<sd::sync::JobOutcome>();
    m_outbox.setLease(m_instanceId, m_leaseMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::pump);
    m_heartbeat.setInterval(m_leaseMs / 3);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncEngine::heartbeat);
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    // Runners die with the engine (they are its children), their requests cancelled: their jobs go
    // back to pending at once, checked before a resend (an answer may have been applied) — by this
    // workspace's next engine or by another instance, without waiting for the lease to run out.
    Result<int> released = m_outbox.releaseClaims();
    if (!released)
        qCWarning(lcSync) << "could not give back the jobs in flight:" << released.error().toString();
}

void SyncEngine::setLeaseDuration(int ms)
{
    m_leaseMs = qMax(300, ms);
    m_outbox.setLease(m_instanceId, m_leaseMs);
    m_heartbeat.setInterval(m_leaseMs / 3);
}

void SyncEngine::setClient(sr::ApiClient *client)
{
    m_client = client;
    if (client)
        kick();
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(1, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    Result<int> recovered = m_outbox.recoverInFlight();
    if (!recovered)
        emit problem(recovered.error().toString());
    else if (*recovered > 0)
        qCInfo(lcSync) << *recovered << "job(s) were in flight when Sourcedesk stopped; they are checked before a resend";
    m_heartbeat.start();
    schedulePump();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
    // Leases of the jobs still finishing are renewed until they are done.
    if (m_active.isEmpty())
        m_heartbeat.stop();
}

void SyncEngine::heartbeat()
{
    if (!m_active.isEmpty()) {
        if (Status s = m_outbox.renewLeases())
            emit problem(s->toString());
    } else if (!m_running) {
        m_heartbeat.stop();
        return;
    }
    if (!m_running)
        return;
    // Another instance that died leaves its jobs in flight; once their lease ran out they are ours
    // to check and resend.
    Result<int> recovered = m_outbox.recoverInFlight();
    if (recovered && *recovered > 0)
        qCInfo(lcSync) << *recovered << "job(s) of a Sourcedesk that stopped answering are checked before a resend";
    schedulePump();
}

void SyncEngine::kick()
{
    if (m_running)
        schedulePump();
}

void SyncEngine::schedulePump(int delayMs)
{
    if (delayMs <= 0) {
        if (m_pumpQueued)
            return;
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_pumpQueued = false;
            pump();
        }, Qt::QueuedConnection);
        return;
    }
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void SyncEngine::pump()
{
    if (!m_running)
        return;
    if (!m_client) {
        // Offline: nothing goes out; jobs wait where they are.
        if (m_active.isEmpty())
            emit idle();
        return;
    }
    const int room = m_concurrency - static_cast<int>(m_active.size());
    if (room > 0) {
        // Claimed: in flight and leased to this instance in one step, so no other instance sends
        // them. This instance's own running candidates are in flight, hence never ready.
        Result<QList<OutboxJob>> ready = m_outbox.claim(room);
        if (!ready) {
            emit problem(ready.error().toString());
            schedulePump(m_firstRetryMs);
            return;
        }
        for (const OutboxJob &job : *ready) {
            if (!m_seenIds.contains(job.id)) {
                m_seenIds.insert(job.id);
                ++m_seen;
            }
            run(job);
        }
    }
    if (m_active.isEmpty()) {
        Result<QDateTime> due = m_outbox.nextDue();
        if (due && due->isValid()) {
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*due);
            schedulePump(static_cast<int>(std::clamp<qint64>(wait + 5, 10, m_maxRetryMs)));
        }
        emit progress(m_finished, m_seen);
        m_seen = m_finished = 0;
        m_seenIds.clear();
        emit idle();
    }
}

void SyncEngine::run(const OutboxJob &job)
{
    JobRunner *runner = makeRunner({m_workspace, m_client, m_actor}, job, this);
    m_active.insert(job.candidateId, runner);
    connect(runner, &JobRunner::finished, this, [this, runner](const JobOutcome &outcome) {
        m_active.remove(runner->job().candidateId);
        finishJob(runner->job(), outcome);
        runner->deleteLater();
        schedulePump();
    });
    runner->start();
}

int SyncEngine::retryDelayMs(int attempts) const
{
    // Exponential with jitter, so a hundred jobs that failed together do not return together.
    const int shift = qBound(0, attempts - 1, 16);
    const qint64 base = qMin<qint64>(qint64(m_firstRetryMs) << shift, m_maxRetryMs);
    return static_cast<int>(base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1));
}

void SyncEngine::finishJob(const OutboxJob &job, const JobOutcome &outcome)
{
    Status s;
    JobState state = JobState::Done;
    switch (outcome.kind) {
    case JobOutcome::Kind::Done:
        s = m_outbox.markDone(job.id, outcome.result);
        // Done, with something the recruiter should know (e.g. the configured source does not
        // exist, the default was used): kept visible in the sync log.
        if (!s && outcome.result.contains(QStringLiteral("warning")))
            s = m_outbox.setNotice(job.id, outcome.result.value(QStringLiteral("warning")).toString());
        ++m_finished;
        break;
    case JobOutcome::Kind::Hold:
        // Back to waiting aside; released when the candidate exists in SmartRecruiters.
        s = m_outbox.markHeld(job.id, outcome.message);
        state = JobState::Held;
        ++m_finished;
        break;
    case JobOutcome::Kind::Retry: {
        // job.attempts already counts this attempt (claim() added it).
        const int delay = outcome.retryAfterMs > 0 ? outcome.retryAfterMs : retryDelayMs(job.attempts);
        s = m_outbox.markRetry(job.id, QDateTime::currentDateTimeUtc().addMSecs(delay), outcome.code,
                               outcome.userAction.isEmpty() ? outcome.message
                                                            : outcome.message + QLatin1Char(' ') + outcome.userAction,
                               outcome.mayHaveApplied || job.mustVerify());
        state = JobState::Retrying;
        if (!outcome.userAction.isEmpty())
            emit problem(outcome.userAction);
        break;
    }
    case JobOutcome::Kind::NeedsAttention:
        s = m_outbox.markNeedsAttention(job.id, outcome.code, outcome.message, outcome.userAction, outcome.result);
        state = JobState::NeedsAttention;
        ++m_finished;
        break;
    }
    if (s)
        emit problem(s->toString());
    emit jobFinished(job.id, state, outcome.message);
    emit progress(m_finished, m_seen);
}

} // namespace sd::sync
