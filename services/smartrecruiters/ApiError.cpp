#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::sr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sr::ApiError", text);
}

struct ServerError
{
    QString message;
    QString code;
    QString codeMessage;
    QString field;
};

// SmartRecruiters' ErrorResponse {message, errors:[{code, message}]}; 422 on users uses dataPath.
ServerError parseErrorBody(const QByteArray &body)
{
    ServerError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.message = o.value(QStringLiteral("message")).toString();
    const QJsonObject first = o.value(QStringLiteral("errors")).toArray().at(0).toObject();
    e.code = first.value(QStringLiteral("code")).toString();
    e.codeMessage = first.value(QStringLiteral("message")).toString();
    e.field = first.value(QStringLiteral("dataPath")).toString();
    if (e.field.isEmpty())
        e.field = first.value(QStringLiteral("field")).toString();
    if (e.field.isEmpty()) {
        // The sandbox and SR name the JSON path in the text: "email: not an e-mail address", "/firstName ..."
        static const QRegularExpression pathRe(QStringLiteral("^\\s*([A-Za-z_$/][A-Za-z0-9_.\\[\\]/$]*)\\s*:"));
        const QRegularExpressionMatch m = pathRe.match(e.codeMessage.isEmpty() ? e.message : e.codeMessage);
        if (m.hasMatch())
            e.field = m.captured(1);
    }
    return e;
}

QString serverText(const ServerError &e)
{
    return !e.codeMessage.isEmpty() ? e.codeMessage : e.message;
}

} // namespace

bool ApiError::isRetryable() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited || kind == Kind::Server;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::ReconnectNeeded: return QStringLiteral("reconnect-needed");
    case Kind::MissingScope: return QStringLiteral("missing-scope");
    case Kind::Permission: return QStringLiteral("permission");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Malformed: return QStringLiteral("malformed");
    }
    return QStringLiteral("unknown");
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &what)
{
    ApiError e;
    const ServerError s = parseErrorBody(body);
    e.httpStatus = status;
    e.code = s.code;
    e.field = s.field;
    e.detail = QStringLiteral("%1: HTTP %2 %3 %4").arg(what).arg(status).arg(s.code, serverText(s)).trimmed();
    const QString text = serverText(s);
    if (status == 401) {
        e.kind = Kind::ReconnectNeeded;
        e.message = tr("SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.");
    } else if (status == 403 && (s.message + text).contains(QLatin1String("OAuthPermissionsException"))) {
        e.kind = Kind::MissingScope;
        static const QRegularExpression scopeRe(QStringLiteral("scope\\s+([A-Za-z_+ ]+)"));
        const QString scope = scopeRe.match(s.message + u' ' + text).captured(1).trimmed();
        e.message = scope.isEmpty()
            ? tr("The SmartRecruiters connection lacks a permission this action needs. Reconnect and allow it.")
            : tr("The SmartRecruiters connection lacks the permission “%1”. Ask your admin to add it, then reconnect.").arg(scope);
    } else if (status == 403) {
        e.kind = Kind::Permission;
        e.message = tr("Your SmartRecruiters account is not allowed to do this (%1). Ask a SmartRecruiters admin for access.")
                        .arg(s.code.isEmpty() ? QString::number(status) : s.code);
    } else if (status == 404) {
        e.kind = Kind::NotFound;
        e.message = tr("SmartRecruiters could not find it (%1); it may have been deleted or you may not have access.")
                        .arg(s.code.isEmpty() ? what : s.code);
    } else if (status == 400 || status == 422) {
        e.kind = Kind::Validation;
        if (!e.field.isEmpty())
            e.message = tr("SmartRecruiters refused the field “%1”: %2").arg(e.field, text.isEmpty() ? s.code : text);
        else
            e.message = tr("SmartRecruiters refused the data: %1").arg(text.isEmpty() ? s.code : text);
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        e.message = tr("SmartRecruiters is limiting requests right now. Sourcedesk will try again shortly.");
    } else if (status >= 500) {
        e.kind = Kind::Server;
        e.message = tr("SmartRecruiters had a problem (HTTP %1). Try again in a few minutes.").arg(status);
    } else {
        e.kind = Kind::Conflict;
        e.message = tr("SmartRecruiters refused the request (HTTP %1%2).")
                        .arg(status).arg(text.isEmpty() ? QString() : QStringLiteral(": ") + text);
    }
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &what)
{
    ApiError e;
    e.detail = QStringLiteral("%1: %2").arg(what, errorString);
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.message = tr("SmartRecruiters did not answer in time. Check your connection; Sourcedesk will try again.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.message = tr("The secure connection to SmartRecruiters failed (%1). Check the system date and any proxy "
                       "that inspects traffic.").arg(errorString);
        break;
    default:
        e.kind = Kind::Network;
        e.message = tr("Cannot reach SmartRecruiters (%1). Check your internet connection.").arg(errorString);
        break;
    }
    return e;
}

ApiError ApiError::cancelled(const QString &what)
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.detail = what;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::timeout(const QString &what, int timeoutMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.detail = QStringLiteral("%1: no answer within %2 ms").arg(what).arg(timeoutMs);
    // The count is computed first: lupdate (Qt 6.4) hangs on a division inside translate()'s arguments.
    const int seconds = qMax(1, timeoutMs / 1000);
    e.message = QCoreApplication::translate("sd::sr::ApiError",
                                            "SmartRecruiters did not answer within %n second(s). Check your connection "
                                            "and try again.", nullptr, seconds);
    return e;
}

ApiError ApiError::malformed(const QString &what, const QString &problem)
{
    ApiError e;
    e.kind = Kind::Malformed;
    e.detail = QStringLiteral("%1: %2").arg(what, problem);
    e.message = tr("SmartRecruiters sent an answer Sourcedesk cannot read (%1: %2). Please report this.").arg(what, problem);
    return e;
}

ApiError ApiError::reconnectNeeded(const QString &why)
{
    ApiError e;
    e.kind = Kind::ReconnectNeeded;
    e.httpStatus = 401;
    e.detail = why;
    e.message = why.isEmpty() ? tr("SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.")
                              : why;
    return e;
}

} // namespace sd::sr
