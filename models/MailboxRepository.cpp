#include "MailboxRepository.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace sd {

namespace {

constexpr auto kColumns = "address, owner, display_name, settings, daily_limit, hourly_limit, min_spacing_seconds, "
                          "uid_validity, last_uid, polled_at, last_error, updated_at";

MailboxRecord readMailbox(const QSqlQuery &q)
{
    MailboxRecord m;
    m.address = q.value(0).toString();
    m.owner = q.value(1).toString();
    m.displayName = q.value(2).toString();
    m.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    m.dailyLimit = q.value(4).toInt();
    m.hourlyLimit = q.value(5).toInt();
    m.minSpacingSeconds = q.value(6).toInt();
    m.uidValidity = q.value(7).toLongLong();
    m.lastUid = q.value(8).toLongLong();
    m.polledAt = sql::fromDb(q.value(9));
    m.lastError = q.value(10).toString();
    m.updatedAt = sql::fromDb(q.value(11));
    return m;
}

// "smtpPassword", "oauth_token", "client-secret", "apiKey": a secret must stay in the keychain.
// Addresses of token services ("tokenUrl", "tokenEndpoint") are settings, not secrets.
bool secretLike(const QString &key)
{
    QString k;
    for (QChar ch : key)
        if (ch.isLetterOrNumber())
            k += ch.toLower();
    for (const char *word : {"password", "passwd", "passphrase", "secret", "apikey", "credential"})
        if (k.contains(QLatin1StringView(word)))
            return true;
    if (k.contains(QLatin1StringView("token")))
        return !(k.endsWith(QLatin1StringView("url")) || k.endsWith(QLatin1StringView("uri"))
                 || k.endsWith(QLatin1StringView("endpoint")));
    return false;
}

// The first secret-like key anywhere in the settings (nested objects and arrays too), or empty.
QString secretKeyIn(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (secretLike(it.key()))
                return it.key();
            if (QString inner = secretKeyIn(it.value()); !inner.isEmpty())
                return inner;
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (QString inner = secretKeyIn(item); !inner.isEmpty())
                return inner;
    }
    return {};
}

Result<QList<MailboxRecord>> select(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                                    const QString &context)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM mailboxes %2 ORDER BY address")
                                       .arg(QLatin1StringView(kColumns), where)))
        return *s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = sql::exec(q, context))
        return *s;
    QList<MailboxRecord> out;
    while (q.next())
        out << readMailbox(q);
    return out;
}

Status updated(const QSqlQuery &q, const QString &address)
{
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("There is no mailbox %1.").arg(address));
    return std::nullopt;
}

} // namespace

MailboxRepository::MailboxRepository(const Workspace &workspace) : m_workspace(workspace) {}

Status MailboxRepository::save(const MailboxRecord &mailbox)
{
    const QString address = mailbox.address.trimmed();
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.contains(QLatin1Char(' ')))
        return Error(Error::Code::InvalidArgument, QObject::tr("\"%1\" is not an email address.").arg(address),
                     QStringLiteral("address"));
    if (mailbox.owner.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("A mailbox needs the recruiter who sends from it."),
                     QStringLiteral("owner"));
    if (mailbox.dailyLimit < 0 || mailbox.hourlyLimit < 0 || mailbox.minSpacingSeconds < 0)
        return Error(Error::Code::InvalidArgument, QObject::tr("Sending limits cannot be negative."),
                     QStringLiteral("limits"));
    // The key is named, never its value.
    if (const QString key = secretKeyIn(mailbox.settings); !key.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("The mailbox settings hold \"%1\", which looks like a secret; passwords and tokens "
                                 "belong in the system keychain, not in the workspace.").arg(key),
                     QStringLiteral("settings"));
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral(
                                       "INSERT INTO mailboxes(address, owner, display_name, settings, daily_limit, "
                                       "hourly_limit, min_spacing_seconds, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(address) DO UPDATE SET owner = excluded.owner, "
                                       "display_name = excluded.display_name, settings = excluded.settings, "
                                       "daily_limit = excluded.daily_limit, hourly_limit = excluded.hourly_limit, "
                                       "min_spacing_seconds = excluded.min_spacing_seconds, "
                                       "updated_at = excluded.updated_at")))
        return s;
    q.addBindValue(address);
    q.addBindValue(mailbox.owner.trimmed());
    q.addBindValue(sql::text(mailbox.displayName));
    q.addBindValue(QString::fromUtf8(QJsonDocument(mailbox.settings).toJson(QJsonDocument::Compact)));
    q.addBindValue(mailbox.dailyLimit);
    q.addBindValue(mailbox.hourlyLimit);
    q.addBindValue(mailbox.minSpacingSeconds);
    q.addBindValue(sql::nowMs());
    return sql::exec(q, QStringLiteral("saving a mailbox"));
}

Status MailboxRepository::remove(const QString &address)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("DELETE FROM mailboxes WHERE address = ?")))
        return s;
    q.addBindValue(address.trimmed());
    if (Status s = sql::exec(q, QStringLiteral("removing a mailbox")))
        return s;
    return updated(q, address);
}

Result<std::optional<MailboxRecord>> MailboxRepository::get(const QString &address) const
{
    auto r = select(m_workspace.connection(), QStringLiteral("WHERE address = ?"), {address.trimmed()},
                    QStringLiteral("reading a mailbox"));
    if (!r.ok())
        return r.error();
    return r->isEmpty() ? std::optional<MailboxRecord>() : std::optional<MailboxRecord>(r->constFirst());
}

Result<std::optional<MailboxRecord>> MailboxRepository::forOwner(const QString &owner) const
{
    auto r = select(m_workspace.connection(), QStringLiteral("WHERE owner = ?"), {owner.trimmed()},
                    QStringLiteral("reading a mailbox"));
    if (!r.ok())
        return r.error();
    return r->isEmpty() ? std::optional<MailboxRecord>() : std::optional<MailboxRecord>(r->constFirst());
}

Result<QList<MailboxRecord>> MailboxRepository::all() const
{
    return select(m_workspace.connection(), QString(), {}, QStringLiteral("listing mailboxes"));
}

Status MailboxRepository::setCursor(const QString &address, qint64 uidValidity, qint64 lastUid)
{
    // Under the same UIDVALIDITY the cursor only moves forward (a late, smaller write cannot make
    // replies be read twice). A different UIDVALIDITY means the server renumbered the folder: the
    // old last UID means nothing any more, so it is replaced, even by a smaller one.
    const QSqlDatabase db = m_workspace.connection();
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE mailboxes SET last_uid = CASE WHEN uid_validity = ? "
                                                  "THEN %1 ELSE ? END, uid_validity = ? WHERE address = ?")
                                       .arg(sql::greatest(sql::dialectOf(db), QStringLiteral("last_uid"),
                                                          QStringLiteral("?")))))
        return s;
    q.addBindValue(uidValidity);
    q.addBindValue(lastUid);
    q.addBindValue(lastUid);
    q.addBindValue(uidValidity);
    q.addBindValue(address.trimmed());
    if (Status s = sql::exec(q, QStringLiteral("saving the mailbox cursor")))
        return s;
    return updated(q, address);
}

Status MailboxRepository::setPollResult(const QString &address, const QDateTime &polledAtUtc, const QString &error)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE mailboxes SET polled_at = ?, last_error = ? WHERE address = ?")))
        return s;
    q.addBindValue(sql::toDb(polledAtUtc));
    q.addBindValue(sql::text(error));
    q.addBindValue(address.trimmed());
    if (Status s = sql::exec(q, QStringLiteral("saving the mailbox poll result")))
        return s;
    return updated(q, address);
}

} // namespace sd
