#pragma once
// The sync settings of one layer (team defaults, my settings, a campaign, a candidate's "Sync as"),
// grouped as SourceWhale groups them. Each row shows the value in effect, where it comes from
// (built-in default, team default, your setting, …) and, on the team layer, a lock; a row the team
// admin locked is read-only on every other layer and says so, with who locked it. A row the company
// policy sets or locks is read-only where the policy says so, and a recruiter on a team workspace
// sees the team layer read-only with the reason. Edits stay on screen until save(),
// which checks every change first and then writes them all in one transaction, or nothing.
#include "SyncSettings.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SettingValueEdit;

class SyncSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    SyncSettingsEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Team (scope ""), User (the current user), Campaign (campaignId) or Candidate (candidateId).
    // With onlySettable, rows the layer cannot set are left out (the campaign and candidate
    // overrides); otherwise they show read-only. Reloads, dropping unsaved edits.
    void setContext(sync::Layer layer, qint64 campaignId = 0, qint64 candidateId = 0,
                    bool onlySettable = false);
    sync::Layer layer() const { return m_layer; }
    QString scopeId() const;
    QString user() const;

    void reload();
    bool isModified() const;
    // The problems of the unsaved changes: invalid values, mapping type problems, locked keys.
    QStringList problems() const;
    // Checks everything, then writes every change in one transaction. False with `error` (which
    // names every problem) when anything is wrong; then nothing is written.
    bool save(QString *error = nullptr);

    void setPropertyTypes(const QHash<QString, QString> &types, bool loaded);
    SettingValueEdit *editor(const QString &key) const;
    QCheckBox *lockBox(const QString &key) const;
    QLabel *fromLabel(const QString &key) const;
    // The lock and who set it: "Locked by <setBy> (company policy)", "Locked by the team admin
    // <updated_by>" or "Set by <setBy> (company policy)"; hidden when nobody locked or set it.
    QLabel *lockedByLabel(const QString &key) const;
    // Why the whole team layer is read-only here (a recruiter on a team workspace); empty otherwise.
    QString readOnlyReason() const;
    // Keys with a row in this context.
    QStringList keys() const;
    // Stored values that were ignored (damaged, unknown, wrong layer): shown above the groups.
    QStringList storedProblems() const { return m_storedProblems; }

signals:
    void modifiedChanged(bool modified);

private:
    struct Row
    {
        const sync::SettingDef *def = nullptr;
        QLabel *label = nullptr;
        SettingValueEdit *edit = nullptr;
        QLabel *from = nullptr;
        QToolButton *reset = nullptr;
        QCheckBox *lock = nullptr;
        QLabel *lockedBy = nullptr;
        enum class Pending
        {
            None,
            Set,
            Unset
        } pending = Pending::None;
        QString pendingValue;
        bool lockChanged = false;
    };

    void rebuild();
    QWidget *buildRow(Row &row, QWidget *parent);
    void showRow(Row &row);
    void rowEdited(Row &row);
    void resetRow(Row &row);
    bool storedHere(const QString &key, QString *value = nullptr) const;
    bool teamLocked(const QString &key) const;
    void emitModified();

    const Workspace &m_workspace;
    sync::Layer m_layer = sync::Layer::Team;
    qint64 m_campaignId = 0;
    qint64 m_candidateId = 0;
    bool m_onlySettable = false;
    sync::SettingsLayers m_layers;
    sync::ResolvedSettings m_full;
    sync::ResolvedSettings m_below; // without this layer's values: what a reset falls back to
    QStringList m_storedProblems;
    QHash<QString, QString> m_propertyTypes;
    bool m_propertyTypesLoaded = false;
    QList<Row> m_rows;
    QWidget *m_content = nullptr;
    QLabel *m_warnings;
    QVBoxLayout *m_groups;
    bool m_wasModified = false;
    bool m_canWriteTeam = true;
};

} // namespace sd::ui
