#include "TableCopier.h"

#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace sd::transfer {

namespace {

// A statement stops growing at this size even before batchRows (attachments are large).
constexpr qsizetype kMaxStatementChars = 4 * 1024 * 1024;
constexpr auto kCursor = "sd_transfer_rows";

QString columnList(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns)
        names << sql::quotedIdentifier(c.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<qint64> TableCopier::copy(const Job &job, const Batch &batch)
{
    const QString columns = columnList(job.columns);
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns, sql::quotedIdentifier(job.table));
    if (!job.orderBy.isEmpty()) {
        QStringList keys;
        for (const QString &k : job.orderBy)
            keys << sql::quotedIdentifier(k);
        select += QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
    }
    const bool pgSource = sql::isPostgres(m_source);
    const QString cursor = QString::fromLatin1(kCursor);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (pgSource) {
        if (Status s = sql::execDirect(m_source, QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(cursor, select)))
            return *s;
    } else if (!read.exec(select)) {
        return sql::errorFrom(read, QStringLiteral("reading table %1").arg(job.table));
    }

    const QString head = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(sql::quotedIdentifier(job.table), columns);
    QString statement;
    int pendingRows = 0;
    qint64 written = 0;
    QSqlQuery write(m_target);
    auto flush = [&]() -> Status {
        if (pendingRows == 0)
            return std::nullopt;
        if (!write.exec(statement))
            return sql::errorFrom(write, QStringLiteral("writing table %1").arg(job.table));
        written += pendingRows;
        pendingRows = 0;
        statement.clear();
        if (!batch(written))
            return Error(Error::Code::Cancelled, QString());
        return std::nullopt;
    };

    const int n = int(job.columns.size());
    const sql::Dialect dialect = sql::dialectOf(m_target);
    bool more = true;
    while (more) {
        if (pgSource) {
            read.finish();
            if (!read.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(qMax(job.batchRows, 1000)).arg(cursor)))
                return sql::errorFrom(read, QStringLiteral("reading table %1").arg(job.table));
        }
        int fetched = 0;
        while (read.next()) {
            ++fetched;
            statement += pendingRows == 0 ? head : QStringLiteral(",");
            statement += QLatin1Char('(');
            for (int i = 0; i < n; ++i) {
                if (i)
                    statement += QLatin1Char(',');
                // isNull() is the reliable test; a null value's QVariant may carry a type.
                statement += read.isNull(i) ? QStringLiteral("NULL") : sqlLiteral(dialect, job.columns.at(i).kind, read.value(i));
            }
            statement += QLatin1Char(')');
            ++pendingRows;
            if (pendingRows >= job.batchRows || statement.size() >= kMaxStatementChars) {
                if (Status s = flush())
                    return *s;
            }
        }
        more = pgSource && fetched > 0;
    }
    if (Status s = flush())
        return *s;
    if (pgSource) {
        read.finish();
        if (Status s = sql::execDirect(m_source, QStringLiteral("CLOSE ") + cursor))
            return *s;
    }
    return written;
}

Status TriggerPause::pause(const QStringList &tables)
{
    QSqlQuery q(m_db);
    if (sql::isPostgres(m_db)) {
        if (!q.exec(QStringLiteral("SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE NOT g.tgisinternal AND n.nspname = current_schema()")))
            return sql::errorFrom(q, QStringLiteral("reading the triggers"));
        while (q.next()) {
            if (tables.contains(q.value(0).toString()))
                m_pgTables << q.value(0).toString();
        }
        for (const QString &t : std::as_const(m_pgTables)) {
            if (Status s = sql::execDirect(m_db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(sql::quotedIdentifier(t))))
                return s;
        }
        return std::nullopt;
    }
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")))
        return sql::errorFrom(q, QStringLiteral("reading the triggers"));
    while (q.next())
        m_sqliteTriggers << qMakePair(q.value(0).toString(), q.value(1).toString());
    q.finish();
    for (const auto &t : std::as_const(m_sqliteTriggers)) {
        if (Status s = sql::execDirect(m_db, QStringLiteral("DROP TRIGGER %1").arg(sql::quotedIdentifier(t.first))))
            return s;
    }
    return std::nullopt;
}

Status TriggerPause::resume()
{
    for (const QString &t : std::as_const(m_pgTables)) {
        if (Status s = sql::execDirect(m_db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(sql::quotedIdentifier(t))))
            return s;
    }
    for (const auto &t : std::as_const(m_sqliteTriggers)) {
        if (Status s = sql::execDirect(m_db, t.second))
            return s;
    }
    m_pgTables.clear();
    m_sqliteTriggers.clear();
    return std::nullopt;
}

qint64 countRows(const QSqlDatabase &db, const QString &table, Status *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(sql::quotedIdentifier(table))) || !q.next()) {
        if (error)
            *error = sql::errorFrom(q, QStringLiteral("counting the rows of %1").arg(table));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace sd::transfer
