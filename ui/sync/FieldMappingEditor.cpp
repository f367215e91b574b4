#include "FieldMappingEditor.h"

#include "HelpTexts.h"
#include "Named.h"
#include "SyncLabels.h"
#include "Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sd::ui {

namespace {

QString comboValue(const QComboBox *box)
{
    // Editable boxes: the typed text unless it is exactly an item's label.
    const int index = box->findText(box->currentText());
    if (index >= 0 && !box->itemData(index).toString().isEmpty())
        return box->itemData(index).toString();
    return box->currentText().trimmed();
}

void setComboValue(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(value);
}

} // namespace

FieldMappingEditor::FieldMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(named(new QTableWidget(0, 3, this), QStringLiteral("fieldMappingTable"),
                    tr("Contact fields mapping")))
    , m_add(named(new QPushButton(tr("&Add field"), this), QStringLiteral("fieldMappingAdd"),
                  tr("Add a mapped field")))
    , m_remove(named(new QPushButton(tr("&Remove field"), this), QStringLiteral("fieldMappingRemove"),
                     tr("Remove the selected mapped fields")))
    , m_defaults(named(new QPushButton(tr("Restore &defaults"), this), QStringLiteral("fieldMappingDefaults"),
                       tr("Restore the built-in mapping")))
    , m_problems(named(new QLabel(this), QStringLiteral("fieldMappingProblems"), tr("Mapping problems")))
    , m_readOnlyReason(named(new QLabel(this), QStringLiteral("fieldMappingReadOnlyReason"),
                             tr("Why the mapping cannot be changed")))
{
    named(this, QStringLiteral("fieldMappingEditor"), tr("Contact fields mapping"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setHorizontalHeaderLabels(
        {tr("SmartRecruiters field"), tr("Sourcedesk field or template"), tr("Update")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(SrFieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(260);
    m_table->setToolTip(
        tr("Type property:<id> for a SmartRecruiters candidate property, or a template such as "
           "{title} at {company}."));
    m_problems->setWordWrap(true);
    theme::setTone(m_problems, theme::Tone::Problem);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_add, &QPushButton::clicked, this, &FieldMappingEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &FieldMappingEditor::removeSelectedRules);
    connect(m_defaults, &QPushButton::clicked, this, &FieldMappingEditor::resetToDefaults);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_defaults);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_readOnlyReason->setWordWrap(true);
    theme::setTone(m_readOnlyReason, theme::Tone::Muted);
    m_readOnlyReason->hide();
    layout->addWidget(m_readOnlyReason);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    updateProblems();
    HelpTexts::apply(this);
}

QComboBox *FieldMappingEditor::cell(int row, Column column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
}

void FieldMappingEditor::appendRow(const sync::FieldRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto *sr = new QComboBox(m_table);
    sr->setEditable(true);
    for (const sync::SrField &f : sync::standardSrFields())
        sr->addItem(sync::srFieldLabel(f.id), f.id);
    QStringList properties = m_propertyTypes.keys();
    properties.sort();
    for (const QString &id : std::as_const(properties))
        sr->addItem(sync::srFieldLabel(QString::fromLatin1(sync::PropertyPrefix) + id),
                    QString::fromLatin1(sync::PropertyPrefix) + id);
    setComboValue(sr, rule.srField);

    auto *source = new QComboBox(m_table);
    source->setEditable(true);
    for (const QString &key : sync::sourcedeskFieldKeys())
        source->addItem(key, key);
    setComboValue(source, rule.source);

    auto *update = new QComboBox(m_table);
    for (sync::UpdateRule r : {sync::UpdateRule::Always, sync::UpdateRule::IfBlank})
        update->addItem(SyncLabels::ruleLabel(sync::toKey(r)), sync::toKey(r));
    update->setCurrentIndex(update->findData(sync::toKey(rule.rule)));

    m_table->setCellWidget(row, SrFieldColumn, sr);
    m_table->setCellWidget(row, SourceColumn, source);
    m_table->setCellWidget(row, RuleColumn, update);
    for (QComboBox *box : {sr, source, update}) {
        box->setEnabled(!m_readOnly);
        connect(box, &QComboBox::currentIndexChanged, this, &FieldMappingEditor::changed);
        if (box->isEditable())
            connect(box, &QComboBox::editTextChanged, this, &FieldMappingEditor::changed);
    }
    renumber();
}

void FieldMappingEditor::renumber()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString n = QString::number(row);
        const QString field = cell(row, SrFieldColumn) ? comboValue(cell(row, SrFieldColumn)) : QString();
        named(cell(row, SrFieldColumn), QStringLiteral("mappingSrField_") + n,
              tr("SmartRecruiters field, row %1").arg(row + 1));
        named(cell(row, SourceColumn), QStringLiteral("mappingSource_") + n,
              tr("Sourcedesk field or template for %1").arg(field));
        named(cell(row, RuleColumn), QStringLiteral("mappingRule_") + n, tr("Update rule for %1").arg(field));
        HelpTexts::attach(cell(row, SrFieldColumn), QStringLiteral("mappingSrField_"));
        HelpTexts::attach(cell(row, SourceColumn), QStringLiteral("mappingSource_"));
        HelpTexts::attach(cell(row, RuleColumn), QStringLiteral("mappingRule_"));
    }
}

void FieldMappingEditor::setMapping(const sync::FieldMapping &mapping)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const sync::FieldRule &r : mapping.rules)
        appendRow(r);
    m_loading = false;
    updateProblems();
}

sync::FieldMapping FieldMappingEditor::mapping() const
{
    sync::FieldMapping m;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        sync::FieldRule r;
        r.srField = comboValue(cell(row, SrFieldColumn));
        r.source = comboValue(cell(row, SourceColumn));
        sync::fromKey(cell(row, RuleColumn)->currentData().toString(), &r.rule);
        m.rules << r;
    }
    return m;
}

void FieldMappingEditor::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason->setText(readOnly ? reason : QString());
    m_readOnlyReason->setVisible(readOnly && !reason.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (Column c : {SrFieldColumn, SourceColumn, RuleColumn})
            cell(row, c)->setEnabled(!readOnly);
    }
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    m_defaults->setEnabled(!readOnly);
}

void FieldMappingEditor::setPropertyTypes(const QHash<QString, QString> &types, bool loaded)
{
    m_propertyTypes = types;
    m_propertyTypesLoaded = loaded;
    if (loaded) // offer the company's properties in the field lists
        setMapping(mapping());
    else
        updateProblems();
}

QStringList FieldMappingEditor::problems() const
{
    const QStringList all = sync::mappingProblems(mapping(), m_propertyTypes);
    if (m_propertyTypesLoaded)
        return all;
    // Offline the property types are unknown: those rows are checked once connected, not refused.
    QStringList out;
    for (const QString &p : all) {
        if (!p.startsWith(QLatin1StringView(sync::PropertyPrefix)))
            out << p;
    }
    return out;
}

void FieldMappingEditor::addRule()
{
    appendRow(sync::FieldRule{QString(), QString(), sync::UpdateRule::IfBlank});
    m_table->setCurrentCell(m_table->rowCount() - 1, SrFieldColumn);
    if (QComboBox *box = cell(m_table->rowCount() - 1, SrFieldColumn))
        box->setFocus();
    changed();
}

void FieldMappingEditor::removeSelectedRules()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    renumber();
    changed();
}

void FieldMappingEditor::resetToDefaults()
{
    setMapping(sync::FieldMapping::defaults());
    changed();
}

void FieldMappingEditor::changed()
{
    if (m_loading)
        return;
    updateProblems();
    emit edited();
}

void FieldMappingEditor::updateProblems()
{
    QStringList lines = problems();
    if (!m_propertyTypesLoaded) {
        for (const sync::FieldRule &r : mapping().rules) {
            if (sync::isPropertyField(r.srField)) {
                lines << tr("Property fields are checked against SmartRecruiters once you are connected.");
                break;
            }
        }
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace sd::ui
