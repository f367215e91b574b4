#include "Multipart.h"

namespace sr::sandbox {

namespace {
QByteArray headerParam(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed();
        if (t.toLower().startsWith(name + '=')) {
            QByteArray v = t.mid(name.size() + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}
} // namespace

std::optional<QList<Multipart::Part>> Multipart::parse(const QByteArray &contentTypeHeader, const QByteArray &body)
{
    if (!contentTypeHeader.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = headerParam(contentTypeHeader, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QList<Part> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return std::nullopt;
        Part part;
        const QList<QByteArray> headers = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &h : headers) {
            const qsizetype colon = h.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = h.left(colon).trimmed().toLower();
            const QByteArray value = h.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(headerParam(value, "name"));
                part.fileName = QString::fromUtf8(headerParam(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        pos = next + 2;
    }
}

const Multipart::Part *Multipart::find(const QList<Part> &parts, const QString &name)
{
    for (const Part &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace sr::sandbox
