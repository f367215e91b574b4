#include "PushPreviewDialog.h"

#include "Theme.h"
#include "CampaignRepository.h"
#include "FieldMapping.h"
#include "MessageBox.h"
#include "Named.h"
#include "SyncLabels.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

PushPreviewDialog::PushPreviewDialog(SyncHub *hub, qint64 campaignId, qint64 candidateId, QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_campaignId(campaignId)
    , m_runner(new sync::PreviewRunner(hub->workspace(), hub->client(), hub->actor(), this))
    , m_member(named(new QComboBox(this), QStringLiteral("previewMember"), tr("Campaign member")))
    , m_action(named(new QLabel(this), QStringLiteral("previewAction"), tr("What would be sent")))
    , m_status(named(new QLabel(this), QStringLiteral("previewStatus"), tr("Preview status")))
    , m_fields(named(new QTreeWidget(this), QStringLiteral("previewFields"), tr("Fields")))
    , m_tags(named(new QLabel(this), QStringLiteral("previewTags"), tr("Tags")))
    , m_push(named(new QPushButton(tr("&Push to SmartRecruiters"), this), QStringLiteral("previewPush"),
                   tr("Push this candidate to SmartRecruiters")))
{
    named(this, QStringLiteral("pushPreviewDialog"), tr("Preview push"));
    setWindowTitle(tr("Preview push to SmartRecruiters"));
    m_member->setMinimumContentsLength(30);
    MemberQuery query;
    query.campaignId = campaignId;
    const Result<QList<CampaignMember>> members =
        CampaignRepository(*hub->workspace()).members(query, {}, 1000);
    if (members.ok()) {
        for (const CampaignMember &m : members.value()) {
            const QString email = m.candidate.primaryEmail();
            m_member->addItem(email.isEmpty() ? m.candidate.displayName()
                                              : tr("%1 <%2>").arg(m.candidate.displayName(), email),
                              m.candidate.id);
        }
    }
    const int initial = m_member->findData(candidateId);
    m_member->setCurrentIndex(initial >= 0 ? initial : 0);
    for (QLabel *label : {m_action, m_status, m_tags}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_fields->setHeaderLabels({tr("Field"), tr("SmartRecruiters now"), tr("Sourcedesk would send"),
                               tr("Rule"), tr("Sent?"), tr("Why")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setStretchLastSection(true);

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Close, this),
                          QStringLiteral("previewButtons"), tr("Preview actions"));
    buttons->addButton(m_push, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_push, &QPushButton::clicked, this, &PushPreviewDialog::push);
    connect(m_member, &QComboBox::currentIndexChanged, this, &PushPreviewDialog::build);

    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("Action:"), m_action);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_tags);
    layout->addWidget(buttons);
    resize(860, 520);
    build();
}

void PushPreviewDialog::build()
{
    const qint64 candidateId = m_member->currentData().toLongLong();
    m_fields->clear();
    m_tags->clear();
    m_action->clear();
    m_push->setEnabled(false);
    if (candidateId <= 0) {
        m_status->setText(tr("This campaign has no members yet."));
        return;
    }
    const int generation = ++m_generation;
    m_building = true;
    m_status->setText(m_hub && m_hub->client()
                          ? tr("Reading the candidate in SmartRecruiters…")
                          : tr("Not connected: the preview uses Sourcedesk's data only."));
    // A fresh client each time: the connection may have come or gone since the dialog opened.
    delete m_runner;
    m_runner = new sync::PreviewRunner(m_hub->workspace(), m_hub->client(), m_hub->actor(), this);
    m_runner->build(candidateId, m_campaignId, [this, generation](const sync::PushPreview &preview) {
        if (generation == m_generation)
            display(preview);
    });
}

void PushPreviewDialog::display(const sync::PushPreview &preview)
{
    m_building = false;
    m_preview = preview;
    QString action = preview.action;
    if (!preview.method.isEmpty())
        action += QStringLiteral(" (%1 %2)").arg(preview.method, preview.path);
    m_action->setText(action);
    for (const sync::FieldPreview &f : preview.fields) {
        auto *item = new QTreeWidgetItem(
            m_fields, {f.label.isEmpty() ? sync::srFieldLabel(f.srField) : f.label, f.remoteValue,
                       f.localValue, SyncLabels::ruleLabel(f.rule), f.send ? tr("Yes") : tr("No"), f.why});
        item->setData(0, Qt::UserRole, f.srField);
        if (!f.send)
            for (int c = 0; c < m_fields->columnCount(); ++c)
                item->setForeground(c, theme::colorOnBase(theme::Tone::Muted));
    }
    for (int c = 0; c < 4; ++c)
        m_fields->resizeColumnToContents(c);
    m_tags->setText(preview.tags.isEmpty() ? QString()
                                           : tr("Tags: %1").arg(preview.tags.join(QStringLiteral(", "))));

    QStringList lines;
    if (!preview.error.isEmpty())
        lines << tr("SmartRecruiters could not be read: %1").arg(preview.error);
    if (!preview.missingMandatory.isEmpty())
        lines << tr("Fill these mandatory fields first: %1")
                     .arg(preview.missingMandatory.join(QStringLiteral(", ")));
    if (!preview.holdReason.isEmpty())
        lines << tr("The push waits: %1").arg(preview.holdReason);
    lines << preview.warnings;
    if (lines.isEmpty())
        lines << (preview.method.isEmpty() ? tr("Nothing would be sent: SmartRecruiters is up to date.")
                                           : tr("Ready to push."));
    m_status->setText(lines.join(u'\n'));
    theme::setTone(m_status, preview.canPush() ? theme::Tone::Normal : theme::Tone::Problem);
    m_push->setEnabled(preview.canPush() && !preview.method.isEmpty());
}

void PushPreviewDialog::push()
{
    const qint64 candidateId = m_member->currentData().toLongLong();
    if (!m_hub || candidateId <= 0)
        return;
    m_push->setEnabled(false);
    m_status->setText(tr("Queuing…"));
    const qint64 campaignId = m_campaignId;
    m_hub->plan(
        this,
        [campaignId, candidateId](sync::SyncPlanner &p) { return p.pushNow(campaignId, {candidateId}); },
        [this](const sync::PlanSummary &summary, const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Not queued: %1").arg(error));
                return;
            }
            m_status->setText(SyncHub::describe(summary));
            emit pushed();
        });
}

} // namespace sd::ui
