// SmartRecruiters field ids (firstName, location.city, web.linkedin, experience.title, …) to and
// from the JSON of CandidateInput / PersonalDetails / CandidateDetails.
#include "PushPreview.h"
#include "RemoteValues.h"

#include <QJsonArray>

namespace sd::sync {

namespace {

// SmartRecruiters' schema sets lower bounds on some of these (city and country at least one
// character, countryCode exactly two): a blank value is left out rather than sent empty.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(key, value.trimmed());
}

} // namespace

QJsonObject toSrJson(const QMap<QString, QString> &values, bool forPatch)
{
    QJsonObject out;
    QJsonObject location;
    QJsonObject web;
    QJsonObject experience;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &id = it.key();
        if (id.startsWith(QLatin1String("location.")))
            put(location, id.mid(9), it.value());
        else if (id.startsWith(QLatin1String("web.")))
            put(web, id.mid(4), it.value());
        else if (id.startsWith(QLatin1String("experience.")))
            put(experience, id.mid(11), it.value());
        else if (!id.contains(QLatin1Char('.')) && !id.startsWith(QLatin1String("property:")))
            put(out, id, it.value());
    }
    if (location.value(QStringLiteral("countryCode")).toString().size() != 2)
        location.remove(QStringLiteral("countryCode"));
    if (!location.isEmpty())
        out.insert(QStringLiteral("location"), location);
    if (!web.isEmpty())
        out.insert(QStringLiteral("web"), web);
    // PersonalDetails (PATCH) has no experience: SmartRecruiters takes it only on create.
    if (!forPatch && experience.contains(QStringLiteral("title")) && experience.contains(QStringLiteral("company"))) {
        experience.insert(QStringLiteral("current"), true);
        out.insert(QStringLiteral("experience"), QJsonArray{experience});
    }
    return out;
}

QMap<QString, QString> remoteSrValues(const QJsonObject &c)
{
    QMap<QString, QString> out;
    for (const char *k : {"firstName", "lastName", "email", "phoneNumber"})
        out.insert(QLatin1String(k), c.value(QLatin1String(k)).toString());
    const QJsonObject location = c.value(QStringLiteral("location")).toObject();
    for (const char *k : {"city", "region", "country", "countryCode"})
        out.insert(QStringLiteral("location.") + QLatin1String(k), location.value(QLatin1String(k)).toString());
    const QJsonObject web = c.value(QStringLiteral("web")).toObject();
    for (const char *k : {"linkedin", "website"})
        out.insert(QStringLiteral("web.") + QLatin1String(k), web.value(QLatin1String(k)).toString());
    // The current position: the first experience marked current, else the first one.
    const QJsonArray experience = c.value(QStringLiteral("experience")).toArray();
    QJsonObject current;
    for (const QJsonValue &e : experience)
        if (e.toObject().value(QStringLiteral("current")).toBool()) {
            current = e.toObject();
            break;
        }
    if (current.isEmpty() && !experience.isEmpty())
        current = experience.first().toObject();
    out.insert(QStringLiteral("experience.title"), current.value(QStringLiteral("title")).toString());
    out.insert(QStringLiteral("experience.company"), current.value(QStringLiteral("company")).toString());
    return out;
}

bool isPatchable(const QString &srField)
{
    return !srField.startsWith(QLatin1String("experience.")) && !srField.startsWith(QLatin1String("property:"));
}

} // namespace sd::sync
