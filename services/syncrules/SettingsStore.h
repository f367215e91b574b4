#pragma once

#include "Error.h"
#include "SyncSettings.h"
#include "Workspace.h"

#include <QByteArray>
#include <QString>

namespace sd::sync {

// The sync settings layers in the workspace (table sync_settings). Every write is checked the same
// way the UI checks it (validateValue + canSet) before it touches the database.
class SettingsStore
{
public:
    explicit SettingsStore(const Workspace &ws);

    // Scope ids: team "", user = the user name, campaign and candidate = the id as a number.
    // An empty user or a 0 id means "no such layer in this context".
    Result<SettingsLayers> load(const QString &user, qint64 campaignId, qint64 candidateId) const;
    Result<ResolvedSettings> resolve(const QString &user, qint64 campaignId = 0,
                                     qint64 candidateId = 0) const;

    // Refuses, writing nothing, with an error naming the key and the layer, when the value is not
    // valid, the layer may not set the key, the company policy sets it (team) or locks it, the team
    // admin locked it, or (PermissionDenied) a recruiter writes the team layer of a team workspace.
    Status set(Layer layer, const QString &scopeId, const QString &key, const QString &value,
               const QString &actor);
    // Removes a stored value (unknown or damaged ones too). A locked team value goes back to the
    // built-in default but stays locked: resetting a value is not lifting the lock.
    Status unset(Layer layer, const QString &scopeId, const QString &key);
    // Team layer. Locking a key the team has not set stores the built-in default as its value.
    Status setLocked(const QString &key, bool locked, const QString &actor);

    // One layer as JSON: {"format":"sourcedesk-sync-settings","version":1,"layer":"team","scope":"",
    // "values":{key:{"value":..,"locked":..}}}. Exports what is stored, as stored.
    Result<QByteArray> exportLayer(Layer layer, const QString &scopeId) const;
    // Validates the whole file first (format, version, layer, scope, every key and value, locks),
    // then writes all of it in one transaction or nothing. Keys the file does not name keep their
    // stored values. Errors name the file (Error::where) and the key.
    Status importLayer(const QByteArray &json, const QString &fileNameForErrors, const QString &actor);

    static constexpr int FormatVersion = 1;

    // False on a team workspace for a recruiter: the team layer (settings, field mapping, job
    // status whitelist) is read-only. Writes to it fail with Error::Code::PermissionDenied.
    bool canWriteTeam() const;
    // PermissionDenied with the words the user sees when this user may not write `layer`.
    Status checkWritable(Layer layer) const;

private:
    // A database refusal because of the user's role becomes PermissionDenied with the same words.
    Status mapRefusal(Layer layer, Status s) const;
    Status checkScope(Layer layer, const QString &scopeId) const;
    Result<SettingsLayers> loadTeam() const;
    Status upsert(Layer layer, const QString &scopeId, const QString &key, const QString &value, bool locked,
                  const QString &actor) const;

    const Workspace &m_ws;
};

} // namespace sd::sync
