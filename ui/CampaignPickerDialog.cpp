#include "CampaignPickerDialog.h"

#include "CampaignListModel.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

CampaignPickerDialog::CampaignPickerDialog(const Workspace &workspace, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_model(new CampaignListModel(workspace, this))
    , m_list(named(new QListView(this), QStringLiteral("campaignPickerList"), tr("Campaigns")))
{
    named(this, QStringLiteral("campaignPicker"), tr("Choose a campaign"));
    setWindowTitle(tr("Add to campaign"));
    m_model->reload();
    m_list->setModel(m_model);
    m_list->setModelColumn(CampaignListModel::NameColumn);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *label = named(new QLabel(prompt, this), QStringLiteral("campaignPickerPrompt"), prompt);
    label->setWordWrap(true);
    auto *empty = named(
        new QLabel(tr("There are no active campaigns yet. Create one in the Campaigns view first."), this),
        QStringLiteral("campaignPickerEmpty"), tr("No campaigns"));
    empty->setWordWrap(true);
    empty->setVisible(m_model->rowCount() == 0);

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                          QStringLiteral("campaignPickerButtons"), tr("Dialog buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("campaignPickerOk"));
    m_ok->setText(tr("Add"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ok->setEnabled(selectedCampaignId() > 0); });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(380, 360);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, CampaignListModel::NameColumn));
}

qint64 CampaignPickerDialog::selectedCampaignId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() && m_list->selectionModel()->isSelected(index)
               ? index.data(CampaignListModel::IdRole).toLongLong()
               : 0;
}

void CampaignPickerDialog::selectCampaign(qint64 campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, CampaignListModel::NameColumn));
}

int CampaignPickerDialog::campaignCount() const
{
    return m_model->rowCount();
}

void CampaignPickerDialog::accept()
{
    const qint64 id = selectedCampaignId();
    if (id <= 0)
        return;
    emit campaignChosen(id);
    QDialog::accept();
}

} // namespace sd::ui
