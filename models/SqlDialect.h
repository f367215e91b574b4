#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd::sql {

// The one place that knows SQLite and PostgreSQL speak differently. Repositories write portable
// SQL (ON CONFLICT, CASE, coalesce, keyset comparisons) and ask here for the few pieces that have
// no common spelling; the migrations are written once, in SQLite's words, and translated.
enum class Dialect { Sqlite, Postgres };

Dialect dialectOf(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return dialectOf(db) == Dialect::Postgres; }

// --- schema ---------------------------------------------------------------------------------
// True for statements that only SQLite has (FTS5 virtual tables, SQLite triggers); a migration
// gives PostgreSQL its own equivalent in Migration::postgres.
bool isSqliteOnly(const QString &ddl);
// A migration statement in PostgreSQL's words: 64-bit integers, identity ids, CITEXT for NOCASE
// text, BYTEA for BLOB, no WITHOUT ROWID.
QString toPostgres(const QString &ddl);
// The statements of one migration step for this dialect.
QStringList migrationStatements(Dialect d, const QStringList &statements, const QStringList &postgres);

// --- expressions ----------------------------------------------------------------------------
// The larger of two values (SQLite's two-argument max(), PostgreSQL's greatest()).
QString greatest(Dialect d, const QString &a, const QString &b);
// A top-level text member of a JSON text column: json_extract(col, '$.key') / (col::jsonb ->> 'key').
QString jsonText(Dialect d, const QString &column, const QString &key);
// A string of one line feed.
QString newline(Dialect d);

// "name" as an SQL identifier, for either dialect (embedded quotes doubled).
QString quotedIdentifier(const QString &name);

// Table names of the workspace's own schema (for checks that walk every table).
QStringList tableNames(const QSqlDatabase &db);

} // namespace sd::sql

class QSqlQuery;

namespace sd::sql {

// The id an executed "INSERT … RETURNING id" gave back; 0 when it inserted nothing (ON CONFLICT DO
// NOTHING). RETURNING rather than lastInsertId(): on PostgreSQL that is lastval(), which any
// trigger inserting into another table with an identity column moves. Finishes the query, so
// SQLite ends the statement (a write still in progress would hold up COMMIT).
qint64 returnedId(QSqlQuery &q);

} // namespace sd::sql
