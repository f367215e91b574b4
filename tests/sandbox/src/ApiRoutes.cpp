#include "ApiRoutes.h"

#include "ApiReply.h"

#include <QJsonArray>
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

void ApiRoutes::registerAll(Router &router, WebhookDispatcher &webhooks)
{
    JobsApi::registerRoutes(router);
    CandidatesApi::registerRoutes(router);
    ApplicationsApi::registerRoutes(router);
    TagsApi::registerRoutes(router);
    AttachmentsApi::registerRoutes(router);
    PropertiesApi::registerRoutes(router);
    ConfigurationApi::registerRoutes(router);
    UsersApi::registerRoutes(router);
    MessagesApi::registerRoutes(router);
    WebhooksApi::registerRoutes(router, webhooks);
    OAuthApi::registerRoutes(router);
}

const QJsonObject *ApiRoutes::candidate(const SandboxCore &core, const QString &id, HttpResponse *error)
{
    const auto it = core.state.candidates.constFind(id);
    if (it == core.state.candidates.cend()) {
        *error = ApiReply::error(404, QStringLiteral("CANDIDATE_NOT_FOUND"), QStringLiteral("Candidate not found"));
        return nullptr;
    }
    return &it.value();
}

const QJsonObject *ApiRoutes::job(const SandboxCore &core, const QString &id, HttpResponse *error)
{
    const auto it = core.state.jobs.constFind(id);
    if (it == core.state.jobs.cend()) {
        *error = ApiReply::error(404, QStringLiteral("JOB_NOT_FOUND"), QStringLiteral("Job not found"));
        return nullptr;
    }
    return &it.value();
}

const QJsonObject *ApiRoutes::application(const SandboxCore &core, const QString &candidateId, const QString &jobId,
                                          HttpResponse *error)
{
    if (!candidate(core, candidateId, error))
        return nullptr;
    const auto it = core.state.applications.constFind(SandboxState::applicationKey(candidateId, jobId));
    if (it == core.state.applications.cend()) {
        // The spec documents this case as 404 "Candidate is not assigned to given job".
        *error = ApiReply::error(404, QStringLiteral("JOB_NOT_FOUND"), QStringLiteral("Candidate is not assigned to given job"));
        return nullptr;
    }
    return &it.value();
}

bool ApiRoutes::dateFilter(const HttpRequest &request, const QString &name, QDateTime *out, HttpResponse *error)
{
    *out = {};
    if (!request.hasQuery(name))
        return true;
    *out = SandboxClock::parse(request.queryValue(name));
    if (!out->isValid()) {
        *error = ApiReply::error(400, QStringLiteral("INVALID_INPUT"),
                                 QStringLiteral("%1 must be yyyy-MM-ddTHH:mm:ss.SSSZZ").arg(name));
        return false;
    }
    return true;
}

} // namespace sr::sandbox

namespace sr::sandbox {

QJsonObject SourceRules::resolve(const SandboxCore &core, const QJsonObject &details, HttpResponse *error, bool *ok)
{
    *ok = false;
    if (details.isEmpty()) {
        for (const QJsonObject &v : core.state.sourceValues) {
            if (v.value(QStringLiteral("default")).toBool()) {
                *ok = true;
                return QJsonObject{{QStringLiteral("sourceTypeId"), v.value(QStringLiteral("type"))},
                                   {QStringLiteral("sourceSubTypeId"), v.value(QStringLiteral("subType"))},
                                   {QStringLiteral("sourceId"), v.value(QStringLiteral("id"))}};
            }
        }
    }
    const QString type = details.value(QStringLiteral("sourceTypeId")).toString();
    const QString subType = details.value(QStringLiteral("sourceSubTypeId")).toString();
    const QString id = details.value(QStringLiteral("sourceId")).toString();
    const auto typeIt = core.state.sourceTypes.constFind(type);
    if (typeIt == core.state.sourceTypes.cend()) {
        *error = ApiReply::error(404, QStringLiteral("SOURCE_TYPE_NOT_FOUND"), QStringLiteral("Unknown source type %1").arg(type));
        return {};
    }
    const QJsonArray subtypes = typeIt->value(QStringLiteral("subtypes")).toArray();
    // Stricter reading of SUBTYPE_REQUIRED: whenever the type has more than one subtype.
    if (subType.isEmpty() && subtypes.size() > 1) {
        *error = ApiReply::error(400, QStringLiteral("SUBTYPE_REQUIRED"), QStringLiteral("sourceSubTypeId is required for %1").arg(type));
        return {};
    }
    const auto valueIt = core.state.sourceValues.constFind(id);
    if (valueIt == core.state.sourceValues.cend() || valueIt->value(QStringLiteral("type")).toString() != type
        || (!subType.isEmpty() && valueIt->value(QStringLiteral("subType")).toString() != subType)) {
        *error = ApiReply::error(400, QStringLiteral("SOURCE_NOT_FOUND"), QStringLiteral("Source %1 not found for this type").arg(id));
        return {};
    }
    *ok = true;
    return QJsonObject{{QStringLiteral("sourceTypeId"), type},
                       {QStringLiteral("sourceSubTypeId"), valueIt->value(QStringLiteral("subType"))},
                       {QStringLiteral("sourceId"), id}};
}

} // namespace sr::sandbox
