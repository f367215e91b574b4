#pragma once

#include "AuthService.h"
#include "Faults.h"
#include "JsonSchema.h"
#include "RateLimiter.h"
#include "Router.h"
#include "SandboxClock.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sr::sandbox {

// The shared context every endpoint works on: state, auth, limits, faults,
// and helpers for ids, dates and absolute URLs.
class SandboxCore
{
public:
    explicit SandboxCore(quint64 seed)
        : ids(seed), limiter(clock), faults(quint32(seed)), auth(state, clock)
    {
        state.seed = seed;
    }

    SandboxState state;
    IdGenerator ids;
    SandboxClock clock;
    RateLimiter limiter;
    Faults faults;
    AuthService auth;
    QString baseUrl; // e.g. http://127.0.0.1:41234, no trailing slash
    // Raw facts per request; redaction happens when the log is read, so the
    // hot path stays cheap and nothing unredacted ever leaves the process.
    struct LogEntry
    {
        quint64 seq = 0;
        qint64 timeMs = 0;
        QByteArray method;
        QByteArray target;
        int status = 0;
        bool dropped = false;
        QString credential;
        qint64 elapsedMs = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType;
        QByteArray body; // first 4 KiB
    };
    QList<LogEntry> requestLog;
    // Set by the webhook dispatcher: (event name, body, self link).
    std::function<void(const QString &, const QJsonObject &, const QString &)> eventSink;

    QString url(const QString &path) const { return baseUrl + path; }
    QString now() const { return SandboxClock::format(clock.now()); }

    void emitEvent(const QString &name, const QJsonObject &body, const QString &selfPath)
    {
        if (eventSink)
            eventSink(name, body, selfPath.isEmpty() ? QString() : url(selfPath));
    }

    // Parses and validates a JSON body; on failure `error` holds the 400 answer.
    std::optional<QJsonValue> jsonBody(const ApiCall &call, const JsonSchema &schema, HttpResponse *error) const;
};

} // namespace sr::sandbox
