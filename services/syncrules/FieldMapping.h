#pragma once

#include "Error.h"
#include "SyncSettings.h"
#include "Types.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sd::sync {

// A SmartRecruiters candidate field Sourcedesk can fill.
struct SrField
{
    QString id;   // "firstName", "location.city", "web.linkedin", "experience.title", "property:<id>"
    QString type; // "text", "email", "phone", "url", "country", "region", "date", "number", "boolean",
                  // "select", "currency", "user"
    bool patchable = false;      // part of PersonalDetails, so PATCH /candidates/{id} can change it later
    const char *label = nullptr; // QT_TRANSLATE_NOOP("sd::sync::FieldMapping", ...)
};
const QList<SrField> &standardSrFields();
const SrField *findStandardSrField(const QString &id);
inline constexpr const char *PropertyPrefix = "property:";
bool isPropertyField(const QString &srField); // "property:<non-empty id>"
QString propertyId(const QString &srField);   // the id after "property:", or ""
// Our type for an SR CandidatePropertyType (BOOLEAN -> "boolean", SINGLE_SELECT -> "select", ...);
// "" for an unknown type.
QString propertyFieldType(const QString &srPropertyType);
// Translated label of a standard field; "Property <id>" for properties; the id when unknown.
QString srFieldLabel(const QString &srField);

struct FieldRule
{
    QString srField;
    // A Sourcedesk field key from sd::field ("firstName", "emails", "custom.Salary"), or a template
    // with {placeholders} ("{title} at {company}") when it contains a brace.
    QString source;
    UpdateRule rule = UpdateRule::IfBlank;
};

struct FieldMapping
{
    QList<FieldRule> rules;

    static FieldMapping defaults();
    // JSON: [{"srField": "...", "source": "...", "rule": "always"|"ifBlank"}, ...]. The error
    // names the entry (index and SR field) that is wrong.
    static Result<FieldMapping> fromJson(const QString &json);
    QString toJson() const; // compact, stable order

    const FieldRule *rule(const QString &srField) const;
};

// Sourcedesk field keys a rule may read (custom.<name> comes on top).
QStringList sourcedeskFieldKeys();

// What is wrong with a mapping, before it is saved: unknown SR fields and properties, unknown
// Sourcedesk fields, duplicate targets, broken templates, and values of the wrong type for the
// target (a name onto a NUMBER property, a company onto web.linkedin). `propertyTypes` maps
// a property id to its SR type (BOOLEAN, DATE, ...).
QStringList mappingProblems(const FieldMapping &m, const QHash<QString, QString> &propertyTypes);

// Whether one value fits an SR field type ("" when it does, or a translated reason); a blank
// value always fits. For the preview and for checking before a write.
QString valueProblem(const QString &fieldType, const QString &value);

// What Sourcedesk would send for each mapped SR field, from a local candidate. `context` adds
// placeholders for templates (campaign, job, ...). List fields give their first entry (the
// primary email, the first phone); blank values are included as "".
QMap<QString, QString> localSrValues(const FieldMapping &m, const Candidate &c,
                                     const QHash<QString, QString> &context);

} // namespace sd::sync
