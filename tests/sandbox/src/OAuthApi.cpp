#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Router.h"
#include "SandboxCore.h"

#include <QUrl>
#include <QUrlQuery>

namespace sr::sandbox {

namespace {
QUrlQuery formOf(const HttpRequest &req)
{
    QByteArray raw = req.body;
    raw.replace('+', "%20"); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromLatin1(raw));
}

QString field(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

AuthService::AuthorizeRequest authorizeRequest(const QUrlQuery &q)
{
    AuthService::AuthorizeRequest r;
    r.clientId = field(q, QStringLiteral("client_id"));
    r.redirectUri = field(q, QStringLiteral("redirect_uri"));
    r.state = field(q, QStringLiteral("state"));
    r.scopeGiven = q.hasQueryItem(QStringLiteral("scope"));
    r.scopes = field(q, QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts); // space-separated
    return r;
}

QString page(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
                          "label{display:block;margin:.5em 0}button{margin-right:1em}</style></head>"
                          "<body><h1>%1</h1>%2</body></html>").arg(title.toHtmlEscaped(), content);
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(name, value.toHtmlEscaped());
}

HttpResponse signInPage(const AuthService::AuthorizeRequest &r, const QString &error, int status)
{
    QString html;
    if (!error.isEmpty())
        html += QStringLiteral("<p id=\"error\" role=\"alert\">%1</p>").arg(error.toHtmlEscaped());
    html += QStringLiteral("<p>Sign in to the SmartRecruiters sandbox to continue.</p>"
                           "<form id=\"signin\" method=\"post\" action=\"/identity/oauth/allow\">");
    html += hidden(QStringLiteral("step"), QStringLiteral("signin")) + hidden(QStringLiteral("client_id"), r.clientId)
        + hidden(QStringLiteral("redirect_uri"), r.redirectUri) + hidden(QStringLiteral("state"), r.state);
    if (r.scopeGiven)
        html += hidden(QStringLiteral("scope"), r.scopes.join(u' '));
    html += QStringLiteral("<label>E-mail <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\"></label>"
                           "<label>Password <input id=\"password\" name=\"password\" type=\"password\"></label>"
                           "<button id=\"signInButton\" type=\"submit\">Sign in</button></form>");
    return ApiReply::html(status, page(QStringLiteral("Sign in"), html));
}

HttpResponse consentPage(const SandboxCore &core, const AuthService::AuthorizeRequest &r, const QString &ticket)
{
    QStringList scopes = r.scopes;
    if (!r.scopeGiven) {
        const QJsonArray defaults = core.state.oauthClients.value(r.clientId).value(QStringLiteral("scopes")).toArray();
        for (const QJsonValue &s : defaults)
            scopes.append(s.toString());
    }
    QString list = QStringLiteral("<ul id=\"scopes\">");
    for (const QString &s : std::as_const(scopes))
        list += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    const QString html = QStringLiteral("<p><b>%1</b> asks for access to your SmartRecruiters data:</p>%2"
                                        "<form id=\"consent\" method=\"post\" action=\"/identity/oauth/allow\">%3%4"
                                        "<button id=\"allowButton\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>"
                                        "<button id=\"denyButton\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>"
                                        "</form>")
                             .arg(r.clientId.toHtmlEscaped(), list, hidden(QStringLiteral("step"), QStringLiteral("consent")),
                                  hidden(QStringLiteral("ticket"), ticket));
    return ApiReply::html(200, page(QStringLiteral("Allow access"), html));
}

HttpResponse redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QUrl url(redirectUri);
    QUrlQuery q(url);
    for (const auto &[k, v] : params) {
        if (!v.isEmpty())
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    url.setQuery(q);
    return ApiReply::redirect(url.toEncoded());
}

HttpResponse errorPage(const QString &message)
{
    // Bad client or redirect URI: show the error, never redirect (RFC 6749 §4.1.2.1).
    return ApiReply::html(400, page(QStringLiteral("Authorization error"),
                                    QStringLiteral("<p id=\"error\" role=\"alert\">%1</p>").arg(message.toHtmlEscaped())));
}

HttpResponse start(SandboxCore &core, const AuthService::AuthorizeRequest &r)
{
    if (const QString e = core.auth.checkClientAndRedirect(r); !e.isEmpty())
        return errorPage(e);
    if (const QString e = core.auth.checkScopes(r); !e.isEmpty())
        return redirectTo(r.redirectUri, {{QStringLiteral("error"), QStringLiteral("invalid_scope")},
                                          {QStringLiteral("error_description"), e}, {QStringLiteral("state"), r.state}});
    return signInPage(r, {}, 200);
}
} // namespace

void OAuthApi::registerRoutes(Router &router)
{
    router.addOpen("GET", QStringLiteral("/identity/oauth/allow"), [](ApiCall &call) {
        return start(call.core, authorizeRequest(call.request.query));
    });
    router.addOpen("POST", QStringLiteral("/identity/oauth/allow"), [](ApiCall &call) {
        const QUrlQuery form = formOf(call.request);
        const QString step = field(form, QStringLiteral("step"));
        if (step == u"signin") {
            const AuthService::AuthorizeRequest r = authorizeRequest(form);
            if (const QString e = call.core.auth.checkClientAndRedirect(r); !e.isEmpty())
                return errorPage(e);
            if (const QString e = call.core.auth.checkScopes(r); !e.isEmpty())
                return errorPage(e);
            const auto user = call.core.auth.signIn(field(form, QStringLiteral("email")), field(form, QStringLiteral("password")));
            if (!user)
                return signInPage(r, QStringLiteral("Wrong e-mail or password."), 401);
            return consentPage(call.core, r, call.core.auth.createTicket(r, user->value(QStringLiteral("id")).toString()));
        }
        if (step == u"consent") {
            const auto ticket = call.core.auth.takeTicket(field(form, QStringLiteral("ticket")));
            if (!ticket)
                return errorPage(QStringLiteral("This sign-in has expired. Start again from the application."));
            const AuthService::AuthorizeRequest &r = ticket->first;
            if (field(form, QStringLiteral("decision")) != u"allow") {
                // The denial parameters are UNCONFIRMED; RFC 6749 §4.1.2.1 gives these.
                return redirectTo(r.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                  {QStringLiteral("error_description"), QStringLiteral("The user denied access")},
                                                  {QStringLiteral("state"), r.state}});
            }
            const QString code = call.core.auth.issueCode(r, ticket->second);
            return redirectTo(r.redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), r.state}});
        }
        return errorPage(QStringLiteral("Unknown step"));
    });
    router.addOpen("POST", QStringLiteral("/identity/oauth/token"), [](ApiCall &call) {
        if (!call.request.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return ApiReply::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("The token endpoint takes application/x-www-form-urlencoded"));
        return call.core.auth.token(formOf(call.request));
    });
}

} // namespace sr::sandbox
