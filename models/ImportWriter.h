#pragma once

#include "Error.h"
#include "Types.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd {

// The write path of bulk imports: the same rows the repository writes (candidate, search index,
// duplicate keys, campaign membership), made cheap per row. It runs inside the caller's
// transaction and never commits. Which writer is chosen at run time, by the connection:
//
// - SQLite: through SQLite's own API on the connection's handle (SOURCEDESK_SQLITE_DIRECT).
//   Qt SQL costs about 2,000 instructions per bound value and as much again per statement run,
//   which made imports 16x slower than sqlite3's own .import. Builds without it use Qt SQL.
// - PostgreSQL (ImportWriterPostgres.cpp): Qt SQL with multi-row INSERTs, because there a
//   statement costs a network round trip; ids are drawn from the sequence ahead of the rows.
//
// Batching: insertRow() sets the row's id at once; its search-index row and its keys (and on
// PostgreSQL the row itself and the campaign memberships) wait until flush(). Call flush() before
// the caller commits, and before anything else reads or touches a waiting row (a merge into a row
// of the same batch, the do-not-contact check of the batch's rows).
class ImportWriter
{
public:
    // expectedRows: how many rows the caller is about to insert (PostgreSQL draws that many ids
    // at once). Fails when a SQLite connection is not Qt's SQLite driver linked to the same libsqlite3.
    static Result<std::unique_ptr<ImportWriter>> create(const QSqlDatabase &db, qsizetype expectedRows = 1);
    virtual ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // The oldest candidate that owns this duplicate key, if any.
    virtual Result<std::optional<qint64>> lookupKey(const QString &key) = 0;
    // The same for many keys at once; keys without an owner are absent.
    virtual Status lookupKeys(QStringList keys, QHash<QString, qint64> &owners) = 0;
    // Inserts the row, its search-index row and its keys at once; sets id, rowVersion and timestamps.
    Status insert(Candidate &c, const QStringList &keys, qint64 nowMs);
    // Inserts the row (or queues it) and queues its search-index row and keys for flush().
    virtual Status insertRow(Candidate &c, const QStringList &keys, qint64 nowMs) = 0;
    // Writes everything queued.
    virtual Status flush() = 0;
    virtual Status addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs) = 0;

protected:
    ImportWriter() = default;
};

} // namespace sd
