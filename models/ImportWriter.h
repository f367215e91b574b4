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
// duplicate keys, campaign membership), through SQLite's own API on the connection's handle.
// Qt SQL costs about 2,000 instructions per bound value and as much again per statement run,
// which made imports 16x slower than sqlite3's own .import; this path is for those loops only.
// It runs inside the caller's transaction and never commits.
//
// Batching: insertRow() writes the candidate row at once; its search-index row and its keys wait
// until flush(), which indexes all waiting rows with one INSERT ... SELECT and writes the keys in
// key order (B-tree inserts in order touch each index page once instead of at random). Call
// flush() before the caller commits, and before anything else touches the search index or the
// keys of a waiting row (a merge into a row of the same batch).
class ImportWriter
{
public:
    // Fails when the connection is not Qt's SQLite driver linked to the same libsqlite3.
    static Result<std::unique_ptr<ImportWriter>> create(const QSqlDatabase &db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // The oldest candidate that owns this duplicate key, if any.
    Result<std::optional<qint64>> lookupKey(const QString &key);
    // The same for many keys at once, looked up in key order; keys without an owner are absent.
    Status lookupKeys(QStringList keys, QHash<QString, qint64> &owners);
    // Inserts the row, its search-index row and its keys at once; sets id, rowVersion and timestamps.
    Status insert(Candidate &c, const QStringList &keys, qint64 nowMs);
    // Inserts the row now and queues its search-index row and keys for flush().
    Status insertRow(Candidate &c, const QStringList &keys, qint64 nowMs);
    // Writes the queued search-index rows and keys.
    Status flush();
    Status addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs);

private:
    struct Statements;
    explicit ImportWriter(std::unique_ptr<Statements> s);
    std::unique_ptr<Statements> m_s;
};

} // namespace sd
