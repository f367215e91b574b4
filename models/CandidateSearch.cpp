// The read side of CandidateRepository: instant search, keyset pages and counts.
#include "CandidateRepository.h"

#include "CandidateRow.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
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

struct Filter
{
    QString from;  // FROM/JOIN clause
    QStringList where;
    QVariantList binds;
    // The search index drives the query: its id column (FTS5's rowid, candidate_search's
    // candidate_id) orders "newest" without a sort, and LIMIT stops the scan early.
    QString indexId;
    QString with; // a WITH clause ahead of the SELECT (its binds come first)
};

// PostgreSQL plans "matches, sorted by name (or company, or last update)" as a walk of that
// index which stops at the page's last match, assuming matches are spread evenly over it. A
// surname search breaks the assumption: every "Schulz" sits under S, and the walk reads nine
// tenths of the index first (1.8 s on a million candidates). Up to this many matches, sorting the
// matches themselves costs at most about 0.15 s; beyond it the matches are common enough that the
// walk meets them early.
constexpr int kSortMatchesUpTo = 10000;

// Counts matches up to kSortMatchesUpTo + 1 (a bitmap scan of the search index, tens of ms).
bool fewMatches(const QSqlDatabase &db, const QVariant &match)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM candidate_search WHERE doc @@ to_tsquery('simple', ?) "
                             "LIMIT ?) x"));
    q.addBindValue(match);
    q.addBindValue(kSortMatchesUpTo + 1);
    return q.exec() && q.next() && q.value(0).toInt() <= kSortMatchesUpTo;
}

// The matches first (MATERIALIZED: the planner may not fold them back into an index walk), then
// the candidates they are, sorted.
void sortMatchesThemselves(Filter &f)
{
    f.with = QStringLiteral("WITH m AS MATERIALIZED (SELECT candidate_id FROM candidate_search WHERE "
                            "doc @@ to_tsquery('simple', ?)) ");
    f.from = QStringLiteral("m JOIN candidates c ON c.id = m.candidate_id");
    f.where.removeFirst(); // the match, now in the WITH clause; its bind stays first
    f.indexId = QStringLiteral("m.candidate_id");
}

// With a search, "newest" walks the index's own id order; any other sort has to look at every match.
QString qualify(const QString &col, const Filter &f, bool idOnly)
{
    return (idOnly && !f.indexId.isEmpty() && col == QStringLiteral("id")) ? f.indexId : QStringLiteral("c.") + col;
}

QString qualified(const QStringList &cols, const Filter &f)
{
    QStringList out;
    for (const QString &c : cols)
        out << qualify(c, f, cols.size() == 1);
    return out.join(QStringLiteral(", "));
}

// The longest prefix the search index keeps a prefix index for (prefix='2 3 4 5 6' in Migrations).
constexpr int kLongestIndexedPrefix = 6;

// The same split the unicode61 tokenizer makes: letters and digits form words, all else separates.
QStringList searchWords(const QString &text)
{
    return SearchIndex::words(text);
}

QString matchExpression(const QStringList &words)
{
    QStringList terms;
    for (const QString &w : words)
        terms << u'"' + w + QStringLiteral("\"*");
    return terms.join(u' ');
}

bool isAscii(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

// What unicode61 with remove_diacritics does to a token, closely enough for Latin text.
QString foldToken(const QString &token)
{
    return SearchIndex::fold(token);
}

// PostgreSQL: every word a prefix, all required, each folded as SearchIndex folds the documents
// and quoted, so the user's text is never tsquery syntax. Empty when there is no word.
QString tsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &w : searchWords(text)) {
        // PostgreSQL refuses a tsquery word over 2047 bytes; as a prefix, 500 characters find the same.
        QString folded = foldToken(w).left(500);
        if (folded.isEmpty())
            continue;
        folded.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
        terms << u'\'' + folded + QStringLiteral("':*");
    }
    return terms.join(QStringLiteral(" & "));
}

// A prefix term longer than the longest prefix index makes FTS5 merge the whole doclist of every
// word it covers before the first row comes out ("machine*" on a million rows: tens of ms). Cut to
// the indexed length, the term streams in rowid order and LIMIT stops early; the rows it lets
// through are then checked against the whole words here. Only plain ASCII words are cut, so the
// check never has to guess how the tokenizer folds other scripts.
struct SearchPlan
{
    QString match;          // what the index is asked
    QStringList longWords;  // folded words that were cut and must be checked on each row
    QString exact;          // the uncut expression (counts use it)
};

SearchPlan planSearch(const QString &text)
{
    SearchPlan plan;
    const QStringList words = searchWords(text);
    plan.exact = matchExpression(words);
    QStringList driving;
    for (const QString &w : words) {
        if (w.size() > kLongestIndexedPrefix && isAscii(w)) {
            driving << w.left(kLongestIndexedPrefix);
            plan.longWords << w.toLower();
        } else {
            driving << w;
        }
    }
    plan.match = matchExpression(driving);
    return plan;
}

// Whether `field` has a word that starts with `word` (plain ASCII, lower case).
bool hasWordStarting(const QString &field, const QString &word)
{
    if (!isAscii(field)) {
        // Accents and other scripts: fold the words as the tokenizer does, then compare.
        const QStringList tokens = searchWords(field);
        return std::any_of(tokens.cbegin(), tokens.cend(), [&](const QString &t) { return foldToken(t).startsWith(word); });
    }
    for (qsizetype at = field.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = field.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        if (at == 0 || !field.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

bool hasEveryWord(const Candidate &c, const QStringList &longWords)
{
    const QString fields[] = {c.firstName, c.lastName, c.emails.join(u' '), c.company, c.title,
                              c.city,      c.region,   c.countryCode,        c.tags.join(u' ')};
    for (const QString &w : longWords) {
        if (!std::any_of(std::cbegin(fields), std::cend(fields), [&](const QString &f) { return hasWordStarting(f, w); }))
            return false;
    }
    return true;
}

Filter filterFor(const QSqlDatabase &db, const CandidateQuery &query, bool *empty,
                 const QString *matchOverride = nullptr)
{
    Filter f;
    *empty = false;
    const sql::Dialect dialect = sql::dialectOf(db);
    const bool pg = dialect == sql::Dialect::Postgres;
    const QString match = matchOverride ? *matchOverride
                          : pg          ? tsQuery(query.text)
                                        : CandidateRepository::ftsQuery(query.text);
    if (!query.text.trimmed().isEmpty() && match.isEmpty())
        *empty = true; // only punctuation: nothing can match
    if (!match.isEmpty() && pg) {
        // The GIN index finds the matching documents; candidate_id is the candidate's id.
        f.from = QStringLiteral("candidate_search s JOIN candidates c ON c.id = s.candidate_id");
        f.where << QStringLiteral("s.doc @@ to_tsquery('simple', ?)");
        f.binds << match;
        f.indexId = QStringLiteral("s.candidate_id");
    } else if (!match.isEmpty()) {
        // Drive from the search index: it knows the few matching rows; the sort then touches only those.
        f.from = QStringLiteral("candidates_fts f CROSS JOIN candidates c ON c.id = f.rowid");
        f.where << QStringLiteral("candidates_fts MATCH ?");
        f.binds << match;
        f.indexId = QStringLiteral("f.rowid");
    } else {
        f.from = QStringLiteral("candidates c");
    }
    if (!query.tag.isEmpty()) {
        // Tags are stored one a line; match a whole line, case-insensitively.
        const QString nl = sql::newline(dialect);
        f.where << QStringLiteral("(%1 || lower(c.tags) || %1) LIKE ? ESCAPE '\\'").arg(nl);
        QString t = query.tag.trimmed().toLower();
        t.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        f.binds << QStringLiteral("%\n") + t + QStringLiteral("\n%");
    }
    return f;
}

} // namespace

QString CandidateRepository::ftsQuery(const QString &text)
{
    return matchExpression(searchWords(text));
}

Result<QList<Candidate>> CandidateRepository::page(const CandidateQuery &query, const PageCursor &cursor,
                                                   int limit) const
{
    // The long-prefix shortcut is FTS5's: a GIN prefix scan has no such cliff.
    const SearchPlan plan = planSearch(query.text);
    if (plan.longWords.isEmpty() || sql::isPostgres(m_workspace.connection()))
        return fetchPage(query, cursor, limit, nullptr);
    // Read ahead in chunks, keep the rows that have the whole words, until the page is full. When
    // the cut words let through mostly other words ("copper" for "copperriver"), the exact
    // expression is cheaper after all: the first chunk tells, and the rest of the page comes from it.
    QList<Candidate> out;
    PageCursor next = cursor;
    const int chunk = std::max(limit * 2, 64);
    while (out.size() < limit) {
        auto rows = fetchPage(query, next, chunk, &plan.match);
        if (!rows.ok())
            return rows;
        const qsizetype before = out.size();
        for (const Candidate &c : std::as_const(rows.value())) {
            if (out.size() < limit && hasEveryWord(c, plan.longWords))
                out << c;
        }
        if (rows->size() < chunk || out.size() >= limit)
            break;
        next = cursorAfter(rows->constLast(), query);
        if ((out.size() - before) * 4 < rows->size()) {
            auto rest = fetchPage(query, next, limit - int(out.size()), &plan.exact);
            if (!rest.ok())
                return rest;
            out << rest.value();
            break;
        }
    }
    return out;
}

Result<QList<Candidate>> CandidateRepository::fetchPage(const CandidateQuery &query, const PageCursor &cursor, int limit,
                                                        const QString *match) const
{
    bool empty = false;
    Filter f = filterFor(m_workspace.connection(), query, &empty, match);
    if (empty)
        return QList<Candidate>{};
    const SortSpec spec = sortSpec(query.sort);
    const bool desc = descending(query);
    if (f.indexId == QStringLiteral("s.candidate_id") && spec.columns.size() > 1
        && fewMatches(m_workspace.connection(), f.binds.constFirst()))
        sortMatchesThemselves(f);
    if (!cursor.after.isEmpty()) {
        if (cursor.after.size() != spec.columns.size())
            return Error(Error::Code::InvalidArgument, QStringLiteral("page cursor does not fit the sort"));
        // Row values: SQLite turns (a, b, id) > (?, ?, ?) into an index seek.
        f.where << QStringLiteral("(%1) %2 (%3)")
                       .arg(qualified(spec.columns, f), desc ? QStringLiteral("<") : QStringLiteral(">"),
                            QStringList(spec.columns.size(), QStringLiteral("?")).join(u','));
        f.binds << cursor.after;
    }
    QStringList order;
    for (const QString &c : spec.columns)
        order << qualify(c, f, spec.columns.size() == 1) + (desc ? QStringLiteral(" DESC") : QString());
    const QString where = f.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + f.where.join(QStringLiteral(" AND "));
    const QString sql = f.with + QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT ?")
                                     .arg(row::candidateColumns(QStringLiteral("c")), f.from, where, order.join(QStringLiteral(", ")));
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
    Filter f = filterFor(m_workspace.connection(), query, &empty);
    if (empty)
        return qint64(0);
    // Every document belongs to a candidate (ON DELETE CASCADE): without a tag filter the
    // search table alone answers.
    if (f.indexId == QStringLiteral("s.candidate_id") && query.tag.isEmpty())
        f.from = QStringLiteral("candidate_search s");
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
