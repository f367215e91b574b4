#include "StageMappingPage.h"

#include "Configuration.h"
#include "HelpTexts.h"
#include "Labels.h"
#include "MessageBox.h"
#include "Named.h"
#include "StageSyncPanel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

using stagesync::Stage;
using stagesync::StageCatalog;

namespace {

constexpr int kUnmapped = -1;

QColor flagColor()
{
    return QColor(255, 236, 179); // amber: "look at this", readable in light and dark text
}

} // namespace

StageMappingPage::StageMappingPage(const Workspace &workspace, SyncHub *hub,
                                   stagesync::StageSyncScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_intro(new QLabel(this))
    , m_tree(named(new QTreeWidget(this), QStringLiteral("stageTree"), tr("Hiring stages")))
    , m_download(named(new QPushButton(tr("&Download from SmartRecruiters"), this),
                       QStringLiteral("stageDownload"), tr("Download the hiring stages from SmartRecruiters")))
    , m_suggest(named(new QPushButton(tr("S&uggest"), this), QStringLiteral("stageSuggest"),
                      tr("Suggest a pipeline status for every unmapped stage")))
    , m_clearFlag(named(new QPushButton(tr("C&lear flag"), this), QStringLiteral("stageClearFlag"),
                        tr("Accept the change SmartRecruiters made to the selected stage")))
    , m_revert(named(new QPushButton(tr("Re&vert"), this), QStringLiteral("stageRevert"),
                     tr("Drop the unsaved stage mapping changes")))
    , m_save(named(new QPushButton(tr("&Save"), this), QStringLiteral("stageSave"), tr("Save the stage mapping")))
    , m_status(named(new QLabel(this), QStringLiteral("stageStatus"), tr("Hiring stages status")))
    , m_preferredForm(new QFormLayout)
    , m_panel(new StageSyncPanel(workspace, scheduler, this))
{
    named(this, QStringLiteral("stageMappingPage"), tr("Hiring stages"));
    named(m_intro, QStringLiteral("stageIntro"), tr("About hiring stages"));
    m_intro->setText(tr("Map every SmartRecruiters hiring stage to a Sourcedesk pipeline status. The stage "
                        "sync then moves campaign members when their application moves in SmartRecruiters. "
                        "Every stage must be mapped before the mapping can be saved."));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Stage"), tr("SmartRecruiters status"), tr("Pipeline status"), tr("Note")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(StageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(MappingColumn, QHeaderView::ResizeToContents);

    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_download->setToolTip(tr("Download the stages (%1)").arg(m_download->shortcut().toString(QKeySequence::NativeText)));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_clearFlag);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *preferredBox =
        named(new QGroupBox(tr("Pushing back: stage used for each status"), this), QStringLiteral("stagePreferredBox"),
              tr("Stage used for each status when pushing back"));
    auto *preferredHint = new QLabel(tr("When several stages map to one status, a change made in Sourcedesk is "
                                        "pushed to SmartRecruiters as this stage."),
                                     preferredBox);
    preferredHint->setWordWrap(true);
    auto *preferredLayout = new QVBoxLayout(preferredBox);
    preferredLayout->addWidget(preferredHint);
    preferredLayout->addLayout(m_preferredForm);
    for (int s = 0; s < MemberStatusCount; ++s) {
        const MemberStatus status = MemberStatus(s);
        auto *combo = named(new QComboBox(preferredBox), QStringLiteral("stagePreferred_%1").arg(toKey(status)),
                            tr("Stage pushed for %1").arg(label(status)));
        m_preferred.insert(s, combo);
        m_preferredForm->addRow(label(status), combo);
        connect(combo, &QComboBox::activated, this, [this] {
            m_preferredEdited = true;
            updateButtons();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_status);
    layout->addWidget(preferredBox);
    layout->addWidget(m_panel, 2);

    connect(m_download, &QPushButton::clicked, this, &StageMappingPage::download);
    connect(m_suggest, &QPushButton::clicked, this, &StageMappingPage::suggest);
    connect(m_save, &QPushButton::clicked, this, &StageMappingPage::save);
    connect(m_revert, &QPushButton::clicked, this, &StageMappingPage::revert);
    connect(m_clearFlag, &QPushButton::clicked, this, &StageMappingPage::clearSelectedFlag);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StageMappingPage::updateButtons);
    if (m_hub)
        connect(m_hub, &SyncHub::connectionChanged, this, &StageMappingPage::updateButtons);
    // A run adds stages it finds (unmapped): show them.
    connect(m_panel, &StageSyncPanel::runFinished, this, &StageMappingPage::reload);
    reload();
    HelpTexts::apply(this); // the stage rows attach theirs in fillTree()
}

QString StageMappingPage::statusText() const
{
    return m_status->text();
}

void StageMappingPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QTreeWidgetItem *StageMappingPage::itemFor(const QString &stageId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(StageColumn, StageIdRole).toString() == stageId)
            return *it;
    }
    return nullptr;
}

QComboBox *StageMappingPage::mappingCombo(const QString &stageId) const
{
    QTreeWidgetItem *item = itemFor(stageId);
    return item ? qobject_cast<QComboBox *>(m_tree->itemWidget(item, MappingColumn)) : nullptr;
}

std::optional<MemberStatus> StageMappingPage::currentMapping(const Stage &stage) const
{
    const auto edit = m_edits.constFind(stage.id);
    if (edit == m_edits.cend())
        return stage.mapping;
    return *edit == kUnmapped ? std::nullopt : std::optional(MemberStatus(*edit));
}

void StageMappingPage::reload()
{
    const Result<QList<Stage>> stages = StageCatalog(m_workspace).stages();
    if (!stages.ok()) {
        setStatus(tr("The hiring stages could not be read: %1").arg(stages.error().toString()));
        m_stages.clear();
    } else {
        m_stages = stages.value();
    }
    // Unsaved choices for stages that are gone from the catalogue are dropped.
    QHash<QString, int> kept;
    for (const Stage &s : std::as_const(m_stages)) {
        if (m_edits.contains(s.id))
            kept.insert(s.id, m_edits.value(s.id));
    }
    m_edits = kept;
    m_savedPreferred = StageCatalog(m_workspace).preferredStages();
    fillTree();
    fillPreferred();
    if (m_stages.isEmpty() && stages.ok())
        setStatus(tr("No stages yet. Download them from SmartRecruiters."));
    updateButtons();
}

void StageMappingPage::fillTree()
{
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(StageColumn, StageIdRole).toString()
                                                  : QString();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    int row = 0;
    for (const Stage &stage : std::as_const(m_stages)) {
        const QString groupKey = stage.processId;
        QTreeWidgetItem *group = groups.value(groupKey);
        if (!group) {
            const QString title = stage.processId.isEmpty() ? tr("Main statuses (every hiring process)")
                                                            : tr("Hiring process: %1").arg(stage.processName);
            group = new QTreeWidgetItem(m_tree, {title});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(StageColumn);
            bold.setBold(true);
            group->setFont(StageColumn, bold);
            groups.insert(groupKey, group);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(StageColumn, stage.label == stage.status ? stagesync::statusDisplayName(stage.status) : stage.label);
        item->setText(StatusColumn, stagesync::statusDisplayName(stage.status));
        item->setText(NoteColumn, stage.flagText());
        item->setData(StageColumn, StageIdRole, stage.id);
        item->setToolTip(StageColumn, stage.displayName());
        if (!stage.flag.isEmpty()) {
            for (int c = 0; c < m_tree->columnCount(); ++c) {
                item->setBackground(c, flagColor());
                item->setForeground(c, QColor(Qt::black));
            }
            item->setToolTip(NoteColumn, tr("Changed in SmartRecruiters: %1. Select the stage and click Clear "
                                            "flag once you have checked its mapping.")
                                             .arg(stage.flagText()));
        }
        auto *combo = named(new QComboBox(m_tree), QStringLiteral("stageMapping_%1").arg(row++),
                            tr("Pipeline status for %1").arg(stage.displayName()));
        combo->addItem(tr("— Not mapped —"), kUnmapped);
        for (int s = 0; s < MemberStatusCount; ++s)
            combo->addItem(label(MemberStatus(s)), s);
        const std::optional<MemberStatus> mapped = currentMapping(stage);
        combo->setCurrentIndex(combo->findData(mapped ? int(*mapped) : kUnmapped));
        const QString id = stage.id;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo] { mappingChosen(id, combo); });
        HelpTexts::attach(combo, QStringLiteral("stageMapping_"));
        m_tree->setItemWidget(item, MappingColumn, combo);
        if (id == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
}

void StageMappingPage::mappingChosen(const QString &stageId, QComboBox *combo)
{
    const int chosen = combo->currentData().toInt();
    for (const Stage &s : std::as_const(m_stages)) {
        if (s.id != stageId)
            continue;
        const int saved = s.mapping ? int(*s.mapping) : kUnmapped;
        if (chosen == saved)
            m_edits.remove(stageId);
        else
            m_edits.insert(stageId, chosen);
    }
    fillPreferred();
    updateButtons();
}

void StageMappingPage::fillPreferred()
{
    for (auto it = m_preferred.cbegin(); it != m_preferred.cend(); ++it) {
        const MemberStatus status = MemberStatus(it.key());
        QComboBox *combo = it.value();
        const QString keep = m_preferredEdited ? combo->currentData().toString() : m_savedPreferred.value(status);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(the only or main stage)"), QString());
        int mappedHere = 0;
        for (const Stage &s : std::as_const(m_stages)) {
            if (!s.isGone() && currentMapping(s) == status) {
                combo->addItem(s.displayName(), s.id);
                ++mappedHere;
            }
        }
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        combo->setEnabled(mappedHere > 1);
        combo->setToolTip(mappedHere > 1 ? HelpTexts::toolTip(QStringLiteral("stagePreferred_"))
                                         : tr("Only needed when several stages map to this status."));
    }
}

void StageMappingPage::updateButtons()
{
    const bool connected = m_hub && m_hub->isConnected();
    m_download->setEnabled(connected && !m_downloading);
    m_download->setToolTip(connected ? tr("Download the stages (%1)")
                                           .arg(m_download->shortcut().toString(QKeySequence::NativeText))
                                     : tr("Connect on Settings → Integration: SmartRecruiters first."));
    m_suggest->setEnabled(!m_stages.isEmpty());
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(StageColumn, StageIdRole).toString() : QString();
    bool flagged = false;
    for (const Stage &s : std::as_const(m_stages))
        flagged = flagged || (s.id == id && !s.flag.isEmpty());
    m_clearFlag->setEnabled(flagged);
    m_save->setEnabled(isModified());
    m_revert->setEnabled(isModified());
}

void StageMappingPage::download()
{
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!client) {
        setStatus(tr("Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then "
                     "download the stages."));
        return;
    }
    if (m_downloading)
        return;
    m_downloading = true;
    setStatus(tr("Downloading the hiring stages from SmartRecruiters…"));
    updateButtons();
    sr::ConfigurationApi(client).hiringProcesses(this, [this](const sr::Result<sr::Page<sr::HiringProcess>> &r) {
        onProcesses(r.value.items, r.ok() ? QString() : r.error.message);
    });
}

void StageMappingPage::onProcesses(const QList<sr::HiringProcess> &processes, const QString &error)
{
    m_downloading = false;
    if (!error.isEmpty()) {
        setStatus(tr("The stages could not be downloaded: %1").arg(error));
        updateButtons();
        return;
    }
    const Result<stagesync::RefreshChanges> changes = StageCatalog(m_workspace).refresh(processes);
    if (!changes.ok()) {
        setStatus(tr("The downloaded stages could not be stored: %1").arg(changes.error().toString()));
        updateButtons();
        return;
    }
    reload();
    const stagesync::RefreshChanges &c = changes.value();
    setStatus(c.isEmpty() ? tr("Downloaded: the stages are the same as in SmartRecruiters.")
                          : tr("Downloaded: %1 new, %2 renamed, %3 no longer in SmartRecruiters, %4 back. "
                               "Map the new stages and check the highlighted ones.")
                                .arg(c.added.size())
                                .arg(c.renamed.size())
                                .arg(c.gone.size())
                                .arg(c.returned.size()));
}

void StageMappingPage::suggest()
{
    const QHash<QString, MemberStatus> suggested = stagesync::suggestedMapping(m_stages);
    int filled = 0;
    for (const Stage &s : std::as_const(m_stages)) {
        if (s.isGone() || currentMapping(s) || !suggested.contains(s.id))
            continue;
        if (QComboBox *combo = mappingCombo(s.id)) {
            combo->setCurrentIndex(combo->findData(int(suggested.value(s.id))));
            ++filled;
        }
    }
    setStatus(filled ? tr("Suggested a status for %1 unmapped stages. Check them, then save.").arg(filled)
                     : tr("Every stage is already mapped."));
}

bool StageMappingPage::save()
{
    QHash<QString, MemberStatus> mapping;
    QStringList unmapped;
    for (const Stage &s : std::as_const(m_stages)) {
        if (const std::optional<MemberStatus> m = currentMapping(s))
            mapping.insert(s.id, *m);
        else if (!s.isGone())
            unmapped << s.displayName();
    }
    if (!unmapped.isEmpty()) {
        setStatus(tr("Not saved: %1 stages are not mapped yet.").arg(unmapped.size()));
        MessageBox::warning(this, tr("Stage mapping not saved"),
                            tr("Nothing was saved. Every stage needs a pipeline status; these have none:\n\n%1\n\n"
                               "Choose one for each, or click Suggest.")
                                .arg(unmapped.join(u'\n')));
        return false;
    }
    StageCatalog catalog(m_workspace);
    if (Status s = catalog.setMapping(mapping)) {
        setStatus(tr("Not saved: %1").arg(s->toString()));
        MessageBox::warning(this, tr("Stage mapping not saved"), tr("Nothing was saved: %1").arg(s->toString()));
        return false;
    }
    QStringList problems;
    for (auto it = m_preferred.cbegin(); it != m_preferred.cend(); ++it) {
        const QString chosen = it.value()->currentData().toString();
        const MemberStatus status = MemberStatus(it.key());
        if (chosen == m_savedPreferred.value(status))
            continue;
        if (Status s = catalog.setPreferredStage(status, chosen))
            problems << tr("%1: %2").arg(label(status), s->toString());
    }
    m_edits.clear();
    m_preferredEdited = false;
    reload();
    setStatus(problems.isEmpty() ? tr("Saved.")
                                 : tr("The mapping was saved, but not every preferred stage: %1")
                                       .arg(problems.join(QStringLiteral("; "))));
    return true;
}

void StageMappingPage::revert()
{
    m_edits.clear();
    m_preferredEdited = false;
    reload();
    setStatus(tr("Unsaved changes dropped."));
}

void StageMappingPage::clearSelectedFlag()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(StageColumn, StageIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    if (Status s = StageCatalog(m_workspace).clearFlag(id)) {
        setStatus(tr("The flag could not be cleared: %1").arg(s->toString()));
        return;
    }
    reload();
    setStatus(tr("Flag cleared."));
}

} // namespace sd::ui
