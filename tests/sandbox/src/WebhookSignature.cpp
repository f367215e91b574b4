#include "WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace sr::sandbox {

QByteArray WebhookSignature::v1(const QByteArray &secretKey, const QByteArray &timestamp, const QByteArray &body,
                                const QByteArray &eventId, const QByteArray &eventName, const QByteArray &eventVersion,
                                const QByteArray &link)
{
    const QByteArray message = timestamp + '.' + body + '.' + eventId + '.' + eventName + '.' + eventVersion + '.' + link;
    return QMessageAuthenticationCode::hash(message, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray WebhookSignature::header(const QList<QByteArray> &secretKeys, const QByteArray &timestamp, const QByteArray &body,
                                    const QByteArray &eventId, const QByteArray &eventName, const QByteArray &eventVersion,
                                    const QByteArray &link)
{
    QList<QByteArray> parts;
    for (const QByteArray &key : secretKeys)
        parts.append("v1=" + v1(key, timestamp, body, eventId, eventName, eventVersion, link));
    return parts.join(';');
}

} // namespace sr::sandbox
