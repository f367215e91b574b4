#include "FieldMapping.h"

#include "Templates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace sd::sync {

namespace {

QString trMapping(const char *text)
{
    return QCoreApplication::translate("sd::sync::FieldMapping", text);
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Template placeholders a mapping may use besides the candidate's own; the engine fills them.
const QStringList &mappingContextNames()
{
    static const QStringList names = {s("campaign"), s("job"), s("status"), s("user"), s("date")};
    return names;
}

bool isTemplate(const QString &source)
{
    return source.contains(u'{');
}

// The kind of value a Sourcedesk field holds: "any" for custom fields (free text the recruiter
// may well keep as numbers or dates, checked per value), "" for an unknown field.
QString sourceType(const QString &source)
{
    if (isTemplate(source))
        return s("template");
    const QLatin1StringView custom(field::CustomPrefix);
    if (source.startsWith(custom))
        return source.size() > custom.size() ? s("any") : QString();
    if (source == QLatin1StringView(field::Emails))
        return s("email");
    if (source == QLatin1StringView(field::Phones))
        return s("phone");
    if (source == QLatin1StringView(field::CountryCode))
        return s("country");
    if (source == QLatin1StringView(field::LinkedIn) || source == QLatin1StringView(field::Links))
        return s("url");
    if (source == QLatin1StringView(field::ConsentDate))
        return s("date");
    return sourcedeskFieldKeys().contains(source) ? s("text") : QString();
}

QString typeName(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {s("text"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "text")},
        {s("email"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "an email address")},
        {s("phone"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a phone number")},
        {s("url"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a web address")},
        {s("country"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a two-letter country code")},
        {s("region"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a region code such as us-wa")},
        {s("date"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a date")},
        {s("number"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a number")},
        {s("boolean"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "yes or no")},
        {s("select"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "one of the property's values")},
        {s("currency"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "an amount with a currency")},
        {s("user"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "a SmartRecruiters user")},
        {s("template"), QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "text")},
    };
    const char *name = names.value(type);
    return name ? QCoreApplication::translate("sd::sync::FieldMapping", name) : type;
}

// Can a value of `from` (a Sourcedesk field kind) go into an SR field of type `to`?
bool compatible(const QString &from, const QString &to, const QString &source)
{
    if (from == QLatin1StringView("any") || to == QLatin1StringView("text") || from == to)
        return true;
    // A template that builds a link ("https://github.com/{custom.GitHub}") is a URL.
    if (from == QLatin1StringView("template") && to == QLatin1StringView("url"))
        return source.trimmed().startsWith(QLatin1StringView("http"), Qt::CaseInsensitive);
    return false;
}

QString firstLine(const QString &v)
{
    return v.section(u'\n', 0, 0);
}

} // namespace

const QList<SrField> &standardSrFields()
{
    static const QList<SrField> fields = {
        {s("firstName"), s("text"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "First name")},
        {s("lastName"), s("text"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Last name")},
        {s("email"), s("email"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Email")},
        {s("phoneNumber"), s("phone"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Phone number")},
        {s("location.city"), s("text"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "City")},
        {s("location.region"), s("text"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Region")},
        {s("location.country"), s("text"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Country")},
        {s("location.countryCode"), s("country"), true,
         QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Country code")},
        {s("web.linkedin"), s("url"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "LinkedIn")},
        {s("web.website"), s("url"), true, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Website")},
        // Experience is only part of CandidateInput: SmartRecruiters takes it when creating.
        {s("experience.title"), s("text"), false, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Job title")},
        {s("experience.company"), s("text"), false, QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Company")},
    };
    return fields;
}

const SrField *findStandardSrField(const QString &id)
{
    for (const SrField &f : standardSrFields()) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

bool isPropertyField(const QString &srField)
{
    return !propertyId(srField).isEmpty();
}

QString propertyId(const QString &srField)
{
    const QLatin1StringView prefix(PropertyPrefix);
    return srField.startsWith(prefix) ? srField.mid(prefix.size()).trimmed() : QString();
}

QString propertyFieldType(const QString &srPropertyType)
{
    static const QHash<QString, QString> types = {
        {s("BOOLEAN"), s("boolean")},   {s("COUNTRY"), s("country")},
        {s("CURRENCY"), s("currency")}, {s("DATE"), s("date")},
        {s("NUMBER"), s("number")},     {s("PERCENT"), s("number")},
        {s("REGION"), s("region")},     {s("TEXT"), s("text")},
        {s("USER"), s("user")},         {s("SINGLE_SELECT"), s("select")},
    };
    return types.value(srPropertyType.toUpper());
}

QString srFieldLabel(const QString &srField)
{
    if (const SrField *f = findStandardSrField(srField))
        return QCoreApplication::translate("sd::sync::FieldMapping", f->label);
    if (isPropertyField(srField))
        return trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "Property %1")).arg(propertyId(srField));
    return srField;
}

FieldMapping FieldMapping::defaults()
{
    // Names and email only fill blanks: the hiring team may have corrected them in SmartRecruiters,
    // and the email is what matches records, so overwriting it could tie the record to someone
    // else. Contact details fill blanks too. Title and company are always updated because people
    // change jobs and the sourcer's data is the fresher; SmartRecruiters takes experience only
    // when creating, so for existing candidates decideFields reports them as not sendable.
    const auto r = [](const char *sr, const char *src, UpdateRule rule) {
        return FieldRule{s(sr), s(src), rule};
    };
    FieldMapping m;
    m.rules = {
        r("firstName", field::FirstName, UpdateRule::IfBlank),
        r("lastName", field::LastName, UpdateRule::IfBlank),
        r("email", field::Emails, UpdateRule::IfBlank),
        r("phoneNumber", field::Phones, UpdateRule::IfBlank),
        r("location.city", field::City, UpdateRule::IfBlank),
        r("location.region", field::Region, UpdateRule::IfBlank),
        r("location.countryCode", field::CountryCode, UpdateRule::IfBlank),
        r("web.linkedin", field::LinkedIn, UpdateRule::IfBlank),
        r("web.website", field::Links, UpdateRule::IfBlank),
        r("experience.title", field::Title, UpdateRule::Always),
        r("experience.company", field::Company, UpdateRule::Always),
    };
    return m;
}

Result<FieldMapping> FieldMapping::fromJson(const QString &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidArgument,
                     trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "the field mapping is not valid JSON: %1")).arg(pe.errorString()),
                     trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "offset %1")).arg(pe.offset));
    if (!doc.isArray())
        return Error(Error::Code::InvalidArgument,
                     trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "the field mapping must be a JSON array of rules")));
    FieldMapping m;
    QSet<QString> seen;
    const QJsonArray entries = doc.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString sr = o.value(QLatin1StringView("srField")).toString().trimmed();
        const QString where =
            sr.isEmpty() ? trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "entry %1")).arg(i + 1) : trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "entry %1 (%2)")).arg(i + 1).arg(sr);
        const auto fail = [&where](const QString &msg) {
            return Error(Error::Code::InvalidArgument, msg, where);
        };
        if (!entries.at(i).isObject())
            return fail(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "each rule must be an object with srField, source and rule")));
        if (sr.isEmpty())
            return fail(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "srField is missing")));
        if (!findStandardSrField(sr) && !isPropertyField(sr))
            return fail(
                trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "%1 is not a SmartRecruiters candidate field; use a standard field or property:<id>"))
                    .arg(sr));
        if (seen.contains(sr))
            return fail(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "%1 is mapped twice")).arg(sr));
        seen.insert(sr);
        const QString source = o.value(QLatin1StringView("source")).toString().trimmed();
        if (source.isEmpty())
            return fail(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "source is missing")));
        UpdateRule rule = UpdateRule::IfBlank;
        const QJsonValue rv = o.value(QLatin1StringView("rule"));
        if (!rv.isUndefined() && !fromKey(rv.toString(), &rule))
            return fail(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "rule must be \"always\" or \"ifBlank\", not \"%1\""))
                            .arg(rv.toVariant().toString()));
        m.rules.append(FieldRule{sr, source, rule});
    }
    return m;
}

QString FieldMapping::toJson() const
{
    QJsonArray a;
    for (const FieldRule &r : rules)
        a.append(QJsonObject{{s("srField"), r.srField}, {s("source"), r.source}, {s("rule"), toKey(r.rule)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const FieldRule *FieldMapping::rule(const QString &srField) const
{
    for (const FieldRule &r : rules) {
        if (r.srField == srField)
            return &r;
    }
    return nullptr;
}

QStringList sourcedeskFieldKeys()
{
    using namespace field;
    QStringList keys;
    for (const char *k : {FirstName, LastName, Emails, Phones, Company, Title, City, Region, CountryCode,
                          LinkedIn, Links, Source, Tags, Notes, Consent, ConsentDate, ConsentMethod})
        keys << s(k);
    return keys;
}

QStringList mappingProblems(const FieldMapping &m, const QHash<QString, QString> &propertyTypes)
{
    QStringList problems;
    QSet<QString> seen;
    for (const FieldRule &r : m.rules) {
        const auto add = [&](const QString &msg) {
            problems << r.srField + QStringLiteral(": ") + msg;
        };
        QString target;
        if (const SrField *f = findStandardSrField(r.srField)) {
            target = f->type;
        } else if (isPropertyField(r.srField)) {
            const QString id = propertyId(r.srField);
            if (!propertyTypes.contains(id)) {
                add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "there is no candidate property with id %1 in SmartRecruiters")).arg(id));
                continue;
            }
            target = propertyFieldType(propertyTypes.value(id));
            if (target.isEmpty()) {
                add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "property type %1 is not supported")).arg(propertyTypes.value(id)));
                continue;
            }
        } else {
            add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "not a SmartRecruiters candidate field")));
            continue;
        }
        if (seen.contains(r.srField))
            add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "mapped more than once; only the first rule counts")));
        seen.insert(r.srField);

        const QString from = sourceType(r.source);
        if (from.isEmpty()) {
            add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "%1 is not a Sourcedesk field"))
                    .arg(r.source.isEmpty() ? QStringLiteral("\"\"") : r.source));
            continue;
        }
        if (from == QLatin1StringView("template")) {
            QString syntax;
            const QStringList names = templatePlaceholders(r.source, &syntax);
            if (!syntax.isEmpty())
                add(syntax);
            for (const QString &n : names) {
                if (!isCandidatePlaceholder(n) && !mappingContextNames().contains(n))
                    add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "unknown placeholder {%1}")).arg(n));
            }
        }
        if (!compatible(from, target, r.source))
            add(trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "SmartRecruiters expects %1 here, but %2 holds %3"))
                    .arg(typeName(target), r.source, typeName(from)));
    }
    return problems;
}

QString valueProblem(const QString &fieldType, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    const auto bad = [&](const QString &type) {
        return trMapping(QT_TRANSLATE_NOOP("sd::sync::FieldMapping", "\"%1\" is not %2")).arg(v, typeName(type));
    };
    if (fieldType == QLatin1StringView("email")) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return re.match(v).hasMatch() ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("url")) {
        const QUrl url = QUrl::fromUserInput(v);
        const bool ok =
            !v.contains(QRegularExpression(QStringLiteral("\\s"))) && url.isValid() &&
            (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https")) &&
            url.host().contains(u'.');
        return ok ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("phone")) {
        static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()./-]+$"));
        const qsizetype digits = std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); });
        return re.match(v).hasMatch() && digits >= 5 ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("country")) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2}$"));
        return re.match(v).hasMatch() ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("region")) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"));
        return re.match(v).hasMatch() ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("date")) {
        const bool ok = QDate::fromString(v.left(10), Qt::ISODate).isValid() &&
                        (v.size() == 10 || QDateTime::fromString(v, Qt::ISODateWithMs).isValid());
        return ok ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("number")) {
        bool ok = false;
        QLocale::c().toDouble(v, &ok);
        return ok ? QString() : bad(fieldType);
    }
    if (fieldType == QLatin1StringView("boolean")) {
        static const QStringList words = {s("true"), s("false"), s("yes"), s("no"), s("1"), s("0")};
        return words.contains(v.toLower()) ? QString() : bad(fieldType);
    }
    return {};
}

QMap<QString, QString> localSrValues(const FieldMapping &m, const Candidate &c,
                                     const QHash<QString, QString> &context)
{
    const QMap<QString, QString> fields = fieldValues(c);
    QHash<QString, QString> placeholders = candidatePlaceholders(c);
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        placeholders.insert(it.key(), it.value());

    QMap<QString, QString> out;
    for (const FieldRule &r : m.rules) {
        if (out.contains(r.srField))
            continue; // the first rule for a field wins, as in FieldMapping::rule()
        QString v;
        if (isTemplate(r.source)) {
            // Missing placeholders render blank (never "{campaign}" in SmartRecruiters), and a
            // template whose placeholders are all blank is blank, so nothing is sent for it.
            QHash<QString, QString> values = placeholders;
            const QStringList names = templatePlaceholders(r.source);
            bool anyValue = names.isEmpty();
            for (const QString &n : names) {
                const QString pv = values.value(n).trimmed();
                values.insert(n, pv);
                anyValue = anyValue || !pv.isEmpty();
            }
            v = anyValue ? renderTemplate(r.source, values).trimmed() : QString();
        } else if (r.source == QLatin1StringView(field::Tags)) {
            v = c.tags.join(QStringLiteral(", "));
        } else {
            // emails, phones and links: the first entry is the primary one.
            v = firstLine(fields.value(r.source)).trimmed();
        }
        out.insert(r.srField, v);
    }
    return out;
}

} // namespace sd::sync
