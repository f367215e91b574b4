#include "CampaignDialog.h"

#include "Theme.h"
#include "Actor.h"
#include "CampaignRepository.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

CampaignDialog::CampaignDialog(const Workspace &workspace, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaign(campaign)
    , m_name(named(new QLineEdit(campaign.name, this), QStringLiteral("campaignName"), tr("Campaign name")))
    , m_description(named(new QPlainTextEdit(campaign.description, this),
                          QStringLiteral("campaignDescription"), tr("Campaign description")))
    , m_owner(named(new QLineEdit(campaign.id ? campaign.owner : currentActor(), this),
                    QStringLiteral("campaignOwner"), tr("Campaign owner")))
    , m_error(named(new QLabel(this), QStringLiteral("campaignError"), tr("Problem")))
{
    named(this, QStringLiteral("campaignDialog"), campaign.id ? tr("Edit campaign") : tr("New campaign"));
    setWindowTitle(campaign.id ? tr("Edit campaign") : tr("New campaign"));
    m_name->setPlaceholderText(tr("e.g. Senior backend engineers, Berlin"));
    m_description->setPlaceholderText(tr("What the role is, who you are looking for, notes for the team"));
    m_description->setTabChangesFocus(true);
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                          QStringLiteral("campaignButtons"), tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("campaignOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(campaign.id ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 300);
}

void CampaignDialog::accept()
{
    const QString name = m_name->text().simplified();
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_name->setFocus();
    };
    if (name.isEmpty())
        return fail(tr("Give the campaign a name."));
    CampaignRepository repo(m_workspace);
    auto existing = repo.findByName(name);
    if (existing.ok() && existing->has_value() && existing->value().id != m_campaign.id)
        return fail(tr("A campaign named “%1” already exists. Choose another name.").arg(name));

    m_campaign.name = name;
    m_campaign.description = m_description->toPlainText().trimmed();
    m_campaign.owner = m_owner->text().trimmed();
    const Status status = m_campaign.id ? repo.update(m_campaign) : repo.create(m_campaign);
    if (status)
        return fail(tr("The campaign could not be saved: %1").arg(status->toString()));
    emit saved(m_campaign.id);
    QDialog::accept();
}

} // namespace sd::ui
