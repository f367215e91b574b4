#include "ImportWriter.h"

#include "CandidateRow.h"
#include "ImportWriterPostgres.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QStringEncoder>

#if SOURCEDESK_SQLITE_DIRECT
#include <sqlite3.h>
#else
#include <QSqlError>
#include <QSqlQuery>
#endif

#include <algorithm>
#include <cstring>
#include <vector>

namespace sd {

namespace {

#if SOURCEDESK_SQLITE_DIRECT
using Connection = sqlite3 *;
constexpr int kRow = SQLITE_ROW;

// SQLite's own API on the Qt connection's handle: only sound when Qt's SQLite plugin uses this same
// libsqlite3, as Debian's does (SOURCEDESK_SQLITE_DIRECT, set in models/CMakeLists.txt).
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_db = db;
        return sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
               == SQLITE_OK;
    }
    // Parameters are 0-based here, as in QSqlQuery.
    // The UTF-8 goes into one buffer that is reused for every row, and is bound at step(), so SQLite
    // neither converts nor copies and a row costs no allocation. Empty, never NULL: the text
    // columns are NOT NULL.
    void text(int i, QStringView v)
    {
        const qsizetype start = m_arena.size();
        m_arena.resize(start + v.size() * 3);
        char *end = m_encoder.appendToBuffer(m_arena.data() + start, v);
        m_arena.resize(end - m_arena.constData());
        m_texts.push_back({i, start, qsizetype(end - m_arena.constData()) - start});
    }
    void utf8(int i, const QByteArray &v)
    {
        const qsizetype start = m_arena.size();
        m_arena.append(v);
        m_texts.push_back({i, start, v.size()});
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i + 1, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i + 1); }
    int step()
    {
        const char *base = m_arena.isEmpty() ? "" : m_arena.constData();
        for (const Text &t : m_texts)
            sqlite3_bind_text(m_stmt, t.index + 1, base + t.offset, int(t.size), SQLITE_STATIC);
        return sqlite3_step(m_stmt);
    }
    qint64 column(int i) { return sqlite3_column_int64(m_stmt, i); }
    bool columnIsNull(int i) { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_arena.resize(0);
        m_texts.clear();
    }
    Status done(int rc, const QString &context)
    {
        reset();
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return std::nullopt;
        return Error(Error::Code::Database, context + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    struct Text
    {
        int index;
        qsizetype offset;
        qsizetype size;
    };
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_arena;
    std::vector<Text> m_texts;
    // Stateless: a broken surrogate at the end of one value must not leak into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

Result<Connection> connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error(Error::Code::Unsupported, QStringLiteral("bulk import needs the SQLite driver"));
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return Error(Error::Code::Database, QStringLiteral("the workspace connection is closed"));
    return raw;
}

QString lastError(Connection db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

qint64 lastInsertId(Connection db, Statement &)
{
    return sqlite3_last_insert_rowid(db);
}
#else
using Connection = QSqlDatabase;
constexpr int kRow = 1;
constexpr int kDone = 0;
constexpr int kError = -1;

// The same statements through Qt SQL, for Qt builds whose SQLite plugin carries its own copy of
// SQLite (Qt's installers on Windows and macOS): slower per value, but never a foreign handle.
class Statement
{
public:
    bool prepare(const QSqlDatabase &db, const QString &sql)
    {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
        return m_query.prepare(sql);
    }
    // Empty, never NULL: the text columns are NOT NULL, and an empty QString can be a null one.
    void text(int i, QStringView v) { m_query.bindValue(i, v.isEmpty() ? QStringLiteral("") : v.toString()); }
    void utf8(int i, const QByteArray &v) { m_query.bindValue(i, v.isEmpty() ? QStringLiteral("") : QString::fromUtf8(v)); }
    void integer(int i, qint64 v) { m_query.bindValue(i, v); }
    void null(int i) { m_query.bindValue(i, QVariant(QMetaType::fromType<QString>())); }
    int step()
    {
        if (!m_query.exec())
            return kError;
        m_lastId = m_query.lastInsertId().toLongLong(); // read now: finish() in done() drops it
        return m_query.next() ? kRow : kDone;
    }
    qint64 column(int i) { return m_query.value(i).toLongLong(); }
    bool columnIsNull(int i) { return m_query.isNull(i); }
    qint64 lastInsertId() const { return m_lastId; }
    Status done(int rc, const QString &context)
    {
        const QString error = m_query.lastError().text();
        m_query.finish();
        if (rc != kError)
            return std::nullopt;
        return Error(Error::Code::Database, context + QStringLiteral(": ") + error);
    }

private:
    QSqlQuery m_query;
    qint64 m_lastId = 0;
};

Result<Connection> connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return Error(Error::Code::Database, QStringLiteral("the workspace connection is closed"));
    return db;
}

QString lastError(Connection db)
{
    return db.lastError().text();
}

qint64 lastInsertId(Connection, Statement &insert)
{
    return insert.lastInsertId();
}
#endif

struct QueuedKey
{
    QByteArray key; // UTF-8: its byte order is the BINARY collation order of the key column
    qint64 candidateId;
};

bool byteLess(const QByteArray &a, const QByteArray &b)
{
    const int c = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    return c != 0 ? c < 0 : a.size() < b.size();
}

// The SQLite writer: one prepared statement per kind of row, reused for every row.
class SqliteImportWriter final : public ImportWriter
{
public:
    static Result<std::unique_ptr<ImportWriter>> create(Connection raw);

    Result<std::optional<qint64>> lookupKey(const QString &key) override;
    Status lookupKeys(QStringList keys, QHash<QString, qint64> &owners) override;
    Status insertRow(Candidate &c, const QStringList &keys, qint64 nowMs) override;
    Status flush() override;
    Status addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs) override;

private:
    Connection m_db{};
    Statement m_lookup;
    Statement m_insert;
    Statement m_indexRange;
    Statement m_key;
    Statement m_member;
    std::vector<qint64> m_pendingIds; // inserted rows whose search-index row is not written yet
    std::vector<QueuedKey> m_pendingKeys;
};

Result<std::unique_ptr<ImportWriter>> SqliteImportWriter::create(Connection raw)
{
    auto s = std::make_unique<SqliteImportWriter>();
    s->m_db = raw;
    const QString columns = row::writableColumnList();
    QString params;
    for (int i = 0; i < row::WritableColumnCount + 2; ++i)
        params += i ? QStringLiteral(",?") : QStringLiteral("?");
    // Same columns as the virtual table; the values come from the stored row, so they match it
    // byte for byte, as FTS5 external content requires (see SearchIndex).
    const QString ftsColumns = QStringLiteral("first_name, last_name, emails, company, title, city, region, country_code, tags");
    const bool ok =
        s->m_lookup.prepare(raw, QStringLiteral("SELECT min(candidate_id) FROM candidate_keys WHERE key = ?"))
        && s->m_insert.prepare(raw, QStringLiteral("INSERT INTO candidates(%1, created_at, updated_at) VALUES (%2)").arg(columns, params))
        && s->m_indexRange.prepare(raw, QStringLiteral("INSERT INTO candidates_fts(rowid, %1) SELECT id, %1 FROM candidates "
                                                       "WHERE id BETWEEN ? AND ?").arg(ftsColumns))
        && s->m_key.prepare(raw, QStringLiteral("INSERT INTO candidate_keys(key, candidate_id) VALUES (?, ?) "
                                                "ON CONFLICT DO NOTHING"))
        && s->m_member.prepare(raw, QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, "
                                                   "added_at, status_changed_at) VALUES (?, ?, 0, ?, ?) "
                                                   "ON CONFLICT DO NOTHING"));
    if (!ok)
        return Error(Error::Code::Database, QStringLiteral("preparing the import: ") + lastError(raw));
    return std::unique_ptr<ImportWriter>(std::move(s));
}

Result<std::optional<qint64>> SqliteImportWriter::lookupKey(const QString &key)
{
    Statement &q = m_lookup;
    q.text(0, key);
    const int rc = q.step();
    std::optional<qint64> found;
    if (rc == kRow && !q.columnIsNull(0))
        found = q.column(0);
    if (Status s = q.done(rc, QStringLiteral("looking for duplicates")))
        return *s;
    return found;
}

// In key order: B-tree seeks in order touch each index page once.
Status SqliteImportWriter::lookupKeys(QStringList keys, QHash<QString, qint64> &owners)
{
    std::vector<std::pair<QByteArray, qsizetype>> sorted;
    sorted.reserve(size_t(keys.size()));
    for (qsizetype i = 0; i < keys.size(); ++i)
        sorted.emplace_back(keys[i].toUtf8(), i);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return byteLess(a.first, b.first); });
    Statement &q = m_lookup;
    const QByteArray *previous = nullptr;
    for (const auto &[utf8, i] : sorted) {
        if (previous && *previous == utf8)
            continue; // rows of a batch share keys (duplicates, shared companies)
        previous = &utf8;
        q.utf8(0, utf8);
        const int rc = q.step();
        if (rc == kRow && !q.columnIsNull(0))
            owners.insert(keys[i], q.column(0));
        if (Status s = q.done(rc, QStringLiteral("looking for duplicates")))
            return s;
    }
    return std::nullopt;
}

Status SqliteImportWriter::insertRow(Candidate &c, const QStringList &keys, qint64 nowMs)
{
    Statement &ins = m_insert;
    row::visitWritable(
        c, [&](int i, const QString &v) { ins.text(i, v); }, [&](int i, qint64 v) { ins.integer(i, v); },
        [&](int i) { ins.null(i); });
    ins.integer(row::WritableColumnCount, nowMs);
    ins.integer(row::WritableColumnCount + 1, nowMs);
    if (Status s = ins.done(ins.step(), QStringLiteral("saving a candidate")))
        return s;
    c.id = lastInsertId(m_db, ins);
    c.rowVersion = 1;
    c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    m_pendingIds.push_back(c.id);
    for (const QString &k : keys)
        m_pendingKeys.push_back({k.toUtf8(), c.id});
    return std::nullopt;
}

Status SqliteImportWriter::flush()
{
    // Search index: one statement for each run of consecutive ids (within a transaction the
    // inserted ids are consecutive, so normally one for the whole batch).
    std::vector<qint64> &ids = m_pendingIds;
    Statement &range = m_indexRange;
    for (size_t from = 0; from < ids.size();) {
        size_t to = from + 1;
        while (to < ids.size() && ids[to] == ids[to - 1] + 1)
            ++to;
        range.integer(0, ids[from]);
        range.integer(1, ids[to - 1]);
        if (Status s = range.done(range.step(), QStringLiteral("updating the search index")))
            return s;
        from = to;
    }
    ids.clear();

    // Keys in key order (B-tree inserts in order touch each index page once instead of at random).
    std::vector<QueuedKey> &keys = m_pendingKeys;
    std::sort(keys.begin(), keys.end(), [](const QueuedKey &a, const QueuedKey &b) {
        return byteLess(a.key, b.key) || (a.key == b.key && a.candidateId < b.candidateId);
    });
    Statement &key = m_key;
    for (const QueuedKey &k : keys) {
        key.utf8(0, k.key);
        key.integer(1, k.candidateId);
        if (Status s = key.done(key.step(), QStringLiteral("updating duplicate keys")))
            return s;
    }
    keys.clear();
    return std::nullopt;
}

Status SqliteImportWriter::addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs)
{
    Statement &m = m_member;
    m.integer(0, campaignId);
    m.integer(1, candidateId);
    m.integer(2, nowMs);
    m.integer(3, nowMs);
    return m.done(m.step(), QStringLiteral("adding to the campaign"));
}

} // namespace

ImportWriter::~ImportWriter() = default;

Result<std::unique_ptr<ImportWriter>> ImportWriter::create(const QSqlDatabase &db, qsizetype expectedRows)
{
    // By the connection, not the build: a build with the direct SQLite path opens team
    // workspaces too, and SQLite's API on a PostgreSQL connection's handle would be a crash.
    if (sql::isPostgres(db))
        return createPostgresImportWriter(db, expectedRows);
    auto connection = connectionOf(db);
    if (!connection.ok())
        return connection.error();
    return SqliteImportWriter::create(connection.value());
}

Status ImportWriter::insert(Candidate &c, const QStringList &keys, qint64 nowMs)
{
    if (Status s = insertRow(c, keys, nowMs))
        return s;
    return flush();
}

} // namespace sd
