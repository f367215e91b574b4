#pragma once

#include "Types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::testdata {

// Deterministic, realistic candidate data for tests and benchmarks: the same seed gives the same
// candidates on every machine (own PRNG and no std distributions, whose output is
// implementation-defined). Emails and LinkedIn URLs are unique per index, names and companies are
// drawn from lists large enough that accidental name+company duplicates are rare (~36 in 100,000).
class CandidateGenerator
{
public:
    explicit CandidateGenerator(quint64 seed = 42);

    // The candidate with this index in the sequence (independent of call order).
    Candidate make(qint64 index) const;
    QList<Candidate> make(qint64 first, qint64 count) const;

    struct CsvStats
    {
        qint64 rows = 0;       // data rows written
        qint64 duplicates = 0; // rows that repeat an earlier row's email in another case
        qint64 bytes = 0;
    };
    // Writes a LinkedIn Recruiter-style CSV (header + rows, UTF-8, no BOM, CRLF) with about
    // `duplicateShare` of rows repeating an earlier candidate. Some notes hold commas, quotes and
    // line breaks, so the reader's quoting path is exercised. Returns rows=0 if the file cannot be written.
    CsvStats writeCsv(const QString &path, qint64 rows, double duplicateShare = 0.02) const;

    static QStringList csvHeader();
    static QStringList csvFields(const Candidate &c);
    static QString csvQuoted(const QString &field);

private:
    quint64 m_seed;
};

} // namespace sd::testdata
