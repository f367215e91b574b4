#pragma once

#include "Error.h"
#include "Types.h"

#include <QSqlQuery>

namespace sd {

// Keeps the full-text index (candidates_fts, an external-content FTS5 table) in step with the
// candidates table. Used inside the repository's write transactions; prepared once per batch.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db);

    Status add(const Candidate &c);
    // External content: FTS5 needs the exact old values to remove a row's terms.
    Status drop(const Candidate &stored);
    Status replace(const Candidate &stored, const Candidate &updated);

    // Rebuilds the whole index from the candidates table (repair, and after bulk schema changes).
    static Status rebuild(const QSqlDatabase &db);

private:
    Status write(QSqlQuery &q, const Candidate &c);
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

} // namespace sd
