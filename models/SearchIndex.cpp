#include "SearchIndex.h"

#include "CandidateRow.h"
#include "SqlUtil.h"

namespace sd {

namespace {

// Same columns, same order as the virtual table in the schema.
constexpr auto kColumns = "first_name, last_name, emails, company, title, city, region, country_code, tags";

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db) : m_insert(db), m_delete(db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO candidates_fts(rowid, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1StringView(kColumns)));
    m_delete.prepare(QStringLiteral("INSERT INTO candidates_fts(candidates_fts, rowid, %1) "
                                    "VALUES ('delete', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1StringView(kColumns)));
}

Status SearchIndex::write(QSqlQuery &q, const Candidate &c)
{
    // Values must match what the candidates table stores, byte for byte (see CandidateRow).
    auto v = [](const QString &s) { return sql::text(s); };
    q.bindValue(0, c.id);
    q.bindValue(1, v(c.firstName));
    q.bindValue(2, v(c.lastName));
    q.bindValue(3, v(row::joinList(c.emails)));
    q.bindValue(4, v(c.company));
    q.bindValue(5, v(c.title));
    q.bindValue(6, v(c.city));
    q.bindValue(7, v(c.region));
    q.bindValue(8, v(c.countryCode));
    q.bindValue(9, v(row::joinList(c.tags)));
    return sql::exec(q, QStringLiteral("updating the search index"));
}

Status SearchIndex::add(const Candidate &c)
{
    return write(m_insert, c);
}

Status SearchIndex::drop(const Candidate &stored)
{
    return write(m_delete, stored);
}

Status SearchIndex::replace(const Candidate &stored, const Candidate &updated)
{
    if (Status s = drop(stored))
        return s;
    return add(updated);
}

Status SearchIndex::rebuild(const QSqlDatabase &db)
{
    return sql::execDirect(db, QStringLiteral("INSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild')"));
}

} // namespace sd
