#include "RateScheduler.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <algorithm>

namespace sd::sr {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

RateScheduler::RateScheduler(const RateLimits &limits, QObject *parent, Clock clock)
    : QObject(parent), m_limits(limits), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateScheduler::pump);
}

qint64 RateScheduler::now() const
{
    return m_clock ? m_clock() : monotonicMs();
}

void RateScheduler::prune() const
{
    const qint64 horizon = now() - (m_limits.windowMs + m_limits.windowMarginMs);
    while (!m_answered.empty() && m_answered.front() <= horizon)
        m_answered.pop_front();
}

quint64 RateScheduler::submit(bool candidateSearch, std::function<void()> start)
{
    const quint64 ticket = m_nextTicket++;
    m_queue.push_back({ticket, candidateSearch, std::move(start)});
    pump();
    return ticket;
}

bool RateScheduler::cancel(quint64 ticket)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [ticket](const Item &i) { return i.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

void RateScheduler::release(bool candidateSearch)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    m_answered.push_back(now());
    if (candidateSearch)
        m_inFlightSearch = std::max(0, m_inFlightSearch - 1);
    m_serverFull = false;
    // Not synchronously: release() is called from inside a reply handler.
    QTimer::singleShot(0, this, &RateScheduler::pump);
}

void RateScheduler::observe(int status, int remaining, int concurrentRemaining, int retryAfterMs)
{
    if (retryAfterMs > 0)
        pauseFor(retryAfterMs);
    else if (status == 429)
        pauseFor(m_limits.pauseOn429Ms);
    else if (remaining == 0) {
        // The server's window is full. When our own count agrees this adds nothing; when another
        // client shares the credential it holds us back until our oldest start leaves the window.
        prune();
        const qint64 wait = m_answered.empty() ? m_limits.windowMs
                                               : m_answered.front() + m_limits.windowMs + m_limits.windowMarginMs - now();
        pauseFor(int(std::max<qint64>(0, wait)));
    }
    if (concurrentRemaining == 0 && m_inFlight > 1)
        m_serverFull = true;
}

void RateScheduler::pauseFor(int ms)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + ms);
}

qint64 RateScheduler::waitFor(bool candidateSearch) const
{
    if (m_inFlight >= m_limits.maxInFlight || m_serverFull)
        return -1;
    if (candidateSearch && m_inFlightSearch >= m_limits.maxCandidateSearch)
        return -1;
    const qint64 t = now();
    qint64 wait = std::max<qint64>(0, m_pausedUntil - t);
    prune();
    const qsizetype occupied = qsizetype(m_answered.size()) + m_inFlight;
    if (occupied >= m_limits.perWindow) {
        // This many answered requests must leave the window first; in-flight ones cannot.
        const qsizetype mustExpire = occupied - m_limits.perWindow + 1;
        if (mustExpire > qsizetype(m_answered.size()))
            return -1;
        const qint64 expires = m_answered[size_t(mustExpire - 1)] + m_limits.windowMs + m_limits.windowMarginMs;
        wait = std::max(wait, expires - t);
    }
    return wait;
}

void RateScheduler::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    qint64 nextWake = -1;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const qint64 wait = waitFor(it->candidateSearch);
        if (wait == 0) {
            Item item = std::move(*it);
            it = m_queue.erase(it);
            ++m_inFlight;
            if (item.candidateSearch)
                ++m_inFlightSearch;
            item.start();
            it = m_queue.begin(); // start() may have changed the queue
            continue;
        }
        if (wait > 0) {
            nextWake = nextWake < 0 ? wait : std::min(nextWake, wait);
            break; // keep the order: nothing overtakes a request waiting for the window
        }
        // Blocked by concurrency: a later request of another kind may still go (a search waiting
        // for the search slot must not hold up GET /jobs/{id}).
        ++it;
    }
    m_pumping = false;
    if (nextWake >= 0 && !m_queue.empty())
        m_timer.start(int(std::max<qint64>(1, nextWake)));
}

} // namespace sd::sr
