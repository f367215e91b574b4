#include "SyncSettingsEditor.h"

#include "Actor.h"
#include "FieldMappingEditor.h"
#include "HelpTexts.h"
#include "Named.h"
#include "SettingValueEdit.h"
#include "SettingsStore.h"
#include "SqlUtil.h"
#include "SyncLabels.h"
#include "Theme.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

using sync::Layer;

namespace {

// A lock sign before "Locked by …": the row says it is locked even to someone skimming.
QString lockSign()
{
    return QString::fromUtf8("\xF0\x9F\x94\x92");
}

} // namespace

SyncSettingsEditor::SyncSettingsEditor(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_warnings(named(new QLabel(this), QStringLiteral("syncSettingsWarnings"),
                       tr("Problems with stored settings")))
{
    named(this, QStringLiteral("syncSettingsEditor"), tr("SmartRecruiters sync settings"));
    m_warnings->setWordWrap(true);
    theme::setTone(m_warnings, theme::Tone::Problem);
    m_warnings->hide();
    auto *scroll = named(new QScrollArea(this), QStringLiteral("syncSettingsScroll"), tr("Sync settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_groups = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warnings);
    layout->addWidget(scroll, 1);
}

QString SyncSettingsEditor::user() const
{
    return currentActor();
}

QString SyncSettingsEditor::scopeId() const
{
    switch (m_layer) {
    case Layer::User:
        return user();
    case Layer::Campaign:
        return QString::number(m_campaignId);
    case Layer::Candidate:
        return QString::number(m_candidateId);
    case Layer::Team:
    case Layer::Default:
        break;
    }
    return {};
}

void SyncSettingsEditor::setContext(Layer layer, qint64 campaignId, qint64 candidateId, bool onlySettable)
{
    m_layer = layer;
    m_campaignId = layer == Layer::Campaign ? campaignId : 0;
    m_candidateId = layer == Layer::Candidate ? candidateId : 0;
    m_onlySettable = onlySettable;
    rebuild();
}

void SyncSettingsEditor::rebuild()
{
    m_rows.clear();
    delete m_content->layout();
    const auto old = m_content->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
    m_groups = new QVBoxLayout(m_content);

    for (const SyncLabels::Group &group : SyncLabels::groups()) {
        QList<const sync::SettingDef *> defs;
        for (const QString &key : group.keys) {
            const sync::SettingDef *def = sync::findSetting(key);
            if (def && (!m_onlySettable || sync::settableAt(key, m_layer)))
                defs << def;
        }
        if (defs.isEmpty())
            continue;
        auto *box = named(new QGroupBox(group.title, m_content), QStringLiteral("syncGroup_") + group.id,
                          group.title);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        int line = 0;
        if (!group.help.isEmpty()) {
            auto *help = new QLabel(group.help, box);
            help->setWordWrap(true);
            theme::setTone(help, theme::Tone::Muted); // explanatory text, readable on any palette
            grid->addWidget(help, line++, 0, 1, 6);
        }
        for (const sync::SettingDef *def : std::as_const(defs)) {
            m_rows.append(Row{});
            Row &row = m_rows.last();
            row.def = def;
            buildRow(row, box);
            const bool wide = def->type == QLatin1StringView("json");
            grid->addWidget(row.label, line, 0, Qt::AlignTop);
            if (wide) {
                grid->addWidget(row.from, line, 2);
                grid->addWidget(row.reset, line, 3);
                if (row.lock)
                    grid->addWidget(row.lock, line, 4);
                grid->addWidget(row.lockedBy, line, 5);
                grid->addWidget(row.edit, ++line, 0, 1, 6);
            } else {
                grid->addWidget(row.edit, line, 1);
                grid->addWidget(row.from, line, 2);
                grid->addWidget(row.reset, line, 3);
                if (row.lock)
                    grid->addWidget(row.lock, line, 4);
                grid->addWidget(row.lockedBy, line, 5);
            }
            ++line;
        }
        m_groups->addWidget(box);
    }
    m_groups->addStretch();
    // Lambdas find their row by key: m_rows is complete now and does not move again.
    for (Row &row : m_rows) {
        const QString key = row.def->key;
        const auto find = [this, key]() -> Row * {
            for (Row &r : m_rows) {
                if (r.def->key == key)
                    return &r;
            }
            return nullptr;
        };
        connect(row.edit, &SettingValueEdit::edited, this, [this, find] {
            if (Row *r = find())
                rowEdited(*r);
        });
        connect(row.reset, &QToolButton::clicked, this, [this, find] {
            if (Row *r = find())
                resetRow(*r);
        });
        if (row.lock) {
            connect(row.lock, &QCheckBox::toggled, this, [this, find](bool on) {
                if (Row *r = find()) {
                    r->lockChanged = on != teamLocked(r->def->key);
                    emitModified();
                }
            });
        }
    }
    reload();
}

QWidget *SyncSettingsEditor::buildRow(Row &row, QWidget *parent)
{
    const QString key = row.def->key;
    const QString label = sync::settingLabel(key);
    row.edit = new SettingValueEdit(*row.def, parent);
    row.edit->setPropertyTypes(m_propertyTypes, m_propertyTypesLoaded);
    row.label = named(new QLabel(label + u':', parent), QStringLiteral("syncLabel_") + key, label);
    row.label->setBuddy(row.edit->input());
    row.label->setToolTip(SyncLabels::help(key));
    row.label->setWhatsThis(HelpTexts::whatsThis(key));
    row.from =
        named(new QLabel(parent), QStringLiteral("syncFrom_") + key, tr("Where %1 comes from").arg(label));
    row.lockedBy = named(new QLabel(parent), QStringLiteral("syncLockedBy_") + key,
                         tr("Who locked or set %1").arg(label));
    row.lockedBy->setWordWrap(true);
    theme::setTone(row.lockedBy, theme::Tone::Muted);
    row.lockedBy->hide();
    row.reset = named(new QToolButton(parent), QStringLiteral("syncReset_") + key, tr("Reset %1").arg(label));
    row.reset->setText(tr("Reset"));
    HelpTexts::attach(row.reset, QStringLiteral("syncReset_"));
    if (m_layer == Layer::Team) {
        row.lock = named(new QCheckBox(tr("Lock"), parent), QStringLiteral("syncLock_") + key,
                         tr("Lock %1").arg(label));
        row.lock->setToolTip(
            tr("Locked: everyone uses the team value; users, campaigns and candidates cannot change it."));
        HelpTexts::attach(row.lock, QStringLiteral("syncLock_"));
    }
    return row.edit;
}

void SyncSettingsEditor::reload()
{
    sync::SettingsStore store(m_workspace);
    m_canWriteTeam = store.canWriteTeam();
    Result<sync::SettingsLayers> loaded = store.load(user(), m_campaignId, m_candidateId);
    m_layers = loaded.ok() ? loaded.value() : sync::SettingsLayers{};
    // The layers above this one do not matter here: a campaign override is shown over the team and
    // your settings (what applies for you), the team layer over the built-in defaults only.
    if (m_layer == Layer::Team)
        m_layers.user.clear();
    if (m_layer != Layer::Campaign)
        m_layers.campaign.clear();
    if (m_layer != Layer::Candidate)
        m_layers.candidate.clear();
    // What a reset falls back to: the built-in defaults under the team layer; for the other layers
    // the layers below, team locks included.
    sync::SettingsLayers below;
    if (m_layer != Layer::Team) {
        below = m_layers;
        if (QHash<QString, sync::StoredValue> *mine = below.at(m_layer))
            mine->clear();
    }
    m_below = sync::ResolvedSettings::resolve(below);
    m_full = sync::ResolvedSettings::resolve(m_layers);
    m_storedProblems = m_full.problems();
    if (!loaded.ok())
        m_storedProblems.prepend(
            tr("The sync settings could not be read: %1").arg(loaded.error().toString()));
    m_warnings->setText(m_storedProblems.join(u'\n'));
    m_warnings->setVisible(!m_storedProblems.isEmpty());

    for (Row &row : m_rows) {
        row.pending = Row::Pending::None;
        row.pendingValue.clear();
        row.lockChanged = false;
        if (row.lock) {
            const QSignalBlocker block(row.lock);
            row.lock->setChecked(teamLocked(row.def->key) || m_layers.policy.value(row.def->key).locked);
        }
        showRow(row);
    }
    emitModified();
}

bool SyncSettingsEditor::storedHere(const QString &key, QString *value) const
{
    auto &layers = const_cast<sync::SettingsLayers &>(m_layers);
    const QHash<QString, sync::StoredValue> *mine = layers.at(m_layer);
    if (!mine || !mine->contains(key))
        return false;
    if (value)
        *value = mine->value(key).value;
    return true;
}

bool SyncSettingsEditor::teamLocked(const QString &key) const
{
    return m_layers.team.value(key).locked;
}

void SyncSettingsEditor::showRow(Row &row)
{
    const QString key = row.def->key;
    const bool team = m_layer == Layer::Team;
    const sync::ResolvedValue full = m_full.value(key);
    const auto policy = m_layers.policy.constFind(key);
    const bool policySets = policy != m_layers.policy.cend();
    const bool policyLocked = policySets && policy->locked;
    // Above this layer: a team lock (not on the team layer itself), a company lock, or on the team
    // layer any company value (the policy sits above the team defaults).
    const bool lockedAbove = (!team && teamLocked(key)) || policyLocked;
    const bool policyAbove = team && policySets;
    const bool recruiter = team && !m_canWriteTeam;
    const bool settable = sync::settableAt(key, m_layer);
    QString stored;
    const bool hasStored = storedHere(key, &stored);
    const bool own = row.pending == Row::Pending::Set || (row.pending == Row::Pending::None && hasStored);

    QString value;
    QString from;
    if (lockedAbove || policyAbove) {
        value = full.value;
        const QString source = full.fromPolicy ? tr("Company policy")
                                               : sync::layerLabel(full.from == Layer::Default ? Layer::Team : full.from);
        from = full.locked ? tr("%1 (locked)").arg(source) : source;
    } else if (own) {
        value = row.pending == Row::Pending::Set ? row.pendingValue : stored;
        from = sync::layerLabel(m_layer);
        if (row.pending == Row::Pending::Set)
            from = tr("%1 (not saved)").arg(from);
    } else {
        const sync::ResolvedValue v = m_below.value(key);
        value = v.value;
        from = sync::layerLabel(v.from);
        if (row.pending == Row::Pending::Unset)
            from = tr("%1 (after saving)").arg(from);
    }
    row.edit->setValue(value);
    row.from->setText(from);

    // Who locked or set it, always visible next to the row (not only in a tooltip).
    QString who;
    if (full.locked)
        who = lockSign() + u' ' + sync::lockedByText(full);
    else if (full.fromPolicy)
        who = sync::sourceText(full);
    row.lockedBy->setText(who);
    row.lockedBy->setVisible(!who.isEmpty());

    const bool readOnly = lockedAbove || policyAbove || recruiter || !settable;
    QString why;
    if (policyLocked)
        why = tr("%1: nobody can change this setting here.").arg(sync::lockedByText(full));
    else if (policyAbove)
        why = tr("%1: it applies over the team defaults; users may still choose their own where allowed.")
                  .arg(sync::sourceText(full));
    else if (lockedAbove)
        why = tr("%1: the setting is locked, everyone uses the team value.").arg(sync::lockedByText(full));
    else if (recruiter)
        why = readOnlyReason();
    else if (!settable)
        why = tr("Only the team admin can change this (Team defaults).");
    row.edit->setReadOnly(readOnly, why);
    row.edit->setToolTip(why);
    row.edit->input()->setToolTip(why.isEmpty() ? SyncLabels::help(key) : why);
    row.from->setToolTip(why);
    row.lockedBy->setToolTip(why);
    row.reset->setEnabled(!readOnly && own);
    row.reset->setToolTip(team ? tr("Back to the built-in default")
                               : tr("Use the value from the layer below"));
    if (row.lock) {
        row.lock->setEnabled(!policyAbove && !recruiter);
        if (policyAbove || recruiter)
            row.lock->setToolTip(why);
    }
}

QString SyncSettingsEditor::readOnlyReason() const
{
    if (m_layer != Layer::Team || m_canWriteTeam)
        return {};
    const Status s = sync::SettingsStore(m_workspace).checkWritable(Layer::Team);
    return s ? s->message : QString();
}

void SyncSettingsEditor::rowEdited(Row &row)
{
    const QString value = row.edit->value();
    QString stored;
    const bool hasStored = storedHere(row.def->key, &stored);
    if (hasStored && value == stored)
        row.pending = Row::Pending::None;
    else if (!hasStored && value == m_below.value(row.def->key).value)
        row.pending = Row::Pending::None; // back to what it inherits: nothing to store
    else
        row.pending = Row::Pending::Set;
    row.pendingValue = value;
    QString from = sync::layerLabel(
        row.pending == Row::Pending::None && !hasStored ? m_below.value(row.def->key).from : m_layer);
    if (row.pending == Row::Pending::Set)
        from = tr("%1 (not saved)").arg(from);
    row.from->setText(from);
    row.reset->setEnabled(row.pending == Row::Pending::Set || hasStored);
    emitModified();
}

void SyncSettingsEditor::resetRow(Row &row)
{
    row.pending = storedHere(row.def->key) ? Row::Pending::Unset : Row::Pending::None;
    row.pendingValue.clear();
    showRow(row);
    emitModified();
}

bool SyncSettingsEditor::isModified() const
{
    for (const Row &row : m_rows) {
        if (row.pending != Row::Pending::None || row.lockChanged)
            return true;
    }
    return false;
}

void SyncSettingsEditor::emitModified()
{
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

QStringList SyncSettingsEditor::problems() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (row.pending != Row::Pending::Set)
            continue;
        out << row.edit->problems();
        QString why;
        if (!sync::canSet(m_layers, row.def->key, m_layer, &why))
            out << why;
    }
    return out;
}

bool SyncSettingsEditor::save(QString *error)
{
    const QStringList bad = problems();
    if (!bad.isEmpty()) {
        if (error)
            *error = bad.join(u'\n');
        return false;
    }
    if (!isModified())
        return true;
    sync::SettingsStore store(m_workspace);
    const QString scope = scopeId();
    const QString who = user();
    Status failed;
    {
        sql::Transaction tx(m_workspace.connection());
        if (!tx.isActive()) {
            failed = tx.error();
        } else {
            for (const Row &row : std::as_const(m_rows)) {
                if (row.pending == Row::Pending::Set)
                    failed = store.set(m_layer, scope, row.def->key, row.pendingValue, who);
                else if (row.pending == Row::Pending::Unset)
                    failed = store.unset(m_layer, scope, row.def->key);
                if (failed)
                    break;
            }
            // Locks after values: locking stores the value as just saved.
            for (const Row &row : std::as_const(m_rows)) {
                if (failed)
                    break;
                if (row.lockChanged && row.lock)
                    failed = store.setLocked(row.def->key, row.lock->isChecked(), who);
            }
            if (!failed)
                failed = tx.commit(); // a failure above rolls everything back when tx goes
        }
    }
    if (failed) {
        if (error)
            *error = failed->toString();
        return false;
    }
    reload();
    return true;
}

void SyncSettingsEditor::setPropertyTypes(const QHash<QString, QString> &types, bool loaded)
{
    m_propertyTypes = types;
    m_propertyTypesLoaded = loaded;
    for (Row &row : m_rows)
        row.edit->setPropertyTypes(types, loaded);
}

SettingValueEdit *SyncSettingsEditor::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.def->key == key)
            return row.edit;
    }
    return nullptr;
}

QCheckBox *SyncSettingsEditor::lockBox(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.def->key == key)
            return row.lock;
    }
    return nullptr;
}

QLabel *SyncSettingsEditor::lockedByLabel(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.def->key == key)
            return row.lockedBy;
    }
    return nullptr;
}

QLabel *SyncSettingsEditor::fromLabel(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.def->key == key)
            return row.from;
    }
    return nullptr;
}

QStringList SyncSettingsEditor::keys() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << row.def->key;
    return out;
}

} // namespace sd::ui
