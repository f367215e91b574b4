// The read side of CandidateRepository: instant search, keyset pages and counts.
#include "CandidateRepository.h"

#include "CandidateRow.h"
#include "SqlUtil.h"
#include "Workspace.h"

namespace sd {

namespace {

struct SortSpec
{
    QStringList columns; // the keyset, the last one is always the id
};

SortSpec sortSpec(CandidateSort sort)
{
    switch (sort) {
    case CandidateSort::Name: return {{QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("id")}};
    case CandidateSort::Company: return {{QStringLiteral("company"), QStringLiteral("id")}};
    case CandidateSort::Updated: return {{QStringLiteral("updated_at"), QStringLiteral("id")}};
    case CandidateSort::Newest: return {{QStringLiteral("id")}};
    }
    return {{QStringLiteral("id")}};
}

// Newest first is the natural order of "Newest"; the others read ascending by default.
bool descending(const CandidateQuery &q)
{
    const bool natural = q.sort == CandidateSort::Newest;
    return natural ? q.order == Qt::AscendingOrder : q.order == Qt::DescendingOrder;
}

// With a search, "newest" walks the index's own rowid order, so LIMIT stops the scan early;
// any other sort has to look at every match.
QString qualify(const QString &col, bool searching)
{
    return (searching && col == QStringLiteral("id")) ? QStringLiteral("f.rowid") : QStringLiteral("c.") + col;
}

QString qualified(const QStringList &cols, bool searching)
{
    QStringList out;
    for (const QString &c : cols)
        out << qualify(c, searching && cols.size() == 1);
    return out.join(QStringLiteral(", "));
}

struct Filter
{
    QString from;  // FROM/JOIN clause
    QStringList where;
    QVariantList binds;
};

Filter filterFor(const CandidateQuery &query, bool *empty)
{
    Filter f;
    *empty = false;
    const QString match = CandidateRepository::ftsQuery(query.text);
    if (!query.text.trimmed().isEmpty() && match.isEmpty())
        *empty = true; // only punctuation: nothing can match
    if (!match.isEmpty()) {
        // Drive from the search index: it knows the few matching rows; the sort then touches only those.
        f.from = QStringLiteral("candidates_fts f CROSS JOIN candidates c ON c.id = f.rowid");
        f.where << QStringLiteral("candidates_fts MATCH ?");
        f.binds << match;
    } else {
        f.from = QStringLiteral("candidates c");
    }
    if (!query.tag.isEmpty()) {
        // Tags are stored one a line; match a whole line, case-insensitively.
        f.where << QStringLiteral("(char(10) || lower(c.tags) || char(10)) LIKE ? ESCAPE '\\'");
        QString t = query.tag.trimmed().toLower();
        t.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        f.binds << QStringLiteral("%\n") + t + QStringLiteral("\n%");
    }
    return f;
}

} // namespace

QString CandidateRepository::ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + QStringLiteral("\"*");
        word.clear();
    };
    // The same split the unicode61 tokenizer makes: letters and digits form words, all else separates.
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            word += ch;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

Result<QList<Candidate>> CandidateRepository::page(const CandidateQuery &query, const PageCursor &cursor,
                                                   int limit) const
{
    bool empty = false;
    Filter f = filterFor(query, &empty);
    if (empty)
        return QList<Candidate>{};
    const SortSpec spec = sortSpec(query.sort);
    const bool desc = descending(query);
    const bool searching = f.from.startsWith(QStringLiteral("candidates_fts"));
    if (!cursor.after.isEmpty()) {
        if (cursor.after.size() != spec.columns.size())
            return Error(Error::Code::InvalidArgument, QStringLiteral("page cursor does not fit the sort"));
        // Row values: SQLite turns (a, b, id) > (?, ?, ?) into an index seek.
        f.where << QStringLiteral("(%1) %2 (%3)")
                       .arg(qualified(spec.columns, searching), desc ? QStringLiteral("<") : QStringLiteral(">"),
                            QStringList(spec.columns.size(), QStringLiteral("?")).join(u','));
        f.binds << cursor.after;
    }
    QStringList order;
    for (const QString &c : spec.columns)
        order << qualify(c, searching && spec.columns.size() == 1) + (desc ? QStringLiteral(" DESC") : QString());
    const QString sql = QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT ?")
                            .arg(row::candidateColumns(QStringLiteral("c")), f.from,
                                 f.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + f.where.join(QStringLiteral(" AND ")),
                                 order.join(QStringLiteral(", ")));
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, sql))
        return *s;
    int i = 0;
    for (const QVariant &b : std::as_const(f.binds))
        q.bindValue(i++, b);
    q.bindValue(i, limit);
    if (Status s = sql::exec(q, QStringLiteral("listing candidates")))
        return *s;
    QList<Candidate> out;
    out.reserve(limit);
    while (q.next())
        out << row::readCandidate(q);
    return out;
}

PageCursor CandidateRepository::cursorAfter(const Candidate &last, const CandidateQuery &query)
{
    PageCursor c;
    switch (query.sort) {
    case CandidateSort::Name: c.after = {last.lastName, last.firstName, last.id}; break;
    case CandidateSort::Company: c.after = {last.company, last.id}; break;
    case CandidateSort::Updated: c.after = {last.updatedAt.toMSecsSinceEpoch(), last.id}; break;
    case CandidateSort::Newest: c.after = {last.id}; break;
    }
    return c;
}

Result<qint64> CandidateRepository::count(const CandidateQuery &query) const
{
    bool empty = false;
    const Filter f = filterFor(query, &empty);
    if (empty)
        return qint64(0);
    QSqlQuery q(m_workspace.connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 %2")
                            .arg(f.from, f.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + f.where.join(QStringLiteral(" AND ")));
    if (Status s = sql::prepare(q, sql))
        return *s;
    int i = 0;
    for (const QVariant &b : f.binds)
        q.bindValue(i++, b);
    if (Status s = sql::exec(q, QStringLiteral("counting candidates")))
        return *s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<Candidate>> CandidateRepository::search(const QString &text, int limit) const
{
    CandidateQuery q;
    q.text = text;
    q.sort = CandidateSort::Newest;
    return page(q, {}, limit);
}

} // namespace sd
