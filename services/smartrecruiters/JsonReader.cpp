#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sd::sr {

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : JsonReader(value, path, std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error)
    : m_value(value), m_path(std::move(path)), m_error(std::move(error))
{
}

JsonReader JsonReader::parse(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        JsonReader r{QJsonValue()};
        *r.m_error = QStringLiteral("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return r;
    }
    if (doc.isArray())
        return JsonReader(doc.array());
    if (doc.isObject())
        return JsonReader(doc.object());
    JsonReader r{QJsonValue()};
    *r.m_error = QStringLiteral("empty answer where JSON was expected");
    return r;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString JsonReader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path.isEmpty() ? QStringLiteral("(root)") : m_path;
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    if (m_error->isEmpty())
        *m_error = pathOf(key) + QStringLiteral(": ") + problem;
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue v = m_value.toObject().value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::fetch(const QString &key, Need need, QJsonValue::Type type) const
{
    if (!ok())
        return {};
    if (!m_value.isObject()) {
        fail(QString(), QStringLiteral("expected an object, got %1").arg(typeName(m_value)));
        return {};
    }
    const QJsonValue v = m_value.toObject().value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            fail(key, QStringLiteral("required field is missing"));
        return {};
    }
    if (v.type() != type) {
        fail(key, QStringLiteral("expected %1, got %2").arg(typeName(QJsonValue(type)), typeName(v)));
        return {};
    }
    return v;
}

QString JsonReader::string(const QString &key, Need need) const
{
    return fetch(key, need, QJsonValue::String).toString();
}

bool JsonReader::boolean(const QString &key, Need need, bool fallback) const
{
    const QJsonValue v = fetch(key, need, QJsonValue::Bool);
    return v.isBool() ? v.toBool() : fallback;
}

double JsonReader::number(const QString &key, Need need, double fallback) const
{
    const QJsonValue v = fetch(key, need, QJsonValue::Double);
    return v.isDouble() ? v.toDouble() : fallback;
}

qint64 JsonReader::integer(const QString &key, Need need, qint64 fallback) const
{
    const QJsonValue v = fetch(key, need, QJsonValue::Double);
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15) {
        fail(key, QStringLiteral("expected a whole number, got %1").arg(d));
        return fallback;
    }
    return qint64(d);
}

QStringList JsonReader::stringList(const QString &key, Need need) const
{
    const QJsonArray a = fetch(key, need, QJsonValue::Array).toArray();
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(key + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a string, got %1").arg(typeName(a.at(i))));
            return {};
        }
        out.append(a.at(i).toString());
    }
    return out;
}

JsonReader JsonReader::child(const QString &key, Need need) const
{
    const QJsonValue v = fetch(key, need, QJsonValue::Object);
    return JsonReader(v.isObject() ? v : QJsonValue(QJsonObject()), pathOf(key), m_error);
}

QList<JsonReader> JsonReader::objects(const QString &key, Need need) const
{
    const QJsonArray a = fetch(key, need, QJsonValue::Array).toArray();
    QList<JsonReader> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!a.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = p + QStringLiteral(": expected an object, got ") + typeName(a.at(i));
            return {};
        }
        out.append(JsonReader(a.at(i), p, m_error));
    }
    return out;
}

QList<JsonReader> JsonReader::rootObjects() const
{
    QList<JsonReader> out;
    if (!ok())
        return out;
    if (!m_value.isArray()) {
        fail(QString(), QStringLiteral("expected an array, got %1").arg(typeName(m_value)));
        return out;
    }
    const QJsonArray a = m_value.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = QStringLiteral("[%1]").arg(i);
        if (!a.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = p + QStringLiteral(": expected an object, got ") + typeName(a.at(i));
            return {};
        }
        out.append(JsonReader(a.at(i), p, m_error));
    }
    return out;
}

} // namespace sd::sr
