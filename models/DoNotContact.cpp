#include "DoNotContact.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>
#include <QSqlError>

namespace sd {

namespace {

// Under SQLite's default limit of 999 bound parameters.
constexpr qsizetype kChunk = 400;

QString kindKey(DoNotContactEntry::Kind k)
{
    return k == DoNotContactEntry::Kind::Email ? QStringLiteral("email") : QStringLiteral("domain");
}

QString normalized(DoNotContactEntry::Kind kind, const QString &value)
{
    QString v = value.trimmed().toLower();
    if (kind == DoNotContactEntry::Kind::Domain && v.startsWith(QLatin1Char('@')))
        v.remove(0, 1);
    return v;
}

Status validate(DoNotContactEntry::Kind kind, const QString &v)
{
    if (kind == DoNotContactEntry::Kind::Email) {
        const qsizetype at = v.indexOf(QLatin1Char('@'));
        if (at <= 0 || at != v.lastIndexOf(QLatin1Char('@')) || at == v.size() - 1 || v.contains(QLatin1Char(' ')))
            return Error(Error::Code::InvalidArgument, QObject::tr("\"%1\" is not an email address.").arg(v),
                         QStringLiteral("value"));
    } else if (v.isEmpty() || v.contains(QLatin1Char('@')) || !v.contains(QLatin1Char('.'))
               || v.contains(QLatin1Char(' ')) || v.startsWith(QLatin1Char('.')) || v.endsWith(QLatin1Char('.'))) {
        return Error(Error::Code::InvalidArgument, QObject::tr("\"%1\" is not a domain name.").arg(v),
                     QStringLiteral("value"));
    }
    return std::nullopt;
}

// "a@mail.example.com" -> mail.example.com, example.com: a listed parent domain covers its subdomains.
QStringList domainsOf(const QString &email)
{
    QStringList out;
    QString d = email.mid(email.lastIndexOf(QLatin1Char('@')) + 1);
    while (d.contains(QLatin1Char('.'))) {
        out << d;
        d = d.mid(d.indexOf(QLatin1Char('.')) + 1);
    }
    return out;
}

// The listed values of `kind` among `values`, lower-cased.
Result<QSet<QString>> listedAmong(const QSqlDatabase &db, const QString &kind, const QList<QString> &values)
{
    QSet<QString> found;
    for (qsizetype i = 0; i < values.size(); i += kChunk) {
        const QList<QString> part = values.mid(i, kChunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = sql::prepare(q, QStringLiteral("SELECT lower(value) FROM do_not_contact WHERE kind = ? AND value IN (%1)")
                                           .arg(marks.join(QLatin1Char(',')))))
            return *s;
        q.addBindValue(kind);
        for (const QString &v : part)
            q.addBindValue(v);
        if (Status s = sql::exec(q, QStringLiteral("checking the do-not-contact list")))
            return *s;
        while (q.next())
            found.insert(q.value(0).toString());
    }
    return found;
}

} // namespace

DoNotContact::DoNotContact(const Workspace &workspace) : m_workspace(workspace) {}

Result<qint64> DoNotContact::add(DoNotContactEntry::Kind kind, const QString &value, const QString &reason,
                                 const QString &actor)
{
    const QString v = normalized(kind, value);
    if (Status s = validate(kind, v))
        return *s;
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO do_not_contact(kind, value, reason, added_by, added_at) "
                                                  "VALUES (?, ?, ?, ?, ?) RETURNING id")))
        return *s;
    q.addBindValue(kindKey(kind));
    q.addBindValue(v);
    q.addBindValue(sql::text(reason));
    q.addBindValue(sql::text(actor));
    q.addBindValue(sql::nowMs());
    if (!q.exec()) {
        if (q.lastError().text().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive))
            return Error(Error::Code::Duplicate, QObject::tr("\"%1\" is already on the do-not-contact list.").arg(v),
                         QStringLiteral("value"));
        return sql::errorFrom(q, QStringLiteral("adding to the do-not-contact list"));
    }
    return sql::returnedId(q);
}

Status DoNotContact::remove(qint64 id)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("DELETE FROM do_not_contact WHERE id = ?")))
        return s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("removing from the do-not-contact list")))
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("Do-not-contact entry %1 does not exist.").arg(id));
    return std::nullopt;
}

Result<QList<DoNotContactEntry>> DoNotContact::list() const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, value, reason, added_by, added_at FROM do_not_contact "
                               "ORDER BY kind DESC, value")))
        return sql::errorFrom(q, QStringLiteral("listing the do-not-contact list"));
    QList<DoNotContactEntry> out;
    while (q.next()) {
        DoNotContactEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString() == QLatin1String("domain") ? DoNotContactEntry::Kind::Domain
                                                                    : DoNotContactEntry::Kind::Email;
        e.value = q.value(2).toString();
        e.reason = q.value(3).toString();
        e.addedBy = q.value(4).toString();
        e.addedAt = sql::fromDb(q.value(5));
        out << e;
    }
    return out;
}

Result<bool> DoNotContact::blocks(const QString &email) const
{
    auto r = blockedAmong({email});
    if (!r.ok())
        return r.error();
    return !r->isEmpty();
}

Result<QSet<QString>> DoNotContact::blockedAmong(const QStringList &emails) const
{
    QSet<QString> emailKeys, domainKeys;
    for (const QString &e : emails) {
        const QString v = normalized(DoNotContactEntry::Kind::Email, e);
        if (v.isEmpty())
            continue;
        emailKeys.insert(v);
        for (const QString &d : domainsOf(v))
            domainKeys.insert(d);
    }
    const QSqlDatabase db = m_workspace.connection();
    auto listedEmails = listedAmong(db, kindKey(DoNotContactEntry::Kind::Email), emailKeys.values());
    if (!listedEmails.ok())
        return listedEmails.error();
    auto listedDomains = listedAmong(db, kindKey(DoNotContactEntry::Kind::Domain), domainKeys.values());
    if (!listedDomains.ok())
        return listedDomains.error();
    QSet<QString> out;
    for (const QString &e : emails) {
        const QString v = normalized(DoNotContactEntry::Kind::Email, e);
        if (v.isEmpty())
            continue;
        bool hit = listedEmails->contains(v);
        for (const QString &d : domainsOf(v))
            hit = hit || listedDomains->contains(d);
        if (hit)
            out.insert(e);
    }
    return out;
}

} // namespace sd
