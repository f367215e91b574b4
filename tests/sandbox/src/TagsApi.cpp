#include "ApiReply.h"
#include "ApiRoutes.h"
#include "CandidateSchemas.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
constexpr qsizetype kMaxTags = 100;

HttpResponse writeTags(ApiCall &call, bool replace)
{
    HttpResponse err;
    const QString id = call.param(QStringLiteral("id"));
    if (!ApiRoutes::candidate(call.core, id, &err))
        return err;
    const auto body = call.core.jsonBody(call, CandidateSchemas::tags(), &err);
    if (!body)
        return err;
    QJsonObject &c = call.core.state.candidates[id];
    QJsonArray tags = replace ? QJsonArray{} : c.value(QStringLiteral("tags")).toArray();
    const QJsonArray incoming = body->toObject().value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &t : incoming) {
        // Tags compare case-insensitively (the search filter does too); no duplicates.
        bool present = false;
        for (const QJsonValue &have : std::as_const(tags))
            present = present || have.toString().compare(t.toString(), Qt::CaseInsensitive) == 0;
        if (!present)
            tags.append(t);
    }
    if (tags.size() > kMaxTags)
        return ApiReply::error(400, QStringLiteral("TOO_MANY_TAGS"),
                               QStringLiteral("Adding too many tags: a candidate holds at most %1").arg(kMaxTags));
    c.insert(QStringLiteral("tags"), tags);
    c.insert(QStringLiteral("updatedOn"), call.core.now());
    call.core.emitEvent(QStringLiteral("candidate.updated"), QJsonObject{{QStringLiteral("id"), id}},
                        QStringLiteral("/candidates/") + id);
    return ApiReply::json(201, QJsonObject{{QStringLiteral("tags"), tags}});
}
} // namespace

void TagsApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("candidates_read")});
    const auto manage = Router::anyOf({QStringLiteral("candidates_manage")});
    router.add("GET", QStringLiteral("/candidates/{id}/tags"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *c = ApiRoutes::candidate(call.core, call.param(QStringLiteral("id")), &err);
        return c ? ApiReply::json(200, QJsonObject{{QStringLiteral("tags"), c->value(QStringLiteral("tags")).toArray()}}) : err;
    });
    router.add("POST", QStringLiteral("/candidates/{id}/tags"), manage, [](ApiCall &call) { return writeTags(call, false); });
    router.add("PUT", QStringLiteral("/candidates/{id}/tags"), manage, [](ApiCall &call) { return writeTags(call, true); });
    router.add("DELETE", QStringLiteral("/candidates/{id}/tags"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        if (!ApiRoutes::candidate(call.core, id, &err))
            return err;
        QJsonObject &c = call.core.state.candidates[id];
        c.insert(QStringLiteral("tags"), QJsonArray{});
        c.insert(QStringLiteral("updatedOn"), call.core.now());
        return ApiReply::noContent();
    });
}

} // namespace sr::sandbox
