#include "TokenAnswer.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>

namespace sd::connection {

namespace {
Q_LOGGING_CATEGORY(lcToken, "sourcedesk.connection.oauth")
constexpr qint64 kDefaultLifetimeSeconds = 30 * 60; // SmartRecruiters' documented access-token lifetime
constexpr qint64 kMaxAnswerBytes = 64 * 1024;
} // namespace

QString TokenAnswer::serverText(const QString &text)
{
    return sd::logging::redact(text.left(200)).simplified();
}

TokenAnswer TokenAnswer::fromReply(QNetworkReply *reply, const QString &host)
{
    TokenAnswer a;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxAnswerBytes);
    qCDebug(lcToken) << "token answer: HTTP" << status << reply->error();
    if (status == 0) {
        a.network = true;
        a.failure = tr("Could not reach SmartRecruiters at %1 (%2). Check the network connection and try again.")
                        .arg(host, serverText(reply->errorString()));
        return a;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 200) {
        a.accessToken = json.value(QStringLiteral("access_token")).toString();
        a.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
        const QJsonValue expires = json.value(QStringLiteral("expires_in"));
        a.expiresInSeconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(0);
        if (expires.isUndefined())
            a.expiresInSeconds = kDefaultLifetimeSeconds;
        const QString type = json.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
        QString missing;
        if (a.accessToken.isEmpty())
            missing = QStringLiteral("access_token");
        else if (a.refreshToken.isEmpty())
            missing = QStringLiteral("refresh_token");
        else if (a.expiresInSeconds <= 0)
            missing = QStringLiteral("expires_in");
        else if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
            missing = QStringLiteral("token_type");
        if (!missing.isEmpty()) {
            a = {};
            a.failure = tr("SmartRecruiters sent a sign-in answer Sourcedesk does not understand (field “%1” is "
                           "missing or wrong). Try again; if it keeps happening, tell your administrator.")
                            .arg(missing);
        }
        return a;
    }
    a.error = json.value(QStringLiteral("error")).toString();
    if (a.error == QLatin1String("invalid_grant")) {
        a.failure = tr("SmartRecruiters no longer accepts this sign-in (it expired, was revoked, or was used "
                       "elsewhere). Sign in to SmartRecruiters again under Settings → Integration.");
    } else if (a.error == QLatin1String("invalid_client") || a.error == QLatin1String("unauthorized_client")) {
        a.failure = tr("SmartRecruiters refused the client ID or client secret. Check them under Settings → "
                       "Integration and sign in again.");
    } else if (status >= 500) {
        a.failure = tr("SmartRecruiters could not complete the sign-in right now (HTTP %1). Try again in a few "
                       "minutes.")
                        .arg(status);
    } else {
        const QString detail = serverText(json.value(QStringLiteral("error_description")).toString());
        a.failure = tr("SmartRecruiters refused the sign-in (HTTP %1%2).")
                        .arg(QString::number(status) + (a.error.isEmpty() ? QString() : QStringLiteral(", ") + serverText(a.error)),
                             detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    }
    if (a.error.isEmpty())
        a.error = QStringLiteral("http_%1").arg(status);
    return a;
}

} // namespace sd::connection
