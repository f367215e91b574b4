#include "PushBackReasonDialog.h"

#include "ApiError.h"
#include "Labels.h"
#include "MessageBox.h"
#include "Named.h"
#include "SettingsStore.h"
#include "StageCatalog.h"
#include "SyncPlanner.h"
#include "SyncSettings.h"
#include "SyncStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

bool needsReason(const QString &srStatus)
{
    return srStatus == u"REJECTED" || srStatus == u"WITHDRAWN";
}

} // namespace

PushBackReasonDialog::Need PushBackReasonDialog::need(const Workspace &workspace, const QString &user,
                                                      qint64 campaignId, const QList<qint64> &candidateIds,
                                                      MemberStatus status)
{
    Need result;
    if (candidateIds.isEmpty())
        return result;
    Result<sync::ResolvedSettings> settings = sync::SettingsStore(workspace).resolve(user, campaignId);
    if (!settings || !settings->flag(QLatin1String(sync::key::StageSyncPushBack)))
        return result;
    sync::SyncStore store(workspace);
    Result<std::optional<sync::CampaignJob>> job = store.campaignJob(campaignId);
    if (!job || !job->has_value() || job->value().isTalentPool())
        return result;

    // The stages the change can go to: the preferred one of the status when it maps to it, else
    // every current stage mapped to it (one, or an ambiguous choice).
    stagesync::StageCatalog catalog(workspace);
    Result<QList<stagesync::Stage>> stages = catalog.stages();
    if (!stages)
        return result;
    QList<stagesync::Stage> mapped;
    for (const stagesync::Stage &s : std::as_const(*stages))
        if (s.mapping == status && s.flag.isEmpty())
            mapped.append(s);
    const QString preferred = catalog.preferredStages().value(status);
    for (const stagesync::Stage &s : std::as_const(mapped)) {
        if (!preferred.isEmpty() && s.id == preferred) {
            mapped = {s};
            break;
        }
    }
    for (const stagesync::Stage &s : std::as_const(mapped))
        if (needsReason(s.status) && !s.isSubStatus() && !result.stageIds.contains(s.id))
            result.stageIds.append(s.id);
    if (result.stageIds.isEmpty())
        return result;

    for (qint64 id : candidateIds) {
        Result<std::optional<sync::SrLink>> link = store.link(id);
        if (link && link->has_value())
            result.candidateIds.append(id);
    }
    return result;
}

PushBackReasonDialog *PushBackReasonDialog::offer(QWidget *parent, SyncHub *hub, qint64 campaignId,
                                                  const QList<qint64> &candidateIds, MemberStatus status)
{
    if (!hub || !hub->workspace())
        return nullptr;
    const Need needed = need(*hub->workspace(), hub->actor(), campaignId, candidateIds, status);
    if (needed.isEmpty())
        return nullptr;
    auto *dialog = new PushBackReasonDialog(hub, campaignId, needed, status, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PushBackReasonDialog::PushBackReasonDialog(SyncHub *hub, qint64 campaignId, const Need &need, MemberStatus status,
                                           QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_campaignId(campaignId)
    , m_need(need)
    , m_status(status)
    , m_intro(named(new QLabel(this), QStringLiteral("pushBackIntro"), tr("About this push")))
    , m_stageLabel(new QLabel(tr("Record &as:"), this))
    , m_stage(named(new QComboBox(this), QStringLiteral("pushBackStage"), tr("Rejection or withdrawal")))
    , m_reason(named(new QComboBox(this), QStringLiteral("pushBackReason"), tr("Reason")))
    , m_busy(named(new QProgressBar(this), QStringLiteral("pushBackBusy"), tr("Loading reasons")))
    , m_statusLabel(named(new QLabel(this), QStringLiteral("pushBackStatus"), tr("Reason loading status")))
    , m_retry(named(new QPushButton(tr("&Retry"), this), QStringLiteral("pushBackRetry"), tr("Retry")))
    , m_push(named(new QPushButton(tr("&Push to SmartRecruiters"), this), QStringLiteral("pushBackOk"),
                   tr("Push to SmartRecruiters")))
    , m_dontPush(named(new QPushButton(tr("&Don't push to SmartRecruiters"), this),
                       QStringLiteral("pushBackDontPush"), tr("Don't push to SmartRecruiters")))
{
    named(this, QStringLiteral("pushBackReasonDialog"), tr("Push status to SmartRecruiters"));
    setWindowTitle(tr("Push status to SmartRecruiters"));
    const int n = int(m_need.candidateIds.size());
    m_intro->setWordWrap(true);
    m_intro->setText(tr("%n of the selected people are in SmartRecruiters. To record “%1” on their application, "
                        "SmartRecruiters needs a reason.",
                        nullptr, n)
                         .arg(label(status)));

    for (const QString &id : std::as_const(m_need.stageIds))
        m_stage->addItem(id == u"WITHDRAWN" ? tr("Withdrawn by the candidate") : tr("Rejected by us"), id);
    m_stageLabel->setBuddy(m_stage);
    m_stageLabel->setVisible(m_stage->count() > 1);
    m_stage->setVisible(m_stage->count() > 1);
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setMinimumContentsLength(30);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_stageLabel, m_stage);
    form->addRow(reasonLabel, m_reason);
    auto *buttons = named(new QDialogButtonBox(this), QStringLiteral("pushBackButtons"), tr("Push or not"));
    buttons->addButton(m_push, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_dontPush, QDialogButtonBox::RejectRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    m_push->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PushBackReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PushBackReasonDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &PushBackReasonDialog::reload);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        fillReasons();
        updateButtons();
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this, &PushBackReasonDialog::updateButtons);
    reload();
}

QString PushBackReasonDialog::statusText() const
{
    return m_statusLabel->text();
}

QString PushBackReasonDialog::chosenStage() const
{
    return m_stage->currentData().toString();
}

QString PushBackReasonDialog::chosenReason() const
{
    return m_reason->currentData().toString();
}

void PushBackReasonDialog::reload()
{
    ++m_generation;
    m_reasons = {};
    m_reason->clear();
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!client) {
        showError(tr("Sourcedesk is not connected to SmartRecruiters, so the reasons cannot be read. Connect in "
                     "Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep "
                     "the change in Sourcedesk only."));
        return;
    }
    m_loading = true;
    m_statusLabel->setText(tr("Loading reasons…"));
    m_busy->show();
    m_retry->hide();
    updateButtons();
    const int generation = m_generation;
    stagesync::StatusPushBack::loadReasons(
        client, this, [this, generation](const stagesync::ReasonLists &lists, const sr::ApiError &error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->hide();
            if (error.kind != sr::ApiError::Kind::None || !lists.loaded) {
                showError(tr("The reasons could not be read from SmartRecruiters: %1\nCheck the connection in "
                             "Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” "
                             "to keep the change in Sourcedesk only.")
                              .arg(error.message.isEmpty() ? tr("no answer") : error.message));
                return;
            }
            m_reasons = lists;
            m_statusLabel->clear();
            fillReasons();
            updateButtons();
        });
}

void PushBackReasonDialog::fillReasons()
{
    m_reason->clear();
    if (!m_reasons.loaded)
        return;
    const bool withdrawn = chosenStage() == u"WITHDRAWN";
    const QList<sr::Reason> &list = withdrawn ? m_reasons.withdrawal : m_reasons.rejection;
    if (list.isEmpty()) {
        m_statusLabel->setText(withdrawn ? tr("SmartRecruiters has no withdrawal reasons. An administrator can add "
                                              "them in SmartRecruiters; until then this change cannot be pushed.")
                                         : tr("SmartRecruiters has no rejection reasons. An administrator can add "
                                              "them in SmartRecruiters; until then this change cannot be pushed."));
        return;
    }
    m_statusLabel->clear();
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const sr::Reason &r : list)
        m_reason->addItem(r.label.isEmpty() ? r.id : r.label, r.id);
}

void PushBackReasonDialog::updateButtons()
{
    m_stage->setEnabled(!m_loading);
    m_reason->setEnabled(!m_loading && m_reason->count() > 0);
    m_push->setEnabled(!m_loading && m_hub && !chosenReason().isEmpty());
}

void PushBackReasonDialog::showError(const QString &text)
{
    m_loading = false;
    m_busy->hide();
    m_statusLabel->setText(text);
    m_retry->show();
    updateButtons();
}

void PushBackReasonDialog::accept()
{
    const QString stage = chosenStage();
    const QString reason = chosenReason();
    if (!m_hub || m_loading || reason.isEmpty())
        return;
    const qint64 campaignId = m_campaignId;
    const QList<qint64> ids = m_need.candidateIds;
    const MemberStatus status = m_status;
    QWidget *owner = parentWidget();
    const QString title = windowTitle();
    m_hub->plan(
        owner,
        [campaignId, ids, status, stage, reason](sync::SyncPlanner &planner) -> Result<sync::PlanSummary> {
            // One member refused (e.g. a sample candidate) does not stop the others.
            sync::PlanSummary total;
            for (qint64 id : ids) {
                Result<sync::PlanSummary> r = planner.pushStatus(campaignId, id, status, stage, reason);
                if (!r) {
                    ++total.skipped;
                    total.reasons.append(r.error().message);
                    continue;
                }
                total.queued += r->queued;
                total.held += r->held;
                total.skipped += r->skipped;
                total.reasons += r->reasons;
            }
            return total;
        },
        [owner, title](const sync::PlanSummary &summary, const QString &error) {
            if (!error.isEmpty())
                MessageBox::warning(owner, title, tr("The status could not be queued for SmartRecruiters: %1").arg(error));
            else if (summary.skipped > 0)
                MessageBox::warning(owner, title,
                                    tr("Not every status could be queued for SmartRecruiters:\n%1")
                                        .arg(summary.reasons.join(QLatin1Char('\n'))));
        });
    QDialog::accept();
}

} // namespace sd::ui
