#include "JsonSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace sr::sandbox {

// Generic codes: the spec documents no code for plain schema violations, so
// the sandbox borrows the documented Apply API codes (UNCONFIRMED for the
// customer APIs): INVALID_REQUEST for unparsable bodies, INVALID_INPUT for
// type/required/enum/length violations, INVALID_EMAIL_FORMAT for e-mails.
namespace {
const QString kInvalidInput = QStringLiteral("INVALID_INPUT");

QString typeName(JsonSchema::Type t)
{
    switch (t) {
    case JsonSchema::Type::Object: return QStringLiteral("object");
    case JsonSchema::Type::Array: return QStringLiteral("array");
    case JsonSchema::Type::String: return QStringLiteral("string");
    case JsonSchema::Type::Integer: return QStringLiteral("integer");
    case JsonSchema::Type::Number: return QStringLiteral("number");
    case JsonSchema::Type::Boolean: return QStringLiteral("boolean");
    case JsonSchema::Type::Any: break;
    }
    return QStringLiteral("any");
}

ValidationError invalid(const QString &path, const QString &what)
{
    return {kInvalidInput, path + QStringLiteral(": ") + what};
}
} // namespace

JsonSchema JsonSchema::any() { return {}; }

JsonSchema JsonSchema::string(int minLength, int maxLength)
{
    JsonSchema s;
    s.m_type = Type::String;
    s.m_min = minLength;
    s.m_max = maxLength;
    return s;
}

JsonSchema JsonSchema::integer() { JsonSchema s; s.m_type = Type::Integer; return s; }
JsonSchema JsonSchema::number() { JsonSchema s; s.m_type = Type::Number; return s; }
JsonSchema JsonSchema::boolean() { JsonSchema s; s.m_type = Type::Boolean; return s; }

JsonSchema JsonSchema::array(const JsonSchema &items, int minItems, int maxItems)
{
    JsonSchema s;
    s.m_type = Type::Array;
    s.m_items = std::make_shared<const JsonSchema>(items);
    s.m_min = minItems;
    s.m_max = maxItems;
    return s;
}

JsonSchema JsonSchema::object(QList<QPair<QString, JsonSchema>> properties, QStringList required)
{
    JsonSchema s;
    s.m_type = Type::Object;
    s.m_properties = std::move(properties);
    s.m_required = std::move(required);
    return s;
}

JsonSchema &JsonSchema::enumOf(QStringList values) { m_enum = std::move(values); return *this; }
JsonSchema &JsonSchema::format(Format f) { m_format = f; return *this; }
JsonSchema &JsonSchema::nullable() { m_nullable = true; return *this; }

std::optional<ValidationError> JsonSchema::validate(const QJsonValue &value, const QString &path) const
{
    if (value.isNull() && m_nullable)
        return std::nullopt;
    switch (m_type) {
    case Type::Any:
        return std::nullopt;
    case Type::Boolean:
        if (!value.isBool())
            return invalid(path, QStringLiteral("expected boolean"));
        return std::nullopt;
    case Type::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d)
            return invalid(path, QStringLiteral("expected integer"));
        return std::nullopt;
    }
    case Type::Number:
        if (!value.isDouble())
            return invalid(path, QStringLiteral("expected number"));
        return std::nullopt;
    case Type::String: {
        if (!value.isString())
            return invalid(path, QStringLiteral("expected string"));
        const QString s = value.toString();
        if (s.size() < m_min)
            return invalid(path, QStringLiteral("shorter than %1").arg(m_min));
        if (m_max >= 0 && s.size() > m_max)
            return invalid(path, QStringLiteral("longer than %1").arg(m_max));
        if (!m_enum.isEmpty() && !m_enum.contains(s))
            return invalid(path, QStringLiteral("must be one of %1").arg(m_enum.join(u", ")));
        static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        static const QRegularExpression uuid(
            QStringLiteral(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
        if (m_format == Format::Email && !email.match(s).hasMatch())
            return ValidationError{QStringLiteral("INVALID_EMAIL_FORMAT"), path + QStringLiteral(": not an e-mail address")};
        if (m_format == Format::Date && !date.match(s).hasMatch())
            return invalid(path, QStringLiteral("expected a date YYYY-MM-DD"));
        if (m_format == Format::Uuid && !uuid.match(s).hasMatch())
            return invalid(path, QStringLiteral("expected a UUID"));
        if (m_format == Format::DateTime && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            return invalid(path, QStringLiteral("expected an ISO-8601 date-time"));
        return std::nullopt;
    }
    case Type::Array: {
        if (!value.isArray())
            return invalid(path, QStringLiteral("expected array"));
        const QJsonArray a = value.toArray();
        if (a.size() < m_min)
            return invalid(path, QStringLiteral("needs at least %1 items").arg(m_min));
        if (m_max >= 0 && a.size() > m_max)
            return invalid(path, QStringLiteral("has more than %1 items").arg(m_max));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto e = m_items->validate(a.at(i), path + QStringLiteral("[%1]").arg(i)))
                return e;
        }
        return std::nullopt;
    }
    case Type::Object: {
        if (!value.isObject())
            return invalid(path, QStringLiteral("expected %1").arg(typeName(m_type)));
        const QJsonObject o = value.toObject();
        for (const QString &r : m_required) {
            if (!o.contains(r) || o.value(r).isNull())
                return invalid(path + u'.' + r, QStringLiteral("is required"));
        }
        for (const auto &[name, schema] : m_properties) {
            if (!o.contains(name))
                continue;
            if (auto e = schema.validate(o.value(name), path + u'.' + name))
                return e;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<ValidationError> JsonSchema::parseAndValidate(const QByteArray &body, const JsonSchema &schema,
                                                            QJsonValue *out)
{
    QJsonParseError err{};
    // QJsonDocument cannot hold a bare scalar; wrap to accept any JSON text.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        return ValidationError{QStringLiteral("INVALID_REQUEST"),
                               QStringLiteral("Malformed JSON body: %1").arg(err.errorString())};
    }
    const QJsonValue v = doc.array().at(0);
    if (auto e = schema.validate(v))
        return e;
    if (out)
        *out = v;
    return std::nullopt;
}

} // namespace sr::sandbox
