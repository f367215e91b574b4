#include "csv/RecordMapper.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace sd::csv {

namespace {

QString lettersLower(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s) {
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    }
    return out;
}

// Country names in English and in their own languages, plus the short forms people type.
const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = static_cast<QLocale::Territory>(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                t.insert(lettersLower(QLocale::territoryToString(territory)), code);
        }
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : locales) {
            const QString code = QLocale::territoryToCode(l.territory());
            const QString native = lettersLower(l.nativeTerritoryName());
            if (code.size() == 2 && !native.isEmpty() && !t.contains(native))
                t.insert(native, code);
        }
        const std::initializer_list<std::pair<const char *, const char *>> extra = {
            {"usa", "US"}, {"us", "US"}, {"america", "US"}, {"unitedstatesofamerica", "US"},
            {"uk", "GB"}, {"greatbritain", "GB"}, {"britain", "GB"}, {"england", "GB"}, {"scotland", "GB"},
            {"wales", "GB"}, {"northernireland", "GB"}, {"uae", "AE"}, {"czechrepublic", "CZ"},
            {"holland", "NL"}, {"thenetherlands", "NL"}, {"korea", "KR"}, {"southkorea", "KR"},
            {"russia", "RU"}, {"turkey", "TR"}, {"turkiye", "TR"}};
        for (const auto &[name, code] : extra)
            t.insert(QString::fromLatin1(name), QString::fromLatin1(code));
        return t;
    }();
    return table;
}

// "Jane Doe <jane@example.com>" is how mail programs export an address; keep the address.
QString addressPart(const QString &value)
{
    const qsizetype open = value.lastIndexOf(u'<');
    const qsizetype close = value.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return value.mid(open + 1, close - open - 1).trimmed();
    if (value.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        return value.mid(7);
    return value;
}

} // namespace

RecordMapper::RecordMapper(ColumnMapping mapping) : m_mapping(std::move(mapping)) {}

QString RecordMapper::map(const QStringList &fields, Candidate &c) const
{
    c = Candidate{};
    const QList<ColumnRule> &cols = m_mapping.columns();
    for (qsizetype i = cols.size(); i < fields.size(); ++i) {
        if (!fields[i].trimmed().isEmpty())
            return tr("The row has %1 values but the header has %2 columns; a value containing the separator is "
                      "probably missing its quotes.").arg(fields.size()).arg(cols.size());
    }
    QString fullName;
    QString location;
    QString country;
    const qsizetype n = qMin(fields.size(), cols.size());
    for (qsizetype i = 0; i < n; ++i) {
        const ColumnRule &r = cols[i];
        if (r.target == FieldTarget::Ignore)
            continue;
        const QString v = fields[i].trimmed();
        if (v.isEmpty())
            continue;
        switch (r.target) {
        case FieldTarget::Ignore: break;
        case FieldTarget::Custom: c.customFields.insert(r.customName.isEmpty() ? r.header.trimmed() : r.customName, v); break;
        case FieldTarget::FirstName: c.firstName = v; break;
        case FieldTarget::LastName: c.lastName = v; break;
        case FieldTarget::FullName: fullName = v; break;
        case FieldTarget::Email:
            for (const QString &item : splitValues(v, true)) {
                const QString e = addressPart(item);
                if (!looksLikeEmail(e))
                    return tr("\"%1\" in column \"%2\" is not a valid email address.").arg(item, r.header);
                c.emails << e;
            }
            break;
        case FieldTarget::Phone: c.phones << splitValues(v, false); break;
        case FieldTarget::Company: c.company = v; break;
        case FieldTarget::Title: c.title = v; break;
        case FieldTarget::City: c.city = v; break;
        case FieldTarget::Region: c.region = v; break;
        case FieldTarget::CountryCode: country = v; break;
        case FieldTarget::Location: location = v; break;
        case FieldTarget::LinkedIn: c.linkedinUrl = v; break;
        case FieldTarget::Link: c.links << splitValues(v, false); break;
        case FieldTarget::Source: c.source = v; break;
        case FieldTarget::Tags: c.tags << splitValues(v, true); break;
        case FieldTarget::Notes: c.notes = c.notes.isEmpty() ? v : c.notes + QStringLiteral("\n\n") + v; break;
        case FieldTarget::ConsentState:
            if (!parseConsent(v, &c.consent))
                return tr("The consent value \"%1\" in column \"%2\" is not understood; use granted, refused, "
                          "withdrawn or unknown.").arg(v, r.header);
            break;
        case FieldTarget::ConsentDate:
            c.consentDate = parseDate(v);
            if (!c.consentDate.isValid())
                return tr("The date \"%1\" in column \"%2\" is not understood; use YYYY-MM-DD.").arg(v, r.header);
            break;
        case FieldTarget::ConsentMethod: c.consentMethod = v; break;
        }
    }
    if (!fullName.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty())
        splitFullName(fullName, &c.firstName, &c.lastName);
    // A country column wins over the country inside a location column.
    if (!country.isEmpty()) {
        c.countryCode = cachedCountryCode(country);
        if (c.countryCode.isEmpty())
            c.customFields.insert(QStringLiteral("Country"), country);
    }
    if (!location.isEmpty()) {
        const Place &loc = place(location);
        if (c.city.isEmpty())
            c.city = loc.city;
        if (c.region.isEmpty())
            c.region = loc.region;
        if (c.countryCode.isEmpty() && country.isEmpty())
            c.countryCode = loc.countryCode;
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty())
        return tr("The row has no name and no email address.");
    return {};
}

// A list of 100,000 people has a few hundred distinct locations; parsing each once matters.
const RecordMapper::Place &RecordMapper::place(const QString &location) const
{
    if (auto it = m_places.constFind(location); it != m_places.cend())
        return it.value();
    if (m_places.size() > 20000)
        m_places.clear();
    Candidate parsed;
    splitLocation(location, parsed, nullptr);
    return *m_places.insert(location, Place{parsed.city, parsed.region, parsed.countryCode});
}

const QString &RecordMapper::cachedCountryCode(const QString &country) const
{
    if (auto it = m_countries.constFind(country); it != m_countries.cend())
        return it.value();
    if (m_countries.size() > 20000)
        m_countries.clear();
    return *m_countries.insert(country, countryCode(country));
}

// A plausibility check, not RFC 5322: it catches what spreadsheets produce by mistake ("n/a",
// "jane(at)acme", two addresses in one, a name) in one pass over the characters.
bool RecordMapper::looksLikeEmail(QStringView e)
{
    qsizetype at = -1;
    qsizetype lastDot = -1;
    for (qsizetype i = 0; i < e.size(); ++i) {
        const char16_t ch = e[i].unicode();
        switch (ch) {
        case u'@':
            if (at >= 0)
                return false;
            at = i;
            break;
        case u'.':
            if (at >= 0) {
                if (i == at + 1 || (lastDot == i - 1 && lastDot > at))
                    return false; // "a@.com", "a@b..com"
                lastDot = i;
            }
            break;
        case u' ': case u',': case u';': case u'<': case u'>': case u'(': case u')': case u'[': case u']':
        case u'"': case u'\\': case u'\t': case u'\n': case u'\r': case 0x00A0:
            return false;
        default:
            if (ch < 0x20)
                return false;
        }
    }
    return at > 0 && at <= 64 && lastDot > at + 1 && lastDot < e.size() - 1;
}

QStringList RecordMapper::splitValues(const QString &text, bool splitOnComma)
{
    QStringList out;
    const QStringView all(text);
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        QStringView item = all.sliced(start, end - start).trimmed();
        if (item.startsWith(u'*'))
            item = item.sliced(1).trimmed(); // Google Contacts marks its system groups with "* "
        if (!item.isEmpty())
            out << (item.size() == text.size() ? text : item.toString());
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const char16_t ch = all[i].unicode();
        if (ch == u':' && all.sliced(i).startsWith(u":::")) { // Google Contacts joins values with " ::: "
            flush(i);
            i += 2;
            start = i + 1;
        } else if (ch == u';' || ch == u'|' || ch == u'\n' || ch == u'\r' || (splitOnComma && ch == u',')) {
            flush(i);
            start = i + 1;
        }
    }
    flush(all.size());
    return out;
}

void RecordMapper::splitFullName(const QString &name, QString *first, QString *last)
{
    // "Doe, Jane" is the directory order; otherwise the last word is the family name.
    if (const qsizetype comma = name.indexOf(u','); comma > 0) {
        *last = name.left(comma).trimmed();
        *first = name.mid(comma + 1).trimmed();
        return;
    }
    const QString simple = name.simplified();
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space < 0) {
        *first = simple;
        last->clear();
        return;
    }
    *first = simple.left(space);
    *last = simple.mid(space + 1);
}

QString RecordMapper::countryCode(const QString &nameOrCode)
{
    const QString t = nameOrCode.trimmed();
    if (t.size() == 2 && t[0].isLetter() && t[1].isLetter()) {
        const QString code = t.toUpper();
        if (code == QLatin1StringView("UK"))
            return QStringLiteral("GB");
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    QString key = lettersLower(t);
    if (key.startsWith(QLatin1StringView("the")) && !countryNames().contains(key))
        key = key.mid(3);
    return countryNames().value(key);
}

void RecordMapper::splitLocation(const QString &location, Candidate &out, QString *unknownCountry)
{
    QStringList parts;
    for (const QString &p : location.split(u',')) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    if (parts.isEmpty())
        return;
    // A trailing two-letter part after a single city is usually a state ("Austin, TX"), not a country.
    const QString &lastPart = parts.constLast();
    const QString code = (lastPart.size() > 2 || parts.size() >= 3) ? countryCode(lastPart) : QString();
    if (!code.isEmpty()) {
        out.countryCode = code;
        parts.removeLast();
    } else if (parts.size() >= 3 && unknownCountry) {
        *unknownCountry = lastPart;
    }
    if (parts.isEmpty())
        return;
    out.city = parts.takeFirst();
    out.region = parts.join(QStringLiteral(", "));
}

bool RecordMapper::parseConsent(const QString &text, ConsentState *out)
{
    if (fromKey(text, out))
        return true;
    const QString k = lettersLower(text);
    static const QHash<QString, ConsentState> words = [] {
        QHash<QString, ConsentState> w;
        for (const char *s : {"yes", "y", "true", "1", "given", "optin", "optedin", "consented", "accepted", "agreed", "ja", "oui"})
            w.insert(QString::fromLatin1(s), ConsentState::Granted);
        for (const char *s : {"no", "n", "false", "0", "declined", "denied", "optout", "optedout", "rejected", "nein", "non"})
            w.insert(QString::fromLatin1(s), ConsentState::Refused);
        for (const char *s : {"revoked", "retracted", "withdrew"})
            w.insert(QString::fromLatin1(s), ConsentState::Withdrawn);
        for (const char *s : {"", "pending", "na", "none", "notasked", "requested", "notrequested", "unknown"})
            w.insert(QString::fromLatin1(s), ConsentState::Unknown);
        return w;
    }();
    const auto it = words.constFind(k);
    if (it == words.cend())
        return false;
    *out = it.value();
    return true;
}

QDateTime RecordMapper::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    const QTimeZone utc = QTimeZone::utc();
    // QDate's ISO parser reads the date part of a full timestamp too, so only a bare date goes here.
    if (const QDate d = t.size() == 10 ? QDate::fromString(t, Qt::ISODate) : QDate(); d.isValid())
        return QDateTime(d, QTime(0, 0), utc);
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(QString(t).replace(u' ', u'T'), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC();
    for (const QString &fmt : {QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/M/d")}) {
        if (const QDate d = QDate::fromString(t, fmt); d.isValid())
            return QDateTime(d, QTime(0, 0), utc);
    }
    // 03/04/2024 is March or April depending on who wrote it: accept it only when it cannot be both.
    const QStringList p = t.split(u'/');
    if (p.size() == 3 && p[2].size() == 4) {
        const int a = p[0].toInt();
        const int b = p[1].toInt();
        const int y = p[2].toInt();
        QDate d;
        if (a > 12 && b <= 12)
            d = QDate(y, b, a);
        else if (b > 12 && a <= 12)
            d = QDate(y, a, b);
        else if (a == b)
            d = QDate(y, a, b);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), utc);
    }
    return {};
}

} // namespace sd::csv
