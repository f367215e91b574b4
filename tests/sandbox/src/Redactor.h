#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sr::sandbox {

// The sandbox logs requests, and its logs end up in CI output: credentials are
// replaced by "[redacted]" by field name before anything is logged or stored
// in the request log.
class Redactor
{
public:
    static bool isSecretName(QStringView name);
    static QString target(const QByteArray &target);
    static QList<QPair<QString, QString>> headers(const QList<QPair<QByteArray, QByteArray>> &headers);
    static QString body(const QByteArray &contentType, const QByteArray &body);
};

} // namespace sr::sandbox
