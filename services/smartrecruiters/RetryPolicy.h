#pragma once
// When and how long to wait before repeating a failed request. A request that may have been
// applied (a POST whose answer was lost) is never repeated blindly: the caller decides, usually
// after looking the entity up first (see DESIGN.md §2).
#include "ApiError.h"

#include <QByteArray>

#include <functional>

namespace sd::sr {

struct RetryPolicy
{
    enum Mode {
        IdempotentOnly, // default: GET/PUT/DELETE (and PATCH when idempotentPatch) are retried
        Always,         // the caller knows a repeat is harmless
        Never,
    };

    Mode mode = IdempotentOnly;
    bool idempotentPatch = false;
    int maxAttempts = 5;     // including the first
    int baseDelayMs = 500;   // doubled per attempt
    int maxDelayMs = 30000;

    bool isIdempotent(const QByteArray &method) const;
    // Whether attempt number `attempt` (1-based) that failed with `error` may be repeated.
    // A 429 was not applied by the server, so it is repeatable for every method.
    bool shouldRetry(const QByteArray &method, const ApiError &error, int attempt) const;
    // Delay before the next attempt: exponential with "equal jitter" (half fixed, half random),
    // never shorter than the server's Retry-After. random01 returns a value in [0, 1).
    int delayMs(int attempt, int retryAfterMs, const std::function<double()> &random01) const;
};

} // namespace sd::sr
