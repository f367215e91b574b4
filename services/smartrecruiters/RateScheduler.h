#pragma once
// Paces the requests of one credential bucket to SmartRecruiters' limits: at most `perWindow`
// starts in any sliding window, at most `maxInFlight` in flight, at most `maxCandidateSearch`
// in-flight GET /candidates. It also listens to the X-RateLimit-* answers and pauses on 429.
// The clock is injectable so the pacing logic is tested without waiting.
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace sd::sr {

struct RateLimits
{
    int perWindow = 10;
    int windowMs = 1000;
    // A request occupies a window slot from its start until one window after its answer: the
    // server counted it somewhere in between, so no delay on the way can make two requests
    // that we spaced one window apart land inside one window at the server. The margin covers
    // the difference between the two clocks' granularity.
    int windowMarginMs = 10;
    int maxInFlight = 8;
    int maxCandidateSearch = 1;
    // Pause after a 429 without Retry-After.
    int pauseOn429Ms = 1000;
};

class RateScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RateScheduler(const RateLimits &limits, QObject *parent = nullptr, Clock clock = {});

    // Queues `start`, called when the request may go out. Returns a ticket for cancel().
    quint64 submit(bool candidateSearch, std::function<void()> start);
    // Removes a queued request; false when it already started (or never existed).
    bool cancel(quint64 ticket);
    // A started request ended (answer, error or abort).
    void release(bool candidateSearch);
    // What the server said in an answer; negative = header absent.
    void observe(int status, int remaining, int concurrentRemaining, int retryAfterMs);
    void pauseFor(int ms);

    // Starts what may start now and arms the timer for the rest. Called by the class itself;
    // public so tests with a manual clock can drive it.
    void pump();
    // 0 = a request of this kind may start now; >0 = milliseconds until it may; -1 = blocked
    // until a running request ends.
    qint64 waitFor(bool candidateSearch) const;

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    const RateLimits &limits() const { return m_limits; }

private:
    struct Item
    {
        quint64 ticket;
        bool candidateSearch;
        std::function<void()> start;
    };
    qint64 now() const;
    void prune() const;

    RateLimits m_limits;
    Clock m_clock;
    std::deque<Item> m_queue;
    mutable std::deque<qint64> m_answered; // answer times of requests still inside the window
    int m_inFlight = 0;
    int m_inFlightSearch = 0;
    qint64 m_pausedUntil = 0;
    bool m_serverFull = false; // the server reported no concurrency left (another app on the key)
    quint64 m_nextTicket = 1;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace sd::sr
