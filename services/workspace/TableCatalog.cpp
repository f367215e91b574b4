#include "TableCatalog.h"

#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sd::transfer {

namespace {

ColumnKind kindOf(const QString &declared)
{
    const QString t = declared.toLower();
    if (t.isEmpty())
        return ColumnKind::Any;
    if (t.contains(QLatin1String("int")))
        return ColumnKind::Integer;
    if (t.contains(QLatin1String("bool")))
        return ColumnKind::Boolean;
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("double")) || t.contains(QLatin1String("float"))
        || t.contains(QLatin1String("numeric")))
        return ColumnKind::Real;
    if (t.contains(QLatin1String("blob")) || t.contains(QLatin1String("bytea")))
        return ColumnKind::Blob;
    return ColumnKind::Text;
}

Status run(QSqlQuery &q, const QString &table, const QString &what)
{
    q.addBindValue(table);
    if (q.exec())
        return std::nullopt;
    return sql::errorFrom(q, QStringLiteral("reading the %1 of table %2").arg(what, table));
}

Status readSqlite(const QSqlDatabase &db, TableInfo &t)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"));
    if (Status s = run(q, t.name, QStringLiteral("columns")))
        return s;
    QList<QPair<int, QString>> pk;
    while (q.next()) {
        t.columns << Column{q.value(0).toString(), kindOf(q.value(1).toString())};
        if (q.value(2).toInt() > 0)
            pk << qMakePair(q.value(2).toInt(), q.value(0).toString());
    }
    std::sort(pk.begin(), pk.end());
    for (const auto &p : pk)
        t.primaryKey << p.second;

    QSqlQuery fk(db);
    fk.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
    if (Status s = run(fk, t.name, QStringLiteral("foreign keys")))
        return s;
    while (fk.next())
        t.references << fk.value(0).toString();
    return std::nullopt;
}

Status readPostgres(const QSqlDatabase &db, TableInfo &t)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT column_name, data_type, is_identity FROM information_schema.columns "
                             "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
    if (Status s = run(q, t.name, QStringLiteral("columns")))
        return s;
    while (q.next()) {
        t.columns << Column{q.value(0).toString(), kindOf(q.value(1).toString())};
        if (q.value(2).toString() == QLatin1String("YES"))
            t.identityColumn = q.value(0).toString();
    }

    QSqlQuery pk(db);
    pk.prepare(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
                              "WHERE n.nspname = current_schema() AND c.relname = ? AND i.indisprimary "
                              "ORDER BY array_position(i.indkey::int2[], a.attnum)"));
    if (Status s = run(pk, t.name, QStringLiteral("primary key")))
        return s;
    while (pk.next())
        t.primaryKey << pk.value(0).toString();

    QSqlQuery fk(db);
    fk.prepare(QStringLiteral("SELECT DISTINCT r.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                              "JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname = ?"));
    if (Status s = run(fk, t.name, QStringLiteral("foreign keys")))
        return s;
    while (fk.next())
        t.references << fk.value(0).toString();
    return std::nullopt;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString textLiteral(sql::Dialect d, const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    QString s = text;
    s.replace(QLatin1Char('\''), QLatin1String("''"));
    // PostgreSQL: a plain literal reads a backslash as itself only with standard_conforming_strings
    // on; an E'' literal with doubled backslashes means the same text under either setting.
    if (d == sql::Dialect::Postgres && s.contains(QLatin1Char('\\'))) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        return QLatin1String("E'") + s + QLatin1Char('\'');
    }
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString blobLiteral(sql::Dialect d, const QByteArray &bytes)
{
    if (d == sql::Dialect::Postgres)
        return QStringLiteral("E'\\\\x%1'::bytea").arg(hex(bytes)); // E'': the same under any escaping setting
    return QStringLiteral("X'%1'").arg(hex(bytes));
}

} // namespace

QStringList TableCatalog::derivedTables()
{
    return {QStringLiteral("candidates_fts"), QStringLiteral("candidate_search")};
}

QStringList TableCatalog::notCopiedTables()
{
    return {QStringLiteral("schema_info")};
}

bool TableCatalog::isCopied(const QString &table)
{
    return !derivedTables().contains(table) && !notCopiedTables().contains(table)
        && !table.startsWith(QLatin1String("candidates_fts_"));
}

Result<TableCatalog> TableCatalog::read(const QSqlDatabase &db)
{
    TableCatalog catalog;
    const bool pg = sql::isPostgres(db);
    for (const QString &name : sql::tableNames(db)) {
        if (!isCopied(name))
            continue;
        TableInfo t;
        t.name = name;
        if (Status s = pg ? readPostgres(db, t) : readSqlite(db, t))
            return *s;
        catalog.m_tables << t;
    }
    return catalog;
}

QStringList TableCatalog::tableNames() const
{
    QStringList out;
    for (const TableInfo &t : m_tables)
        out << t.name;
    return out;
}

const TableInfo *TableCatalog::table(const QString &name) const
{
    for (const TableInfo &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Result<QStringList> TableCatalog::foreignKeyOrder(const QList<TableInfo> &tables)
{
    // Kahn's algorithm over the tables given; references outside the set (or to itself) do not
    // hold a table back. Ties keep alphabetical order, so the order is stable between runs.
    QStringList names;
    for (const TableInfo &t : tables)
        names << t.name;
    names.sort();
    QStringList order;
    QStringList pending = names;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QString name = pending.at(i);
            const auto it = std::find_if(tables.begin(), tables.end(), [&](const TableInfo &t) { return t.name == name; });
            const bool ready = std::all_of(it->references.begin(), it->references.end(), [&](const QString &r) {
                return r == name || !pending.contains(r);
            });
            if (ready) {
                order << name;
                pending.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            return Error(Error::Code::Unsupported,
                         QCoreApplication::translate("WorkspaceTransfer",
                                                     "The tables %1 reference each other in a cycle; they cannot be "
                                                     "copied in order.")
                             .arg(pending.join(QStringLiteral(", "))));
        }
    }
    return order;
}

QString sqlLiteral(sql::Dialect d, ColumnKind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    const bool pg = d == sql::Dialect::Postgres;
    bool ok = false;
    switch (kind) {
    case ColumnKind::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        if (ok)
            return QString::number(n);
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return textLiteral(d, value.toString()); // SQLite may hold text here; let the target judge
    }
    case ColumnKind::Boolean:
        if (pg)
            return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case ColumnKind::Real: {
        const double number = value.toDouble(&ok);
        return ok ? QString::number(number, 'g', 17) : textLiteral(d, value.toString());
    }
    case ColumnKind::Blob:
        return blobLiteral(d, value.toByteArray());
    case ColumnKind::Text:
        return textLiteral(d, value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                                       : value.toString());
    case ColumnKind::Any:
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
        case QMetaType::UInt:
            return QString::number(value.toLongLong());
        case QMetaType::Double:
            return QString::number(value.toDouble(), 'g', 17);
        case QMetaType::QByteArray:
            return blobLiteral(d, value.toByteArray());
        default:
            return textLiteral(d, value.toString());
        }
    }
    return QStringLiteral("NULL");
}


} // namespace sd::transfer
