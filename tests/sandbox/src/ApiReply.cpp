#include "ApiReply.h"

#include <QJsonDocument>

namespace sr::sandbox {

HttpResponse ApiReply::json(int status, const QJsonValue &value)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse ApiReply::error(int status, const QString &code, const QString &message)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("message"), message},
                                    {QStringLiteral("errors"), QJsonArray{e}}});
}

HttpResponse ApiReply::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse ApiReply::html(int status, const QString &html)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html;charset=UTF-8");
    r.setHeader("Cache-Control", "no-store");
    r.body = html.toUtf8();
    return r;
}

HttpResponse ApiReply::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse ApiReply::oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = json(status, QJsonObject{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QJsonObject ApiReply::action(const QString &url, const QString &method)
{
    return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("method"), method}};
}

} // namespace sr::sandbox
