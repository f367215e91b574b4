#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace sr::sandbox {

namespace {
const QString kRedacted = QStringLiteral("[redacted]");
constexpr qsizetype kMaxLoggedBody = 2048;

QJsonValue redactJson(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = Redactor::isSecretName(it.key()) ? QJsonValue(kRedacted) : redactJson(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it);
        return a;
    }
    return v;
}

QString redactQuery(const QString &query)
{
    QUrlQuery q(query);
    auto items = q.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (Redactor::isSecretName(key))
            value = kRedacted;
    }
    QUrlQuery out;
    out.setQueryItems(items);
    return out.toString(QUrl::FullyEncoded);
}
} // namespace

bool Redactor::isSecretName(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("authorization"), QStringLiteral("x-smarttoken"), QStringLiteral("client_secret"),
        QStringLiteral("code"), QStringLiteral("refresh_token"), QStringLiteral("access_token"),
        QStringLiteral("password"), QStringLiteral("secretKey"), QStringLiteral("x-hook-secret"),
        QStringLiteral("clientSecret"), QStringLiteral("headerValue"), QStringLiteral("ticket"),
        QStringLiteral("apiKey"), QStringLiteral("cookie"), QStringLiteral("set-cookie")};
    for (const QString &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Redactor::target(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return QString::fromLatin1(target);
    return QString::fromLatin1(target.left(q)) + u'?' + redactQuery(QString::fromLatin1(target.mid(q + 1)));
}

QList<QPair<QString, QString>> Redactor::headers(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[name, value] : headers) {
        const QString n = QString::fromLatin1(name);
        out.append({n, isSecretName(n) ? kRedacted : QString::fromLatin1(value)});
    }
    return out;
}

QString Redactor::body(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    if (contentType.startsWith("application/x-www-form-urlencoded"))
        return redactQuery(QString::fromUtf8(body)).left(kMaxLoggedBody);
    if (contentType.contains("json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            return QString::fromUtf8(QJsonDocument(redactJson(doc.object()).toObject()).toJson(QJsonDocument::Compact))
                .left(kMaxLoggedBody);
        if (doc.isArray())
            return QString::fromUtf8(QJsonDocument(redactJson(doc.array()).toArray()).toJson(QJsonDocument::Compact))
                .left(kMaxLoggedBody);
    }
    // Unknown or binary bodies (multipart uploads) are not logged, only sized.
    return QStringLiteral("[%1 bytes]").arg(body.size());
}

} // namespace sr::sandbox
