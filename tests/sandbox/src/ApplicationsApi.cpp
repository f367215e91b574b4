#include "ApiReply.h"
#include "ApiRoutes.h"
#include "CandidateSchemas.h"
#include "Render.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
HttpResponse updateStatus(ApiCall &call, const QString &candidateId, const QString &jobId)
{
    SandboxCore &core = call.core;
    HttpResponse err;
    const QJsonObject *app = ApiRoutes::application(core, candidateId, jobId, &err);
    if (!app)
        return err;
    JsonSchema status = JsonSchema::string();
    status.enumOf(CandidateSchemas::candidateStatuses());
    JsonSchema startsOn = JsonSchema::string();
    startsOn.format(JsonSchema::Format::DateTime);
    const auto body = core.jsonBody(call, JsonSchema::object({{QStringLiteral("status"), status},
                                                             {QStringLiteral("subStatus"), JsonSchema::string(1)},
                                                             {QStringLiteral("startsOn"), startsOn},
                                                             {QStringLiteral("reason"), JsonSchema::string(1)}},
                                                            {QStringLiteral("status")}), &err);
    if (!body)
        return err;
    const QJsonObject in = body->toObject();
    const QString st = in.value(QStringLiteral("status")).toString();
    const QString sub = in.value(QStringLiteral("subStatus")).toString();
    const QString reason = in.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty()) {
        if (st != u"REJECTED" && st != u"WITHDRAWN")
            return ApiReply::error(400, QStringLiteral("NO_REASON_SUPPORT_FOR_STATUS"),
                                   QStringLiteral("A reason is only accepted with REJECTED or WITHDRAWN"));
        const Table &reasons = st == u"REJECTED" ? core.state.rejectionReasons : core.state.withdrawalReasons;
        if (!reasons.contains(reason))
            return ApiReply::error(400, QStringLiteral("REASON_NOT_FOUND"), QStringLiteral("Unknown reason %1").arg(reason));
    }
    const QJsonObject job = core.state.jobs.value(jobId);
    const QJsonObject process = core.state.hiringProcesses.value(job.value(QStringLiteral("hiringProcessId")).toString());
    const QJsonArray allowed = process.value(QStringLiteral("subStatuses")).toObject().value(st).toArray();
    if (sub.isEmpty() && !allowed.isEmpty())
        return ApiReply::error(400, QStringLiteral("REQUIRED_SUB_STATUS_OMITTED"),
                               QStringLiteral("The job's hiring process requires a sub-status for %1").arg(st));
    // The spec names no code for an unknown sub-status; SUB_STATUS_NOT_FOUND is the sandbox's choice.
    if (!sub.isEmpty() && !allowed.contains(QJsonValue(sub)))
        return ApiReply::error(400, QStringLiteral("SUB_STATUS_NOT_FOUND"),
                               QStringLiteral("%1 is not a sub-status of %2 in this hiring process").arg(sub, st));

    QJsonObject &stored = core.state.applications[SandboxState::applicationKey(candidateId, jobId)];
    const QString now = core.now();
    stored.insert(QStringLiteral("status"), st);
    stored.remove(QStringLiteral("subStatus"));
    stored.remove(QStringLiteral("reasonOfRejection"));
    stored.remove(QStringLiteral("reasonOfWithdrawal"));
    if (!sub.isEmpty())
        stored.insert(QStringLiteral("subStatus"), sub);
    if (in.contains(QStringLiteral("startsOn")))
        stored.insert(QStringLiteral("startsOn"), SandboxClock::format(SandboxClock::parse(in.value(QStringLiteral("startsOn")).toString())));
    if (!reason.isEmpty())
        stored.insert(st == u"REJECTED" ? QStringLiteral("reasonOfRejection") : QStringLiteral("reasonOfWithdrawal"), reason);
    QJsonArray history = stored.value(QStringLiteral("history")).toArray();
    QJsonObject entry{{QStringLiteral("changedOn"), now}, {QStringLiteral("status"), st}};
    if (!sub.isEmpty())
        entry.insert(QStringLiteral("subStatus"), sub);
    history.append(entry);
    stored.insert(QStringLiteral("history"), history);
    core.state.candidates[candidateId].insert(QStringLiteral("updatedOn"), now);
    core.emitEvent(QStringLiteral("application.status.updated"),
                   QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("candidate_id"), candidateId},
                               {QStringLiteral("application_id"), stored.value(QStringLiteral("applicationId"))}},
                   QStringLiteral("/candidates/%1/jobs/%2").arg(candidateId, jobId));
    return ApiReply::noContent();
}
} // namespace

void ApplicationsApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("candidates_read")});
    const auto manage = Router::anyOf({QStringLiteral("candidates_manage")});

    router.add("GET", QStringLiteral("/candidates/{id}/jobs/{jobId}"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *app = ApiRoutes::application(call.core, call.param(QStringLiteral("id")),
                                                        call.param(QStringLiteral("jobId")), &err);
        return app ? ApiReply::json(200, Render::application(call.core, *app)) : err;
    });

    router.add("PUT", QStringLiteral("/candidates/{id}/jobs/{jobId}/status"), manage, [](ApiCall &call) {
        return updateStatus(call, call.param(QStringLiteral("id")), call.param(QStringLiteral("jobId")));
    });

    // Deprecated form: the primary assignment's status.
    router.add("PUT", QStringLiteral("/candidates/{id}/status"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *c = ApiRoutes::candidate(call.core, call.param(QStringLiteral("id")), &err);
        if (!c)
            return err;
        const QJsonArray jobs = c->value(QStringLiteral("jobIds")).toArray();
        if (jobs.isEmpty())
            return ApiReply::error(404, QStringLiteral("JOB_NOT_FOUND"), QStringLiteral("Candidate has no application"));
        return updateStatus(call, call.param(QStringLiteral("id")), jobs.first().toString());
    });

    // The spec lists candidates_read and candidate_status_read; both are
    // required here (stricter), and the docs' spelling candidates_status_read is accepted too.
    const QList<QStringList> historyScopes = {{QStringLiteral("candidates_read"), QStringLiteral("candidate_status_read")},
                                              {QStringLiteral("candidates_read"), QStringLiteral("candidates_status_read")}};
    router.add("GET", QStringLiteral("/candidates/{id}/jobs/{jobId}/status/history"), historyScopes, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *app = ApiRoutes::application(call.core, call.param(QStringLiteral("id")),
                                                        call.param(QStringLiteral("jobId")), &err);
        if (!app)
            return err;
        const QJsonArray history = app->value(QStringLiteral("history")).toArray();
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), history.size()}, {QStringLiteral("content"), history}});
    });

    router.add("PUT", QStringLiteral("/candidates/{id}/jobs/{jobId}/source"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::application(call.core, id, jobId, &err))
            return err;
        const auto body = call.core.jsonBody(call, CandidateSchemas::source(), &err);
        if (!body)
            return err;
        bool ok = false;
        const QJsonObject source = SourceRules::resolve(call.core, body->toObject(), &err, &ok);
        if (!ok) {
            // This endpoint documents its own codes for the same failures.
            if (err.status == 404)
                return ApiReply::error(400, QStringLiteral("INVALID_SOURCE_TYPE"), QStringLiteral("Unknown source type"));
            if (err.body.contains("SOURCE_NOT_FOUND"))
                return ApiReply::error(400, QStringLiteral("INVALID_SOURCE"), QStringLiteral("Unknown source"));
            return err;
        }
        QJsonObject &app = call.core.state.applications[SandboxState::applicationKey(id, jobId)];
        app.insert(QStringLiteral("source"), source);
        call.core.emitEvent(QStringLiteral("application.source.updated"),
                            QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("candidate_id"), id},
                                        {QStringLiteral("application_id"), app.value(QStringLiteral("applicationId"))}},
                            QStringLiteral("/candidates/%1/jobs/%2").arg(id, jobId));
        return ApiReply::noContent();
    });
}

} // namespace sr::sandbox
