#pragma once
// How the SmartRecruiters API client authenticates a request, without knowing where the secret
// comes from. Implemented by ApiKeyCredential (X-SmartToken) below and by the OAuth session in
// services/connection (Authorization: Bearer, refreshed ahead of expiry and after a 401).
#include <QObject>
#include <QString>

class QNetworkRequest;

namespace sd::sr {

class Credential : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Identifies the credential for rate-limit pacing (SmartRecruiters counts per API key or per
    // OAuth client): host plus key or client id. Never the secret itself.
    virtual QString bucketKey() const = 0;
    // Puts the credential on the request. False when none is usable right now (an access token
    // that expired and was not refreshed yet): the caller then asks for refresh() and waits.
    virtual bool sign(QNetworkRequest &request) const = 0;
    // True when refresh() can get a new credential (OAuth); an API key cannot be refreshed.
    virtual bool canRefresh() const = 0;
    // Starts getting a new credential, once however often it is called while one is under way
    // (single-flight). Ends with refreshed() or refreshFailed().
    virtual void refresh() = 0;

signals:
    void refreshed();
    // reconnectNeeded: the grant is gone (invalid_grant, revoked key): the user must sign in again.
    void refreshFailed(const QString &message, bool reconnectNeeded);
};

// An X-SmartToken API key: no expiry, nothing to refresh.
class ApiKeyCredential final : public Credential
{
    Q_OBJECT
public:
    ApiKeyCredential(QString host, QString apiKey, QObject *parent = nullptr);

    QString bucketKey() const override;
    bool sign(QNetworkRequest &request) const override;
    bool canRefresh() const override { return false; }
    void refresh() override;

private:
    QString m_host;
    QString m_apiKey;
};

} // namespace sd::sr
