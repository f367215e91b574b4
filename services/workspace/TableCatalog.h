#pragma once

#include "Error.h"
#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd::transfer {

// How a column's value is written: the target's declared type decides, since SQLite stores
// whatever it is given and PostgreSQL refuses a mismatch.
// Any: no declared type (SQLite), the value keeps its own.
enum class ColumnKind { Integer, Real, Text, Blob, Boolean, Any };

struct Column
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
};

struct TableInfo
{
    QString name;
    QList<Column> columns;      // in the table's order
    QStringList primaryKey;     // empty: none
    QStringList references;     // tables this one's foreign keys point to
    QString identityColumn;     // PostgreSQL: the GENERATED … AS IDENTITY column, if any
};

// What the transfer needs to know about one side's schema, read from its own catalog
// (sqlite_master and PRAGMAs, or pg_catalog), so a table added by a later migration is copied
// without anyone remembering to list it here.
class TableCatalog
{
public:
    // Tables rebuilt from others after a copy, never copied: SQLite's FTS5 index (its shadow
    // tables are not in sql::tableNames) and PostgreSQL's search table. schema_info belongs to
    // the target's own migrations.
    static QStringList derivedTables();
    static QStringList notCopiedTables();
    static bool isCopied(const QString &table);

    static Result<TableCatalog> read(const QSqlDatabase &db);

    QStringList tableNames() const;
    const TableInfo *table(const QString &name) const;

    // The tables in an order where each comes after every table it references (cycles are an
    // error: nothing in the schema has one, and a copy could not keep them consistent).
    static Result<QStringList> foreignKeyOrder(const QList<TableInfo> &tables);
    const QList<TableInfo> &tables() const { return m_tables; }

private:
    QList<TableInfo> m_tables;
};

// One value as an SQL literal in the target's dialect (multi-row INSERTs are built as text:
// binding through Qt SQL costs more than the copy itself).
QString sqlLiteral(sql::Dialect d, ColumnKind kind, const QVariant &value);

} // namespace sd::transfer
