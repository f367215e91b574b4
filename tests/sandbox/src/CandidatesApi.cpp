#include "ApiReply.h"
#include "ApiRoutes.h"
#include "CandidateSchemas.h"
#include "Paging.h"
#include "Render.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
QStringList listParam(const HttpRequest &req, const QString &name)
{
    // Array params repeat the key; accept the `name[]` spelling as well.
    return req.queryValues(name) + req.queryValues(name + QStringLiteral("[]"));
}

HttpResponse listCandidates(ApiCall &call)
{
    const HttpRequest &req = call.request;
    const SandboxState &s = call.core.state;
    Paging::Page page;
    if (auto e = Paging::parse(req, 10, &page))
        return *e;
    const QStringList statuses = listParam(req, QStringLiteral("status"));
    for (const QString &st : statuses) {
        if (!CandidateSchemas::candidateStatuses().contains(st))
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("Unknown status: %1").arg(st));
    }
    const QString subStatus = req.queryValue(QStringLiteral("subStatus"));
    if (!subStatus.isEmpty() && statuses.isEmpty())
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("subStatus requires status"));
    QDateTime updatedAfter;
    HttpResponse err;
    if (!ApiRoutes::dateFilter(req, QStringLiteral("updatedAfter"), &updatedAfter, &err))
        return err;
    const QStringList jobIds = listParam(req, QStringLiteral("jobId"));
    const QStringList tags = listParam(req, QStringLiteral("tag"));
    const QString q = req.queryValue(QStringLiteral("q"));

    QStringList keys;
    for (auto it = s.candidates.cbegin(); it != s.candidates.cend(); ++it) {
        const QJsonObject &c = it.value();
        const QJsonArray applied = c.value(QStringLiteral("jobIds")).toArray();
        if (applied.isEmpty())
            continue; // talent-pool-only candidates are not returned, as in SmartRecruiters
        if (!q.isEmpty()) {
            const QString hay = c.value(QStringLiteral("firstName")).toString() + u' ' + c.value(QStringLiteral("lastName")).toString()
                + u' ' + c.value(QStringLiteral("email")).toString();
            bool all = true;
            for (const QString &word : q.split(u' ', Qt::SkipEmptyParts))
                all = all && hay.contains(word, Qt::CaseInsensitive);
            if (!all)
                continue;
        }
        if (updatedAfter.isValid() && SandboxClock::parse(c.value(QStringLiteral("updatedOn")).toString()) <= updatedAfter)
            continue;
        if (!tags.isEmpty()) {
            bool any = false;
            const QJsonArray ctags = c.value(QStringLiteral("tags")).toArray();
            for (const QJsonValue &t : ctags) {
                for (const QString &want : tags)
                    any = any || t.toString().compare(want, Qt::CaseInsensitive) == 0;
            }
            if (!any)
                continue;
        }
        if (!jobIds.isEmpty() || !statuses.isEmpty()) {
            bool match = false;
            for (const QJsonValue &j : applied) {
                if (!jobIds.isEmpty() && !jobIds.contains(j.toString()))
                    continue;
                const QJsonObject app = s.applications.value(SandboxState::applicationKey(it.key(), j.toString()));
                if (!statuses.isEmpty() && !statuses.contains(app.value(QStringLiteral("status")).toString()))
                    continue;
                if (!subStatus.isEmpty() && app.value(QStringLiteral("subStatus")).toString() != subStatus)
                    continue;
                match = true;
            }
            if (!match)
                continue;
        }
        keys.append(it.key());
    }
    const Paging::Slice slice = Paging::slice(keys, page);
    QJsonArray content;
    for (const QString &k : slice.keys)
        content.append(Render::candidateListItem(call.core, s.candidates.value(k)));
    QJsonObject body{{QStringLiteral("limit"), page.limit}, {QStringLiteral("offset"), 0},
                     {QStringLiteral("totalFound"), slice.totalFound}, {QStringLiteral("content"), content}};
    if (!slice.nextPageId.isEmpty())
        body.insert(QStringLiteral("nextPageId"), slice.nextPageId);
    HttpResponse r = ApiReply::json(200, body);
    Paging::addLink(r, req, slice.nextPageId);
    return r;
}

// Shared by POST /candidates (talent pool) and POST /jobs/{id}/candidates.
HttpResponse createCandidate(ApiCall &call, const QString &jobId)
{
    HttpResponse err;
    if (!jobId.isEmpty() && !ApiRoutes::job(call.core, jobId, &err))
        return err;
    const auto body = call.core.jsonBody(call, CandidateSchemas::candidateInput(), &err);
    if (!body)
        return err;
    QJsonObject in = body->toObject();
    bool ok = false;
    const QJsonObject source = SourceRules::resolve(call.core, in.value(QStringLiteral("sourceDetails")).toObject(), &err, &ok);
    if (!ok)
        return err;
    // Everything is validated; from here on the request is applied in full.
    SandboxCore &core = call.core;
    const QString id = core.ids.uuid();
    const QString now = core.now();
    QJsonObject c;
    for (const QString &k : {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
                             QStringLiteral("phoneNumber"), QStringLiteral("location"), QStringLiteral("web")}) {
        if (in.contains(k))
            c.insert(k, in.value(k));
    }
    c.insert(QStringLiteral("id"), id);
    c.insert(QStringLiteral("internal"), in.value(QStringLiteral("internal")).toBool(false));
    c.insert(QStringLiteral("tags"), in.value(QStringLiteral("tags")).toArray());
    c.insert(QStringLiteral("education"), in.value(QStringLiteral("education")).toArray());
    c.insert(QStringLiteral("experience"), in.value(QStringLiteral("experience")).toArray());
    c.insert(QStringLiteral("createdOn"), now);
    c.insert(QStringLiteral("updatedOn"), now);
    c.insert(QStringLiteral("jobIds"), jobId.isEmpty() ? QJsonArray{} : QJsonArray{jobId});
    c.insert(QStringLiteral("poolSource"), source);
    core.state.candidates.insert(id, c);
    core.emitEvent(QStringLiteral("candidate.created"), QJsonObject{{QStringLiteral("id"), id}}, QStringLiteral("/candidates/") + id);
    if (!jobId.isEmpty()) {
        // Initial status of an API-created application is UNCONFIRMED (NEW or
        // LEAD); the sandbox uses NEW, as the notes' checklist does.
        const QString appId = core.ids.uuid();
        core.state.applications.insert(SandboxState::applicationKey(id, jobId), QJsonObject{
            {QStringLiteral("applicationId"), appId}, {QStringLiteral("candidateId"), id}, {QStringLiteral("jobId"), jobId},
            {QStringLiteral("status"), QStringLiteral("NEW")}, {QStringLiteral("createdOn"), now},
            {QStringLiteral("source"), source}, {QStringLiteral("properties"), QJsonObject{}},
            {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("changedOn"), now},
                                                               {QStringLiteral("status"), QStringLiteral("NEW")}}}}});
        core.state.jobs[jobId].insert(QStringLiteral("lastActivityOn"), now);
        core.emitEvent(QStringLiteral("application.created"),
                       QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("candidate_id"), id},
                                   {QStringLiteral("application_id"), appId}},
                       QStringLiteral("/candidates/%1/jobs/%2").arg(id, jobId));
    }
    return ApiReply::json(201, Render::candidateDetails(core, c));
}
} // namespace

void CandidatesApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("candidates_read")});
    const auto create = Router::anyOf({QStringLiteral("candidates_create")});
    const auto manage = Router::anyOf({QStringLiteral("candidates_manage")});

    router.add("GET", QStringLiteral("/candidates"), read, listCandidates);
    router.add("POST", QStringLiteral("/candidates"), create, [](ApiCall &call) { return createCandidate(call, {}); });
    router.add("POST", QStringLiteral("/jobs/{jobId}/candidates"), create,
               [](ApiCall &call) { return createCandidate(call, call.param(QStringLiteral("jobId"))); });

    router.add("GET", QStringLiteral("/candidates/{id}"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *c = ApiRoutes::candidate(call.core, call.param(QStringLiteral("id")), &err);
        return c ? ApiReply::json(200, Render::candidateDetails(call.core, *c)) : err;
    });

    router.add("PATCH", QStringLiteral("/candidates/{id}"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        if (!ApiRoutes::candidate(call.core, id, &err))
            return err;
        // PATCH /candidates/{id} takes a plain JSON object, never JSON Patch.
        if (call.request.header("content-type").startsWith("application/json-patch"))
            return ApiReply::error(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                                   QStringLiteral("PATCH /candidates/{id} takes application/json, not JSON Patch"));
        const auto body = call.core.jsonBody(call, CandidateSchemas::personalDetails(), &err);
        if (!body)
            return err;
        const QJsonObject in = body->toObject();
        // Unknown fields are refused (stricter than silently ignoring them):
        // a client that sends `tags` here has a bug worth seeing.
        static const QStringList allowed = {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
                                            QStringLiteral("phoneNumber"), QStringLiteral("location"), QStringLiteral("web")};
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!allowed.contains(it.key()))
                return ApiReply::error(400, QStringLiteral("INVALID_INPUT"),
                                       QStringLiteral("$.%1: not a PersonalDetails field").arg(it.key()));
        }
        QJsonObject &c = call.core.state.candidates[id];
        for (auto it = in.begin(); it != in.end(); ++it)
            c.insert(it.key(), it.value());
        c.insert(QStringLiteral("updatedOn"), call.core.now());
        call.core.emitEvent(QStringLiteral("candidate.updated"), QJsonObject{{QStringLiteral("id"), id}},
                            QStringLiteral("/candidates/") + id);
        return ApiReply::json(200, Render::candidateDetails(call.core, c));
    });

    router.add("DELETE", QStringLiteral("/candidates/{id}"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        const QJsonObject *c = ApiRoutes::candidate(call.core, id, &err);
        if (!c)
            return err;
        SandboxState &s = call.core.state;
        const QJsonArray jobIds = c->value(QStringLiteral("jobIds")).toArray();
        for (const QJsonValue &j : jobIds)
            s.applications.remove(SandboxState::applicationKey(id, j.toString()));
        for (auto it = s.attachments.begin(); it != s.attachments.end();) {
            if (it->value(QStringLiteral("candidateId")).toString() == id) {
                s.attachmentData.remove(it.key());
                it = s.attachments.erase(it);
            } else {
                ++it;
            }
        }
        s.candidates.remove(id);
        // candidate.deleted carries no Link header: the entity is gone.
        call.core.emitEvent(QStringLiteral("candidate.deleted"), QJsonObject{{QStringLiteral("id"), id}}, {});
        return ApiReply::noContent();
    });
}

} // namespace sr::sandbox
