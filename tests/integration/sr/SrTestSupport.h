#pragma once
// Helpers for the API client tests against the in-process sandbox: waiting for a typed call, and
// an OAuth client-credentials Credential that counts its refreshes.
#include "ApiClient.h"
#include "Credential.h"
#include "Sandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace srtest {

// start(context, done) starts a typed call; waits for done (QTest::qWaitFor) and returns its result.
template <class T, class Start>
sd::sr::Result<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<sd::sr::Result<T>> out;
    QObject context;
    start(&context, [&out](const sd::sr::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    if (out)
        return *out;
    sd::sr::Result<T> none;
    none.error = sd::sr::ApiError::timeout(QStringLiteral("test wait"), timeoutMs);
    return none;
}

// Bearer tokens from the sandbox's client_credentials grant.
class ClientCredential final : public sd::sr::Credential
{
public:
    ClientCredential(QUrl tokenUrl, QString clientId, QString secret, QObject *parent = nullptr)
        : Credential(parent), m_tokenUrl(std::move(tokenUrl)), m_clientId(std::move(clientId)), m_secret(std::move(secret))
    {
    }

    QString bucketKey() const override { return m_tokenUrl.host() + QStringLiteral("/client:") + m_clientId; }
    bool sign(QNetworkRequest &request) const override
    {
        if (m_token.isEmpty())
            return false;
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return true;
    }
    bool canRefresh() const override { return true; }
    void refresh() override
    {
        ++refreshCalls;
        if (m_inFlight)
            return;
        ++tokenRequests;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), m_clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(m_secret)));
        QNetworkRequest request(m_tokenUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_inFlight = m_nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
        connect(m_inFlight, &QNetworkReply::finished, this, [this] {
            QNetworkReply *reply = m_inFlight;
            m_inFlight = nullptr;
            reply->deleteLater();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            const QString token = o.value(QStringLiteral("access_token")).toString();
            if (token.isEmpty()) {
                emit refreshFailed(QStringLiteral("Sign in again: the connection was refused."), true);
                return;
            }
            m_token = token;
            emit refreshed();
        });
    }
    QString token() const { return m_token; }

    int refreshCalls = 0;
    int tokenRequests = 0;

private:
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_secret;
    QString m_token;
    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_inFlight;
};

// Requests the sandbox logged, as (time ms, method, target, status).
struct LoggedRequest
{
    qint64 timeMs;
    QString method;
    QString target;
    int status;
};

inline QList<LoggedRequest> loggedRequests(const sr::sandbox::Sandbox &sandbox)
{
    QList<LoggedRequest> out;
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        out.append({QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                    o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("target")).toString(),
                    o.value(QStringLiteral("status")).toInt()});
    }
    return out;
}

} // namespace srtest
