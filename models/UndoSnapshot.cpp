#include "UndoSnapshot.h"

#include "CandidateRow.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace sd {

namespace {

// The ids of the rows a snapshot starts from. A temporary table rather than a list of bound values:
// the walk nests one sub-select per level, and a delete of thousands of candidates would overrun
// SQLite's limit on bound values. Each dialect names its temporary schema differently.
QString idsTable(const QSqlDatabase &db)
{
    return sql::isPostgres(db) ? QStringLiteral("pg_temp.sd_undo_ids") : QStringLiteral("temp.sd_undo_ids");
}

struct ForeignKey
{
    QString child;
    QStringList from;
    QString parent;
    QStringList to;
    QString onDelete; // CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION
};

// One way a delete reaches a table: the rows of `table` matching `where`, reached from `parent`.
struct Path
{
    QString table;
    QString where;
    QString parent;
};

QString quotedList(const QStringList &identifiers)
{
    QStringList out;
    for (const QString &id : identifiers)
        out << sql::quotedIdentifier(id);
    return out.join(QStringLiteral(", "));
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Ordinary tables: not SQLite's own, not virtual (the full-text index is rebuilt, not copied); on
// PostgreSQL the tables of the workspace's schema (temporary tables live in another one).
Result<QStringList> userTables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString sqlText =
        sql::isPostgres(db)
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                             "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
    if (!q.exec(sqlText))
        return sql::errorFrom(q, QStringLiteral("reading the schema"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// PostgreSQL's catalog: columns in declaration order, or the primary key's columns in key order.
Result<QStringList> postgresColumnsOf(const QSqlDatabase &db, const QString &table, bool primaryKeyOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sqlText =
        primaryKeyOnly
            ? QStringLiteral("SELECT a.attname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord) "
                             "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum "
                             "WHERE k.contype = 'p' AND n.nspname = current_schema() AND c.relname = ? ORDER BY u.ord")
            : QStringLiteral("SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                             "AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
    if (Status s = sql::prepare(q, sqlText))
        return *s;
    q.addBindValue(table);
    if (Status s = sql::exec(q, QStringLiteral("reading the columns of %1").arg(table)))
        return *s;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Columns in declaration order; with primaryKeyOnly, the primary key columns in key order.
Result<QStringList> columnsOf(const QSqlDatabase &db, const QString &table, bool primaryKeyOnly = false)
{
    if (sql::isPostgres(db))
        return postgresColumnsOf(db, table, primaryKeyOnly);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(sql::quotedIdentifier(table))))
        return sql::errorFrom(q, QStringLiteral("reading the columns of %1").arg(table));
    QList<std::pair<int, QString>> keyed;
    QStringList out;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const int pk = q.value(5).toInt();
        out << name;
        if (pk > 0)
            keyed.append({pk, name});
    }
    if (!primaryKeyOnly)
        return out;
    std::sort(keyed.begin(), keyed.end());
    out.clear();
    for (const auto &k : std::as_const(keyed))
        out << k.second;
    return out;
}

// PostgreSQL's catalog: every foreign key of the workspace's schema, its columns in key order.
Result<QList<ForeignKey>> postgresForeignKeys(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT k.oid, c.relname, p.relname, a.attname, pa.attname, k.confdeltype::text FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_class p ON p.oid = k.confrelid "
            "CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(child, parent, ord) "
            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.child "
            "JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = u.parent "
            "WHERE k.contype = 'f' AND n.nspname = current_schema() ORDER BY c.relname, k.oid, u.ord")))
        return sql::errorFrom(q, QStringLiteral("reading the foreign keys"));
    static const QHash<QString, QString> actions{
        {QStringLiteral("a"), QStringLiteral("NO ACTION")}, {QStringLiteral("r"), QStringLiteral("RESTRICT")},
        {QStringLiteral("c"), QStringLiteral("CASCADE")},   {QStringLiteral("n"), QStringLiteral("SET NULL")},
        {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
    QList<ForeignKey> out;
    qint64 currentId = -1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != currentId) {
            currentId = id;
            out.append({q.value(1).toString(), {}, q.value(2).toString(), {},
                        actions.value(q.value(5).toString(), QStringLiteral("NO ACTION"))});
        }
        out.last().from << q.value(3).toString();
        out.last().to << q.value(4).toString();
    }
    return out;
}

// SQLite's foreign keys, table by table.
Result<QList<ForeignKey>> sqliteForeignKeys(const QSqlDatabase &db, const QStringList &tables)
{
    QList<ForeignKey> out;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(sql::quotedIdentifier(table))))
            return sql::errorFrom(q, QStringLiteral("reading the foreign keys of %1").arg(table));
        int currentId = -1;
        while (q.next()) {
            // id, seq, table, from, to, on_update, on_delete, match; rows of one key share the id.
            const int id = q.value(0).toInt();
            if (id != currentId) {
                currentId = id;
                out.append({table, {}, q.value(2).toString(), {}, q.value(6).toString().toUpper()});
            }
            out.last().from << q.value(3).toString();
            if (!q.value(4).isNull())
                out.last().to << q.value(4).toString();
        }
    }
    return out;
}

bool isSoft(const QString &table, UndoSnapshot::SoftHandling handling)
{
    const auto &all = UndoSnapshot::softReferences();
    return std::any_of(all.cbegin(), all.cend(), [&](const UndoSnapshot::SoftReference &r) {
        return r.handling == handling && sameName(r.table, table);
    });
}

Result<QList<ForeignKey>> foreignKeys(const QSqlDatabase &db)
{
    auto tables = userTables(db);
    if (!tables.ok())
        return tables.error();
    auto found = sql::isPostgres(db) ? postgresForeignKeys(db) : sqliteForeignKeys(db, tables.value());
    if (!found.ok())
        return found.error();
    QList<ForeignKey> out;
    // The search index and the rollups are rebuilt, not copied, even where a key ties them to a
    // candidate (PostgreSQL's search table may cascade): copying them back would collide.
    for (const ForeignKey &fk : std::as_const(found.value()))
        if (!isSoft(fk.child, UndoSnapshot::SoftHandling::SearchIndex) &&
            !isSoft(fk.child, UndoSnapshot::SoftHandling::Derived))
            out << fk;
    // A key that names no parent columns refers to the parent's primary key.
    for (ForeignKey &fk : out) {
        if (!fk.to.isEmpty())
            continue;
        auto pk = columnsOf(db, fk.parent, true);
        if (!pk.ok())
            return pk.error();
        fk.to = pk.value();
    }
    // References without a foreign key that a delete removes by hand behave like cascades.
    for (const UndoSnapshot::SoftReference &soft : UndoSnapshot::softReferences()) {
        if (soft.handling == UndoSnapshot::SoftHandling::Captured && tables->contains(soft.table))
            out.append({soft.table,
                        {soft.column},
                        QStringLiteral("candidates"),
                        {QStringLiteral("id")},
                        QStringLiteral("CASCADE")});
    }
    return out;
}

// Every way a delete from path.table cascades on, depth first; a table already on the way down is
// not entered again (a self-reference would otherwise never end).
void walk(const QList<ForeignKey> &keys, const Path &path, QList<Path> &out, QStringList &onPath)
{
    out.append(path);
    onPath.append(path.table);
    for (const ForeignKey &fk : keys) {
        if (!sameName(fk.parent, path.table) || fk.onDelete != QLatin1String("CASCADE") ||
            onPath.contains(fk.child))
            continue;
        const QString lhs = fk.from.size() == 1 ? sql::quotedIdentifier(fk.from.constFirst())
                                                : QLatin1Char('(') + quotedList(fk.from) + QLatin1Char(')');
        const QString where = QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
                                  .arg(lhs, quotedList(fk.to), sql::quotedIdentifier(path.table), path.where);
        walk(keys, Path{fk.child, where, path.table}, out, onPath);
    }
    onPath.removeLast();
}

struct Plan
{
    QStringList order;                 // parents before children
    QHash<QString, QStringList> where; // per table: the paths, OR-ed
};

Result<Plan> plan(const QSqlDatabase &db, const QString &root, const QString &rootWhere)
{
    auto keys = foreignKeys(db);
    if (!keys.ok())
        return keys.error();
    QList<Path> paths;
    QStringList onPath;
    walk(keys.value(), Path{root, rootWhere, QString()}, paths, onPath);
    Plan p;
    QHash<QString, QSet<QString>> parents;
    QStringList found;
    for (const Path &path : std::as_const(paths)) {
        if (!found.contains(path.table))
            found << path.table;
        p.where[path.table] << path.where;
        if (!path.parent.isEmpty())
            parents[path.table].insert(path.parent);
    }
    // Topological order, so every inserted row finds its parents already back.
    while (!found.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const auto &ps = parents.value(found.at(i));
            const bool ready = std::all_of(ps.cbegin(), ps.cend(), [&](const QString &parent) {
                return p.order.contains(parent) || parent == found.at(i);
            });
            if (ready) {
                next = i;
                break;
            }
        }
        p.order << found.takeAt(next);
    }
    return p;
}

Status fillIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sd_undo_ids(id %1 PRIMARY KEY)")
                    .arg(sql::isPostgres(db) ? QLatin1String("BIGINT") : QLatin1String("INTEGER"))))
        return sql::errorFrom(q, QStringLiteral("preparing the undo snapshot"));
    if (!q.exec(QStringLiteral("DELETE FROM %1").arg(idsTable(db))))
        return sql::errorFrom(q, QStringLiteral("preparing the undo snapshot"));
    if (Status s = sql::prepare(
            q, QStringLiteral("INSERT INTO %1(id) VALUES (?) ON CONFLICT DO NOTHING").arg(idsTable(db))))
        return s;
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (Status s = sql::exec(q, QStringLiteral("preparing the undo snapshot")))
            return s;
    }
    return std::nullopt;
}

// The two states that cannot come back as they were (see the header).
QVariantList adjusted(const QString &table, const QStringList &columns, QVariantList row)
{
    if (table == QLatin1String("sr_outbox")) {
        const qsizetype state = columns.indexOf(QStringLiteral("state"));
        const qsizetype payload = columns.indexOf(QStringLiteral("payload"));
        if (state >= 0 && payload >= 0 && row.at(state).toInt() == 1) {
            QJsonObject o = QJsonDocument::fromJson(row.at(payload).toString().toUtf8()).object();
            o.insert(QStringLiteral("verify"), true);
            row[state] = 0;
            row[payload] = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            // No instance holds it any more (as Outbox::recoverInFlight leaves it).
            if (const qsizetype lease = columns.indexOf(QStringLiteral("lease_until")); lease >= 0)
                row[lease] = 0;
        }
    } else if (table == QLatin1String("outreach_emails")) {
        const qsizetype state = columns.indexOf(QStringLiteral("state"));
        if (state >= 0 && row.at(state).toString() == QLatin1String("sending"))
            row[state] = QStringLiteral("uncertain");
    }
    return row;
}

Error restoreError(const QSqlQuery &q, const QString &table)
{
    const QString text = q.lastError().text();
    if (text.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive))
        return Error(Error::Code::Conflict,
                     QCoreApplication::translate(
                         "UndoSnapshot", "Undo is no longer possible: something these records belonged to "
                                         "(a campaign) was deleted since. Nothing was changed."));
    if (text.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive) ||
        text.contains(QStringLiteral("PRIMARY KEY"), Qt::CaseInsensitive))
        return Error(Error::Code::Conflict,
                     QCoreApplication::translate(
                         "UndoSnapshot", "Undo is no longer possible: some of these records were added again "
                                         "since. Nothing was changed; remove them first to get the old ones "
                                         "back."));
    return sql::errorFrom(q, QStringLiteral("undoing (%1)").arg(table));
}

Result<UndoSnapshot::Table> readTable(const QSqlDatabase &db, const QString &table, const QStringList &where)
{
    auto columns = columnsOf(db, table);
    if (!columns.ok())
        return columns.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sqlText =
        QStringLiteral("SELECT %1 FROM %2 WHERE (%3)")
            .arg(quotedList(columns.value()), sql::quotedIdentifier(table), where.join(QStringLiteral(") OR (")));
    if (!q.exec(sqlText))
        return sql::errorFrom(q, QStringLiteral("taking the undo snapshot of %1").arg(table));
    UndoSnapshot::Table t{table, columns.value(), {}};
    const int n = int(t.columns.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        t.rows.append(row);
    }
    return t;
}

} // namespace

// What a delete does not reach through a foreign key. Keep in step with the schema:
// tst_undosnapshot fails when a table with a candidate_id column is missing here and in the walk.
const QList<UndoSnapshot::SoftReference> &UndoSnapshot::softReferences()
{
    static const QList<SoftReference> all = {
        // Duplicate keys: no foreign key (WITHOUT ROWID lookup table), dropped by the repository.
        {QStringLiteral("candidate_keys"), QStringLiteral("candidate_id"), SoftHandling::Captured},
        // External-content FTS5 index, rowid = candidate id: rebuilt from the restored rows.
        {QStringLiteral("candidates_fts"), QStringLiteral("rowid"), SoftHandling::SearchIndex},
        // PostgreSQL's search table (one document a candidate): rebuilt the same way, through SearchIndex.
        {QStringLiteral("candidate_search"), QStringLiteral("candidate_id"), SoftHandling::SearchIndex},
        // "Sync as" per candidate (layer 4, scope_id = candidate id): a delete leaves these rows.
        {QStringLiteral("sync_settings"), QStringLiteral("scope_id"), SoftHandling::LeftInPlace},
        // Analytics rollups (AnalyticsSchema.cpp): recomputed by the triggers on campaign_members,
        // member_status_history and activities as their rows go back; copying them would collide.
        // activity_daily has no candidate column: its counts follow the restored activities the same way.
        {QStringLiteral("member_milestones"), QStringLiteral("candidate_id"), SoftHandling::Derived},
    };
    return all;
}

Result<UndoSnapshot> UndoSnapshot::ofCandidates(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (Status s = fillIds(db, ids))
        return *s;
    return capture(db, QStringLiteral("candidates"), QStringLiteral("id IN (SELECT id FROM %1)").arg(idsTable(db)));
}

Result<UndoSnapshot> UndoSnapshot::ofMembers(const QSqlDatabase &db, qint64 campaignId,
                                             const QList<qint64> &candidateIds)
{
    if (Status s = fillIds(db, candidateIds))
        return *s;
    // The campaign id is a number: written into the text, so every nested sub-select carries it.
    return capture(db, QStringLiteral("campaign_members"),
                   QStringLiteral("campaign_id = %1 AND candidate_id IN (SELECT id FROM %2)")
                       .arg(campaignId)
                       .arg(idsTable(db)));
}

Result<UndoSnapshot> UndoSnapshot::capture(const QSqlDatabase &db, const QString &root, const QString &where)
{
    auto p = plan(db, root, where);
    if (!p.ok())
        return p.error();
    UndoSnapshot snapshot;
    for (const QString &table : std::as_const(p->order)) {
        auto t = readTable(db, table, p->where.value(table));
        if (!t.ok())
            return t.error();
        snapshot.m_tables.append(std::move(t).value());
    }
    return snapshot;
}

qsizetype UndoSnapshot::rowCount() const
{
    qsizetype n = 0;
    for (const Table &t : m_tables)
        n += t.rows.size();
    return n;
}

Status UndoSnapshot::restore(const Workspace &workspace) const
{
    if (isEmpty())
        return std::nullopt;
    QSqlDatabase db = workspace.connection();
    std::optional<sql::Transaction> tx(std::in_place, db);
    if (!tx->isActive())
        return tx->error();
    for (const Table &t : m_tables) {
        if (t.rows.isEmpty())
            continue;
        QStringList marks;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery ins(db);
        if (Status s = sql::prepare(ins, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                             .arg(sql::quotedIdentifier(t.name), quotedList(t.columns), marks.join(u','))))
            return s;
        for (const QVariantList &row : t.rows) {
            const QVariantList values = adjusted(t.name, t.columns, row);
            for (int i = 0; i < values.size(); ++i)
                ins.bindValue(i, values.at(i));
            if (!ins.exec()) {
                // Roll back while the statement still exists: PostgreSQL refuses to free it inside
                // the transaction the failure aborted.
                Error e = restoreError(ins, t.name);
                tx.reset();
                return e;
            }
        }
        // The full-text index follows the restored candidates (SoftHandling::SearchIndex).
        if (t.name == QLatin1String("candidates")) {
            const qsizetype idColumn = t.columns.indexOf(QStringLiteral("id"));
            SearchIndex index(db);
            QSqlQuery read(db);
            if (Status s = sql::prepare(
                    read,
                    QStringLiteral("SELECT %1 FROM candidates WHERE id = ?").arg(row::candidateColumns())))
                return s;
            for (const QVariantList &row : t.rows) {
                read.bindValue(0, row.at(idColumn));
                if (Status s = sql::exec(read, QStringLiteral("undoing (search index)")))
                    return s;
                if (!read.next())
                    continue;
                const Candidate c = row::readCandidate(read);
                read.finish();
                if (Status s = index.add(c))
                    return s;
            }
        }
    }
    return tx->commit();
}

Result<QStringList> UndoSnapshot::cascadeTables(const QSqlDatabase &db, const QString &root)
{
    auto p = plan(db, root, QStringLiteral("0"));
    if (!p.ok())
        return p.error();
    return p->order;
}

Result<QStringList> UndoSnapshot::uncovered(const QSqlDatabase &db)
{
    auto cascade = cascadeTables(db, QStringLiteral("candidates"));
    if (!cascade.ok())
        return cascade.error();
    auto tables = userTables(db);
    if (!tables.ok())
        return tables.error();
    QStringList soft;
    for (const SoftReference &r : softReferences())
        soft << r.table;
    QStringList out;
    for (const QString &table : std::as_const(tables.value())) {
        auto columns = columnsOf(db, table);
        if (!columns.ok())
            return columns.error();
        if (columns->contains(QStringLiteral("candidate_id"), Qt::CaseInsensitive) &&
            !cascade->contains(table) && !soft.contains(table))
            out << QStringLiteral(
                       "%1.candidate_id: no cascading foreign key to candidates and not a soft reference")
                       .arg(table);
    }
    auto keys = foreignKeys(db);
    if (!keys.ok())
        return keys.error();
    for (const ForeignKey &fk : std::as_const(keys.value())) {
        if (cascade->contains(fk.parent) &&
            (fk.onDelete == QLatin1String("SET NULL") || fk.onDelete == QLatin1String("SET DEFAULT")))
            out << QStringLiteral(
                       "%1(%2) references %3 with ON DELETE %4: the snapshot cannot put the old value back")
                       .arg(fk.child, fk.from.join(u','), fk.parent, fk.onDelete);
    }
    return out;
}

} // namespace sd
