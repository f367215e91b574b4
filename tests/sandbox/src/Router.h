#pragma once

#include "HttpServer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sr::sandbox {

class SandboxCore;

// Who is calling. API keys carry every permission; OAuth tokens carry scopes.
struct Credential
{
    enum class Kind { None, ApiKey, OAuthUser, OAuthClient };
    Kind kind = Kind::None;
    QString limiterKey; // rate limits count per credential (API key or OAuth client)
    QString userId;
    QString clientId;
    QStringList scopes;

    bool isAdmin = false;
};

struct ApiCall
{
    HttpExchange *exchange = nullptr;
    const HttpRequest &request;
    QHash<QString, QString> params;
    Credential credential;
    SandboxCore &core;
    // A handler that answers later (e.g. after the webhook handshake) sets this
    // and calls SandboxCore::finish() itself.
    bool deferred = false;

    QString param(const QString &name) const { return params.value(name); }
};

using RouteHandler = std::function<HttpResponse(ApiCall &)>;

struct Route
{
    QByteArray method;
    QString pattern;    // e.g. "/candidates/{id}/jobs/{jobId}/status"
    QStringList segments;
    // Alternatives; each alternative lists scopes that must all be present.
    QList<QStringList> scopes;
    RouteHandler handler;
    bool requiresAuth = true;
};

class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, QList<QStringList> scopes, RouteHandler handler);
    void addOpen(const QByteArray &method, const QString &pattern, RouteHandler handler);

    enum class Match { Found, NoPath, NoMethod };
    Match match(const QByteArray &method, const QString &path, const Route **route, QHash<QString, QString> *params) const;
    const QList<Route> &routes() const { return m_routes; }

    // Shorthand for the common case of "any one of these scopes".
    static QList<QStringList> anyOf(const QStringList &scopes);

private:
    QList<Route> m_routes;
};

} // namespace sr::sandbox
