#pragma once
// What went wrong with a SmartRecruiters call, in words a recruiter can act on (message) and in
// words a developer can search for (code, detail). Never holds a secret: bodies are not copied.
#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace sd::sr {

struct ApiError
{
    enum class Kind {
        None,
        Network,         // connection refused/reset, DNS, proxy
        Tls,             // certificate or handshake problem
        Timeout,         // no answer within the request's timeout
        Cancelled,       // the caller cancelled
        RateLimited,     // 429 after all retries
        Server,          // 5xx after all retries
        ReconnectNeeded, // 401 and the credential cannot be refreshed: sign in again
        MissingScope,    // 403 OAuthPermissionsException: the connection lacks a permission scope
        Permission,      // 403: the SmartRecruiters user may not do this
        NotFound,        // 404
        Validation,      // 400/422: SmartRecruiters refused the data
        Conflict,        // 409 and other refusals
        Malformed,       // the answer is not what the API documents
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // first SmartRecruiters error code, e.g. CANDIDATE_NOT_FOUND
    QString field;   // the field a validation error names, when it names one
    QString message; // translated, for the user
    QString detail;  // technical: method, path, server message; no secrets

    bool isError() const { return kind != Kind::None; }
    bool isRetryable() const;
    static QString kindName(Kind kind);

    // Maps an HTTP error answer (status >= 400) with SmartRecruiters' ErrorResponse body.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &what);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &what);
    static ApiError cancelled(const QString &what);
    static ApiError timeout(const QString &what, int timeoutMs);
    static ApiError malformed(const QString &what, const QString &problem);
    static ApiError reconnectNeeded(const QString &why);
};

} // namespace sd::sr
