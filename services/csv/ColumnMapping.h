#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::csv {

// What a CSV column feeds. Emails, phones, links, tags and notes may come from several columns;
// for emails the first column in file order gives the primary address.
enum class FieldTarget {
    Ignore,
    Custom, // kept as a custom field named after the column
    FirstName,
    LastName,
    FullName, // "Jane Doe" or "Doe, Jane", split on import
    Email,
    Phone,
    Company,
    Title,
    City,
    Region,
    CountryCode, // a code ("DE") or a country name ("Germany")
    Location,    // "City, Region, Country" in one column
    LinkedIn,
    Link,
    Source,
    Tags,
    Notes,
    ConsentState,
    ConsentDate,
    ConsentMethod,
};

// Stable machine names used in mapping files and the CLI ("firstName", "email", "custom", ...).
QString targetKey(FieldTarget target);
std::optional<FieldTarget> targetFromKey(const QString &key);
QStringList targetKeys();
// Single-valued targets take one column; a second column for them becomes a custom field.
bool isMultiValued(FieldTarget target);

struct ColumnRule
{
    QString header;
    FieldTarget target = FieldTarget::Ignore;
    QString customName; // for Custom: the custom field's name (defaults to the header)
};

// The column-mapping step: one rule per CSV column, guessed from the headers of common exports
// (LinkedIn Recruiter, SourceWhale-style, Google Contacts, Sourcedesk's own export) and editable.
// Saved as JSON by header name, so a mapping made once fits the next export from the same tool.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class Unmapped {
        Detect, // columns a saved mapping does not name are guessed from their header
        Custom,
        Ignore,
    };

    static ColumnMapping detect(const QStringList &headers);
    // The guess for one header on its own; `customName` receives the name for Custom targets.
    static FieldTarget guessTarget(const QString &header, QString *customName = nullptr);
    // Lower case, letters and digits only: "E-mail 1 - Value" -> "email1value".
    static QString normalizedHeader(QStringView header);

    const QList<ColumnRule> &columns() const { return m_columns; }
    qsizetype columnCount() const { return m_columns.size(); }
    void setTarget(qsizetype column, FieldTarget target, const QString &customName = {});
    bool maps(FieldTarget target) const;
    // A row can only be imported if some column gives a name or an email.
    bool canIdentifyCandidates() const;
    Unmapped unmapped() const { return m_unmapped; }
    void setUnmapped(Unmapped u) { m_unmapped = u; }

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Errors name the file and the offending entry, e.g. "mapping.json, columns[2].field".
    static Result<ColumnMapping> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<ColumnMapping> fromJsonFile(const QString &path);

    // Lays a saved mapping over a file's headers: named columns take their saved target, the rest
    // follow unmapped(). Saved headers the file does not have are listed in `missing`.
    ColumnMapping appliedTo(const QStringList &headers, QStringList *missing = nullptr) const;

private:
    void resolveConflicts();

    QList<ColumnRule> m_columns;
    Unmapped m_unmapped = Unmapped::Detect;
};

} // namespace sd::csv
