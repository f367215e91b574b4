#include "SyncEngine.h"

#include "ApiClient.h"
#include "JobRunner.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

namespace sd::sync {

namespace {
Q_LOGGING_CATEGORY(lcSync, "sourcedesk.sync")
} // namespace

SyncEngine::SyncEngine(std::shared_ptr<Workspace> workspace, sr::ApiClient *client, QString actor, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_client(client), m_actor(std::move(actor)),
      m_outbox(*m_workspace)
{
    qRegisterMetaType<sd::sync::JobOutcome>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::pump);
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    // Runners die with the engine (they are its children); their jobs stay in flight in the
    // database and are checked before a resend at the next start, like after a crash.
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
    schedulePump();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
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
        QSet<qint64> busy;
        for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
            busy.insert(it.key());
        Result<QList<OutboxJob>> ready = m_outbox.ready(room, busy);
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
    if (Status s = m_outbox.markInFlight(job.id)) {
        emit problem(s->toString());
        return;
    }
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
        const int delay = outcome.retryAfterMs > 0 ? outcome.retryAfterMs : retryDelayMs(job.attempts + 1);
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
