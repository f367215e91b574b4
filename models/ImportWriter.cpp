#include "ImportWriter.h"

#include "CandidateRow.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <vector>

namespace sd {

namespace {

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
    void text(int i, const QString &v)
    {
        // UTF-8 converted once here and kept until reset(), so SQLite neither converts nor copies.
        // Empty, never NULL: the text columns are NOT NULL.
        m_buffers.push_back(v.toUtf8());
        const QByteArray &b = m_buffers.back();
        sqlite3_bind_text(m_stmt, i + 1, b.isNull() ? "" : b.constData(), int(b.size()), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i + 1, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i + 1); }
    int step() { return sqlite3_step(m_stmt); }
    qint64 column(int i) { return sqlite3_column_int64(m_stmt, i); }
    bool columnIsNull(int i) { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_buffers.clear();
    }
    Status done(int rc, const QString &context)
    {
        reset();
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return std::nullopt;
        return Error(Error::Code::Database, context + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_buffers;
};

} // namespace

struct ImportWriter::Statements
{
    sqlite3 *db = nullptr;
    Statement lookup;
    Statement insert;
    Statement index;
    Statement key;
    Statement member;
};

ImportWriter::ImportWriter(std::unique_ptr<Statements> s) : m_s(std::move(s)) {}
ImportWriter::~ImportWriter() = default;

Result<std::unique_ptr<ImportWriter>> ImportWriter::create(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error(Error::Code::Unsupported, QStringLiteral("bulk import needs the SQLite driver"));
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return Error(Error::Code::Database, QStringLiteral("the workspace connection is closed"));

    auto s = std::make_unique<Statements>();
    s->db = raw;
    const QString columns = row::writableColumnList();
    QString params;
    for (int i = 0; i < row::WritableColumnCount + 2; ++i)
        params += i ? QStringLiteral(",?") : QStringLiteral("?");
    const bool ok =
        s->lookup.prepare(raw, QStringLiteral("SELECT min(candidate_id) FROM candidate_keys WHERE key = ?"))
        && s->insert.prepare(raw, QStringLiteral("INSERT INTO candidates(%1, created_at, updated_at) VALUES (%2)").arg(columns, params))
        && s->index.prepare(raw, QStringLiteral("INSERT INTO candidates_fts(rowid, first_name, last_name, emails, company, "
                                                "title, city, region, country_code, tags) VALUES (?,?,?,?,?,?,?,?,?,?)"))
        && s->key.prepare(raw, QStringLiteral("INSERT OR IGNORE INTO candidate_keys(key, candidate_id) VALUES (?, ?)"))
        && s->member.prepare(raw, QStringLiteral("INSERT OR IGNORE INTO campaign_members(campaign_id, candidate_id, status, "
                                                 "added_at, status_changed_at) VALUES (?, ?, 0, ?, ?)"));
    if (!ok)
        return Error(Error::Code::Database, QStringLiteral("preparing the import: ") + QString::fromUtf8(sqlite3_errmsg(raw)));
    return std::unique_ptr<ImportWriter>(new ImportWriter(std::move(s)));
}

Result<std::optional<qint64>> ImportWriter::lookupKey(const QString &key)
{
    Statement &q = m_s->lookup;
    q.text(0, key);
    const int rc = q.step();
    std::optional<qint64> found;
    if (rc == SQLITE_ROW && !q.columnIsNull(0))
        found = q.column(0);
    if (Status s = q.done(rc, QStringLiteral("looking for duplicates")))
        return *s;
    return found;
}

Status ImportWriter::insert(Candidate &c, const QStringList &keys, qint64 nowMs)
{
    Statement &ins = m_s->insert;
    row::visitWritable(
        c, [&](int i, const QString &v) { ins.text(i, v); }, [&](int i, qint64 v) { ins.integer(i, v); },
        [&](int i) { ins.null(i); });
    ins.integer(row::WritableColumnCount, nowMs);
    ins.integer(row::WritableColumnCount + 1, nowMs);
    if (Status s = ins.done(ins.step(), QStringLiteral("saving a candidate")))
        return s;
    c.id = sqlite3_last_insert_rowid(m_s->db);
    c.rowVersion = 1;
    c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);

    // Same values as the row: FTS5 external content must match it byte for byte (see SearchIndex).
    Statement &idx = m_s->index;
    idx.integer(0, c.id);
    const QString fields[] = {c.firstName, c.lastName, row::joinList(c.emails), c.company, c.title,
                              c.city,      c.region,   c.countryCode,           row::joinList(c.tags)};
    for (int i = 0; i < int(std::size(fields)); ++i)
        idx.text(i + 1, fields[i]);
    if (Status s = idx.done(idx.step(), QStringLiteral("updating the search index")))
        return s;

    Statement &key = m_s->key;
    for (const QString &k : keys) {
        key.text(0, k);
        key.integer(1, c.id);
        if (Status s = key.done(key.step(), QStringLiteral("updating duplicate keys")))
            return s;
    }
    return std::nullopt;
}

Status ImportWriter::addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs)
{
    Statement &m = m_s->member;
    m.integer(0, campaignId);
    m.integer(1, candidateId);
    m.integer(2, nowMs);
    m.integer(3, nowMs);
    return m.done(m.step(), QStringLiteral("adding to the campaign"));
}

} // namespace sd
