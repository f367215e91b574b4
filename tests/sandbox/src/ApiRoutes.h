#pragma once

#include "HttpServer.h"

#include <QJsonObject>
#include <QString>

namespace sr::sandbox {

class Router;
class Sandbox;
class SandboxCore;
class WebhookDispatcher;

// Each API family registers its routes; one file per family keeps files small.
class ApiRoutes
{
public:
    static void registerAll(Router &router, WebhookDispatcher &webhooks);

    // Common 404s; return nullptr and fill `error` when the entity is missing.
    static const QJsonObject *candidate(const SandboxCore &core, const QString &id, HttpResponse *error);
    static const QJsonObject *job(const SandboxCore &core, const QString &id, HttpResponse *error);
    static const QJsonObject *application(const SandboxCore &core, const QString &candidateId, const QString &jobId,
                                          HttpResponse *error);
    // Validates an updatedAfter-style filter; empty QDateTime when absent.
    static bool dateFilter(const HttpRequest &request, const QString &name, QDateTime *out, HttpResponse *error);
};

class JobsApi { public: static void registerRoutes(Router &router); };
class CandidatesApi { public: static void registerRoutes(Router &router); };
class ApplicationsApi { public: static void registerRoutes(Router &router); };
class TagsApi { public: static void registerRoutes(Router &router); };
class AttachmentsApi { public: static void registerRoutes(Router &router); };
class PropertiesApi { public: static void registerRoutes(Router &router); };
class ConfigurationApi { public: static void registerRoutes(Router &router); };
class UsersApi { public: static void registerRoutes(Router &router); };
class MessagesApi { public: static void registerRoutes(Router &router); };
class WebhooksApi { public: static void registerRoutes(Router &router, WebhookDispatcher &webhooks); };
class OAuthApi { public: static void registerRoutes(Router &router); };

// /__sandbox/ test controls; never mixed with SmartRecruiters' paths.
class ControlApi
{
public:
    static HttpResponse handle(Sandbox &sandbox, const HttpRequest &request);
};

} // namespace sr::sandbox

namespace sr::sandbox {

// Source validation shared by candidate creation and PUT .../source.
class SourceRules
{
public:
    // Returns the stored source {sourceTypeId, sourceSubTypeId, sourceId};
    // an empty `details` gives the default "API" source.
    static QJsonObject resolve(const SandboxCore &core, const QJsonObject &details, HttpResponse *error, bool *ok);
};

} // namespace sr::sandbox
