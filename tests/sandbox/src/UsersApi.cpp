#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Paging.h"
#include "Render.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
const QString kBase = QStringLiteral("/user-api/v201804");

HttpResponse listUsers(ApiCall &call)
{
    const HttpRequest &req = call.request;
    Paging::Page page;
    if (auto e = Paging::parse(req, 100, &page))
        return *e;
    const QString q = req.queryValue(QStringLiteral("q"));
    if (req.hasQuery(QStringLiteral("q")) && q.size() < 3)
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("q needs at least 3 characters"));
    QDateTime updatedAfter;
    HttpResponse err;
    if (!ApiRoutes::dateFilter(req, QStringLiteral("updatedAfter"), &updatedAfter, &err))
        return err;
    QStringList keys;
    for (auto it = call.core.state.users.cbegin(); it != call.core.state.users.cend(); ++it) {
        const QJsonObject &u = it.value();
        const QString hay = u.value(QStringLiteral("firstName")).toString() + u' ' + u.value(QStringLiteral("lastName")).toString()
            + u' ' + u.value(QStringLiteral("email")).toString();
        if (!q.isEmpty() && !hay.contains(q, Qt::CaseInsensitive))
            continue;
        if (updatedAfter.isValid() && SandboxClock::parse(u.value(QStringLiteral("updatedOn")).toString()) <= updatedAfter)
            continue;
        keys.append(it.key());
    }
    const Paging::Slice slice = Paging::slice(keys, page);
    QJsonArray content;
    for (const QString &k : slice.keys) {
        QJsonObject u = Render::user(call.core.state.users.value(k));
        u.insert(QStringLiteral("actions"), QJsonObject{{QStringLiteral("details"), ApiReply::action(call.core.url(kBase + QStringLiteral("/users/") + k))}});
        content.append(u);
    }
    QJsonObject body{{QStringLiteral("limit"), page.limit}, {QStringLiteral("totalFound"), slice.totalFound},
                     {QStringLiteral("content"), content}};
    if (!slice.nextPageId.isEmpty())
        body.insert(QStringLiteral("nextPageId"), slice.nextPageId);
    HttpResponse r = ApiReply::json(200, body);
    Paging::addLink(r, req, slice.nextPageId);
    return r;
}
} // namespace

void UsersApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("users_read")});
    router.add("GET", kBase + QStringLiteral("/users"), read, listUsers);
    // The spec asks users_read; the official webhooks demo gets /users/me with user_me_read alone.
    router.add("GET", kBase + QStringLiteral("/users/me"),
               Router::anyOf({QStringLiteral("users_read"), QStringLiteral("user_me_read")}), [](ApiCall &call) {
                   const auto it = call.core.state.users.constFind(call.credential.userId);
                   if (it == call.core.state.users.cend())
                       return ApiReply::error(404, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User not found"));
                   return ApiReply::json(200, Render::user(*it));
               });
    router.add("GET", kBase + QStringLiteral("/users/{id}"), read, [](ApiCall &call) {
        const auto it = call.core.state.users.constFind(call.param(QStringLiteral("id")));
        if (it == call.core.state.users.cend())
            return ApiReply::error(404, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User not found"));
        return ApiReply::json(200, Render::user(*it));
    });
}

} // namespace sr::sandbox
