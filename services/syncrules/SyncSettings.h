#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace sd::sync {

// Where a sync setting comes from, lowest to highest. Stored as the integer; never reorder.
enum class Layer
{
    Default = 0,
    Team = 1,
    User = 2,
    Campaign = 3,
    Candidate = 4
};
QString layerKey(Layer layer); // "default", "team", "user", "campaign", "candidate"
bool layerFromKey(const QString &key, Layer *out);
QString layerLabel(Layer layer); // translated, for the UI

enum class CreateTrigger
{
    OnAdd,
    OnReply,
    OnInterested,
    Never
};
enum class UpdateRule
{
    Always,
    IfBlank
};
enum class NoteVisibility
{
    OpenNote,
    HiringTeam,
    Users
};
QString toKey(CreateTrigger t);  // "onAdd", "onReply", "onInterested", "never"
QString toKey(UpdateRule r);     // "always", "ifBlank"
QString toKey(NoteVisibility v); // "openNote", "hiringTeam", "users"
bool fromKey(const QString &key, CreateTrigger *out);
bool fromKey(const QString &key, UpdateRule *out);
bool fromKey(const QString &key, NoteVisibility *out);

namespace key {
inline constexpr const char *ManualUpdates = "sync.manualUpdates";
inline constexpr const char *CreateTrigger = "sync.createTrigger";
inline constexpr const char *NotesOnlySynced = "sync.notesOnlySynced";
inline constexpr const char *DisplayedFields = "sync.displayedFields";
inline constexpr const char *MandatoryFields = "sync.mandatoryFields";
inline constexpr const char *FieldMapping = "sync.fieldMapping";
inline constexpr const char *FilterableFields = "sync.filterableFields";
inline constexpr const char *NoteKinds = "sync.noteKinds";
inline constexpr const char *NoteTemplate = "sync.noteTemplate";
inline constexpr const char *NoteVisibility = "sync.noteVisibility";
inline constexpr const char *NoteUsers = "sync.noteUsers";
inline constexpr const char *JobStatuses = "sync.jobStatuses";
inline constexpr const char *Source = "sync.source";
inline constexpr const char *TagTemplate = "sync.tagTemplate";
inline constexpr const char *TagsEnabled = "sync.tagsEnabled";
inline constexpr const char *ConsentRequired = "sync.consentRequired";
inline constexpr const char *ConsentTemplate = "sync.consentTemplate";
inline constexpr const char *UploadAttachments = "sync.uploadAttachments";
inline constexpr const char *StageSyncEnabled = "sync.stageSync.enabled";
inline constexpr const char *StageSyncTime = "sync.stageSync.time";
inline constexpr const char *StageSyncTimeZone = "sync.stageSync.timeZone";
inline constexpr const char *StageSyncSince = "sync.stageSync.since";
inline constexpr const char *StageSyncOnlyNewApplications = "sync.stageSync.onlyNewApplications";
inline constexpr const char *StageSyncPushBack = "sync.stageSync.pushBack";
} // namespace key

// The note kind for a pipeline status change; the other note kinds are toKey(ActivityKind).
inline constexpr const char *StatusChangeKind = "statusChange";

struct SettingDef
{
    QString key;
    QString type; // "bool", "choice", "list", "text", "json", "time", "date"
    QString defaultValue;
    QStringList choices;           // choice: the values; list: the allowed items (empty: any id)
    QList<Layer> layers;           // layers that may set it besides Team
    const char *label = nullptr;   // QT_TRANSLATE_NOOP("sd::sync::SyncSettings", ...)
    bool allowsProperties = false; // list of SR fields: "property:<id>" items are allowed too
};
const QList<SettingDef> &settingCatalog();
const SettingDef *findSetting(const QString &key);
QString settingLabel(const QString &key); // translated label, or the key when unknown
// Whether the catalog lets `layer` set `key` at all (Team always, Default never), locks aside.
bool settableAt(const QString &key, Layer layer);

// Empty when `value` is acceptable for `key`; otherwise a message naming the key and what is allowed.
QString validateValue(const QString &key, const QString &value);

// List settings are stored as comma-separated ids; these keep the encoding in one place.
QStringList parseList(const QString &value);
QString listValue(const QStringList &items);

struct StoredValue
{
    QString value;
    bool locked = false; // only meaningful at Team
    QString updatedBy = {}; // who stored it (the team admin, for "Locked by the team admin …")
};

// Raw stored values for ONE resolution context (a user, maybe a campaign, maybe a candidate).
struct SettingsLayers
{
    QHash<QString, StoredValue> team, user, campaign, candidate;
    // The company policy (services/policy): above the team layer. A policy value replaces the team's;
    // a locked one also holds over the user, campaign and candidate layers. Not a Layer: never stored.
    QHash<QString, StoredValue> policy;
    QString policySetBy;
    // The values of one layer (null for Default, which is never stored).
    QHash<QString, StoredValue> *at(Layer layer);
    const QHash<QString, StoredValue> *at(Layer layer) const { return const_cast<SettingsLayers *>(this)->at(layer); }
};

struct ResolvedValue
{
    QString value;
    Layer from = Layer::Default; // Team for a company policy value (fromPolicy says so)
    bool locked = false;
    bool fromPolicy = false;
    QString setBy = {}; // the policy's setBy, or the team admin who stored the team value
};

// "Locked by <setBy> (company policy)" or "Locked by the team admin <updated_by>"; empty when the
// value is not locked.
QString lockedByText(const ResolvedValue &v);
// Where a value comes from, for the UI: the layer's label, or "Company policy (<setBy>)".
QString sourceText(const ResolvedValue &v);

class ResolvedSettings
{
public:
    // A default-constructed instance holds the built-in defaults.
    ResolvedSettings() = default;
    static ResolvedSettings resolve(const SettingsLayers &layers);

    // The highest layer that set the key and may set it wins, unless Team locked it: then Team's
    // value. A stored value that fails validateValue is ignored (the layer below decides) and
    // reported by problems(). Unknown keys give an empty value from Default.
    ResolvedValue value(const QString &key) const;
    QString text(const QString &key) const;
    bool flag(const QString &key) const;
    QStringList list(const QString &key) const; // mandatory fields always include firstName, lastName, email
    CreateTrigger createTrigger() const;
    NoteVisibility noteVisibility() const;
    QTime time(const QString &key) const;
    QDate date(const QString &key) const; // invalid when blank

    // "where: what" for every stored value that was ignored (damaged, unknown, wrong layer).
    QStringList problems() const { return m_problems; }

private:
    QHash<QString, ResolvedValue> m_values;
    QStringList m_problems;
};

// Whether `layer` may set `key` now; false with the reason in `why` (unknown key, not settable
// at that layer, set or locked by the company policy, locked by the team admin).
bool canSet(const SettingsLayers &layers, const QString &key, Layer layer, QString *why);

} // namespace sd::sync
