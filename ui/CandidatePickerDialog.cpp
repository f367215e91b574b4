#include "CandidatePickerDialog.h"

#include "CandidateTableModel.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

CandidatePickerDialog::CandidatePickerDialog(const Workspace &workspace, const QString &acceptText,
                                             QWidget *parent)
    : QDialog(parent)
    , m_model(new CandidateTableModel(workspace, this))
    , m_search(named(new QLineEdit(this), QStringLiteral("pickerSearch"), tr("Search candidates")))
    , m_table(named(new QTableView(this), QStringLiteral("pickerTable"), tr("Candidates")))
    , m_debounce(new QTimer(this))
{
    named(this, QStringLiteral("candidatePicker"), tr("Choose candidates"));
    setWindowTitle(tr("Choose candidates"));
    m_search->setPlaceholderText(tr("Search by name, email, company, title, location or tag"));
    m_search->setClearButtonEnabled(true);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(CandidateTableModel::TagsColumn, true);
    m_table->setColumnHidden(CandidateTableModel::UpdatedColumn, true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text().trimmed()); });

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                          QStringLiteral("pickerButtons"), tr("Dialog buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pickerOk"));
    m_ok->setText(acceptText);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ok->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 480);
    m_search->setFocus();
}

QList<qint64> CandidatePickerDialog::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void CandidatePickerDialog::accept()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    emit candidatesChosen(ids);
    QDialog::accept();
}

} // namespace sd::ui
