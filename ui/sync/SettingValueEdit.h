#pragma once
// The editor of one sync setting's value, chosen by the setting's type: a check box (bool), a
// drop-down (choice), a line with a pick menu (list), a line or a text box (text), a time field,
// a date line, or the field mapping table (json). value()/setValue() speak the stored text.
#include "SyncSettings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTimeEdit;
class QToolButton;

namespace sd::ui {

class FieldMappingEditor;

class SettingValueEdit : public QWidget
{
    Q_OBJECT
public:
    SettingValueEdit(const sync::SettingDef &def, QWidget *parent = nullptr);

    const QString &key() const { return m_def.key; }
    QString value() const;
    // Shows `value` without emitting edited().
    void setValue(const QString &value);
    // `reason` (who locked it, or why this user may not change it) goes to the tooltips and, for
    // the field mapping, above the table.
    void setReadOnly(bool readOnly, const QString &reason = QString());
    bool isReadOnly() const { return m_readOnly; }
    // The widget a test or a label buddy talks to (the check box, the drop-down, the line, …).
    QWidget *input() const { return m_input; }
    FieldMappingEditor *mappingEditor() const { return m_mapping; }
    // Problems the value has right now (validateValue, and the mapping's type problems).
    QStringList problems() const;
    void setPropertyTypes(const QHash<QString, QString> &types, bool loaded);

signals:
    void edited();

private:
    void buildListMenu();
    void syncListMenu();

    sync::SettingDef m_def;
    QWidget *m_input = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QToolButton *m_pick = nullptr;
    QMenu *m_menu = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTimeEdit *m_time = nullptr;
    FieldMappingEditor *m_mapping = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace sd::ui
