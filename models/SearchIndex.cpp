#include "SearchIndex.h"

#include "CandidateRow.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

namespace sd {

namespace {

// Same columns, same order as the virtual table in the schema.
constexpr auto kColumns = "first_name, last_name, emails, company, title, city, region, country_code, tags";

bool isAscii(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QStringList SearchIndex::words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            word += ch;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

QString SearchIndex::fold(const QString &word)
{
    if (isAscii(word))
        return word.toLower();
    QString out;
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch;
    }
    return out.toCaseFolded();
}

QString SearchIndex::document(const Candidate &c)
{
    const QString fields[] = {c.firstName, c.lastName, row::joinList(c.emails), c.company, c.title,
                              c.city,      c.region,   c.countryCode,           row::joinList(c.tags)};
    QStringList folded;
    for (const QString &f : fields) {
        for (const QString &w : words(f)) {
            const QString token = fold(w);
            if (!token.isEmpty())
                folded << token;
        }
    }
    return folded.join(u' ');
}

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_postgres(sql::isPostgres(db)), m_insert(db), m_delete(db)
{
    if (m_postgres) {
        // An upsert: an undo may already have put the row back with the candidate it restored.
        m_insert.prepare(QStringLiteral("INSERT INTO candidate_search(candidate_id, doc) VALUES (?, to_tsvector('simple', ?)) "
                                        "ON CONFLICT (candidate_id) DO UPDATE SET doc = excluded.doc"));
        m_delete.prepare(QStringLiteral("DELETE FROM candidate_search WHERE candidate_id = ?"));
        return;
    }
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
    if (m_postgres) {
        m_insert.bindValue(0, c.id);
        m_insert.bindValue(1, sql::text(document(c)));
        return sql::exec(m_insert, QStringLiteral("updating the search index"));
    }
    return write(m_insert, c);
}

Status SearchIndex::drop(const Candidate &stored)
{
    if (m_postgres) {
        m_delete.bindValue(0, stored.id);
        return sql::exec(m_delete, QStringLiteral("updating the search index"));
    }
    return write(m_delete, stored);
}

Status SearchIndex::replace(const Candidate &stored, const Candidate &updated)
{
    if (m_postgres)
        return add(updated); // the upsert replaces the document
    if (Status s = drop(stored))
        return s;
    return add(updated);
}

Status SearchIndex::rebuild(const QSqlDatabase &db)
{
    if (!sql::isPostgres(db))
        return sql::execDirect(db, QStringLiteral("INSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild')"));
    // The documents are folded here, not in SQL: read every candidate and write its document again.
    if (Status s = sql::execDirect(db, QStringLiteral("DELETE FROM candidate_search")))
        return s;
    // In pages by id: the rows of one page are read in full before they are written back.
    SearchIndex index(db);
    QSqlQuery read(db);
    if (Status s = sql::prepare(read, QStringLiteral("SELECT %1 FROM candidates WHERE id > ? ORDER BY id LIMIT 1000")
                                          .arg(row::candidateColumns())))
        return s;
    for (qint64 after = 0;;) {
        read.bindValue(0, after);
        if (Status s = sql::exec(read, QStringLiteral("rebuilding the search index")))
            return s;
        QList<Candidate> page;
        while (read.next())
            page << row::readCandidate(read);
        read.finish();
        if (page.isEmpty())
            break;
        for (const Candidate &c : std::as_const(page)) {
            if (Status s = index.add(c))
                return s;
        }
        after = page.constLast().id;
    }
    return std::nullopt;
}

} // namespace sd
