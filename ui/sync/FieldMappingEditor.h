#pragma once
// The contact fields mapping as a table: SmartRecruiters field | Sourcedesk field or template |
// Always update / Only update if blank. What is wrong with it (a company onto a LinkedIn address,
// a name onto a NUMBER property, a field mapped twice) shows under the table as the admin types,
// and the settings page refuses to save while anything is listed.
#include "FieldMapping.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::ui {

class FieldMappingEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        SrFieldColumn = 0,
        SourceColumn = 1,
        RuleColumn = 2
    };

    explicit FieldMappingEditor(QWidget *parent = nullptr);

    void setMapping(const sync::FieldMapping &mapping);
    sync::FieldMapping mapping() const;
    // Read-only with the reason shown above the table ("Locked by … (company policy)", "Only a team
    // admin can change …"); an empty reason shows none.
    void setReadOnly(bool readOnly, const QString &reason = QString());
    QLabel *readOnlyReason() const { return m_readOnlyReason; }
    // SR candidate property id -> SR type. Until `loaded`, property rows are not type-checked
    // (the connection is needed for that) and the table says so instead of refusing them.
    void setPropertyTypes(const QHash<QString, QString> &types, bool loaded);
    // Problems that block saving; empty when the mapping is fine.
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void addRule();
    void removeSelectedRules();
    void resetToDefaults();

signals:
    void edited();

private:
    void appendRow(const sync::FieldRule &rule);
    QComboBox *cell(int row, Column column) const;
    void renumber();
    void changed();
    void updateProblems();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_defaults;
    QLabel *m_problems;
    QLabel *m_readOnlyReason;
    QHash<QString, QString> m_propertyTypes;
    bool m_propertyTypesLoaded = false;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace sd::ui
