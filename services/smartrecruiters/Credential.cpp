#include "Credential.h"

#include <QCryptographicHash>
#include <QNetworkRequest>

namespace sd::sr {

ApiKeyCredential::ApiKeyCredential(QString host, QString apiKey, QObject *parent)
    : Credential(parent), m_host(std::move(host)), m_apiKey(std::move(apiKey))
{
}

QString ApiKeyCredential::bucketKey() const
{
    // A digest, so the bucket name can be logged without showing the key.
    const QByteArray digest = QCryptographicHash::hash(m_apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return m_host + QStringLiteral("/key:") + QString::fromLatin1(digest);
}

bool ApiKeyCredential::sign(QNetworkRequest &request) const
{
    if (m_apiKey.isEmpty())
        return false;
    request.setRawHeader("X-SmartToken", m_apiKey.toUtf8());
    return true;
}

void ApiKeyCredential::refresh()
{
    emit refreshFailed(tr("The API key was refused. Enter a valid key in Settings → Integration."), true);
}

} // namespace sd::sr
