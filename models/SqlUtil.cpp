#include "SqlUtil.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

namespace {
Q_LOGGING_CATEGORY(lcSql, "sourcedesk.db")
}

namespace sd::sql {

Error errorFrom(const QSqlQuery &q, const QString &context)
{
    const QSqlError e = q.lastError();
    return Error(Error::Code::Database, context + QStringLiteral(": ") + e.text());
}

Error errorFrom(const QSqlDatabase &db, const QString &context)
{
    return Error(Error::Code::Database, context + QStringLiteral(": ") + db.lastError().text());
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    if (q.prepare(sql))
        return std::nullopt;
    qCWarning(lcSql) << "prepare failed:" << q.lastError().text() << sql;
    return errorFrom(q, QStringLiteral("preparing a statement"));
}

Status exec(QSqlQuery &q, const QString &context)
{
    if (q.exec())
        return std::nullopt;
    return errorFrom(q, context);
}

Status execDirect(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return std::nullopt;
    return errorFrom(q, sql.left(60));
}

namespace {

// Open transactions per connection of this thread (a connection is used by one thread only).
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> d;
    return d;
}

QString savepoint(int level)
{
    return QStringLiteral("sd_nested_%1").arg(level);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        m_active = m_db.transaction();
    } else {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + savepoint(depth + 1));
    }
    if (!m_active) {
        m_error = errorFrom(m_db, QStringLiteral("starting a transaction"));
        return;
    }
    m_level = ++depth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_level > 1) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_level));
    } else {
        m_db.rollback();
    }
    --depths()[m_db.connectionName()];
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.code == Error::Code::None ? Error(Error::Code::Database, QStringLiteral("no transaction"))
                                                 : m_error;
    m_active = false;
    --depths()[m_db.connectionName()];
    if (m_level > 1) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_level)))
            return std::nullopt;
        Error e = errorFrom(q, QStringLiteral("committing"));
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_level));
        return e;
    }
    if (m_db.commit())
        return std::nullopt;
    Error e = errorFrom(m_db, QStringLiteral("committing"));
    m_db.rollback();
    return e;
}

} // namespace sd::sql
