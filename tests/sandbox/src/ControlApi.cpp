#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Sandbox.h"
#include "SandboxCore.h"

#include <QJsonDocument>

namespace sr::sandbox {

namespace {
QJsonObject bodyObject(const HttpRequest &req, bool *ok)
{
    if (req.body.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    *ok = doc.isObject();
    return doc.object();
}

HttpResponse help()
{
    const QJsonArray controls = {
        QStringLiteral("GET /__sandbox/credentials"), QStringLiteral("GET /__sandbox/state"),
        QStringLiteral("GET|DELETE /__sandbox/requests"), QStringLiteral("POST /__sandbox/reset"),
        QStringLiteral("GET|PUT|DELETE /__sandbox/faults {share429, share5xx, latencyMs, rules:[{kind:status|hang|drop, method, pathPrefix, count, status}]}"),
        QStringLiteral("POST /__sandbox/tokens/expire"), QStringLiteral("POST /__sandbox/clock/advance {seconds}"),
        QStringLiteral("POST /__sandbox/clock/freeze {frozen}"),
        QStringLiteral("PUT /__sandbox/rate-limits {enabled, perSecond, concurrent, concurrentCandidateSearch}")};
    return ApiReply::json(200, QJsonObject{{QStringLiteral("controls"), controls}});
}
} // namespace

HttpResponse ControlApi::handle(Sandbox &sandbox, const HttpRequest &req)
{
    SandboxCore &core = sandbox.core();
    const QString what = req.path.mid(QStringLiteral("/__sandbox/").size());
    const QByteArray &m = req.method;
    bool ok = true;
    const QJsonObject body = bodyObject(req, &ok);
    if (!ok)
        return ApiReply::error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("Control bodies are JSON objects"));

    if (what.isEmpty() && m == "GET")
        return help();
    if (what == u"credentials" && m == "GET") {
        QJsonArray users;
        const auto all = sandbox.users();
        for (const Sandbox::User &u : all) {
            users.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("email"), u.email},
                                     {QStringLiteral("password"), u.password}, {QStringLiteral("role"), u.role}});
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("apiKey"), sandbox.apiKey()},
                                               {QStringLiteral("clientId"), sandbox.clientId()},
                                               {QStringLiteral("clientSecret"), sandbox.clientSecret()},
                                               {QStringLiteral("limitedClientId"), sandbox.limitedClientId()},
                                               {QStringLiteral("redirectUris"), QJsonArray::fromStringList(sandbox.redirectUris())},
                                               {QStringLiteral("users"), users}});
    }
    if (what == u"state" && m == "GET")
        return ApiReply::json(200, sandbox.stateDump());
    if (what == u"requests" && m == "GET")
        return ApiReply::json(200, sandbox.requestLog());
    if (what == u"requests" && m == "DELETE") {
        core.requestLog.clear();
        return ApiReply::noContent();
    }
    if (what == u"reset" && m == "POST") {
        sandbox.reset();
        return ApiReply::noContent();
    }
    if (what == u"faults" && m == "GET")
        return ApiReply::json(200, core.faults.toJson());
    if (what == u"faults" && m == "PUT") {
        const QString error = core.faults.applyJson(body);
        if (!error.isEmpty())
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), error);
        return ApiReply::json(200, core.faults.toJson());
    }
    if (what == u"faults" && m == "DELETE") {
        core.faults.clear();
        return ApiReply::noContent();
    }
    if (what == u"tokens/expire" && m == "POST") {
        sandbox.expireAllTokens();
        return ApiReply::noContent();
    }
    if (what == u"clock/advance" && m == "POST") {
        const QJsonValue seconds = body.contains(QStringLiteral("seconds")) ? body.value(QStringLiteral("seconds"))
                                                                            : QJsonValue(req.queryValue(QStringLiteral("seconds")).toDouble());
        if (!seconds.isDouble() || seconds.toDouble() < 0)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("seconds must be a non-negative number"));
        sandbox.advanceClock(qint64(seconds.toDouble() * 1000));
        return ApiReply::json(200, QJsonObject{{QStringLiteral("now"), core.now()}});
    }
    if (what == u"clock/freeze" && m == "POST") {
        sandbox.setClockFrozen(body.value(QStringLiteral("frozen")).toBool(true));
        return ApiReply::json(200, QJsonObject{{QStringLiteral("now"), core.now()}});
    }
    if (what == u"rate-limits" && m == "PUT") {
        RateLimiter::Limits l = core.limiter.limits();
        l.perSecond = body.value(QStringLiteral("perSecond")).toInt(l.perSecond);
        l.concurrent = body.value(QStringLiteral("concurrent")).toInt(l.concurrent);
        l.concurrentCandidateSearch = body.value(QStringLiteral("concurrentCandidateSearch")).toInt(l.concurrentCandidateSearch);
        if (l.perSecond < 1 || l.concurrent < 1 || l.concurrentCandidateSearch < 1)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("limits must be >= 1"));
        core.limiter.setLimits(l);
        if (body.contains(QStringLiteral("enabled")))
            core.limiter.setEnabled(body.value(QStringLiteral("enabled")).toBool());
        return ApiReply::noContent();
    }
    return ApiReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown sandbox control: %1 %2")
                                                                 .arg(QString::fromLatin1(m), req.path));
}

} // namespace sr::sandbox
