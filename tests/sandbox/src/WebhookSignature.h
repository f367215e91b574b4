#pragma once

#include <QByteArray>
#include <QList>

namespace sr::sandbox {

// SmartRecruiters' v1 webhook signature:
// HMAC-SHA256(secretKey, timestamp "." body "." event-id "." event-name "." event-version "." link),
// hex-encoded, with an empty string for any missing header.
class WebhookSignature
{
public:
    static QByteArray v1(const QByteArray &secretKey, const QByteArray &timestamp, const QByteArray &body,
                         const QByteArray &eventId, const QByteArray &eventName, const QByteArray &eventVersion,
                         const QByteArray &link);
    // `smartrecruiters-signature` header value: one `v1=<hex>` per live key, `;`-separated.
    static QByteArray header(const QList<QByteArray> &secretKeys, const QByteArray &timestamp, const QByteArray &body,
                             const QByteArray &eventId, const QByteArray &eventName, const QByteArray &eventVersion,
                             const QByteArray &link);
};

} // namespace sr::sandbox
