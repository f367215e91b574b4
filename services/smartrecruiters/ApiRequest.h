#pragma once
// One SmartRecruiters call as the caller describes it, and what came back.
#include "ApiError.h"
#include "JsonReader.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace sd::sr {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;     // below Hosts::api, e.g. "/jobs/123" or "/user-api/v201804/users/me"
    QUrlQuery query;  // array parameters repeat the key (status=NEW&status=IN_REVIEW)
    QUrl absoluteUrl; // instead of path+query: a Link/actions URL (must be on the API host)
    QByteArray body;
    QByteArray contentType;
    HeaderList headers;
    RetryPolicy retry;
    int timeoutMs = 30000;

    bool isCandidateSearch() const;
    // "GET /jobs/123" for messages and logs; never the query (it may hold personal data).
    QString describe() const;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest json(const QByteArray &method, const QString &path, const QJsonValue &body);
    static ApiRequest empty(const QByteArray &method, const QString &path);
};

struct ApiResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    HeaderList headers;
    ApiError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;
};

// A decoded answer: value is meaningful only when ok().
template <class T>
struct Result
{
    T value{};
    ApiError error;
    int status = 0;
    bool ok() const { return !error.isError(); }
};

template <class T>
using Done = std::function<void(const Result<T> &)>;

// For answers without a body (204).
struct NoContent
{
    static NoContent fromJson(const JsonReader &) { return {}; }
};

template <class T>
Result<T> decodeResult(const ApiResult &r, const QString &what)
{
    Result<T> out;
    out.status = r.status;
    out.error = r.error;
    if (!r.ok())
        return out;
    const JsonReader reader(r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object()));
    out.value = T::fromJson(reader);
    if (!reader.ok())
        out.error = ApiError::malformed(what, reader.error());
    return out;
}

} // namespace sd::sr
