#include "ImportWriterPostgres.h"

#include "CandidateRow.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

#include <QSqlQuery>

#include <functional>
#include <vector>

namespace sd {

namespace {

// Rows a statement carries at most (a few MB of text).
constexpr qsizetype kRowsPerStatement = 10000;
// Ids drawn from the sequence at once, at most.
constexpr qsizetype kIdBlock = 5000;

// Rows sent as one array per column: "INSERT … SELECT … FROM unnest(?::bigint[], ?::text[], …)".
// One statement, prepared once, for any number of rows, and the server reads each column in one
// array instead of parsing thousands of literals (measured: half the server time of a multi-row
// VALUES list; Qt has no COPY). `sql` holds %1 where the unnest(…) goes, as the row source u.
class ColumnBatch
{
public:
    ColumnBatch(const QSqlDatabase &db, QString sql, int columns)
        : m_sql(std::move(sql)), m_query(db), m_columns(size_t(columns)), m_types(size_t(columns))
    {
    }

    void text(int col, QStringView v)
    {
        QString &out = element(col, "text");
        out += u'"';
        for (const QChar ch : v) {
            if (ch == u'"' || ch == u'\\')
                out += u'\\';
            out += ch;
        }
        out += u'"';
    }
    void integer(int col, qint64 v) { element(col, "bigint") += QString::number(v); }
    void null(int col) { element(col, "bigint") += QStringLiteral("NULL"); }
    // Call after the last column of each row.
    void endRow() { ++m_rows; }
    qsizetype rows() const { return m_rows; }

    // Runs the queued rows; onRow sees each result row (a lookup).
    Status run(const QString &context, const std::function<void(const QSqlQuery &)> &onRow = {})
    {
        if (m_rows == 0)
            return std::nullopt;
        if (!m_prepared) {
            QStringList arrays;
            for (const char *type : m_types)
                arrays << QStringLiteral("?::%1[]").arg(QLatin1StringView(type ? type : "text"));
            const QString source = QStringLiteral("unnest(%1) AS u(%2)").arg(arrays.join(QStringLiteral(", ")), columnNames());
            if (Status s = sql::prepare(m_query, m_sql.arg(source)))
                return s;
            m_prepared = true;
        }
        for (size_t i = 0; i < m_columns.size(); ++i)
            m_query.bindValue(int(i), u'{' + m_columns[i] + u'}');
        if (Status s = sql::exec(m_query, context))
            return s;
        if (onRow) {
            while (m_query.next())
                onRow(m_query);
        }
        m_query.finish();
        for (QString &c : m_columns)
            c.clear();
        m_rows = 0;
        return std::nullopt;
    }

private:
    QString &element(int col, const char *type)
    {
        m_types[size_t(col)] = type;
        QString &out = m_columns[size_t(col)];
        if (m_rows > 0)
            out += u',';
        return out;
    }
    QString columnNames() const
    {
        QStringList names;
        for (size_t i = 0; i < m_columns.size(); ++i)
            names << QStringLiteral("c%1").arg(i);
        return names.join(QStringLiteral(", "));
    }

    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
    std::vector<QString> m_columns; // the elements so far, comma-separated, without the braces
    std::vector<const char *> m_types;
    qsizetype m_rows = 0;
};

QString candidateSelectList()
{
    QStringList cols;
    for (int i = 0; i < row::WritableColumnCount + 3; ++i)
        cols << QStringLiteral("c%1").arg(i);
    return cols.join(QStringLiteral(", "));
}

class PostgresImportWriter final : public ImportWriter
{
public:
    PostgresImportWriter(const QSqlDatabase &db, qsizetype expectedRows)
        : m_db(db), m_expected(expectedRows),
          m_candidates(db,
                       QStringLiteral("INSERT INTO candidates(id, %1, created_at, updated_at) SELECT %2 FROM %3")
                           .arg(row::writableColumnList(), candidateSelectList(), QStringLiteral("%1")),
                       row::WritableColumnCount + 3),
          m_search(db,
                   QStringLiteral("INSERT INTO candidate_search(candidate_id, doc) SELECT c0, to_tsvector('simple', c1) "
                                  "FROM %1 ON CONFLICT (candidate_id) DO UPDATE SET doc = excluded.doc"),
                   2),
          m_keys(db,
                 QStringLiteral("INSERT INTO candidate_keys(key, candidate_id) SELECT c0, c1 FROM %1 ON CONFLICT DO NOTHING"),
                 2),
          m_members(db,
                    QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, "
                                   "status_changed_at) SELECT c0, c1, 0, c2, c2 FROM %1 ON CONFLICT DO NOTHING"),
                    3),
          m_lookups(db,
                    QStringLiteral("SELECT key, min(candidate_id) FROM candidate_keys WHERE key IN (SELECT c0 FROM %1) "
                                   "GROUP BY key"),
                    1),
          m_lookup(db), m_insertOne(db)
    {
    }

    Result<std::optional<qint64>> lookupKey(const QString &key) override
    {
        if (!m_lookupPrepared) {
            if (Status s = sql::prepare(m_lookup, QStringLiteral("SELECT min(candidate_id) FROM candidate_keys WHERE key = ?")))
                return *s;
            m_lookupPrepared = true;
        }
        m_lookup.bindValue(0, key);
        if (Status s = sql::exec(m_lookup, QStringLiteral("looking for duplicates")))
            return *s;
        std::optional<qint64> found;
        if (m_lookup.next() && !m_lookup.isNull(0))
            found = m_lookup.value(0).toLongLong();
        m_lookup.finish();
        return found;
    }

    Status lookupKeys(QStringList keys, QHash<QString, qint64> &owners) override
    {
        keys.removeDuplicates(); // rows of a batch share keys (duplicates, shared companies)
        for (const QString &k : std::as_const(keys)) {
            m_lookups.text(0, k);
            m_lookups.endRow();
            if (m_lookups.rows() >= kRowsPerStatement) {
                if (Status s = runLookups(owners))
                    return s;
            }
        }
        return runLookups(owners);
    }

    Status insertRow(Candidate &c, const QStringList &keys, qint64 nowMs) override
    {
        auto id = nextId();
        if (!id.ok())
            return id.error();
        c.rowVersion = 1;
        c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        if (id.value() > 0) {
            c.id = id.value();
            ColumnBatch &b = m_candidates;
            b.integer(0, c.id);
            row::visitWritable(
                c, [&](int i, const QString &v) { b.text(i + 1, v); }, [&](int i, qint64 v) { b.integer(i + 1, v); },
                [&](int i) { b.null(i + 1); });
            b.integer(row::WritableColumnCount + 1, nowMs);
            b.integer(row::WritableColumnCount + 2, nowMs);
            b.endRow();
        } else if (Status s = insertNow(c, nowMs)) {
            return s;
        }
        m_search.integer(0, c.id);
        m_search.text(1, SearchIndex::document(c));
        m_search.endRow();
        for (const QString &k : keys) {
            m_keys.text(0, k);
            m_keys.integer(1, c.id);
            m_keys.endRow();
        }
        if (m_search.rows() >= kRowsPerStatement)
            return flush();
        return std::nullopt;
    }

    Status flush() override
    {
        // Parents first: the search documents and memberships refer to the candidates.
        if (Status s = m_candidates.run(QStringLiteral("saving candidates")))
            return s;
        if (Status s = m_search.run(QStringLiteral("updating the search index")))
            return s;
        if (Status s = m_keys.run(QStringLiteral("updating duplicate keys")))
            return s;
        return m_members.run(QStringLiteral("adding to the campaign"));
    }

    Status addMember(qint64 campaignId, qint64 candidateId, qint64 nowMs) override
    {
        m_members.integer(0, campaignId);
        m_members.integer(1, candidateId);
        m_members.integer(2, nowMs);
        m_members.endRow();
        if (m_members.rows() >= kRowsPerStatement)
            return flush();
        return std::nullopt;
    }

private:
    Status runLookups(QHash<QString, qint64> &owners)
    {
        return m_lookups.run(QStringLiteral("looking for duplicates"), [&](const QSqlQuery &q) {
            owners.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    }

    // The next id drawn ahead from the candidates' sequence, so the row can wait for flush(); 0
    // when ids cannot be drawn ahead (one row expected, or no right to use the sequence directly:
    // an identity column's own default needs none), and the row goes in at once instead.
    Result<qint64> nextId()
    {
        if (m_next < m_ids.size())
            return m_ids[m_next++];
        if (m_perRow || m_expected - m_taken <= 1)
            return qint64(0);
        if (m_sequence.isEmpty()) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("SELECT s, has_sequence_privilege(s, 'USAGE') "
                                       "FROM (SELECT pg_get_serial_sequence('candidates', 'id') AS s) t"))
                || !q.next())
                return sql::errorFrom(q, QStringLiteral("preparing the import"));
            m_sequence = q.value(0).toString();
            m_perRow = m_sequence.isEmpty() || !q.value(1).toBool();
            if (m_perRow)
                return qint64(0);
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = sql::prepare(q, QStringLiteral("SELECT nextval(?::regclass) FROM generate_series(1, ?)")))
            return *s;
        q.bindValue(0, m_sequence);
        q.bindValue(1, std::clamp<qsizetype>(m_expected - m_taken, 1, kIdBlock));
        if (Status s = sql::exec(q, QStringLiteral("preparing the import")))
            return *s;
        m_ids.clear();
        m_next = 0;
        while (q.next())
            m_ids.push_back(q.value(0).toLongLong());
        m_taken += qsizetype(m_ids.size());
        if (m_ids.empty())
            return Error(Error::Code::Database, QStringLiteral("preparing the import: no ids drawn"));
        return m_ids[m_next++];
    }

    Status insertNow(Candidate &c, qint64 nowMs)
    {
        if (!m_insertOnePrepared) {
            if (Status s = sql::prepare(m_insertOne, QStringLiteral("INSERT INTO candidates(%1, created_at, updated_at) "
                                                                    "VALUES (%2) RETURNING id")
                                                         .arg(row::writableColumnList(),
                                                              QStringList(row::WritableColumnCount + 2, QStringLiteral("?"))
                                                                  .join(u','))))
                return s;
            m_insertOnePrepared = true;
        }
        row::bindWritable(m_insertOne, c, 0);
        m_insertOne.bindValue(row::WritableColumnCount, nowMs);
        m_insertOne.bindValue(row::WritableColumnCount + 1, nowMs);
        if (Status s = sql::exec(m_insertOne, QStringLiteral("saving a candidate")))
            return s;
        if (!m_insertOne.next())
            return sql::errorFrom(m_insertOne, QStringLiteral("saving a candidate"));
        c.id = m_insertOne.value(0).toLongLong();
        m_insertOne.finish();
        return std::nullopt;
    }

    QSqlDatabase m_db;
    qsizetype m_expected;
    qsizetype m_taken = 0;
    std::vector<qint64> m_ids;
    size_t m_next = 0;
    QString m_sequence;
    bool m_perRow = false;
    ColumnBatch m_candidates;
    ColumnBatch m_search;
    ColumnBatch m_keys;
    ColumnBatch m_members;
    ColumnBatch m_lookups;
    QSqlQuery m_lookup;
    bool m_lookupPrepared = false;
    QSqlQuery m_insertOne;
    bool m_insertOnePrepared = false;
};

} // namespace

Result<std::unique_ptr<ImportWriter>> createPostgresImportWriter(const QSqlDatabase &db, qsizetype expectedRows)
{
    if (!db.isOpen())
        return Error(Error::Code::Database, QStringLiteral("the workspace connection is closed"));
    return std::unique_ptr<ImportWriter>(new PostgresImportWriter(db, expectedRows));
}

} // namespace sd
