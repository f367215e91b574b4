#pragma once

#include "Sandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

// Drives a sandbox over real HTTP on loopback, one request at a time, waiting
// with QSignalSpy (no processEvents loops). Shared by the sandbox tests.
class SandboxTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool finished = false;

        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        QString firstErrorCode() const;
    };

    explicit SandboxTestClient(sr::sandbox::Sandbox &sandbox) : m_sandbox(sandbox) {}

    // Credential used by send(): the seed's API key by default.
    void useApiKey() { m_auth = {"X-SmartToken", m_sandbox.apiKey().toLatin1()}; }
    void useBearer(const QString &token) { m_auth = {"Authorization", "Bearer " + token.toLatin1()}; }
    void useNoCredential() { m_auth = {}; }

    Reply get(const QString &path) { return send("GET", path); }
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", int timeoutMs = 5000,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    Reply sendJson(const QByteArray &method, const QString &path, const QJsonValue &json);
    // Starts a request without waiting; the caller waits on the reply's finished().
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QByteArray &contentType = "application/json");
    static Reply collect(QNetworkReply *reply);

    // Full consent flow with the seeded client and admin user; returns the redirect URL.
    QUrl authorize(const QString &scope, const QString &state, bool allow, const QString &clientId = {});
    Reply token(const QList<QPair<QString, QString>> &form);
    // Authorization-code grant end to end; returns the token response object.
    QJsonObject signInWithScopes(const QString &scope, const QString &clientId = {});

    QNetworkAccessManager &nam() { return m_nam; }
    // Who signs in on the consent page (the seeded administrator by default).
    void setSignInUser(const sr::sandbox::Sandbox::User &user) { m_signInUser = user; }

private:
    sr::sandbox::Sandbox &m_sandbox;
    QNetworkAccessManager m_nam;
    QPair<QByteArray, QByteArray> m_auth;
    sr::sandbox::Sandbox::User m_signInUser;
};
