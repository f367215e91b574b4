#pragma once
// Typed, path-aware reading of SmartRecruiters JSON answers. A reader never throws or crashes on
// bad input: the first problem is kept with its JSON path ("content[3].primaryAssignment.job.id:
// expected a string, got a number") and every later read returns a default value.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sd::sr {

class JsonReader
{
public:
    enum Need { Optional, Required };

    // Reads `value` (normally an object) found at `path` ("" for the document root).
    explicit JsonReader(const QJsonValue &value, const QString &path = {});
    // Parses a whole answer body; a syntax error is reported with its byte offset.
    static JsonReader parse(const QByteArray &body);

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    // Records a problem at `key` of this object (first one wins).
    void fail(const QString &key, const QString &problem) const;

    bool isObject() const { return m_value.isObject(); }
    bool has(const QString &key) const;
    QString path() const { return m_path; }
    QJsonObject object() const { return m_value.toObject(); }
    QJsonValue value() const { return m_value; }

    QString string(const QString &key, Need need = Optional) const;
    bool boolean(const QString &key, Need need = Optional, bool fallback = false) const;
    double number(const QString &key, Need need = Optional, double fallback = 0) const;
    qint64 integer(const QString &key, Need need = Optional, qint64 fallback = 0) const;
    QStringList stringList(const QString &key, Need need = Optional) const;
    // A nested object; a missing optional object gives an empty reader (ok() unaffected).
    JsonReader child(const QString &key, Need need = Optional) const;
    // Every element of an array of objects, each with its own path ("content[2]").
    QList<JsonReader> objects(const QString &key, Need need = Optional) const;
    // The root itself as an array of objects (bare-array answers such as /messages).
    QList<JsonReader> rootObjects() const;

    static QString typeName(const QJsonValue &value);

private:
    JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error);
    QString pathOf(const QString &key) const;
    QJsonValue fetch(const QString &key, Need need, QJsonValue::Type type) const;

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

// Decodes a list of T with T::fromJson(const JsonReader &).
template <class T>
QList<T> readList(const QList<JsonReader> &items)
{
    QList<T> out;
    out.reserve(items.size());
    for (const JsonReader &r : items)
        out.append(T::fromJson(r));
    return out;
}

} // namespace sd::sr
