#pragma once

#include "HttpServer.h"

#include <deque>
#include <QHash>
#include <QString>

namespace sr::sandbox {

class SandboxClock;

// SmartRecruiters' production limits per credential: 10 requests per second,
// 8 concurrent requests, and 1 concurrent `GET /candidates`.
class RateLimiter
{
public:
    struct Limits
    {
        int perSecond = 10;
        int concurrent = 8;
        int concurrentCandidateSearch = 1;
    };
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int concurrentLimit = 0;
        int concurrentRemaining = 0;
    };

    explicit RateLimiter(const SandboxClock &clock) : m_clock(clock) {}

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    void setLimits(Limits l) { m_limits = l; }
    Limits limits() const { return m_limits; }
    void reset() { m_buckets.clear(); }

    // Counts the request when allowed; the caller must call release() with
    // the same arguments when the exchange ends.
    Decision acquire(const QString &key, bool candidateSearch);
    void release(const QString &key, bool candidateSearch);
    // Headers for answers that are not counted (401, OAuth pages, controls).
    Decision peek(const QString &key, bool candidateSearch);

    static void applyHeaders(HttpResponse &r, const Decision &d);

private:
    struct Bucket
    {
        std::deque<qint64> window; // start times of requests in the last second
        int inFlight = 0;
        int inFlightSearch = 0;
    };
    void prune(Bucket &b) const;

    const SandboxClock &m_clock;
    Limits m_limits;
    bool m_enabled = true;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sr::sandbox
