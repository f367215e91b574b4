#include "ImportOptionsPage.h"

#include "CampaignRepository.h"
#include "ImportWizard.h"
#include "Named.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd::ui {

ImportOptionsPage::ImportOptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_campaign(named(new QComboBox(this), QStringLiteral("importCampaign"),
                       tr("Add imported candidates to campaign")))
    , m_skip(named(new QRadioButton(tr("&Skip them: keep the stored candidate as it is"), this),
                   QStringLiteral("importSkipDuplicates"), tr("Skip duplicates")))
    , m_merge(named(new QRadioButton(tr("&Merge them: add the new details to the stored candidate"), this),
                    QStringLiteral("importMergeDuplicates"), tr("Merge duplicates")))
    , m_summary(named(new QLabel(this), QStringLiteral("importOptionsSummary"), tr("Import summary")))
{
    named(this, QStringLiteral("importOptionsPage"), tr("Import options"));
    setTitle(tr("Options"));
    setSubTitle(
        tr("A row is a duplicate when its email, LinkedIn profile, or name and company match a stored "
           "candidate (or an earlier row). Nothing is ever imported twice."));
    setCommitPage(true);
    m_skip->setChecked(true);
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Add to &campaign:"), m_campaign);
    form->addRow(tr("Duplicates:"), m_skip);
    form->addRow(QString(), m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void ImportOptionsPage::initializePage()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    const qint64 keep = m_campaign->currentData().toLongLong();
    m_campaign->clear();
    m_campaign->addItem(tr("No campaign"), qint64(0));
    auto campaigns = CampaignRepository(*w->workspace()).list(false);
    if (campaigns.ok()) {
        for (const CampaignSummary &s : campaigns.value())
            m_campaign->addItem(s.campaign.name, s.campaign.id);
    }
    const int index = m_campaign->findData(keep);
    m_campaign->setCurrentIndex(index >= 0 ? index : 0);
    m_summary->setText(
        tr("Ready to import “%1”. You can cancel at any time; the rows imported until then stay, "
           "and no half-written batch is left behind.")
            .arg(QFileInfo(w->filePath()).fileName()));
}

bool ImportOptionsPage::validatePage()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    w->campaignId = m_campaign->currentData().toLongLong();
    w->policy = m_merge->isChecked() ? DuplicatePolicy::Merge : DuplicatePolicy::Skip;
    return true;
}

} // namespace sd::ui
