#include "HttpLog.h"

#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSrHttp, "sourcedesk.sr.http", QtWarningMsg)

namespace sd::sr::httplog {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = sd::logging::isSecretName(it.key()) ? QJsonValue(kRedacted) : redactJson(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactJson(a.at(i));
        return a;
    }
    return value;
}

QString redactQuery(const QString &encodedQuery)
{
    QUrlQuery query(encodedQuery);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (sd::logging::isSecretName(QUrl::fromPercentEncoding(key.toUtf8())))
            value = kRedacted;
    }
    QUrlQuery out;
    out.setQueryItems(items);
    return out.toString(QUrl::FullyEncoded);
}

bool looksLikeText(const QByteArray &body)
{
    const QByteArray head = body.left(512);
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20))
            return false;
    }
    return true;
}

} // namespace

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery())
        copy.setQuery(redactQuery(copy.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    return sd::logging::redact(copy.toString(QUrl::FullyEncoded));
}

QString redactHeaders(const Headers &headers)
{
    QStringList parts;
    for (const auto &[name, value] : headers) {
        const QString n = QString::fromLatin1(name);
        parts.append(n + QStringLiteral(": ")
                     + (sd::logging::isSecretName(n) ? kRedacted : sd::logging::redact(QString::fromLatin1(value))));
    }
    return parts.join(QStringLiteral("; "));
}

QString redactBody(const QByteArray &body, const QByteArray &contentType, int maxChars)
{
    if (body.isEmpty())
        return {};
    const QByteArray type = contentType.toLower();
    QString text;
    if (type.contains("json") || body.startsWith('{') || body.startsWith('[')) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error == QJsonParseError::NoError) {
            const QJsonValue red = redactJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            text = QString::fromUtf8(red.isArray() ? QJsonDocument(red.toArray()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(red.toObject()).toJson(QJsonDocument::Compact));
        }
    }
    if (text.isEmpty() && type.contains("x-www-form-urlencoded"))
        text = redactQuery(QString::fromLatin1(body));
    if (text.isEmpty()) {
        if (type.startsWith("multipart/") || !looksLikeText(body))
            return QStringLiteral("<%1 bytes %2>").arg(body.size()).arg(QString::fromLatin1(contentType));
        text = QString::fromUtf8(body);
    }
    // The pattern-based pass catches what the structure did not (a token in free text).
    text = sd::logging::redact(text);
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…(%1 more)").arg(text.size() - maxChars);
    return text;
}

void logRequest(quint64 id, int attempt, const QByteArray &method, const QUrl &url, const Headers &headers,
                const QByteArray &body, const QByteArray &contentType)
{
    if (!lcSrHttp().isDebugEnabled())
        return;
    qCDebug(lcSrHttp).noquote().nospace() << "#" << id << "." << attempt << " --> " << method << ' ' << redactUrl(url)
                                          << " [" << redactHeaders(headers) << "] " << redactBody(body, contentType);
}

void logAnswer(quint64 id, int attempt, const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs,
               const Headers &headers, const QByteArray &body, const QString &error)
{
    if (!lcSrHttp().isDebugEnabled())
        return;
    QByteArray contentType;
    for (const auto &[name, value] : headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    qCDebug(lcSrHttp).noquote().nospace() << "#" << id << "." << attempt << " <-- " << status << ' ' << method << ' '
                                          << redactUrl(url) << " (" << elapsedMs << " ms)"
                                          << (error.isEmpty() ? QString() : QStringLiteral(" error: ") + sd::logging::redact(error))
                                          << " [" << redactHeaders(headers) << "] " << redactBody(body, contentType);
}

} // namespace sd::sr::httplog
