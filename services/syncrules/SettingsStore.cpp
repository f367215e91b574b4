#include "SettingsStore.h"

#include "CompanyPolicy.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlQuery>

#include <optional>

namespace sd::sync {

namespace {

QString trStore(const char *text)
{
    return QCoreApplication::translate("sd::sync::SettingsStore", text);
}

const QString kFormat = QStringLiteral("sourcedesk-sync-settings");

Error refused(Layer layer, const QString &key, const QString &why)
{
    return Error(Error::Code::InvalidArgument, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "not saved at \"%1\": %2")).arg(layerLabel(layer), why),
                 key);
}

// A file value as stored text. Hand-edited files may use true/false for switches and arrays for
// lists; both are accepted. Returns nullopt for anything else.
std::optional<QString> fileValue(const SettingDef &d, const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool() && d.type == QLatin1StringView("bool"))
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray() && d.type == QLatin1StringView("list")) {
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return std::nullopt;
            items << item.toString();
        }
        return listValue(items);
    }
    return std::nullopt;
}

// What a recruiter sees when the team layer is out of reach, whether the app refused up front or
// the database did (PostgreSQL row-level security, missing grants).
QString teamOnlyMessage(const Workspace &ws)
{
    const QString user = ws.databaseUser();
    if (user.isEmpty())
        return trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore",
                                         "Only a team admin can change the team settings, field mappings and job "
                                         "status whitelist; ask your team admin."));
    return trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore",
                                     "Only a team admin can change the team settings, field mappings and job status "
                                     "whitelist; you are signed in as %1 (recruiter). Ask your team admin."))
        .arg(user);
}

// The database refused because of the user's role: SQLSTATE 42501 (insufficient privilege) or a
// row-level security policy. Qt only hands over the text.
bool isRoleRefusal(const Error &e)
{
    const QString m = e.message;
    return m.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)
           || m.contains(QLatin1String("row-level security"), Qt::CaseInsensitive)
           || m.contains(QLatin1String("42501"));
}

struct ImportRow
{
    QString key;
    QString value;
    bool locked = false;
};

} // namespace

SettingsStore::SettingsStore(const Workspace &ws)
    : m_ws(ws)
{}

bool SettingsStore::canWriteTeam() const
{
    return !m_ws.isTeam() || m_ws.canEditTeamSettings();
}

Status SettingsStore::checkWritable(Layer layer) const
{
    if (layer == Layer::Team && !canWriteTeam())
        return Error(Error::Code::PermissionDenied, teamOnlyMessage(m_ws), layerKey(layer));
    return std::nullopt;
}

Status SettingsStore::mapRefusal(Layer layer, Status s) const
{
    if (!s || !isRoleRefusal(*s))
        return s;
    if (layer == Layer::Team)
        return Error(Error::Code::PermissionDenied, teamOnlyMessage(m_ws), layerKey(layer));
    return Error(Error::Code::PermissionDenied,
                 trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore",
                                           "The team database refused the change: your role may not change settings "
                                           "at \"%1\" for this scope.")).arg(layerLabel(layer)),
                 layerKey(layer));
}

Status SettingsStore::checkScope(Layer layer, const QString &scopeId) const
{
    bool numeric = false;
    const qint64 id = scopeId.toLongLong(&numeric);
    switch (layer) {
    case Layer::Default:
        return Error(Error::Code::InvalidArgument, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "built-in defaults are not stored")),
                     layerKey(layer));
    case Layer::Team:
        if (!scopeId.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "the team layer has no scope, got \"%1\"")).arg(scopeId), layerKey(layer));
        return std::nullopt;
    case Layer::User:
        if (scopeId.trimmed().isEmpty())
            return Error(Error::Code::InvalidArgument, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "a user setting needs the user name")),
                         layerKey(layer));
        return std::nullopt;
    case Layer::Campaign:
    case Layer::Candidate:
        if (!numeric || id <= 0)
            return Error(Error::Code::InvalidArgument,
                         trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "the scope must be a positive id, got \"%1\"")).arg(scopeId),
                         layerKey(layer));
        return std::nullopt;
    }
    return std::nullopt;
}

Result<SettingsLayers> SettingsStore::load(const QString &user, qint64 campaignId, qint64 candidateId) const
{
    QStringList where = {QStringLiteral("(layer = ? AND scope_id = '')")};
    QVariantList binds = {static_cast<int>(Layer::Team)};
    const auto scope = [&](Layer layer, const QString &id) {
        where << QStringLiteral("(layer = ? AND scope_id = ?)");
        binds << static_cast<int>(layer) << id;
    };
    if (!user.isEmpty())
        scope(Layer::User, user);
    if (campaignId > 0)
        scope(Layer::Campaign, QString::number(campaignId));
    if (candidateId > 0)
        scope(Layer::Candidate, QString::number(candidateId));

    QSqlQuery q(m_ws.connection());
    if (Status s =
            sql::prepare(q, QStringLiteral("SELECT layer, key, value, locked, updated_by FROM sync_settings WHERE ") +
                                where.join(QStringLiteral(" OR "))))
        return *s;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = sql::exec(q, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "reading the sync settings"))))
        return *s;
    SettingsLayers layers;
    while (q.next()) {
        if (QHash<QString, StoredValue> *map = layers.at(static_cast<Layer>(q.value(0).toInt())))
            map->insert(q.value(1).toString(),
                        StoredValue{q.value(2).toString(), q.value(3).toInt() != 0, q.value(4).toString()});
    }
    applyCompanyPolicy(companyPolicy(), &layers);
    return layers;
}

Result<SettingsLayers> SettingsStore::loadTeam() const
{
    return load(QString(), 0, 0);
}

Result<ResolvedSettings> SettingsStore::resolve(const QString &user, qint64 campaignId,
                                                qint64 candidateId) const
{
    Result<SettingsLayers> layers = load(user, campaignId, candidateId);
    if (!layers.ok())
        return layers.error();
    return ResolvedSettings::resolve(layers.value());
}

Status SettingsStore::upsert(Layer layer, const QString &scopeId, const QString &key, const QString &value,
                             bool locked, const QString &actor) const
{
    QSqlQuery q(m_ws.connection());
    if (Status s = sql::prepare(
            q, QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, locked, "
                              "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT(layer, scope_id, key) DO UPDATE SET value = excluded.value, "
                              "locked = excluded.locked, updated_at = excluded.updated_at, "
                              "updated_by = excluded.updated_by")))
        return s;
    q.addBindValue(static_cast<int>(layer));
    q.addBindValue(sql::text(scopeId));
    q.addBindValue(key);
    q.addBindValue(sql::text(value));
    q.addBindValue(locked ? 1 : 0);
    q.addBindValue(sql::nowMs());
    q.addBindValue(sql::text(actor));
    return mapRefusal(layer, sql::exec(q, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "saving the sync setting %1")).arg(key)));
}

Status SettingsStore::set(Layer layer, const QString &scopeId, const QString &key, const QString &value,
                          const QString &actor)
{
    if (Status s = checkScope(layer, scopeId))
        return refused(layer, key, s->message);
    if (Status s = checkWritable(layer))
        return s;
    if (const QString bad = validateValue(key, value); !bad.isEmpty())
        return refused(layer, key, bad);
    Result<SettingsLayers> team = loadTeam();
    if (!team.ok())
        return team.error();
    QString why;
    if (!canSet(team.value(), key, layer, &why))
        return refused(layer, key, why);
    // Changing the team value keeps the team's lock as it is.
    const bool locked = layer == Layer::Team && team->team.value(key).locked;
    if (Status s = upsert(layer, scopeId, key, value, locked, actor))
        return s;
    // Turning stage sync on starts it today unless the team chose a day: by default only
    // applications made from then on are pulled (sync.stageSync.onlyNewApplications).
    const QString sinceKey = QLatin1String(key::StageSyncSince);
    if (layer == Layer::Team && key == QLatin1String(key::StageSyncEnabled) && value == QLatin1String("true")
        && team->team.value(sinceKey).value.isEmpty())
        return upsert(Layer::Team, QString(), sinceKey, QDate::currentDate().toString(Qt::ISODate),
                      team->team.value(sinceKey).locked, actor);
    return std::nullopt;
}

Status SettingsStore::unset(Layer layer, const QString &scopeId, const QString &key)
{
    if (Status s = checkScope(layer, scopeId))
        return s;
    if (Status s = checkWritable(layer))
        return s;
    if (layer == Layer::Team) {
        Result<SettingsLayers> team = loadTeam();
        if (!team.ok())
            return team.error();
        const auto it = team->team.constFind(key);
        const SettingDef *d = findSetting(key);
        if (it != team->team.cend() && it->locked && d)
            return upsert(layer, scopeId, key, d->defaultValue, true, QString());
    }
    QSqlQuery q(m_ws.connection());
    if (Status s = sql::prepare(
            q, QStringLiteral("DELETE FROM sync_settings WHERE layer = ? AND scope_id = ? AND key = ?")))
        return s;
    q.addBindValue(static_cast<int>(layer));
    q.addBindValue(sql::text(scopeId));
    q.addBindValue(key);
    return mapRefusal(layer, sql::exec(q, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "removing the sync setting %1")).arg(key)));
}

Status SettingsStore::setLocked(const QString &key, bool locked, const QString &actor)
{
    const SettingDef *d = findSetting(key);
    if (!d)
        return refused(Layer::Team, key, validateValue(key, QString()));
    if (Status s = checkWritable(Layer::Team))
        return s;
    Result<SettingsLayers> team = loadTeam();
    if (!team.ok())
        return team.error();
    // A company policy value cannot be locked or unlocked by the team: it is above the team.
    if (const auto p = team->policy.constFind(key); p != team->policy.cend()) {
        QString why;
        canSet(team.value(), key, Layer::Team, &why);
        return refused(Layer::Team, key, why);
    }
    const auto it = team->team.constFind(key);
    if (it == team->team.cend()) {
        if (!locked)
            return std::nullopt; // nothing stored, nothing locked
        return upsert(Layer::Team, QString(), key, d->defaultValue, true, actor);
    }
    return upsert(Layer::Team, QString(), key, it->value, locked, actor);
}

Result<QByteArray> SettingsStore::exportLayer(Layer layer, const QString &scopeId) const
{
    if (Status s = checkScope(layer, scopeId))
        return *s;
    QSqlQuery q(m_ws.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT key, value, locked FROM sync_settings "
                                                  "WHERE layer = ? AND scope_id = ? ORDER BY key")))
        return *s;
    q.addBindValue(static_cast<int>(layer));
    q.addBindValue(sql::text(scopeId));
    if (Status s = sql::exec(q, trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "reading the sync settings"))))
        return *s;
    QJsonObject values;
    while (q.next())
        values.insert(q.value(0).toString(), QJsonObject{{QStringLiteral("value"), q.value(1).toString()},
                                                         {QStringLiteral("locked"), q.value(2).toBool()}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("layer"), layerKey(layer)},
                           {QStringLiteral("scope"), scopeId},
                           {QStringLiteral("values"), values}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status SettingsStore::importLayer(const QByteArray &json, const QString &fileNameForErrors,
                                  const QString &actor)
{
    const auto fail = [&](const QString &msg, Error::Code code = Error::Code::InvalidArgument) {
        return Error(code, msg, fileNameForErrors);
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "not valid JSON at offset %1: %2")).arg(pe.offset).arg(pe.errorString()),
                    Error::Code::Corrupt);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "not a Sourcedesk sync settings file (\"format\" must be \"%1\")")).arg(kFormat),
                    Error::Code::Unsupported);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "\"version\" must be %1")).arg(FormatVersion));
    if (version.toInt() > FormatVersion)
        return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "written by a newer Sourcedesk (format version %1; this version reads %2)"))
                        .arg(version.toInt())
                        .arg(FormatVersion),
                    Error::Code::TooNew);
    Layer layer = Layer::Default;
    const QString layerName = root.value(QStringLiteral("layer")).toString();
    if (!layerFromKey(layerName, &layer) || layer == Layer::Default)
        return fail(
            trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "\"layer\" must be team, user, campaign or candidate, not \"%1\"")).arg(layerName));
    const QString scopeId = root.value(QStringLiteral("scope")).toString();
    if (Status s = checkScope(layer, scopeId))
        return fail(QStringLiteral("scope: ") + s->message);
    if (!root.value(QStringLiteral("values")).isObject())
        return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "\"values\" must be an object of settings")));
    if (Status s = checkWritable(layer))
        return s; // before reading further: a recruiter cannot import team settings at all

    Result<SettingsLayers> team = loadTeam();
    if (!team.ok())
        return team.error();
    // Validate everything before writing anything.
    QList<ImportRow> rows;
    const QJsonObject values = root.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        const SettingDef *d = findSetting(key);
        if (!d)
            return fail(validateValue(key, QString()));
        const QJsonValue entry = it.value();
        const QJsonValue rawValue =
            entry.isObject() ? entry.toObject().value(QStringLiteral("value")) : entry;
        const std::optional<QString> value = fileValue(*d, rawValue);
        if (!value)
            return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "%1: the value must be text")).arg(key));
        if (const QString bad = validateValue(key, *value); !bad.isEmpty())
            return fail(bad);
        const QJsonValue lockedValue = entry.toObject().value(QStringLiteral("locked"));
        if (!lockedValue.isUndefined() && !lockedValue.isBool())
            return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "%1: \"locked\" must be true or false")).arg(key));
        // Without "locked", a team value keeps the lock it has.
        const bool locked = lockedValue.isUndefined() ? layer == Layer::Team && team->team.value(key).locked
                                                      : lockedValue.toBool();
        if (locked && layer != Layer::Team)
            return fail(trStore(QT_TRANSLATE_NOOP("sd::sync::SettingsStore", "%1: only team settings can be locked")).arg(key));
        QString why;
        if (!canSet(team.value(), key, layer, &why))
            return fail(why);
        rows << ImportRow{key, *value, locked};
    }

    sql::Transaction tx(m_ws.connection());
    if (!tx.isActive())
        return tx.error();
    for (const ImportRow &row : rows) {
        if (Status s = upsert(layer, scopeId, row.key, row.value, row.locked, actor))
            return fail(row.key + QStringLiteral(": ") + s->message, s->code);
    }
    return tx.commit();
}

} // namespace sd::sync
