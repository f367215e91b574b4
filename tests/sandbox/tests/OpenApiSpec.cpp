#include "OpenApiSpec.h"

#include "YamlReader.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

bool OpenApiSpec::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QString why;
    const QJsonValue v = YamlReader::parse(QString::fromUtf8(f.readAll()), &why);
    if (!v.isObject()) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    m_doc = v.toObject();
    return true;
}

QJsonValue OpenApiSpec::pointer(const QString &ref) const
{
    if (!ref.startsWith(QStringLiteral("#/")))
        return {};
    QJsonValue cur = m_doc;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString p : parts) {
        p.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        cur = cur.toObject().value(p);
    }
    return cur;
}

QJsonObject OpenApiSpec::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    for (int guard = 0; guard < 20 && s.contains(QStringLiteral("$ref")); ++guard)
        s = pointer(s.value(QStringLiteral("$ref")).toString()).toObject();
    return s;
}

QJsonObject OpenApiSpec::operation(const QString &method, const QString &specPath) const
{
    return m_doc.value(QStringLiteral("paths")).toObject().value(specPath).toObject().value(method.toLower()).toObject();
}

QStringList OpenApiSpec::responseCodes(const QJsonObject &operation) const
{
    return operation.value(QStringLiteral("responses")).toObject().keys();
}

QJsonObject OpenApiSpec::responseSchema(const QJsonObject &operation, const QString &code) const
{
    const QJsonObject response = resolve(operation.value(QStringLiteral("responses")).toObject().value(code).toObject());
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (it.key().contains(QStringLiteral("json")))
            return it.value().toObject().value(QStringLiteral("schema")).toObject();
    }
    return {};
}

QStringList OpenApiSpec::validate(const QJsonValue &value, const QJsonObject &schema, const QString &where) const
{
    QStringList errors;
    validateInto(value, schema, where, &errors, 0);
    return errors;
}

void OpenApiSpec::validateInto(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
                               QStringList *errors, int depth) const
{
    if (depth > 40)
        return;
    const QJsonObject schema = resolve(rawSchema);
    if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
        return;
    for (const QString &alt : {QStringLiteral("oneOf"), QStringLiteral("anyOf")}) {
        if (!schema.contains(alt))
            continue;
        const QJsonArray options = schema.value(alt).toArray();
        bool any = false;
        for (const QJsonValue &o : options) {
            QStringList e;
            validateInto(value, o.toObject(), where, &e, depth + 1);
            any = any || e.isEmpty();
        }
        if (!any)
            errors->append(QStringLiteral("%1: matches no %2 alternative").arg(where, alt));
        return;
    }
    if (schema.contains(QStringLiteral("allOf"))) {
        // Flatten the branches; a property is fine if any branch defining it accepts it
        // (the merged spec has colliding branches, e.g. Job.status vs Assignment.status).
        QList<QJsonObject> branches;
        QList<QJsonObject> todo{schema};
        while (!todo.isEmpty() && branches.size() < 50) {
            QJsonObject s = resolve(todo.takeFirst());
            const QJsonArray all = s.value(QStringLiteral("allOf")).toArray();
            for (const QJsonValue &b : all)
                todo.append(b.toObject());
            s.remove(QStringLiteral("allOf"));
            branches.append(s);
        }
        QHash<QString, QList<QJsonObject>> props;
        QStringList required;
        bool object = false;
        for (const QJsonObject &b : std::as_const(branches)) {
            object = object || b.value(QStringLiteral("type")).toString() == u"object" || b.contains(QStringLiteral("properties"));
            const QJsonArray req = b.value(QStringLiteral("required")).toArray();
            for (const QJsonValue &r : req)
                required.append(r.toString());
            const QJsonObject p = b.value(QStringLiteral("properties")).toObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                props[it.key()].append(it.value().toObject());
        }
        if (object && !value.isObject()) {
            errors->append(QStringLiteral("%1: expected object").arg(where));
            return;
        }
        const QJsonObject o = value.toObject();
        for (const QString &r : std::as_const(required)) {
            if (!o.contains(r))
                errors->append(QStringLiteral("%1.%2: required property missing").arg(where, r));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto defs = props.value(it.key());
            if (defs.isEmpty())
                continue;
            QStringList best;
            bool ok = false;
            for (const QJsonObject &d : defs) {
                QStringList e;
                validateInto(it.value(), d, where + u'.' + it.key(), &e, depth + 1);
                ok = ok || e.isEmpty();
                if (best.isEmpty())
                    best = e;
            }
            if (!ok)
                *errors += best;
        }
        return;
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == u"object" || (type.isEmpty() && schema.contains(QStringLiteral("properties")))) {
        if (!value.isObject()) {
            errors->append(QStringLiteral("%1: expected object").arg(where));
            return;
        }
        const QJsonObject o = value.toObject();
        const QJsonArray req = schema.value(QStringLiteral("required")).toArray();
        for (const QJsonValue &r : req) {
            if (!o.contains(r.toString()))
                errors->append(QStringLiteral("%1.%2: required property missing").arg(where, r.toString()));
        }
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                validateInto(it.value(), props.value(it.key()).toObject(), where + u'.' + it.key(), errors, depth + 1);
        }
    } else if (type == u"array") {
        if (!value.isArray()) {
            errors->append(QStringLiteral("%1: expected array").arg(where));
            return;
        }
        const QJsonArray a = value.toArray();
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < a.size() && i < 25; ++i)
            validateInto(a.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), errors, depth + 1);
    } else if (type == u"string") {
        if (!value.isString()) {
            errors->append(QStringLiteral("%1: expected string").arg(where));
            return;
        }
        const QJsonArray e = schema.value(QStringLiteral("enum")).toArray();
        if (!e.isEmpty() && !e.contains(value))
            errors->append(QStringLiteral("%1: \"%2\" not in enum").arg(where, value.toString()));
        static const QRegularExpression ms(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
        if (schema.value(QStringLiteral("format")).toString() == u"date-time" && !ms.match(value.toString()).hasMatch())
            errors->append(QStringLiteral("%1: date-time without milliseconds and Z: %2").arg(where, value.toString()));
    } else if (type == u"integer") {
        if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
            errors->append(QStringLiteral("%1: expected integer").arg(where));
    } else if (type == u"number") {
        if (!value.isDouble())
            errors->append(QStringLiteral("%1: expected number").arg(where));
    } else if (type == u"boolean") {
        if (!value.isBool())
            errors->append(QStringLiteral("%1: expected boolean").arg(where));
    }
}
