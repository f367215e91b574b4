#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace sd::sql {

// Timestamps are stored as UTC milliseconds since the epoch: compact, sortable, dialect-neutral.
inline QVariant toDb(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
inline QDateTime fromDb(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
// Text columns are NOT NULL: an empty value is stored as '' (Qt binds a null QString as NULL).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

Error errorFrom(const QSqlQuery &q, const QString &context);
Error errorFrom(const QSqlDatabase &db, const QString &context);

// Prepares or reports; a failed prepare is a programming error or a damaged schema.
Status prepare(QSqlQuery &q, const QString &sql);
Status exec(QSqlQuery &q, const QString &context);
// For DDL and pragmas without parameters.
Status execDirect(const QSqlDatabase &db, const QString &sql);

// Rolls back unless committed: every multi-statement write is all or nothing. Nests: inside
// another Transaction on the same connection it is a savepoint, so a write that triggers more
// writes (a member added queues its SmartRecruiters jobs) commits or fails as one.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_level = 0; // 1: the real transaction; deeper: a savepoint
    Error m_error;
};

} // namespace sd::sql
