#include "Templates.h"

#include <QCoreApplication>

namespace sd::sync {

namespace {

QString trTemplates(const char *text)
{
    return QCoreApplication::translate("sd::sync::Templates", text);
}

// Anything on one line between braces is a placeholder name: custom field names may contain
// spaces ("{custom.Notice period}").
bool isNameChar(QChar c)
{
    return c != u'{' && c != u'}' && c != u'\n';
}

// Walks a template once; calls onText for literal text and onName for each placeholder.
// Returns an error message for an unclosed "{" or a stray "}" ("" when the syntax is fine).
template<typename OnText, typename OnName> QString scan(const QString &tmpl, OnText onText, OnName onName)
{
    QString error;
    const qsizetype n = tmpl.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = tmpl.at(i);
        if (c == u'{' && i + 1 < n && tmpl.at(i + 1) == u'{') {
            onText(QStringLiteral("{"));
            ++i;
            continue;
        }
        if (c == u'}' && i + 1 < n && tmpl.at(i + 1) == u'}') {
            onText(QStringLiteral("}"));
            ++i;
            continue;
        }
        if (c == u'{') {
            qsizetype j = i + 1;
            while (j < n && isNameChar(tmpl.at(j)))
                ++j;
            if (j < n && j > i + 1 && tmpl.at(j) == u'}') {
                onName(tmpl.mid(i + 1, j - i - 1));
                i = j;
                continue;
            }
            if (error.isEmpty() && tmpl.indexOf(u'}', i + 1) < 0)
                error = trTemplates(QT_TRANSLATE_NOOP("sd::sync::Templates", "\"{\" at position %1 is never closed (write \"{{\" for a literal brace)"))
                            .arg(i + 1);
            onText(QString(c));
            continue;
        }
        if (c == u'}' && error.isEmpty())
            error =
                trTemplates(QT_TRANSLATE_NOOP("sd::sync::Templates", "\"}\" at position %1 has no matching \"{\" (write \"}}\" for a literal brace)"))
                    .arg(i + 1);
        onText(QString(c));
    }
    return error;
}

} // namespace

QString renderTemplate(const QString &tmpl, const QHash<QString, QString> &values, QStringList *unknown)
{
    QString out;
    out.reserve(tmpl.size());
    scan(
        tmpl, [&](const QString &text) { out += text; },
        [&](const QString &name) {
            const auto it = values.constFind(name);
            if (it != values.cend()) {
                out += it.value();
                return;
            }
            out += u'{' + name + u'}';
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        });
    return out;
}

QStringList templatePlaceholders(const QString &tmpl, QString *syntaxError)
{
    QStringList names;
    const QString error = scan(
        tmpl, [](const QString &) {},
        [&](const QString &name) {
            if (!names.contains(name))
                names.append(name);
        });
    if (syntaxError)
        *syntaxError = error;
    return names;
}

QHash<QString, QString> candidatePlaceholders(const Candidate &c)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("firstName"), c.firstName);
    v.insert(QStringLiteral("lastName"), c.lastName);
    v.insert(QStringLiteral("fullName"), (c.firstName + u' ' + c.lastName).trimmed());
    v.insert(QStringLiteral("email"), c.primaryEmail());
    v.insert(QStringLiteral("phone"), c.phones.value(0));
    v.insert(QStringLiteral("company"), c.company);
    v.insert(QStringLiteral("title"), c.title);
    v.insert(QStringLiteral("city"), c.city);
    v.insert(QStringLiteral("region"), c.region);
    v.insert(QStringLiteral("country"), c.countryCode);
    v.insert(QStringLiteral("countryCode"), c.countryCode);
    v.insert(QStringLiteral("linkedin"), c.linkedinUrl);
    v.insert(QStringLiteral("website"), c.links.value(0));
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        v.insert(QLatin1StringView(field::CustomPrefix) + it.key(), it.value());
    return v;
}

QStringList candidatePlaceholderNames()
{
    return {QStringLiteral("firstName"), QStringLiteral("lastName"),    QStringLiteral("fullName"),
            QStringLiteral("email"),     QStringLiteral("phone"),       QStringLiteral("company"),
            QStringLiteral("title"),     QStringLiteral("city"),        QStringLiteral("region"),
            QStringLiteral("country"),   QStringLiteral("countryCode"), QStringLiteral("linkedin"),
            QStringLiteral("website")};
}

bool isCandidatePlaceholder(const QString &name)
{
    const QLatin1StringView prefix(field::CustomPrefix);
    if (name.startsWith(prefix))
        return name.size() > prefix.size();
    return candidatePlaceholderNames().contains(name);
}

} // namespace sd::sync
