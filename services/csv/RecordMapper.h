#pragma once

#include "Types.h"
#include "csv/ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace sd::csv {

// Turns one CSV record into a Candidate under a ColumnMapping, or says in words why the row cannot
// be imported (no name and no email, an invalid email address, an unreadable consent value ...).
class RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(RecordMapper)

public:
    explicit RecordMapper(ColumnMapping mapping);

    // Returns an empty string on success, else the reason, naming the column.
    // Not thread-safe: it caches parsed locations and countries (exports repeat them on every row).
    QString map(const QStringList &fields, Candidate &out) const;

    // Parsing helpers, public because the preview and the tests use them on their own.
    static bool looksLikeEmail(QStringView text);
    // "Berlin, Berlin, Germany" -> city, region, country code; a country the table does not know
    // is returned in `unknownCountry` rather than stored as a code.
    static void splitLocation(const QString &location, Candidate &out, QString *unknownCountry);
    // "DE", "de", "Germany", "Deutschland", "USA" -> "DE"/"US"; empty when unknown.
    static QString countryCode(const QString &nameOrCode);
    static bool parseConsent(const QString &text, ConsentState *out);
    static QDateTime parseDate(const QString &text);
    static void splitFullName(const QString &name, QString *first, QString *last);
    static QStringList splitValues(const QString &text, bool splitOnComma);

private:
    struct Place
    {
        QString city, region, countryCode;
    };
    const Place &place(const QString &location) const;
    const QString &cachedCountryCode(const QString &country) const;

    ColumnMapping m_mapping;
    mutable QHash<QString, Place> m_places;
    mutable QHash<QString, QString> m_countries;
};

} // namespace sd::csv
