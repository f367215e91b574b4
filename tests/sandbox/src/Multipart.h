#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sr::sandbox {

// Minimal multipart/form-data reader for attachment uploads (RFC 7578).
class Multipart
{
public:
    struct Part
    {
        QString name;
        QString fileName;
        QByteArray contentType;
        QByteArray data;
    };

    // Returns nullopt when the body is not well-formed multipart.
    static std::optional<QList<Part>> parse(const QByteArray &contentTypeHeader, const QByteArray &body);
    static const Part *find(const QList<Part> &parts, const QString &name);
};

} // namespace sr::sandbox
