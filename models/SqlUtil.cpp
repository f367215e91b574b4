#include "SqlUtil.h"

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

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = errorFrom(m_db, QStringLiteral("starting a transaction"));
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.code == Error::Code::None ? Error(Error::Code::Database, QStringLiteral("no transaction"))
                                                 : m_error;
    m_active = false;
    if (m_db.commit())
        return std::nullopt;
    Error e = errorFrom(m_db, QStringLiteral("committing"));
    m_db.rollback();
    return e;
}

} // namespace sd::sql
