#include "CandidateRow.h"

#include "SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sd::row {

namespace {

constexpr const char *kWritable[] = {
    "first_name", "last_name", "emails", "phones", "company", "title", "city", "region", "country_code",
    "linkedin_url", "links", "source", "tags", "custom_fields", "notes", "consent_state", "consent_date",
    "consent_method", "is_sample"};
static_assert(std::size(kWritable) == WritableColumnCount);

} // namespace

QString customFieldsText(const QMap<QString, QString> &fields)
{
    if (fields.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

QMap<QString, QString> customFromText(const QString &text)
{
    QMap<QString, QString> out;
    if (text.isEmpty())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

// Lists are stored one item a line: items never contain a newline (sanitized on write), and the
// search index tokenises the column as it is.
QString joinList(const QStringList &list) { return list.join(u'\n'); }
QStringList splitList(const QString &stored) { return stored.split(u'\n', Qt::SkipEmptyParts); }

QString writableColumnList()
{
    QStringList cols;
    for (const char *c : kWritable)
        cols << QString::fromLatin1(c);
    return cols.join(QStringLiteral(", "));
}

QString candidateColumns(const QString &alias)
{
    QStringList cols{QStringLiteral("id")};
    for (const char *c : kWritable)
        cols << QString::fromLatin1(c);
    cols << QStringLiteral("row_version") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    if (!alias.isEmpty()) {
        for (QString &c : cols)
            c.prepend(alias + u'.');
    }
    return cols.join(QStringLiteral(", "));
}

Candidate readCandidate(const QSqlQuery &q, int first)
{
    Candidate c;
    int i = first;
    c.id = q.value(i++).toLongLong();
    c.firstName = q.value(i++).toString();
    c.lastName = q.value(i++).toString();
    c.emails = splitList(q.value(i++).toString());
    c.phones = splitList(q.value(i++).toString());
    c.company = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.city = q.value(i++).toString();
    c.region = q.value(i++).toString();
    c.countryCode = q.value(i++).toString();
    c.linkedinUrl = q.value(i++).toString();
    c.links = splitList(q.value(i++).toString());
    c.source = q.value(i++).toString();
    c.tags = splitList(q.value(i++).toString());
    c.customFields = customFromText(q.value(i++).toString());
    c.notes = q.value(i++).toString();
    c.consent = static_cast<ConsentState>(q.value(i++).toInt());
    c.consentDate = sql::fromDb(q.value(i++));
    c.consentMethod = q.value(i++).toString();
    c.sample = q.value(i++).toBool();
    c.rowVersion = q.value(i++).toLongLong();
    c.createdAt = sql::fromDb(q.value(i++));
    c.updatedAt = sql::fromDb(q.value(i++));
    return c;
}

void bindWritable(QSqlQuery &q, const Candidate &c, int first)
{
    visitWritable(
        c, [&](int i, const QString &v) { q.bindValue(first + i, sql::text(v)); },
        [&](int i, qint64 v) { q.bindValue(first + i, v); },
        [&](int i) { q.bindValue(first + i, QVariant(QMetaType::fromType<qint64>())); });
}

} // namespace sd::row
