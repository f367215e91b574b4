#pragma once

#include "Error.h"
#include "TableCatalog.h"

#include <QSqlDatabase>

#include <functional>

namespace sd::transfer {

// Streams one table from the source to the target in multi-row INSERTs, inside the transactions
// the caller opened on both (the source's gives the snapshot, the target's the all-or-nothing).
// A PostgreSQL source is read through a cursor, since libpq would otherwise load the whole
// result into memory; SQLite steps through its result anyway.
class TableCopier
{
public:
    struct Job
    {
        QString table;
        QList<Column> columns;  // the target's kinds, columns both sides have
        QStringList orderBy;    // the source's primary key
        int batchRows = 500;
    };
    // Told the rows written so far after each batch; returns false to stop (cancel).
    using Batch = std::function<bool(qint64 written)>;

    TableCopier(QSqlDatabase source, QSqlDatabase target) : m_source(std::move(source)), m_target(std::move(target)) {}

    // The rows written, or why not (Error::Code::Cancelled when `batch` said stop).
    Result<qint64> copy(const Job &job, const Batch &batch);

private:
    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

// Pauses the target's own triggers for the copy (the rows arrive with their derived rows
// already made) and puts them back before commit. SQLite: the triggers are dropped and created
// again from their stored SQL, inside the transaction; PostgreSQL: ALTER TABLE … DISABLE TRIGGER
// USER, which needs the table's owner (who ran the migrations) and keeps foreign-key checks on.
class TriggerPause
{
public:
    explicit TriggerPause(QSqlDatabase db) : m_db(std::move(db)) {}
    Status pause(const QStringList &tables);
    Status resume();

private:
    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_sqliteTriggers; // name, CREATE statement
    QStringList m_pgTables;
};

qint64 countRows(const QSqlDatabase &db, const QString &table, Status *error);

} // namespace sd::transfer
