#include "SettingValueEdit.h"

#include "FieldMappingEditor.h"
#include "HelpTexts.h"
#include "Named.h"
#include "SyncLabels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QToolButton>

namespace sd::ui {

namespace {

bool isType(const sync::SettingDef &d, const char *type)
{
    return d.type == QLatin1StringView(type);
}

bool isMultiLine(const sync::SettingDef &d)
{
    return d.key == QLatin1StringView(sync::key::NoteTemplate) ||
           d.key == QLatin1StringView(sync::key::ConsentTemplate);
}

} // namespace

SettingValueEdit::SettingValueEdit(const sync::SettingDef &def, QWidget *parent)
    : QWidget(parent)
    , m_def(def)
{
    const QString label = sync::settingLabel(def.key);
    named(this, QStringLiteral("syncSetting_") + def.key, label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString inputName = QStringLiteral("syncInput_") + def.key;

    if (isType(def, "bool")) {
        m_check = named(new QCheckBox(tr("On"), this), inputName, label);
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_input = m_check;
    } else if (isType(def, "choice")) {
        m_combo = named(new QComboBox(this), inputName, label);
        for (const QString &choice : def.choices)
            m_combo->addItem(SyncLabels::choiceLabel(def.key, choice), choice);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_input = m_combo;
    } else if (isType(def, "json")) {
        m_mapping = new FieldMappingEditor(this);
        connect(m_mapping, &FieldMappingEditor::edited, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_input = m_mapping;
    } else if (isType(def, "time")) {
        m_time = named(new QTimeEdit(this), inputName, label);
        m_time->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(m_time, &QTimeEdit::timeChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_input = m_time;
    } else if (isMultiLine(def)) {
        m_text = named(new QPlainTextEdit(this), inputName, label);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_input = m_text;
    } else {
        // list, text, date: one line; lists get a menu of the known items beside it.
        m_line = named(new QLineEdit(this), inputName, label);
        if (isType(def, "date"))
            m_line->setPlaceholderText(tr("yyyy-MM-dd, or empty"));
        else if (isType(def, "list"))
            m_line->setPlaceholderText(def.choices.isEmpty() ? tr("ids, separated by commas") : tr("none"));
        connect(m_line, &QLineEdit::textEdited, this, [this] {
            syncListMenu();
            emit edited();
        });
        m_input = m_line;
        if (isType(def, "list") && !def.choices.isEmpty())
            buildListMenu();
    }
    layout->addWidget(m_input, 1);
    if (m_pick)
        layout->addWidget(m_pick);
    const QString help = SyncLabels::help(def.key);
    if (!help.isEmpty())
        m_input->setToolTip(help);
    HelpTexts::attach(m_input, def.key);
    HelpTexts::attach(m_pick, QStringLiteral("syncPickButton_"));
}

void SettingValueEdit::buildListMenu()
{
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("syncPickMenu_") + m_def.key);
    for (const QString &item : std::as_const(m_def.choices)) {
        QAction *a = m_menu->addAction(SyncLabels::listItemLabel(m_def.key, item));
        a->setObjectName(QStringLiteral("syncPick_") + item);
        a->setCheckable(true);
        a->setData(item);
        connect(a, &QAction::toggled, this, [this, item](bool on) {
            if (m_loading)
                return;
            QStringList items = sync::parseList(m_line->text());
            if (on && !items.contains(item))
                items << item;
            else if (!on)
                items.removeAll(item);
            m_line->setText(sync::listValue(items));
            emit edited();
        });
    }
    m_pick = named(new QToolButton(this), QStringLiteral("syncPickButton_") + m_def.key,
                   tr("Choose %1").arg(sync::settingLabel(m_def.key)));
    m_pick->setText(tr("Choose…"));
    m_pick->setMenu(m_menu);
    m_pick->setPopupMode(QToolButton::InstantPopup);
}

void SettingValueEdit::syncListMenu()
{
    if (!m_menu)
        return;
    const QStringList items = sync::parseList(m_line->text());
    const bool wasLoading = m_loading;
    m_loading = true;
    for (QAction *a : m_menu->actions())
        a->setChecked(items.contains(a->data().toString()));
    m_loading = wasLoading;
    // Show the chosen items in words too: ids are what is stored, labels are what people read.
    QStringList labels;
    for (const QString &item : items)
        labels << SyncLabels::listItemLabel(m_def.key, item);
    m_line->setToolTip(labels.isEmpty() ? HelpTexts::toolTip(m_def.key) : labels.join(QStringLiteral(", ")));
}

QString SettingValueEdit::value() const
{
    if (m_check)
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_mapping)
        return m_mapping->mapping().toJson();
    if (m_time)
        return m_time->time().toString(QStringLiteral("HH:mm"));
    if (m_text)
        return m_text->toPlainText();
    if (isType(m_def, "list"))
        return sync::listValue(sync::parseList(m_line->text()));
    return m_line->text().trimmed();
}

void SettingValueEdit::setValue(const QString &value)
{
    m_loading = true;
    if (m_check) {
        m_check->setChecked(value == QLatin1StringView("true"));
    } else if (m_combo) {
        const int index = m_combo->findData(value);
        if (index < 0 && !value.isEmpty())
            m_combo->addItem(value, value); // a stored value this version does not know: shown as is
        m_combo->setCurrentIndex(m_combo->findData(value));
    } else if (m_mapping) {
        const Result<sync::FieldMapping> parsed = sync::FieldMapping::fromJson(value);
        m_mapping->setMapping(parsed.ok() ? parsed.value() : sync::FieldMapping::defaults());
    } else if (m_time) {
        m_time->setTime(QTime::fromString(value, QStringLiteral("HH:mm")));
    } else if (m_text) {
        m_text->setPlainText(value);
    } else {
        m_line->setText(isType(m_def, "list") ? sync::parseList(value).join(QStringLiteral(", ")) : value);
        syncListMenu();
    }
    m_loading = false;
}

void SettingValueEdit::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    if (m_mapping)
        m_mapping->setReadOnly(readOnly, reason);
    else if (m_line)
        m_line->setReadOnly(readOnly);
    else if (m_text)
        m_text->setReadOnly(readOnly);
    else
        m_input->setEnabled(!readOnly);
    if (m_pick)
        m_pick->setEnabled(!readOnly);
}

QStringList SettingValueEdit::problems() const
{
    QStringList out;
    if (m_mapping) {
        for (const QString &p : m_mapping->problems())
            out << sync::settingLabel(m_def.key) + QStringLiteral(" — ") + p;
        if (!out.isEmpty())
            return out;
    }
    const QString bad = sync::validateValue(m_def.key, value());
    if (!bad.isEmpty())
        out << bad;
    return out;
}

void SettingValueEdit::setPropertyTypes(const QHash<QString, QString> &types, bool loaded)
{
    if (m_mapping) {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_mapping->setPropertyTypes(types, loaded);
        m_loading = wasLoading;
    }
}

} // namespace sd::ui
