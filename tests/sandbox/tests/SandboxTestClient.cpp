#include "SandboxTestClient.h"

#include "SandboxCore.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

QByteArray SandboxTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString SandboxTestClient::Reply::firstErrorCode() const
{
    return object().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString();
}

QNetworkReply *SandboxTestClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
                                        const QByteArray &contentType)
{
    QNetworkRequest request(m_sandbox.url(path));
    if (!m_auth.first.isEmpty())
        request.setRawHeader(m_auth.first, m_auth.second);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return m_nam.sendCustomRequest(request, method, body);
}

SandboxTestClient::Reply SandboxTestClient::collect(QNetworkReply *reply)
{
    Reply r;
    r.finished = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    return r;
}

SandboxTestClient::Reply SandboxTestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                                 const QByteArray &contentType, int timeoutMs,
                                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(m_sandbox.url(path));
    if (!m_auth.first.isEmpty())
        request.setRawHeader(m_auth.first, m_auth.second);
    for (const auto &[k, v] : extraHeaders)
        request.setRawHeader(k, v);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs + 2000);
    Reply r = collect(reply);
    reply->deleteLater();
    return r;
}

SandboxTestClient::Reply SandboxTestClient::sendJson(const QByteArray &method, const QString &path, const QJsonValue &json)
{
    const QByteArray body = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                           : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    return send(method, path, body);
}

SandboxTestClient::Reply SandboxTestClient::token(const QList<QPair<QString, QString>> &form)
{
    QUrlQuery q;
    for (const auto &[k, v] : form)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    const auto saved = m_auth;
    m_auth = {};
    Reply r = send("POST", QStringLiteral("/identity/oauth/token"), q.toString(QUrl::FullyEncoded).toLatin1(),
                   "application/x-www-form-urlencoded");
    m_auth = saved;
    return r;
}

QUrl SandboxTestClient::authorize(const QString &scope, const QString &state, bool allow, const QString &clientId)
{
    const auto saved = m_auth;
    m_auth = {};
    const QString client = clientId.isEmpty() ? m_sandbox.clientId() : clientId;
    const QString redirect = m_sandbox.redirectUris().first();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), client);
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    q.addQueryItem(QStringLiteral("state"), state);
    Reply page = get(QStringLiteral("/identity/oauth/allow?") + q.toString(QUrl::FullyEncoded));
    if (page.status != 200 || !page.body.contains("id=\"signin\"")) {
        m_auth = saved;
        return {};
    }
    const auto admin = m_signInUser.email.isEmpty() ? m_sandbox.adminUser() : m_signInUser;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("step"), QStringLiteral("signin"));
    form.addQueryItem(QStringLiteral("client_id"), client);
    form.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    form.addQueryItem(QStringLiteral("state"), state);
    form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(admin.email)));
    form.addQueryItem(QStringLiteral("password"), admin.password);
    Reply consent = send("POST", QStringLiteral("/identity/oauth/allow"), form.toString(QUrl::FullyEncoded).toLatin1(),
                         "application/x-www-form-urlencoded");
    static const QRegularExpression ticketRe(QStringLiteral(R"re(name="ticket" value="([^"]+)")re"));
    const auto m = ticketRe.match(QString::fromUtf8(consent.body));
    if (consent.status != 200 || !m.hasMatch()) {
        m_auth = saved;
        return {};
    }
    QUrlQuery decision;
    decision.addQueryItem(QStringLiteral("step"), QStringLiteral("consent"));
    decision.addQueryItem(QStringLiteral("ticket"), m.captured(1));
    decision.addQueryItem(QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny"));
    Reply redirectReply = send("POST", QStringLiteral("/identity/oauth/allow"),
                               decision.toString(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
    m_auth = saved;
    if (redirectReply.status != 302)
        return {};
    return QUrl::fromEncoded(redirectReply.header("Location"));
}

QJsonObject SandboxTestClient::signInWithScopes(const QString &scope, const QString &clientId)
{
    const QUrl redirect = authorize(scope, QStringLiteral("s1"), true, clientId);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString client = clientId.isEmpty() ? m_sandbox.clientId() : clientId;
    const QString secret = m_sandbox.core().state.oauthClients.value(client).value(QStringLiteral("secret")).toString();
    return token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("client_id"), client},
                  {QStringLiteral("client_secret"), secret}})
        .object();
}
