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

// Binds the writable fields (first_name .. is_sample) in the order of kWritableColumns, from position `first`.
void bindWritable(QSqlQuery &q, const Candidate &c, int first = 0);
QString writableColumnList();
inline constexpr int WritableColumnCount = 19;

QString joinList(const QStringList &list);
QStringList splitList(const QString &stored);

} // namespace sd::row
