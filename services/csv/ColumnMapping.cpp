#include "csv/ColumnMapping.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <array>

namespace sd::csv {

namespace {

struct TargetName
{
    FieldTarget target;
    const char *key;
};

constexpr std::array<TargetName, 21> kTargets = {{
    {FieldTarget::Ignore, "ignore"},
    {FieldTarget::Custom, "custom"},
    {FieldTarget::FirstName, "firstName"},
    {FieldTarget::LastName, "lastName"},
    {FieldTarget::FullName, "fullName"},
    {FieldTarget::Email, "email"},
    {FieldTarget::Phone, "phone"},
    {FieldTarget::Company, "company"},
    {FieldTarget::Title, "title"},
    {FieldTarget::City, "city"},
    {FieldTarget::Region, "region"},
    {FieldTarget::CountryCode, "country"},
    {FieldTarget::Location, "location"},
    {FieldTarget::LinkedIn, "linkedinUrl"},
    {FieldTarget::Link, "link"},
    {FieldTarget::Source, "source"},
    {FieldTarget::Tags, "tags"},
    {FieldTarget::Notes, "notes"},
    {FieldTarget::ConsentState, "consent"},
    {FieldTarget::ConsentDate, "consentDate"},
    {FieldTarget::ConsentMethod, "consentMethod"},
}};

// Normalised header -> target. Sources: LinkedIn Recruiter project exports, SourceWhale-style
// snake_case exports, Google Contacts (old "Given Name"/"E-mail 1 - Value" and new "First Name"/
// "Organization Name" layouts), Outlook, and Sourcedesk's own export.
const QHash<QString, FieldTarget> &aliases()
{
    static const QHash<QString, FieldTarget> table = [] {
        QHash<QString, FieldTarget> t;
        auto add = [&t](FieldTarget target, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(QString::fromLatin1(n), target);
        };
        add(FieldTarget::FirstName, {"firstname", "givenname", "first", "forename", "fname", "prenom", "vorname"});
        add(FieldTarget::LastName, {"lastname", "familyname", "surname", "last", "lname", "nachname"});
        add(FieldTarget::FullName, {"name", "fullname", "candidatename", "contactname", "displayname", "candidate"});
        add(FieldTarget::Email, {"email", "emails", "emailaddress", "emailaddresses", "mail", "workemail", "personalemail",
                                 "primaryemail", "businessemail", "otheremail", "otheremails", "secondaryemail",
                                 "privateemail", "emailvalue"});
        add(FieldTarget::Phone, {"phone", "phones", "phonenumber", "phonenumbers", "mobile", "mobilephone", "mobilenumber",
                                 "telephone", "tel", "workphone", "homephone", "cell", "cellphone", "primaryphone",
                                 "businessphone", "phonevalue"});
        add(FieldTarget::Company, {"company", "companyname", "currentcompany", "currentcompanyname", "organization",
                                   "organisation", "organizationname", "organisationname", "organization1name",
                                   "employer", "currentemployer", "account", "accountname"});
        add(FieldTarget::Title, {"title", "jobtitle", "currenttitle", "currentjobtitle", "position", "currentposition",
                                 "role", "organizationtitle", "organization1title", "designation"});
        add(FieldTarget::City, {"city", "town", "addresscity", "address1city", "homecity", "workcity"});
        add(FieldTarget::Region, {"region", "state", "province", "county", "stateprovince", "stateorprovince",
                                  "address1region", "addressregion"});
        add(FieldTarget::CountryCode, {"country", "countrycode", "countryregion", "address1country", "addresscountry",
                                       "nation"});
        add(FieldTarget::Location, {"location", "currentlocation", "geolocation", "locationname", "area"});
        add(FieldTarget::LinkedIn, {"linkedin", "linkedinurl", "linkedinprofile", "linkedinprofileurl",
                                    "publicprofileurl", "profileurl", "linkedinpublicprofileurl", "linkedinlink",
                                    "linkedinpublicurl", "liurl", "linkedinprofilelink"});
        add(FieldTarget::Link, {"website", "websites", "url", "github", "githuburl", "portfolio", "homepage",
                                "links", "otherlinks", "personalwebsite", "blog", "websitevalue"});
        add(FieldTarget::Source, {"source", "leadsource", "candidatesource", "origin"});
        add(FieldTarget::Tags, {"tags", "tag", "labels", "label", "groupmembership", "keywords"});
        add(FieldTarget::Notes, {"notes", "note", "comments", "comment", "remarks"});
        add(FieldTarget::ConsentState, {"consent", "consentstate", "consentstatus", "gdpr", "gdprconsent",
                                        "gdprstatus", "gdprconsentstate", "gdprconsentstatus", "marketingconsent"});
        add(FieldTarget::ConsentDate, {"consentdate", "gdprconsentdate", "consentgivenat", "consentgivenon",
                                       "consenttimestamp", "consentdatetime"});
        add(FieldTarget::ConsentMethod, {"consentmethod", "gdprconsentmethod", "consentsource", "howconsentobtained",
                                         "consentobtained", "consenthow", "consentobtainedby"});
        // Columns that describe another column, or belong to a campaign rather than a candidate.
        add(FieldTarget::Ignore, {"campaignstatus", "statuschanged", "added", "lastactivity", "middlename", "additionalname", "nameprefix",
                                  "namesuffix"});
        return t;
    }();
    return table;
}

// Google Contacts numbers repeated groups ("E-mail 2 - Value", "Phone 3 - Type"); the number only
// says which instance, so it is removed before the lookup.
QString withoutInstanceNumber(const QString &n)
{
    QString out;
    out.reserve(n.size());
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (n[i].isDigit() && i > 0 && n[i - 1].isLetter()) {
            while (i < n.size() && n[i].isDigit())
                ++i;
            --i;
            continue;
        }
        out += n[i];
    }
    return out;
}

const QString kCustomPrefix = QStringLiteral("Custom: ");

QString where(const QString &source, const QString &entry)
{
    return entry.isEmpty() ? source : source + QStringLiteral(", ") + entry;
}

} // namespace

QString targetKey(FieldTarget target)
{
    for (const auto &t : kTargets) {
        if (t.target == target)
            return QString::fromLatin1(t.key);
    }
    return {};
}

std::optional<FieldTarget> targetFromKey(const QString &key)
{
    for (const auto &t : kTargets) {
        if (key.compare(QLatin1StringView(t.key), Qt::CaseInsensitive) == 0)
            return t.target;
    }
    return std::nullopt;
}

QStringList targetKeys()
{
    QStringList out;
    for (const auto &t : kTargets)
        out << QString::fromLatin1(t.key);
    return out;
}

bool isMultiValued(FieldTarget target)
{
    switch (target) {
    case FieldTarget::Email:
    case FieldTarget::Phone:
    case FieldTarget::Link:
    case FieldTarget::Tags:
    case FieldTarget::Notes:
    case FieldTarget::Custom:
    case FieldTarget::Ignore: return true;
    default: return false;
    }
}

QString ColumnMapping::normalizedHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar ch : header) {
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    }
    return out;
}

FieldTarget ColumnMapping::guessTarget(const QString &header, QString *customName)
{
    const QString trimmed = header.trimmed();
    if (customName)
        *customName = trimmed;
    if (trimmed.startsWith(kCustomPrefix, Qt::CaseInsensitive)) {
        if (customName)
            *customName = trimmed.mid(kCustomPrefix.size()).trimmed();
        return FieldTarget::Custom;
    }
    const QString n = normalizedHeader(trimmed);
    if (n.isEmpty())
        return FieldTarget::Ignore;
    if (auto it = aliases().constFind(n); it != aliases().cend())
        return it.value();
    const QString plain = withoutInstanceNumber(n);
    // "E-mail 1 - Type", "Phone 2 - Label": the kind of the value next to it, not candidate data.
    for (const char *group : {"email", "phone", "website", "address", "organization", "relation", "event", "im"}) {
        const QLatin1StringView g(group);
        if (plain.startsWith(g) && (plain.endsWith(QLatin1StringView("type")) || plain.endsWith(QLatin1StringView("label"))))
            return FieldTarget::Ignore;
    }
    if (plain != n) {
        if (auto it = aliases().constFind(plain); it != aliases().cend())
            return it.value();
    }
    // Outlook: "E-mail 2 Address"; Google: "Website 1 - Value".
    if (plain.startsWith(QLatin1StringView("email")) && (plain.endsWith(QLatin1StringView("address")) || plain.endsWith(QLatin1StringView("value"))))
        return FieldTarget::Email;
    if (plain.startsWith(QLatin1StringView("phone")) && plain.endsWith(QLatin1StringView("value")))
        return FieldTarget::Phone;
    if (plain.startsWith(QLatin1StringView("website")) && plain.endsWith(QLatin1StringView("value")))
        return FieldTarget::Link;
    return FieldTarget::Custom; // "Headline" may still become the title, see resolveConflicts()
}

ColumnMapping ColumnMapping::detect(const QStringList &headers)
{
    ColumnMapping m;
    for (const QString &h : headers) {
        ColumnRule rule;
        rule.header = h;
        rule.target = guessTarget(h, &rule.customName);
        m.m_columns << rule;
    }
    m.resolveConflicts();
    return m;
}

// A second column for a single-valued field keeps its data as a custom field (or, for a second
// LinkedIn URL such as the Recruiter-only profile link, as an other link). LinkedIn's "Headline"
// stands in for the title when the export has no title column.
void ColumnMapping::resolveConflicts()
{
    QSet<FieldTarget> taken;
    for (ColumnRule &r : m_columns) {
        if (isMultiValued(r.target))
            continue;
        if (taken.contains(r.target)) {
            r.target = r.target == FieldTarget::LinkedIn ? FieldTarget::Link : FieldTarget::Custom;
            r.customName = r.header.trimmed();
        } else {
            taken.insert(r.target);
        }
    }
    if (!taken.contains(FieldTarget::Title)) {
        for (ColumnRule &r : m_columns) {
            if (r.target == FieldTarget::Custom && normalizedHeader(r.header) == QLatin1StringView("headline")) {
                r.target = FieldTarget::Title;
                break;
            }
        }
    }
}

void ColumnMapping::setTarget(qsizetype column, FieldTarget target, const QString &customName)
{
    if (column < 0 || column >= m_columns.size())
        return;
    ColumnRule &r = m_columns[column];
    r.target = target;
    r.customName = customName.isEmpty() ? r.header.trimmed() : customName;
}

bool ColumnMapping::maps(FieldTarget target) const
{
    for (const ColumnRule &r : m_columns) {
        if (r.target == target)
            return true;
    }
    return false;
}

bool ColumnMapping::canIdentifyCandidates() const
{
    return maps(FieldTarget::FirstName) || maps(FieldTarget::LastName) || maps(FieldTarget::FullName)
        || maps(FieldTarget::Email);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray cols;
    for (const ColumnRule &r : m_columns) {
        QJsonObject o{{QStringLiteral("header"), r.header}, {QStringLiteral("field"), targetKey(r.target)}};
        if (r.target == FieldTarget::Custom && r.customName != r.header.trimmed())
            o.insert(QStringLiteral("name"), r.customName);
        cols.append(o);
    }
    const QString unmapped = m_unmapped == Unmapped::Detect   ? QStringLiteral("detect")
                             : m_unmapped == Unmapped::Custom ? QStringLiteral("custom")
                                                              : QStringLiteral("ignore");
    return {{QStringLiteral("format"), QStringLiteral("sourcedesk-csv-mapping")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("unmapped"), unmapped},
            {QStringLiteral("columns"), cols}};
}

QByteArray ColumnMapping::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> ColumnMapping::fromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The mapping file cannot be read: %1").arg(f.errorString()), path);
    return fromJson(f.readAll(), path);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &sourceName)
{
    auto bad = [&](const QString &entry, const QString &message) {
        return Error(Error::Code::InvalidArgument, message, where(sourceName, entry));
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = pe.offset - (before.lastIndexOf('\n') + 1) + 1;
        return bad(tr("line %1, column %2").arg(line).arg(column), tr("This is not valid JSON: %1.").arg(pe.errorString()));
    }
    if (!doc.isObject())
        return bad({}, tr("A mapping file is a JSON object with a \"columns\" list."));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        return bad(QStringLiteral("version"), tr("Mapping format version %1 is not supported (expected 1).")
                                                  .arg(version.isDouble() ? QString::number(version.toDouble()) : version.toString()));
    ColumnMapping m;
    const QJsonValue unmapped = root.value(QStringLiteral("unmapped"));
    if (!unmapped.isUndefined()) {
        const QString u = unmapped.toString();
        if (u == QLatin1StringView("detect"))
            m.m_unmapped = Unmapped::Detect;
        else if (u == QLatin1StringView("custom"))
            m.m_unmapped = Unmapped::Custom;
        else if (u == QLatin1StringView("ignore"))
            m.m_unmapped = Unmapped::Ignore;
        else
            return bad(QStringLiteral("unmapped"), tr("\"unmapped\" must be \"detect\", \"custom\" or \"ignore\"."));
    }
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isArray())
        return bad(QStringLiteral("columns"), tr("\"columns\" must be a list of {\"header\": ..., \"field\": ...} entries."));
    const QJsonArray arr = columns.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString entry = QStringLiteral("columns[%1]").arg(i);
        if (!arr[i].isObject())
            return bad(entry, tr("Each entry must be an object with \"header\" and \"field\"."));
        const QJsonObject o = arr[i].toObject();
        const QString header = o.value(QStringLiteral("header")).toString();
        if (header.trimmed().isEmpty())
            return bad(entry + QStringLiteral(".header"), tr("The column header is missing or empty."));
        if (seen.contains(normalizedHeader(header)))
            return bad(entry + QStringLiteral(".header"), tr("The column \"%1\" is mapped twice.").arg(header));
        seen.insert(normalizedHeader(header));
        const QString fieldKey = o.value(QStringLiteral("field")).toString();
        const auto target = targetFromKey(fieldKey);
        if (!target)
            return bad(entry + QStringLiteral(".field"), tr("Unknown field \"%1\". Known fields: %2.")
                                                            .arg(fieldKey, targetKeys().join(QStringLiteral(", "))));
        ColumnRule rule{header, *target, o.value(QStringLiteral("name")).toString().trimmed()};
        if (rule.customName.isEmpty())
            rule.customName = header.trimmed();
        m.m_columns << rule;
    }
    return m;
}

ColumnMapping ColumnMapping::appliedTo(const QStringList &headers, QStringList *missing) const
{
    QHash<QString, const ColumnRule *> byHeader;
    for (const ColumnRule &r : m_columns)
        byHeader.insert(normalizedHeader(r.header), &r);
    ColumnMapping out;
    out.m_unmapped = m_unmapped;
    QSet<QString> used;
    for (const QString &h : headers) {
        const QString n = normalizedHeader(h);
        ColumnRule rule;
        rule.header = h;
        if (const ColumnRule *saved = byHeader.value(n); saved && !n.isEmpty()) {
            rule.target = saved->target;
            rule.customName = saved->customName;
            used.insert(n);
        } else if (m_unmapped == Unmapped::Detect) {
            rule.target = guessTarget(h, &rule.customName);
        } else {
            rule.target = m_unmapped == Unmapped::Custom && !n.isEmpty() ? FieldTarget::Custom : FieldTarget::Ignore;
            rule.customName = h.trimmed();
        }
        out.m_columns << rule;
    }
    if (missing) {
        for (const ColumnRule &r : m_columns) {
            if (!used.contains(normalizedHeader(r.header)))
                *missing << r.header;
        }
    }
    out.resolveConflicts();
    return out;
}

} // namespace sd::csv
