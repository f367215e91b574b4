#include "ApiRequest.h"

namespace sd::sr {

bool ApiRequest::isCandidateSearch() const
{
    if (method != "GET")
        return false;
    if (absoluteUrl.isValid())
        return absoluteUrl.path().endsWith(QLatin1String("/candidates"));
    return path == QLatin1String("/candidates");
}

QString ApiRequest::describe() const
{
    return QString::fromLatin1(method) + u' ' + (absoluteUrl.isValid() ? absoluteUrl.path() : path);
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::json(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

ApiRequest ApiRequest::empty(const QByteArray &method, const QString &path)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    return r;
}

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace sd::sr
