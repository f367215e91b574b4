#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Read access to the OpenAPI document and a checker for response bodies:
// $ref, allOf (a property matches if any branch defining it matches), oneOf/
// anyOf, type, required, enum, items, nullable, and date-time strings with
// milliseconds and Z (the format SmartRecruiters answers with).
class OpenApiSpec
{
public:
    bool load(const QString &path, QString *error);

    QJsonObject operation(const QString &method, const QString &specPath) const;
    QStringList responseCodes(const QJsonObject &operation) const;
    // Schema of the JSON body documented for `code`; empty if none.
    QJsonObject responseSchema(const QJsonObject &operation, const QString &code) const;
    QStringList paths() const { return m_doc.value(QStringLiteral("paths")).toObject().keys(); }

    QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(const QJsonObject &schema) const;
    QJsonValue pointer(const QString &ref) const;
    void validateInto(const QJsonValue &value, const QJsonObject &schema, const QString &where, QStringList *errors,
                      int depth) const;

    QJsonObject m_doc;
};
