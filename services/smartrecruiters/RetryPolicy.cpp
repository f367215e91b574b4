#include "RetryPolicy.h"

#include <algorithm>

namespace sd::sr {

bool RetryPolicy::isIdempotent(const QByteArray &method) const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS"
        || (method == "PATCH" && idempotentPatch);
}

bool RetryPolicy::shouldRetry(const QByteArray &method, const ApiError &error, int attempt) const
{
    if (mode == Never || attempt >= maxAttempts || !error.isRetryable())
        return false;
    if (error.kind == ApiError::Kind::RateLimited)
        return true;
    return mode == Always || isIdempotent(method);
}

int RetryPolicy::delayMs(int attempt, int retryAfterMs, const std::function<double()> &random01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    const double r = random01 ? random01() : 0.5;
    const qint64 withJitter = ceiling / 2 + qint64(double(ceiling / 2) * r);
    return int(std::max<qint64>(withJitter, retryAfterMs));
}

} // namespace sd::sr
