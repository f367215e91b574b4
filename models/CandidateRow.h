#pragma once

#include "Types.h"

#include <QSqlQuery>
#include <QString>

namespace sd::row {

// The candidate columns in SELECT order, optionally qualified ("c." ...).
QString candidateColumns(const QString &alias = {});
inline constexpr int CandidateColumnCount = 23;

// Reads a candidate whose columns start at `first` in the current row.
Candidate readCandidate(const QSqlQuery &q, int first = 0);

QString joinList(const QStringList &list);
QStringList splitList(const QString &stored);
QString customFieldsText(const QMap<QString, QString> &fields);

// Calls text(i, QString), integer(i, qint64) or null(i) for each writable field (first_name ..
// is_sample) in column order: the one place that knows how a Candidate becomes a row.
template<typename Text, typename Integer, typename Null>
void visitWritable(const Candidate &c, Text &&text, Integer &&integer, Null &&null)
{
    int i = 0;
    text(i++, c.firstName);
    text(i++, c.lastName);
    text(i++, joinList(c.emails));
    text(i++, joinList(c.phones));
    text(i++, c.company);
    text(i++, c.title);
    text(i++, c.city);
    text(i++, c.region);
    text(i++, c.countryCode);
    text(i++, c.linkedinUrl);
    text(i++, joinList(c.links));
    text(i++, c.source);
    text(i++, joinList(c.tags));
    text(i++, customFieldsText(c.customFields));
    text(i++, c.notes);
    integer(i++, static_cast<qint64>(c.consent));
    if (c.consentDate.isValid())
        integer(i++, c.consentDate.toMSecsSinceEpoch());
    else
        null(i++);
    text(i++, c.consentMethod);
    integer(i++, c.sample ? 1 : 0);
}

// Binds the writable fields through Qt SQL, from position `first`.
void bindWritable(QSqlQuery &q, const Candidate &c, int first = 0);
QString writableColumnList();
inline constexpr int WritableColumnCount = 19;


} // namespace sd::row
