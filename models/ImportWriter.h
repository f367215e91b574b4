#pragma once

#include "Error.h"
#include "Types.h"

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
    // Inserts the row, its search-index row and its keys; sets id, rowVersion and timestamps.
    Status insert(Candidate &c, const QStringList &keys, qint64 nowMs);
    Status addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs);

private:
    struct Statements;
    explicit ImportWriter(std::unique_ptr<Statements> s);
    std::unique_ptr<Statements> m_s;
};

} // namespace sd
