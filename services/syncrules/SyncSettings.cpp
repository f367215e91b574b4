#include "SyncSettings.h"

#include "FieldMapping.h"
#include "Policy.h"
#include "Templates.h"
#include "Types.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace sd::sync {

namespace {

QString trSettings(const char *text)
{
    return QCoreApplication::translate("sd::sync::SyncSettings", text);
}

constexpr std::array<const char *, 5> kLayerKeys = {"default", "team", "user", "campaign", "candidate"};
constexpr std::array<const char *, 4> kTriggerKeys = {"onAdd", "onReply", "onInterested", "never"};
constexpr std::array<const char *, 2> kRuleKeys = {"always", "ifBlank"};
constexpr std::array<const char *, 3> kVisibilityKeys = {"openNote", "hiringTeam", "users"};

template<typename E, std::size_t N>
bool lookupKey(const std::array<const char *, N> &keys, const QString &key, E *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(keys[i])) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

template<std::size_t N> QStringList keyList(const std::array<const char *, N> &keys)
{
    QStringList out;
    for (const char *k : keys)
        out << QString::fromLatin1(k);
    return out;
}

QStringList split(const char *csv)
{
    return QString::fromLatin1(csv).split(u',');
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// The placeholders each template setting understands, besides the candidate's own.
QStringList templateContext(const QString &key)
{
    if (key == QLatin1StringView(key::NoteTemplate))
        return split("activity,campaign,subject,body,author,date,status,job");
    if (key == QLatin1StringView(key::TagTemplate))
        return split("campaign,status,job");
    if (key == QLatin1StringView(key::ConsentTemplate))
        return split("date,method,state");
    return {};
}

QString validateTemplate(const SettingDef &d, const QString &value)
{
    QString syntax;
    const QStringList names = templatePlaceholders(value, &syntax);
    if (!syntax.isEmpty())
        return d.key + QStringLiteral(": ") + syntax;
    const QStringList context = templateContext(d.key);
    for (const QString &name : names) {
        if (!context.contains(name) && !isCandidatePlaceholder(name))
            return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1: unknown placeholder {%2}; use %3 or a candidate field such as {firstName}"))
                .arg(d.key, name, QLatin1Char('{') + context.join(QStringLiteral("}, {")) + QLatin1Char('}'));
    }
    if (value.trimmed().isEmpty() && d.key != QLatin1StringView(key::ConsentTemplate))
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must not be empty")).arg(d.key);
    return {};
}

QString validateText(const SettingDef &d, const QString &value)
{
    if (d.key == QLatin1StringView(key::Source)) {
        if (value.isEmpty())
            return {};
        // sourceDetails: sourceTypeId and sourceId are required, sourceSubTypeId is optional.
        const QStringList parts = value.split(u'/');
        static const QRegularExpression idChars(QStringLiteral("^[^\\s/]*$"));
        const bool ok = parts.size() == 3 && !parts.at(0).isEmpty() && !parts.at(2).isEmpty() &&
                        std::all_of(parts.cbegin(), parts.cend(),
                                    [](const QString &p) { return idChars.match(p).hasMatch(); });
        return ok ? QString()
                  : trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be \"sourceTypeId/sourceSubTypeId/sourceId\" (the middle part may be empty) "
                        "or empty for SmartRecruiters' default source, not %2"))
                        .arg(d.key, quoted(value));
    }
    if (d.key == QLatin1StringView(key::StageSyncTimeZone)) {
        const bool ok = !value.isEmpty() && QTimeZone(value.toUtf8()).isValid();
        return ok ? QString()
                  : trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be a time zone such as Europe/Paris, not %2"))
                        .arg(d.key, quoted(value));
    }
    return validateTemplate(d, value);
}

QString validateList(const SettingDef &d, const QString &value)
{
    for (const QString &item : parseList(value)) {
        if (d.choices.isEmpty()) {
            // Free ids (SmartRecruiters user ids): no spaces.
            if (item.contains(QRegularExpression(QStringLiteral("\\s"))))
                return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1: %2 is not a valid id")).arg(d.key, quoted(item));
            continue;
        }
        if (d.choices.contains(item) || (d.allowsProperties && isPropertyField(item)))
            continue;
        QString allowed = d.choices.join(QStringLiteral(", "));
        if (d.allowsProperties)
            allowed += QStringLiteral(", property:<id>");
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1: %2 is not allowed; choose from %3")).arg(d.key, quoted(item), allowed);
    }
    return {};
}

SettingDef def(const char *key, const char *type, const QString &defaultValue, QList<Layer> layers,
               const char *label, QStringList choices = {}, bool allowsProperties = false)
{
    return SettingDef{QString::fromLatin1(key), QString::fromLatin1(type), defaultValue,
                      std::move(choices),       std::move(layers),         label,
                      allowsProperties};
}

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

QList<SettingDef> buildCatalog()
{
    using L = Layer;
    const QString yes = QStringLiteral("true");
    const QString no = QStringLiteral("false");
    QStringList srFields;
    for (const SrField &f : standardSrFields())
        srFields << f.id;
    QStringList noteKinds = activityKindKeys();
    noteKinds << QString::fromLatin1(StatusChangeKind);
    const QStringList jobStatuses = split("CREATED,SOURCING,FILLED,INTERVIEW,OFFER,CANCELLED,ON_HOLD");
    const QStringList filterable = split("tags,status,subStatus,job,location,consentStatus,source,"
                                         "averageRating,updatedAfter,onboardingStatus");
    const QList<L> all = {L::User, L::Campaign, L::Candidate};
    const QList<L> userCampaign = {L::User, L::Campaign};

    return {
        def(key::ManualUpdates, "bool", yes, userCampaign,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Sync manual contact updates to SmartRecruiters")),
        def(key::CreateTrigger, "choice", QStringLiteral("onReply"), all,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Add candidate to SmartRecruiters"),
            keyList(kTriggerKeys)),
        def(key::NotesOnlySynced, "bool", yes, all,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Only add notes to synced records")),
        def(key::DisplayedFields, "list",
            utf8("firstName,lastName,email,phoneNumber,location.city,web.linkedin,experience.title,"
                 "experience.company"),
            {}, QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Displayed fields"), srFields, true),
        def(key::MandatoryFields, "list", utf8("firstName,lastName,email"), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Mandatory fields"), srFields, true),
        def(key::FieldMapping, "json", FieldMapping::defaults().toJson(), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Contact field mapping")),
        def(key::FilterableFields, "list", utf8("tags,status,job"), {L::User},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Filterable fields"), filterable, true),
        def(key::NoteKinds, "list", noteKinds.join(u','), all,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Create new notes from"), noteKinds),
        def(key::NoteTemplate, "text",
            utf8("{activity} \u2014 {campaign}\n{subject}\n{body}\n({author}, {date})"), userCampaign,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Note text")),
        def(key::NoteVisibility, "choice", QStringLiteral("openNote"), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Who sees the notes"), keyList(kVisibilityKeys)),
        def(key::NoteUsers, "list", QString(), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Share notes with these users")),
        def(key::JobStatuses, "list", utf8("SOURCING,INTERVIEW,OFFER"), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Job status whitelist"), jobStatuses),
        def(key::Source, "text", QString(), userCampaign,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Candidate source in SmartRecruiters")),
        def(key::TagTemplate, "text", utf8("sourcedesk - {campaign} - {status}"), {L::Campaign},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Tag")),
        def(key::TagsEnabled, "bool", yes, all,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Tag candidates")),
        def(key::ConsentRequired, "bool", no, {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Require consent before syncing")),
        def(key::ConsentTemplate, "text", QString(), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Consent text")),
        def(key::UploadAttachments, "bool", yes, all,
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Upload attachments")),
        def(key::StageSyncEnabled, "bool", no, {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Synchronize hiring stages")),
        def(key::StageSyncTime, "time", QStringLiteral("17:00"), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Daily stage sync at")),
        def(key::StageSyncTimeZone, "text", QStringLiteral("Europe/Paris"), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Stage sync time zone")),
        def(key::StageSyncSince, "date", QString(), {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Stage sync since")),
        def(key::StageSyncOnlyNewApplications, "bool", yes, {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings",
                              "Only applications made after stage sync was turned on")),
        def(key::StageSyncPushBack, "bool", no, {},
            QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Push pipeline changes back to SmartRecruiters")),
    };
}

} // namespace

QString layerKey(Layer layer)
{
    return QString::fromLatin1(kLayerKeys.at(static_cast<std::size_t>(layer)));
}

bool layerFromKey(const QString &key, Layer *out)
{
    return lookupKey(kLayerKeys, key, out);
}

QString layerLabel(Layer layer)
{
    switch (layer) {
    case Layer::Default:
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Built-in default"));
    case Layer::Team:
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Team default"));
    case Layer::User:
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Your setting"));
    case Layer::Campaign:
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "This campaign"));
    case Layer::Candidate:
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "This candidate (Sync as)"));
    }
    return {};
}

QString toKey(CreateTrigger t)
{
    return QString::fromLatin1(kTriggerKeys.at(static_cast<std::size_t>(t)));
}
QString toKey(UpdateRule r)
{
    return QString::fromLatin1(kRuleKeys.at(static_cast<std::size_t>(r)));
}
QString toKey(NoteVisibility v)
{
    return QString::fromLatin1(kVisibilityKeys.at(static_cast<std::size_t>(v)));
}
bool fromKey(const QString &key, CreateTrigger *out)
{
    return lookupKey(kTriggerKeys, key, out);
}
bool fromKey(const QString &key, UpdateRule *out)
{
    return lookupKey(kRuleKeys, key, out);
}
bool fromKey(const QString &key, NoteVisibility *out)
{
    return lookupKey(kVisibilityKeys, key, out);
}

const QList<SettingDef> &settingCatalog()
{
    static const QList<SettingDef> catalog = buildCatalog();
    return catalog;
}

const SettingDef *findSetting(const QString &key)
{
    for (const SettingDef &d : settingCatalog()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString settingLabel(const QString &key)
{
    const SettingDef *d = findSetting(key);
    return d ? QCoreApplication::translate("sd::sync::SyncSettings", d->label) : key;
}

bool settableAt(const QString &key, Layer layer)
{
    const SettingDef *d = findSetting(key);
    if (!d || layer == Layer::Default)
        return false;
    return layer == Layer::Team || d->layers.contains(layer);
}

QString validateValue(const QString &key, const QString &value)
{
    const SettingDef *d = findSetting(key);
    if (!d)
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Unknown setting %1")).arg(quoted(key));
    const QString &type = d->type;
    if (type == QLatin1StringView("bool")) {
        if (value == QLatin1StringView("true") || value == QLatin1StringView("false"))
            return {};
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be true or false, not %2")).arg(key, quoted(value));
    }
    if (type == QLatin1StringView("choice")) {
        if (d->choices.contains(value))
            return {};
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be one of %2, not %3"))
            .arg(key, d->choices.join(QStringLiteral(", ")), quoted(value));
    }
    if (type == QLatin1StringView("list"))
        return validateList(*d, value);
    if (type == QLatin1StringView("time")) {
        static const QRegularExpression hhmm(QStringLiteral("^\\d\\d:\\d\\d$"));
        if (hhmm.match(value).hasMatch() && QTime::fromString(value, QStringLiteral("HH:mm")).isValid())
            return {};
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be a time as HH:mm (24-hour), not %2")).arg(key, quoted(value));
    }
    if (type == QLatin1StringView("date")) {
        if (value.isEmpty() || (value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid()))
            return {};
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 must be a date as yyyy-MM-dd or empty, not %2")).arg(key, quoted(value));
    }
    if (type == QLatin1StringView("json")) {
        const Result<FieldMapping> m = FieldMapping::fromJson(value);
        return m.ok() ? QString() : key + QStringLiteral(": ") + m.error().toString();
    }
    return validateText(*d, value);
}

QStringList parseList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

QString listValue(const QStringList &items)
{
    return parseList(items.join(u',')).join(u',');
}

ResolvedSettings ResolvedSettings::resolve(const SettingsLayers &layers)
{
    ResolvedSettings r;
    struct Source
    {
        Layer layer;
        const QHash<QString, StoredValue> *values;
    };
    const std::array<Source, 4> sources = {{{Layer::Candidate, &layers.candidate},
                                            {Layer::Campaign, &layers.campaign},
                                            {Layer::User, &layers.user},
                                            {Layer::Team, &layers.team}}};

    // Report every ignored stored value first, whether or not a higher layer would have won.
    std::array<QHash<QString, bool>, 4> usable;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source &src = sources.at(i);
        QStringList keys = src.values->keys();
        keys.sort(); // stable problem order
        for (const QString &k : keys) {
            QString why = validateValue(k, src.values->value(k).value);
            if (why.isEmpty() && !settableAt(k, src.layer))
                why = trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 cannot be set here (%2); the value is ignored")).arg(k, settingLabel(k));
            if (!why.isEmpty())
                r.m_problems << layerLabel(src.layer) + QStringLiteral(": ") + why;
            usable.at(i).insert(k, why.isEmpty());
        }
    }

    // The company policy was checked as a whole when it was read; check again all the same, so a
    // hand-built SettingsLayers cannot smuggle in a bad value.
    QHash<QString, bool> policyUsable;
    for (auto it = layers.policy.cbegin(); it != layers.policy.cend(); ++it) {
        const QString why = validateValue(it.key(), it->value);
        if (!why.isEmpty())
            r.m_problems << trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Company policy")) +
                                QStringLiteral(": ") + why;
        policyUsable.insert(it.key(), why.isEmpty());
    }

    for (const SettingDef &d : settingCatalog()) {
        ResolvedValue v{d.defaultValue, Layer::Default, false, false, QString()};
        const auto policy = layers.policy.constFind(d.key);
        const bool hasPolicy = policy != layers.policy.cend() && policyUsable.value(d.key);
        const ResolvedValue fromPolicy{hasPolicy ? policy->value : QString(), Layer::Team,
                                       hasPolicy && policy->locked, true, layers.policySetBy};
        const auto team = layers.team.constFind(d.key);
        if (hasPolicy && policy->locked) {
            v = fromPolicy; // a company lock beats every layer, the team's lock included
        } else if (team != layers.team.cend() && team->locked) {
            // A lock holds even over a damaged team value: then the built-in default is locked in.
            // A company policy value still replaces the team's (it sits above it), locked by the team.
            if (hasPolicy)
                v = ResolvedValue{policy->value, Layer::Team, true, true, layers.policySetBy};
            else if (usable.at(3).value(d.key))
                v = ResolvedValue{team->value, Layer::Team, true, false, team->updatedBy};
            else
                v = ResolvedValue{d.defaultValue, Layer::Default, true, false, team->updatedBy};
        } else {
            bool found = false;
            for (std::size_t i = 0; i < sources.size() && !found; ++i) {
                if (sources.at(i).layer == Layer::Team && hasPolicy) {
                    v = fromPolicy; // above the team, below the user
                    found = true;
                } else if (usable.at(i).value(d.key)) {
                    const StoredValue &stored = sources.at(i).values->value(d.key);
                    v = ResolvedValue{stored.value, sources.at(i).layer, false, false, stored.updatedBy};
                    found = true;
                }
            }
        }
        r.m_values.insert(d.key, v);
    }
    return r;
}

ResolvedValue ResolvedSettings::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it != m_values.cend())
        return it.value();
    const SettingDef *d = findSetting(key);
    return ResolvedValue{d ? d->defaultValue : QString(), Layer::Default, false, false, QString()};
}

QString ResolvedSettings::text(const QString &key) const
{
    return value(key).value;
}

bool ResolvedSettings::flag(const QString &key) const
{
    return value(key).value == QLatin1StringView("true");
}

QStringList ResolvedSettings::list(const QString &key) const
{
    QStringList items = parseList(value(key).value);
    if (key == QLatin1StringView(key::MandatoryFields)) {
        // SmartRecruiters refuses a candidate without these, whatever the admin removed.
        const QStringList required = split("firstName,lastName,email");
        for (auto it = required.crbegin(); it != required.crend(); ++it) {
            if (!items.contains(*it))
                items.prepend(*it);
        }
    }
    return items;
}

CreateTrigger ResolvedSettings::createTrigger() const
{
    CreateTrigger t = CreateTrigger::OnReply;
    fromKey(text(QLatin1StringView(key::CreateTrigger)), &t);
    return t;
}

NoteVisibility ResolvedSettings::noteVisibility() const
{
    NoteVisibility v = NoteVisibility::OpenNote;
    fromKey(text(QLatin1StringView(key::NoteVisibility)), &v);
    return v;
}

QTime ResolvedSettings::time(const QString &key) const
{
    return QTime::fromString(text(key), QStringLiteral("HH:mm"));
}

QDate ResolvedSettings::date(const QString &key) const
{
    return QDate::fromString(text(key), Qt::ISODate);
}

bool canSet(const SettingsLayers &layers, const QString &key, Layer layer, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (why)
        why->clear();
    const SettingDef *d = findSetting(key);
    if (!d)
        return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Unknown setting %1")).arg(quoted(key)));
    if (layer == Layer::Default)
        return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "The built-in default of %1 cannot be changed")).arg(key));
    const auto policy = layers.policy.constFind(key);
    if (policy != layers.policy.cend()) {
        policy::Policy p;
        p.setBy = layers.policySetBy;
        if (policy->locked)
            return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 (%2): %3; nobody can change it here"))
                              .arg(key, settingLabel(key), p.lockedText()));
        // An unlocked policy value sits above the team layer: a team value would never apply.
        if (layer == Layer::Team)
            return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 (%2): %3, above the team defaults"))
                              .arg(key, settingLabel(key), p.setText()));
    }
    if (layer == Layer::Team)
        return true;
    if (!d->layers.contains(layer))
        return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 (%2) can only be set by the team admin, not at \"%3\""))
                          .arg(key, settingLabel(key), layerLabel(layer)));
    const auto team = layers.team.constFind(key);
    if (team != layers.team.cend() && team->locked) {
        if (team->updatedBy.isEmpty())
            return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 (%2) is locked by your team admin")).arg(key, settingLabel(key)));
        return refuse(trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "%1 (%2) is locked by the team admin %3"))
                          .arg(key, settingLabel(key), team->updatedBy));
    }
    return true;
}

QString lockedByText(const ResolvedValue &v)
{
    if (!v.locked)
        return {};
    if (v.fromPolicy) {
        policy::Policy p;
        p.setBy = v.setBy;
        return p.lockedText();
    }
    if (v.setBy.isEmpty())
        return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Locked by the team admin"));
    return trSettings(QT_TRANSLATE_NOOP("sd::sync::SyncSettings", "Locked by the team admin %1")).arg(v.setBy);
}

QString sourceText(const ResolvedValue &v)
{
    if (v.fromPolicy) {
        policy::Policy p;
        p.setBy = v.setBy;
        return v.locked ? p.lockedText() : p.setText();
    }
    return layerLabel(v.from);
}

QHash<QString, StoredValue> *SettingsLayers::at(Layer layer)
{
    switch (layer) {
    case Layer::Team: return &team;
    case Layer::User: return &user;
    case Layer::Campaign: return &campaign;
    case Layer::Candidate: return &candidate;
    case Layer::Default: break;
    }
    return nullptr;
}

} // namespace sd::sync
