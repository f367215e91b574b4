#include "OutreachTemplate.h"

#include <QCoreApplication>

#include <optional>

namespace sd::outreach {

namespace {

// The value of placeholder `name`, or nullopt when the name is unknown.
std::optional<QString> valueOf(const QString &name, const Candidate &c, const QString &senderName)
{
    if (name == QLatin1String("first_name"))
        return c.firstName;
    if (name == QLatin1String("last_name"))
        return c.lastName;
    if (name == QLatin1String("company"))
        return c.company;
    if (name == QLatin1String("job_title"))
        return c.title;
    if (name == QLatin1String("sender_name"))
        return senderName;
    static const QString customPrefix = QStringLiteral("custom.");
    if (name.startsWith(customPrefix) && name.size() > customPrefix.size()) {
        const QString field = name.mid(customPrefix.size());
        if (const auto it = c.customFields.constFind(field); it != c.customFields.cend())
            return it.value();
        // Field names are typed by hand in templates; "{custom.notice period}" should still work.
        for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
            if (it.key().compare(field, Qt::CaseInsensitive) == 0)
                return it.value();
        return QString(); // a custom field this candidate does not have is empty, not unknown
    }
    return std::nullopt;
}

// Walks the template: calls `text` for literal runs and `placeholder` for each "{name}".
// An unclosed "{" is literal text.
template<typename Text, typename Placeholder>
void scan(const QString &tmpl, Text text, Placeholder placeholder)
{
    qsizetype i = 0;
    while (i < tmpl.size()) {
        const QChar ch = tmpl.at(i);
        if ((ch == QLatin1Char('{') || ch == QLatin1Char('}')) && i + 1 < tmpl.size() && tmpl.at(i + 1) == ch) {
            text(QString(ch));
            i += 2;
            continue;
        }
        if (ch == QLatin1Char('{')) {
            const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i + 1);
            const qsizetype reopen = tmpl.indexOf(QLatin1Char('{'), i + 1);
            if (close > i + 1 && (reopen < 0 || reopen > close)) {
                placeholder(tmpl.mid(i + 1, close - i - 1).trimmed());
                i = close + 1;
                continue;
            }
        }
        text(QString(ch));
        ++i;
    }
}

} // namespace

QString renderTemplate(const QString &tmpl, const Candidate &candidate, const QString &senderName)
{
    QString out;
    out.reserve(tmpl.size());
    scan(
        tmpl, [&](const QString &t) { out += t; },
        [&](const QString &name) {
            const auto v = valueOf(name, candidate, senderName);
            out += v ? *v : QLatin1Char('{') + name + QLatin1Char('}');
        });
    return out;
}

QStringList missingPlaceholders(const QString &tmpl, const Candidate &candidate, const QString &senderName)
{
    QStringList out;
    scan(
        tmpl, [](const QString &) {},
        [&](const QString &name) {
            const auto v = valueOf(name, candidate, senderName);
            const QString written = QLatin1Char('{') + name + QLatin1Char('}');
            if ((!v || v->trimmed().isEmpty()) && !out.contains(written))
                out << written;
        });
    return out;
}

Status checkComplete(const QString &tmpl, const Candidate &candidate, const QString &senderName)
{
    const QStringList missing = missingPlaceholders(tmpl, candidate, senderName);
    if (missing.isEmpty())
        return std::nullopt;
    return Error(Error::Code::InvalidArgument,
                 QCoreApplication::translate("sd::outreach", "Not sent: %1 would be empty or unknown for %2.")
                     .arg(missing.join(QStringLiteral(", ")), candidate.displayName()));
}

} // namespace sd::outreach
