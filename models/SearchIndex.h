#pragma once

#include "Error.h"
#include "Types.h"

#include <QSqlQuery>

namespace sd {

// Keeps the full-text index in step with the candidates table, inside the repository's write
// transactions; prepared once per batch. On SQLite that is candidates_fts, an external-content
// FTS5 table; on PostgreSQL candidate_search, one tsvector per candidate (GIN index) built from
// the same fields, folded here in C++ the way FTS5's unicode61 tokenizer folds them (the server
// may not have the unaccent extension, and the query side must fold the same way).
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

    // The words of a text as unicode61 splits it: letters, digits and combining marks form words.
    static QStringList words(const QString &text);
    // One word as unicode61 with remove_diacritics folds it, closely enough for Latin text.
    static QString fold(const QString &word);
    // PostgreSQL: the folded words of every indexed field, one space apart, for to_tsvector('simple', …).
    static QString document(const Candidate &c);

private:
    Status write(QSqlQuery &q, const Candidate &c);
    bool m_postgres = false;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

} // namespace sd
