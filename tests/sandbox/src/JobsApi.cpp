#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Paging.h"
#include "Render.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
const QStringList kValidJobStatuses = {QStringLiteral("CREATED"), QStringLiteral("SOURCING"), QStringLiteral("FILLED"),
                                       QStringLiteral("INTERVIEW"), QStringLiteral("OFFER"), QStringLiteral("CANCELLED"),
                                       QStringLiteral("ON_HOLD")};

HttpResponse listJobs(ApiCall &call)
{
    const HttpRequest &req = call.request;
    const SandboxState &s = call.core.state;
    Paging::Page page;
    if (auto e = Paging::parse(req, 10, &page))
        return *e;
    const QString sort = req.hasQuery(QStringLiteral("sort")) ? req.queryValue(QStringLiteral("sort")) : QStringLiteral("default");
    if (sort != u"default" && sort != u"job_id")
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("sort must be default or job_id"));
    // pageId only works with sort=job_id, as documented.
    if (req.hasQuery(QStringLiteral("pageId")) && sort != u"job_id")
        return ApiReply::error(400, QStringLiteral("INVALID_PAGE_ID"), QStringLiteral("pageId requires sort=job_id"));
    int offset = 0;
    if (req.hasQuery(QStringLiteral("offset"))) {
        bool ok = false;
        offset = req.queryValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0 || offset > 10000000)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("offset must be 0-10000000"));
        if (req.hasQuery(QStringLiteral("pageId")))
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("use either offset or pageId"));
    }
    QStringList statuses = req.queryValues(QStringLiteral("status")) + req.queryValues(QStringLiteral("statuses[]"));
    for (const QString &st : std::as_const(statuses)) {
        if (!kValidJobStatuses.contains(st))
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("Unknown job status: %1").arg(st));
    }
    QDateTime updatedAfter;
    HttpResponse err;
    if (!ApiRoutes::dateFilter(req, QStringLiteral("updatedAfter"), &updatedAfter, &err))
        return err;
    const QString q = req.queryValue(QStringLiteral("q"));
    const QStringList departments = req.queryValues(QStringLiteral("department"));
    QStringList keys;
    for (auto it = s.jobs.cbegin(); it != s.jobs.cend(); ++it) {
        const QJsonObject &j = it.value();
        if (!q.isEmpty() && !j.value(QStringLiteral("title")).toString().contains(q, Qt::CaseInsensitive))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(j.value(QStringLiteral("status")).toString()))
            continue;
        if (updatedAfter.isValid()
            && SandboxClock::parse(j.value(QStringLiteral("updatedOn")).toString()) <= updatedAfter)
            continue;
        if (!departments.isEmpty()) {
            const QString label = s.departments.value(j.value(QStringLiteral("departmentId")).toString())
                                      .value(QStringLiteral("label")).toString();
            if (!departments.contains(label))
                continue;
        }
        keys.append(it.key());
    }
    QJsonArray content;
    Paging::Slice slice;
    if (sort == u"job_id") {
        slice = Paging::slice(keys, page);
    } else {
        slice.totalFound = int(keys.size());
        slice.keys = keys.mid(offset, page.limit);
    }
    for (const QString &k : std::as_const(slice.keys))
        content.append(Render::jobSummary(call.core, s.jobs.value(k)));
    QJsonObject body{{QStringLiteral("limit"), page.limit}, {QStringLiteral("offset"), offset},
                     {QStringLiteral("totalFound"), slice.totalFound}, {QStringLiteral("content"), content}};
    if (!slice.nextPageId.isEmpty())
        body.insert(QStringLiteral("nextPageId"), slice.nextPageId);
    HttpResponse r = ApiReply::json(200, body);
    Paging::addLink(r, req, slice.nextPageId);
    return r;
}

HttpResponse hiringTeam(const SandboxCore &core, const QJsonObject &job)
{
    QJsonArray content;
    const QJsonArray team = job.value(QStringLiteral("hiringTeam")).toArray();
    for (const QJsonValue &m : team) {
        const QString id = m.toObject().value(QStringLiteral("id")).toString();
        content.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("role"), m.toObject().value(QStringLiteral("role"))},
                                   {QStringLiteral("actions"), QJsonObject{{QStringLiteral("details"),
                                       ApiReply::action(core.url(QStringLiteral("/user-api/v201804/users/") + id))}}}});
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
}
} // namespace

void JobsApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("jobs_read")});
    const auto manage = Router::anyOf({QStringLiteral("jobs_manage")});

    router.add("GET", QStringLiteral("/jobs"), read, listJobs);

    router.add("GET", QStringLiteral("/jobs/{jobId}"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *job = ApiRoutes::job(call.core, call.param(QStringLiteral("jobId")), &err);
        return job ? ApiReply::json(200, Render::jobDetails(call.core, *job)) : err;
    });

    router.add("GET", QStringLiteral("/jobs/{jobId}/hiring-team"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *job = ApiRoutes::job(call.core, call.param(QStringLiteral("jobId")), &err);
        return job ? hiringTeam(call.core, *job) : err;
    });

    router.add("POST", QStringLiteral("/jobs/{jobId}/hiring-team"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::job(call.core, jobId, &err))
            return err;
        const auto schema = JsonSchema::object({{QStringLiteral("id"), JsonSchema::string(1, 256)},
                                                {QStringLiteral("role"), JsonSchema::string(1)}},
                                               {QStringLiteral("id"), QStringLiteral("role")});
        const auto body = call.core.jsonBody(call, schema, &err);
        if (!body)
            return err;
        const QString userId = body->toObject().value(QStringLiteral("id")).toString();
        if (!call.core.state.users.contains(userId))
            return ApiReply::error(400, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User not found"));
        QJsonObject &job = call.core.state.jobs[jobId];
        QJsonArray team = job.value(QStringLiteral("hiringTeam")).toArray();
        for (const QJsonValue &m : std::as_const(team)) {
            if (m.toObject().value(QStringLiteral("id")).toString() == userId)
                return ApiReply::error(409, QStringLiteral("ALREADY_HIRING_TEAM_MEMBER"), QStringLiteral("User is already a member"));
        }
        const QJsonObject member{{QStringLiteral("id"), userId}, {QStringLiteral("role"), body->toObject().value(QStringLiteral("role"))}};
        team.append(member);
        job.insert(QStringLiteral("hiringTeam"), team);
        job.insert(QStringLiteral("updatedOn"), call.core.now());
        return ApiReply::json(200, member);
    });

    router.add("DELETE", QStringLiteral("/jobs/{jobId}/hiring-team/{userId}"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::job(call.core, jobId, &err))
            return err;
        QJsonObject &job = call.core.state.jobs[jobId];
        QJsonArray team = job.value(QStringLiteral("hiringTeam")).toArray();
        for (qsizetype i = 0; i < team.size(); ++i) {
            if (team.at(i).toObject().value(QStringLiteral("id")).toString() != call.param(QStringLiteral("userId")))
                continue;
            if (team.size() == 1)
                return ApiReply::error(400, QStringLiteral("INVALID_HIRING_TEAM_STATE"), QStringLiteral("Cannot remove the last member"));
            team.removeAt(i);
            job.insert(QStringLiteral("hiringTeam"), team);
            return ApiReply::noContent();
        }
        return ApiReply::error(404, QStringLiteral("USER_NOT_FOUND"), QStringLiteral("User is not a hiring team member"));
    });

    router.add("PUT", QStringLiteral("/jobs/{jobId}/status"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::job(call.core, jobId, &err))
            return err;
        JsonSchema status = JsonSchema::string();
        status.enumOf(kValidJobStatuses);
        const auto body = call.core.jsonBody(call, JsonSchema::object({{QStringLiteral("status"), status}}, {QStringLiteral("status")}), &err);
        if (!body)
            return err;
        const QString st = body->toObject().value(QStringLiteral("status")).toString();
        QJsonObject &job = call.core.state.jobs[jobId];
        const QString now = call.core.now();
        job.insert(QStringLiteral("status"), st);
        job.insert(QStringLiteral("updatedOn"), now);
        job.insert(QStringLiteral("lastActivityOn"), now);
        QJsonArray history = job.value(QStringLiteral("statusHistory")).toArray();
        history.append(QJsonObject{{QStringLiteral("changedOn"), now}, {QStringLiteral("status"), st},
                                   {QStringLiteral("userId"), call.credential.userId}});
        job.insert(QStringLiteral("statusHistory"), history);
        call.core.emitEvent(QStringLiteral("job.status.updated"), QJsonObject{{QStringLiteral("id"), jobId}},
                            QStringLiteral("/jobs/") + jobId);
        return ApiReply::json(201, QJsonObject{{QStringLiteral("status"), st}});
    });

    router.add("GET", QStringLiteral("/jobs/{jobId}/status/history"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *job = ApiRoutes::job(call.core, call.param(QStringLiteral("jobId")), &err);
        if (!job)
            return err;
        QJsonArray content;
        const QJsonArray history = job->value(QStringLiteral("statusHistory")).toArray();
        for (const QJsonValue &h : history) {
            QJsonObject o{{QStringLiteral("changedOn"), h.toObject().value(QStringLiteral("changedOn"))},
                          {QStringLiteral("status"), h.toObject().value(QStringLiteral("status"))}};
            const QString userId = h.toObject().value(QStringLiteral("userId")).toString();
            if (!userId.isEmpty())
                o.insert(QStringLiteral("actions"), QJsonObject{{QStringLiteral("user"), ApiReply::action(
                    call.core.url(QStringLiteral("/user-api/v201804/users/") + userId))}});
            content.append(o);
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
    });
}

} // namespace sr::sandbox
