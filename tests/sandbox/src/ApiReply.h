#pragma once

#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sr::sandbox {

// Builders for answers in SmartRecruiters' shapes. Every error carries the
// `ErrorResponse` body `{message, errors:[{code, message}]}` (errors required).
class ApiReply
{
public:
    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse noContent();
    static HttpResponse html(int status, const QString &html);
    static HttpResponse redirect(const QByteArray &location);
    // RFC 6749 §5.2 body used by the token endpoint (UNCONFIRMED for SR, see README).
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
    static QJsonObject action(const QString &url, const QString &method = QStringLiteral("GET"));
};

} // namespace sr::sandbox
