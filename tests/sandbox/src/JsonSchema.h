#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sr::sandbox {

struct ValidationError
{
    QString code;    // SmartRecruiters-style error code
    QString message; // names the offending field as a JSON path
};

// A small subset of OpenAPI schema validation for request bodies, written in
// C++ so the sandbox binary does not need the YAML file at run time. Each
// endpoint declares the schema of its request body from the OpenAPI file.
class JsonSchema
{
public:
    enum class Type { Any, Object, Array, String, Integer, Number, Boolean };
    enum class Format { None, Email, Date, DateTime, Uuid };

    JsonSchema() = default;
    static JsonSchema any();
    static JsonSchema string(int minLength = 0, int maxLength = -1);
    static JsonSchema integer();
    static JsonSchema number();
    static JsonSchema boolean();
    static JsonSchema array(const JsonSchema &items, int minItems = 0, int maxItems = -1);
    static JsonSchema object(QList<QPair<QString, JsonSchema>> properties, QStringList required = {});

    JsonSchema &enumOf(QStringList values);
    JsonSchema &format(Format f);
    JsonSchema &nullable();

    std::optional<ValidationError> validate(const QJsonValue &value, const QString &path = QStringLiteral("$")) const;

    // Parses a body and validates it; malformed JSON is a validation error too.
    static std::optional<ValidationError> parseAndValidate(const QByteArray &body, const JsonSchema &schema,
                                                           QJsonValue *out);

private:
    Type m_type = Type::Any;
    Format m_format = Format::None;
    bool m_nullable = false;
    int m_min = 0;
    int m_max = -1;
    QStringList m_enum;
    std::shared_ptr<const JsonSchema> m_items;
    QList<QPair<QString, JsonSchema>> m_properties;
    QStringList m_required;
};

} // namespace sr::sandbox
