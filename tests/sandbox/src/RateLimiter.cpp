#include "RateLimiter.h"

#include "SandboxClock.h"

namespace sr::sandbox {

void RateLimiter::prune(Bucket &b) const
{
    const qint64 now = m_clock.monotonicMs();
    while (!b.window.empty() && now - b.window.front() >= 1000)
        b.window.pop_front();
}

RateLimiter::Decision RateLimiter::peek(const QString &key, bool candidateSearch)
{
    Bucket &b = m_buckets[key];
    prune(b);
    Decision d;
    d.limit = m_limits.perSecond;
    d.remaining = qMax(0, m_limits.perSecond - int(b.window.size()));
    d.concurrentLimit = candidateSearch ? m_limits.concurrentCandidateSearch : m_limits.concurrent;
    const int used = candidateSearch ? b.inFlightSearch : b.inFlight;
    d.concurrentRemaining = qMax(0, d.concurrentLimit - used);
    return d;
}

RateLimiter::Decision RateLimiter::acquire(const QString &key, bool candidateSearch)
{
    Decision d = peek(key, candidateSearch);
    if (!m_enabled) {
        d.remaining = d.limit;
        d.concurrentRemaining = d.concurrentLimit;
        return d;
    }
    Bucket &b = m_buckets[key];
    const bool concurrentOk = (b.inFlight < m_limits.concurrent)
        && (!candidateSearch || b.inFlightSearch < m_limits.concurrentCandidateSearch);
    if (d.remaining <= 0 || !concurrentOk) {
        d.allowed = false;
        return d;
    }
    b.window.push_back(m_clock.monotonicMs());
    ++b.inFlight;
    if (candidateSearch)
        ++b.inFlightSearch;
    d.remaining -= 1;
    d.concurrentRemaining -= 1;
    return d;
}

void RateLimiter::release(const QString &key, bool candidateSearch)
{
    if (!m_enabled)
        return;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        return;
    it->inFlight = qMax(0, it->inFlight - 1);
    if (candidateSearch)
        it->inFlightSearch = qMax(0, it->inFlightSearch - 1);
}

void RateLimiter::applyHeaders(HttpResponse &r, const Decision &d)
{
    r.setHeader("X-RateLimit-Limit", QByteArray::number(d.limit));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(d.remaining));
    r.setHeader("X-RateLimit-Concurrent-Limit", QByteArray::number(d.concurrentLimit));
    r.setHeader("X-RateLimit-Concurrent-Remaining", QByteArray::number(d.concurrentRemaining));
}

} // namespace sr::sandbox
