#include "ApiReply.h"
#include "ApiRoutes.h"
#include "MessageTags.h"
#include "Paging.h"
#include "Render.h"
#include "Router.h"
#include "SandboxCore.h"

#include <QSet>

namespace sr::sandbox {

namespace {
constexpr qsizetype kMaxRecipients = 100;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out.append(x.toString());
    return out;
}

HttpResponse share(ApiCall &call)
{
    SandboxCore &core = call.core;
    HttpResponse err;
    const JsonSchema shareWith = JsonSchema::object({{QStringLiteral("users"), JsonSchema::array(JsonSchema::string(1))},
                                                     {QStringLiteral("hiringTeamOf"), JsonSchema::array(JsonSchema::string(1))},
                                                     {QStringLiteral("everyone"), JsonSchema::boolean()},
                                                     {QStringLiteral("openNote"), JsonSchema::boolean()}});
    const auto body = core.jsonBody(call, JsonSchema::object({{QStringLiteral("content"), JsonSchema::string(1, 10000)},
                                                             {QStringLiteral("correlationId"), JsonSchema::string()},
                                                             {QStringLiteral("shareWith"), shareWith}},
                                                            {QStringLiteral("content")}), &err);
    if (!body)
        return err;
    const QJsonObject in = body->toObject();
    const QJsonObject sw = in.value(QStringLiteral("shareWith")).toObject();
    const bool everyone = sw.value(QStringLiteral("everyone")).toBool(false);
    const bool openNote = sw.value(QStringLiteral("openNote")).toBool(false);
    const MessageTags::Tags tags = MessageTags::parse(in.value(QStringLiteral("content")).toString());
    auto invalid = [](const QString &code, const QString &msg) { return ApiReply::error(400, code, msg); };

    if (everyone && openNote)
        return invalid(QStringLiteral("INVALID_VISIBILITY_OPTIONS"), QStringLiteral("openNote and everyone cannot both be true"));
    // Stricter choices (not in the spec, see README): an open note must #-tag a
    // candidate, since it is "visible to everyone who has access to the
    // #-tagged candidate"; `everyone` is reserved to administrators, as in the UI.
    if (openNote && tags.candidateIds.isEmpty())
        return invalid(QStringLiteral("INVALID_VISIBILITY_OPTIONS"), QStringLiteral("openNote needs a #[CANDIDATE:id] tag"));
    if (everyone && !call.credential.isAdmin)
        return invalid(QStringLiteral("INVALID_VISIBILITY_OPTIONS"), QStringLiteral("Only administrators can share with everyone"));
    for (const QString &c : tags.candidateIds) {
        if (!core.state.candidates.contains(c))
            return invalid(QStringLiteral("NO_ACCESS_TO_CANDIDATE"), QStringLiteral("No access to candidate %1").arg(c));
    }
    QSet<QString> recipients;
    for (const QString &u : tags.userIds) {
        if (!core.state.users.contains(u))
            return invalid(QStringLiteral("MENTIONED_USERS_NOT_FOUND"), QStringLiteral("Mentioned user %1 not found").arg(u));
        recipients.insert(u);
    }
    const QStringList users = strings(sw.value(QStringLiteral("users")));
    for (const QString &u : users) {
        if (!core.state.users.contains(u))
            return invalid(QStringLiteral("SHARED_WITH_USERS_NOT_FOUND"), QStringLiteral("User %1 not found").arg(u));
        recipients.insert(u);
    }
    const QStringList jobs = strings(sw.value(QStringLiteral("hiringTeamOf")));
    for (const QString &j : jobs) {
        const auto it = core.state.jobs.constFind(j);
        if (it == core.state.jobs.cend())
            return invalid(QStringLiteral("JOB_NOT_FOUND"), QStringLiteral("Job %1 not found").arg(j));
        const QJsonArray team = it->value(QStringLiteral("hiringTeam")).toArray();
        for (const QJsonValue &m : team)
            recipients.insert(m.toObject().value(QStringLiteral("id")).toString());
    }
    if (recipients.size() > kMaxRecipients)
        return invalid(QStringLiteral("TOO_MANY_RECIPIENTS"), QStringLiteral("More than %1 recipients").arg(kMaxRecipients));

    const QString id = core.ids.uuid(); // message id format is UNCONFIRMED: a UUID
    const QString now = core.now();
    QString content = in.value(QStringLiteral("content")).toString();
    // correlationId "is appended onto the note"; the separator is UNCONFIRMED.
    if (!in.value(QStringLiteral("correlationId")).toString().isEmpty())
        content += u'\n' + in.value(QStringLiteral("correlationId")).toString();
    const QString key = now + u'|' + id; // sortable: paging follows creation order
    core.state.messages.insert(key, QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("content"), content}, {QStringLiteral("createdOn"), now},
        {QStringLiteral("authorId"), call.credential.userId},
        {QStringLiteral("candidateIds"), QJsonArray::fromStringList(tags.candidateIds)},
        {QStringLiteral("mentionedUserIds"), QJsonArray::fromStringList(tags.userIds)},
        {QStringLiteral("shareWith"), sw},
        {QStringLiteral("visibility"), (everyone || openNote) ? QStringLiteral("PUBLIC") : QStringLiteral("INTERNAL")}});
    // shareRequired is UNCONFIRMED: the sandbox sets it when nobody but the author can see the message.
    const bool shareRequired = recipients.isEmpty() && !everyone && !openNote;
    return ApiReply::json(201, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("shareRequired"), shareRequired}});
}

HttpResponse listMessages(ApiCall &call)
{
    const HttpRequest &req = call.request;
    SandboxCore &core = call.core;
    if (!call.credential.isAdmin)
        return ApiReply::error(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("Accessible only for users with ADMINISTRATOR role"));
    Paging::Page page;
    if (auto e = Paging::parse(req, 10, &page))
        return *e;
    const QString candidateId = req.queryValue(QStringLiteral("candidateId"));
    const QString jobId = req.queryValue(QStringLiteral("jobId"));
    if (candidateId.isEmpty())
        return ApiReply::error(400, QStringLiteral("CANDIDATE_NOT_FOUND"), QStringLiteral("candidateId is required"));
    const auto cand = core.state.candidates.constFind(candidateId);
    if (cand == core.state.candidates.cend())
        return ApiReply::error(400, QStringLiteral("CANDIDATE_NOT_FOUND"), QStringLiteral("Candidate not found"));
    if (!jobId.isEmpty()) {
        if (!core.state.jobs.contains(jobId))
            return ApiReply::error(400, QStringLiteral("JOB_NOT_FOUND"), QStringLiteral("Job not found"));
        if (!core.state.applications.contains(SandboxState::applicationKey(candidateId, jobId)))
            return ApiReply::error(400, QStringLiteral("APPLICATION_NOT_FOUND"), QStringLiteral("No application for this job"));
    }
    QStringList keys;
    for (auto it = core.state.messages.cbegin(); it != core.state.messages.cend(); ++it) {
        if (it->value(QStringLiteral("candidateIds")).toArray().contains(QJsonValue(candidateId)))
            keys.append(it.key());
    }
    QJsonArray applications;
    const QJsonArray jobIds = cand->value(QStringLiteral("jobIds")).toArray();
    for (const QJsonValue &j : jobIds) {
        if (jobId.isEmpty() || j.toString() == jobId)
            applications.append(Render::application(core, core.state.applications.value(SandboxState::applicationKey(candidateId, j.toString()))));
    }
    const Paging::Slice slice = Paging::slice(keys, page);
    QJsonArray out;
    for (const QString &k : slice.keys) {
        const QJsonObject m = core.state.messages.value(k);
        out.append(QJsonObject{{QStringLiteral("content"), m.value(QStringLiteral("content"))},
                               {QStringLiteral("createdOn"), m.value(QStringLiteral("createdOn"))},
                               {QStringLiteral("visibility"), m.value(QStringLiteral("visibility"))},
                               {QStringLiteral("authorId"), m.value(QStringLiteral("authorId"))},
                               {QStringLiteral("context"), QJsonObject{{QStringLiteral("applications"), applications}}}});
    }
    HttpResponse r = ApiReply::json(200, out); // a bare array, as documented
    Paging::addLink(r, req, slice.nextPageId);
    return r;
}
} // namespace

void MessagesApi::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/messages/shares"), Router::anyOf({QStringLiteral("messages_write")}), share);
    router.add("GET", QStringLiteral("/messages"), Router::anyOf({QStringLiteral("messages_read")}), listMessages);
    router.add("DELETE", QStringLiteral("/messages/shares/{id}"), Router::anyOf({QStringLiteral("messages_manage")}), [](ApiCall &call) {
        Table &messages = call.core.state.messages;
        for (auto it = messages.begin(); it != messages.end(); ++it) {
            if (it->value(QStringLiteral("id")).toString() != call.param(QStringLiteral("id")))
                continue;
            if (!call.credential.isAdmin && it->value(QStringLiteral("authorId")).toString() != call.credential.userId)
                return ApiReply::error(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("No permission to delete a message"));
            messages.erase(it);
            return ApiReply::noContent();
        }
        return ApiReply::error(404, QStringLiteral("MESSAGE_NOT_FOUND"), QStringLiteral("Message not found"));
    });
}

} // namespace sr::sandbox
