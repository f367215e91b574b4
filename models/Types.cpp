#include "Types.h"


namespace sd {

namespace {

constexpr std::array<const char *, MemberStatusCount> kStatusKeys = {
    "added", "contacted", "replied", "interested", "not_interested", "bounced", "unsubscribed"};
constexpr std::array<const char *, ActivityKindCount> kActivityKeys = {
    "email_sent", "email_reply", "linkedin_message", "linkedin_inmail",
    "connection_request", "call", "meeting", "note"};
constexpr std::array<const char *, 4> kConsentKeys = {"unknown", "granted", "refused", "withdrawn"};

template<typename E, std::size_t N>
bool lookup(const std::array<const char *, N> &keys, const QString &key, E *out)
{
    const QString k = key.trimmed().toLower().replace(u'-', u'_').replace(u' ', u'_');
    for (std::size_t i = 0; i < N; ++i) {
        if (k == QLatin1StringView(keys[i])) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

template<std::size_t N>
QStringList allKeys(const std::array<const char *, N> &keys)
{
    QStringList out;
    for (const char *k : keys)
        out << QString::fromLatin1(k);
    return out;
}

QString isoOrEmpty(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString toKey(MemberStatus s) { return QString::fromLatin1(kStatusKeys.at(static_cast<std::size_t>(s))); }
QString toKey(ActivityKind k) { return QString::fromLatin1(kActivityKeys.at(static_cast<std::size_t>(k))); }
QString toKey(ConsentState c) { return QString::fromLatin1(kConsentKeys.at(static_cast<std::size_t>(c))); }
bool fromKey(const QString &key, MemberStatus *out) { return lookup(kStatusKeys, key, out); }
bool fromKey(const QString &key, ActivityKind *out) { return lookup(kActivityKeys, key, out); }
bool fromKey(const QString &key, ConsentState *out) { return lookup(kConsentKeys, key, out); }
QStringList memberStatusKeys() { return allKeys(kStatusKeys); }
QStringList activityKindKeys() { return allKeys(kActivityKeys); }

QString Candidate::displayName() const
{
    const QString name = (firstName + u' ' + lastName).trimmed();
    return name.isEmpty() ? primaryEmail() : name;
}

QString Candidate::location() const
{
    QStringList parts;
    for (const QString &p : {city, region, countryCode}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

QMap<QString, QString> fieldValues(const Candidate &c)
{
    QMap<QString, QString> v;
    const QChar nl = u'\n';
    v.insert(QLatin1StringView(field::FirstName), c.firstName);
    v.insert(QLatin1StringView(field::LastName), c.lastName);
    v.insert(QLatin1StringView(field::Emails), c.emails.join(nl));
    v.insert(QLatin1StringView(field::Phones), c.phones.join(nl));
    v.insert(QLatin1StringView(field::Company), c.company);
    v.insert(QLatin1StringView(field::Title), c.title);
    v.insert(QLatin1StringView(field::City), c.city);
    v.insert(QLatin1StringView(field::Region), c.region);
    v.insert(QLatin1StringView(field::CountryCode), c.countryCode);
    v.insert(QLatin1StringView(field::LinkedIn), c.linkedinUrl);
    v.insert(QLatin1StringView(field::Links), c.links.join(nl));
    v.insert(QLatin1StringView(field::Source), c.source);
    v.insert(QLatin1StringView(field::Tags), c.tags.join(nl));
    v.insert(QLatin1StringView(field::Notes), c.notes);
    v.insert(QLatin1StringView(field::Consent), toKey(c.consent));
    v.insert(QLatin1StringView(field::ConsentDate), isoOrEmpty(c.consentDate));
    v.insert(QLatin1StringView(field::ConsentMethod), c.consentMethod);
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        v.insert(QLatin1StringView(field::CustomPrefix) + it.key(), it.value());
    return v;
}

std::optional<MemberStatus> statusAfterActivity(MemberStatus current, ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::EmailSent:
    case ActivityKind::LinkedInMessage:
    case ActivityKind::LinkedInInMail:
    case ActivityKind::ConnectionRequest:
    case ActivityKind::Call:
        if (current == MemberStatus::Added)
            return MemberStatus::Contacted;
        return std::nullopt;
    case ActivityKind::EmailReply:
        if (current == MemberStatus::Added || current == MemberStatus::Contacted)
            return MemberStatus::Replied;
        return std::nullopt;
    case ActivityKind::Meeting:
    case ActivityKind::Note:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace sd
