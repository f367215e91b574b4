#include "CampaignSyncPanel.h"

#include "Theme.h"

#include "MessageBox.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncOverridesDialog.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

CampaignSyncPanel::CampaignSyncPanel(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QGroupBox(tr("SmartRecruiters"), parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_job(named(new QLabel(this), QStringLiteral("campaignSrJob"), tr("SmartRecruiters job")))
    , m_overrides(
          named(new QLabel(this), QStringLiteral("campaignSyncOverrides"), tr("Campaign sync settings")))
    , m_link(named(new QPushButton(tr("&Link job…"), this), QStringLiteral("campaignLinkJob"),
                   tr("Link this campaign to a SmartRecruiters job")))
    , m_unlink(named(new QPushButton(tr("Unlink"), this), QStringLiteral("campaignUnlinkJob"),
                     tr("Push to the talent pool instead of a job")))
    , m_settings(named(new QPushButton(tr("Sync settings…"), this), QStringLiteral("campaignSyncSettings"),
                       tr("This campaign's SmartRecruiters sync settings")))
    , m_preview(named(new QPushButton(tr("Pre&view push…"), this), QStringLiteral("campaignPreviewPush"),
                      tr("Preview what a push would send")))
    , m_push(named(new QPushButton(tr("&Push selected to SmartRecruiters"), this),
                   QStringLiteral("campaignPushSelected"),
                   tr("Push the selected members to SmartRecruiters")))
    , m_pushAction(
          namedAction(new QAction(tr("&Push to SmartRecruiters"), this), QStringLiteral("pushToSrAction")))
{
    named(this, QStringLiteral("campaignSyncPanel"), tr("SmartRecruiters"));
    m_job->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setTone(m_overrides, theme::Tone::Muted);
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pushAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_push->setToolTip(tr("Create or update the selected members in SmartRecruiters now (%1)")
                           .arg(m_pushAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_pushAction, &QAction::triggered, this, &CampaignSyncPanel::pushSelected);
    connect(m_link, &QPushButton::clicked, this, &CampaignSyncPanel::linkJob);
    connect(m_unlink, &QPushButton::clicked, this, &CampaignSyncPanel::unlinkJob);
    connect(m_settings, &QPushButton::clicked, this, &CampaignSyncPanel::editSettings);
    connect(m_preview, &QPushButton::clicked, this, &CampaignSyncPanel::previewPush);
    connect(m_push, &QPushButton::clicked, this, &CampaignSyncPanel::pushSelected);
    if (m_hub)
        connect(m_hub, &SyncHub::connectionChanged, this, &CampaignSyncPanel::updateState);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_job);
    text->addWidget(m_overrides);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    for (QPushButton *b : {m_link, m_unlink, m_settings, m_preview, m_push})
        layout->addWidget(b);
    setVisible(m_hub != nullptr);
    updateState();
}

void CampaignSyncPanel::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    updateState();
}

void CampaignSyncPanel::setHasSelection(bool hasSelection)
{
    m_hasSelection = hasSelection;
    updateState();
}

QString CampaignSyncPanel::jobText() const
{
    return m_job->text();
}

void CampaignSyncPanel::updateState()
{
    const bool has = m_campaign.id > 0 && m_hub;
    if (!has) {
        m_job->setText(tr("No campaign selected."));
        m_overrides->clear();
    } else {
        const Result<std::optional<sync::CampaignJob>> job =
            sync::SyncStore(m_workspace).campaignJob(m_campaign.id);
        if (!job.ok())
            m_job->setText(tr("The linked job could not be read: %1").arg(job.error().toString()));
        else if (!job->has_value())
            m_job->setText(tr("Not linked to a job: candidates go to the talent pool."));
        else if (job->value().isTalentPool())
            m_job->setText(tr("Pushes to the talent pool (no job)."));
        else
            m_job->setText(tr("Linked to the job “%1”.").arg(job->value().jobTitle));
        m_unlink->setEnabled(job.ok() && job->has_value());
        const Result<sync::SettingsLayers> layers =
            sync::SettingsStore(m_workspace).load({}, m_campaign.id, 0);
        const int overrides = layers.ok() ? int(layers->campaign.size()) : 0;
        m_overrides->setText(overrides == 0
                                 ? tr("Uses your sync settings.")
                                 : tr("%n sync settings changed for this campaign.", nullptr, overrides));
    }
    m_link->setEnabled(has && !m_campaign.archived);
    if (!has)
        m_unlink->setEnabled(false);
    m_settings->setEnabled(has);
    m_preview->setEnabled(has);
    m_push->setEnabled(has && m_hasSelection);
    m_pushAction->setEnabled(has && m_hasSelection);
    m_job->setAccessibleDescription(m_job->text());
}

void CampaignSyncPanel::linkJob()
{
    if (!m_hub || m_campaign.id <= 0)
        return;
    const Result<std::optional<sync::CampaignJob>> current =
        sync::SyncStore(m_workspace).campaignJob(m_campaign.id);
    const QString currentId = current.ok() && current->has_value() ? current->value().srJobId : QString();
    auto *dialog = new LinkJobDialog(m_hub, m_campaign.id, currentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog = dialog;
    const qint64 campaignId = m_campaign.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, campaignId] {
        sync::CampaignJob job;
        job.campaignId = campaignId;
        job.srJobId = dialog->isTalentPool() ? QString() : dialog->jobId();
        job.jobTitle = dialog->jobTitle();
        job.linkedAt = QDateTime::currentDateTimeUtc();
        job.linkedBy = m_hub ? m_hub->actor() : QString();
        if (Status s = sync::SyncStore(m_workspace).setCampaignJob(job)) {
            MessageBox::warning(this, tr("Link job"),
                                tr("The job could not be linked: %1").arg(s->toString()));
            return;
        }
        updateState();
    });
    dialog->open();
}

void CampaignSyncPanel::unlinkJob()
{
    if (m_campaign.id <= 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Unlink job"),
        tr("Unlink “%1” from its SmartRecruiters job? Candidates pushed from now on go to the talent pool; "
           "those already in SmartRecruiters stay where they are.")
            .arg(m_campaign.name),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes)
        return;
    if (Status s = sync::SyncStore(m_workspace).unlinkCampaignJob(m_campaign.id))
        MessageBox::warning(this, tr("Unlink job"), s->toString());
    updateState();
}

void CampaignSyncPanel::editSettings()
{
    if (m_campaign.id <= 0)
        return;
    auto *dialog = new SyncOverridesDialog(m_workspace, m_campaign.id, m_campaign.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CampaignSyncPanel::updateState);
    dialog->open();
}

void CampaignSyncPanel::previewPush()
{
    if (!m_hub || m_campaign.id <= 0)
        return;
    const QList<qint64> selected = m_selected ? m_selected() : QList<qint64>();
    auto *dialog =
        new PushPreviewDialog(m_hub, m_campaign.id, selected.isEmpty() ? 0 : selected.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previewDialog = dialog;
    dialog->open();
}

void CampaignSyncPanel::pushSelected()
{
    const QList<qint64> ids = m_selected ? m_selected() : QList<qint64>();
    if (!m_hub || m_campaign.id <= 0 || ids.isEmpty())
        return;
    const qint64 campaignId = m_campaign.id;
    m_push->setEnabled(false);
    m_hub->plan(
        this, [campaignId, ids](sync::SyncPlanner &p) { return p.pushNow(campaignId, ids); },
        [this](const sync::PlanSummary &, const QString &error) {
            updateState();
            if (!error.isEmpty())
                MessageBox::warning(this, tr("Push to SmartRecruiters"),
                                    tr("Nothing was queued: %1").arg(error));
            else if (m_hub && !m_hub->isConnected())
                emit m_hub->message(tr("Queued; it goes to SmartRecruiters once you are connected "
                                       "(Settings → Integration)."));
        });
}

} // namespace sd::ui
