#include "CampaignDetailView.h"

#include "Actor.h"
#include "CampaignRepository.h"
#include "CandidatePickerDialog.h"
#include "CandidateProfileDialog.h"
#include "CampaignSyncPanel.h"
#include "ChangeNotifier.h"
#include "EnrollDialog.h"
#include "Labels.h"
#include "LogActivityDialog.h"
#include "MemberTableModel.h"
#include "MessageBox.h"
#include "Named.h"
#include "PushBackReasonDialog.h"
#include "SequenceEditor.h"
#include "StatusUndo.h"
#include "UndoController.h"
#include "UndoSnapshot.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

CampaignDetailView::CampaignDetailView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_model(new MemberTableModel(workspace, this))
    , m_title(named(new QLabel(this), QStringLiteral("campaignTitle"), tr("Campaign")))
    , m_description(
          named(new QLabel(this), QStringLiteral("campaignDescriptionLabel"), tr("Campaign description")))
    , m_statusFilter(
          named(new QComboBox(this), QStringLiteral("statusFilter"), tr("Show members with status")))
    , m_table(named(new QTableView(this), QStringLiteral("memberTable"), tr("Campaign members")))
    , m_statusButton(named(new QToolButton(this), QStringLiteral("setStatusButton"), tr("Set status")))
    , m_statusMenu(new QMenu(tr("Set &status"), this))
    , m_syncPanel(new CampaignSyncPanel(workspace, SyncHub::find(notifier), this))
{
    named(this, QStringLiteral("campaignDetail"), tr("Campaign members"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));

    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < MemberStatusCount; ++s)
        m_statusFilter->addItem(label(static_cast<MemberStatus>(s)), s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_statusFilter->currentData().toInt();
        m_model->setStatusFilter(s < 0 ? std::nullopt
                                       : std::optional<MemberStatus>(static_cast<MemberStatus>(s)));
        updateActions();
    });

    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const std::pair<int, int> widths[] = {
        {MemberTableModel::NameColumn, 170},    {MemberTableModel::EmailColumn, 210},
        {MemberTableModel::CompanyColumn, 150}, {MemberTableModel::TitleColumn, 180},
        {MemberTableModel::StatusColumn, 110},  {MemberTableModel::StatusChangedColumn, 150}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    connect(m_table, &QTableView::doubleClicked, this, &CampaignDetailView::openSelectedProfile);

    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_addAction = makeAction(tr("&Add candidates…"), QStringLiteral("addMembersAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_removeAction =
        makeAction(tr("&Remove from campaign"), QStringLiteral("removeMembersAction"), QKeySequence::Delete);
    m_logAction = makeAction(tr("&Log activity…"), QStringLiteral("logActivityAction"),
                             QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openAction = makeAction(tr("&Open profile"), QStringLiteral("openMemberProfileAction"),
                              QKeySequence(Qt::Key_Return));
    connect(m_addAction, &QAction::triggered, this, &CampaignDetailView::addMembers);
    connect(m_removeAction, &QAction::triggered, this, &CampaignDetailView::removeSelected);
    connect(m_logAction, &QAction::triggered, this, &CampaignDetailView::logActivity);
    connect(m_openAction, &QAction::triggered, this, &CampaignDetailView::openSelectedProfile);
    // Ctrl+E is File → Export CSV; Ctrl+Shift+E and Ctrl+Shift+Q are free in the main window.
    m_sequenceAction = makeAction(tr("Se&quence…"), QStringLiteral("sequenceAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_enrollAction = makeAction(tr("&Enroll in sequence…"), QStringLiteral("enrollAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_sequenceAction, &QAction::triggered, this, &CampaignDetailView::openSequence);
    connect(m_enrollAction, &QAction::triggered, this, &CampaignDetailView::enrollSelected);

    for (int s = 0; s < MemberStatusCount; ++s) {
        const auto status = static_cast<MemberStatus>(s);
        auto *a =
            makeAction(tr("Mark as %1").arg(label(status)), QStringLiteral("setStatus_") + toKey(status),
                       QKeySequence(Qt::ALT | (Qt::Key_1 + s)));
        connect(a, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
        m_statusMenu->addAction(a);
        m_statusActions.append(a);
    }
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setText(tr("Set &status"));

    m_table->addAction(m_openAction);
    // Return opens the profile only from the table, so Return in a text field keeps its meaning.
    removeAction(m_openAction);
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_logAction);
    m_table->addAction(m_enrollAction);
    m_table->addAction(m_statusMenu->menuAction());
    m_table->addAction(m_removeAction);
    m_syncPanel->setSelectionSource([this] { return selectedCandidateIds(); });
    addAction(m_syncPanel->pushAction()); // Ctrl+Shift+P anywhere in the view
    m_table->addAction(m_syncPanel->pushAction());

    auto toolButton = [this](QAction *action, const QString &name) {
        auto *b = named(new QToolButton(this), name, action->text().remove(u'&'));
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(toolButton(m_addAction, QStringLiteral("addMembersButton")));
    bar->addWidget(toolButton(m_removeAction, QStringLiteral("removeMembersButton")));
    bar->addWidget(m_statusButton);
    bar->addWidget(toolButton(m_logAction, QStringLiteral("logActivityButton")));
    bar->addWidget(toolButton(m_sequenceAction, QStringLiteral("sequenceButton")));
    bar->addWidget(toolButton(m_enrollAction, QStringLiteral("enrollButton")));
    bar->addStretch();
    bar->addWidget(named(new QLabel(tr("Show:"), this), QStringLiteral("statusFilterLabel"), tr("Show")));
    bar->addWidget(m_statusFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_syncPanel);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignDetailView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignDetailView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CampaignDetailView::updateActions);
    connect(m_model, &MemberTableModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Campaign members"),
                            tr("The members could not be loaded: %1").arg(message));
    });
    if (m_notifier) {
        connect(m_notifier, &ChangeNotifier::membersChanged, this, [this](qint64 campaignId) {
            if (campaignId == 0 || campaignId == m_campaign.id)
                reloadMembers();
        });
        connect(m_notifier, &ChangeNotifier::candidatesChanged, this, &CampaignDetailView::reloadMembers);
    }
    setCampaign({});
}

void CampaignDetailView::setCampaign(const Campaign &campaign)
{
    const bool same = campaign.id == m_campaign.id;
    m_campaign = campaign;
    updateHeader();
    if (!same || campaign.id == 0)
        m_model->setCampaign(campaign.id);
    m_syncPanel->setCampaign(campaign);
    updateActions();
}

void CampaignDetailView::updateHeader()
{
    if (m_campaign.id == 0) {
        m_title->setText(tr("No campaign selected"));
        m_description->setText(tr("Choose a campaign on the left, or create one with File → New campaign."));
    } else {
        QString title = m_campaign.name;
        if (m_campaign.sample)
            title += u' ' + tr("(sample)");
        if (m_campaign.archived)
            title += u' ' + tr("(archived)");
        m_title->setText(title);
        m_description->setText(m_campaign.description);
    }
    m_title->setAccessibleName(m_title->text());
}

QList<qint64> CampaignDetailView::selectedCandidateIds() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->candidateIdAt(index.row()));
    return ids;
}

void CampaignDetailView::updateActions()
{
    const bool hasCampaign = m_campaign.id > 0;
    const bool hasSelection = hasCampaign && m_table->selectionModel()->hasSelection();
    m_addAction->setEnabled(hasCampaign && !m_campaign.archived);
    m_removeAction->setEnabled(hasSelection);
    m_logAction->setEnabled(hasSelection);
    m_openAction->setEnabled(hasSelection);
    m_sequenceAction->setEnabled(hasCampaign);
    m_enrollAction->setEnabled(hasSelection && !m_campaign.archived);
    m_statusMenu->setEnabled(hasSelection);
    m_statusButton->setEnabled(hasSelection);
    for (QAction *a : std::as_const(m_statusActions))
        a->setEnabled(hasSelection);
    m_statusFilter->setEnabled(hasCampaign);
    m_syncPanel->setHasSelection(hasSelection);
}

void CampaignDetailView::reloadMembers()
{
    if (m_campaign.id > 0) {
        const QList<qint64> selected = selectedCandidateIds();
        m_model->reload();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (selected.contains(m_model->candidateIdAt(row)))
                m_table->selectionModel()->select(m_model->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void CampaignDetailView::addMembers()
{
    if (m_campaign.id <= 0)
        return;
    auto *picker = new CandidatePickerDialog(m_workspace, tr("Add to campaign"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Add candidates to “%1”").arg(m_campaign.name));
    const qint64 campaignId = m_campaign.id;
    connect(picker, &CandidatePickerDialog::candidatesChosen, this,
            [this, campaignId](const QList<qint64> &ids) {
                auto added = CampaignRepository(m_workspace).addMembers(campaignId, ids, currentActor());
                if (!added.ok()) {
                    MessageBox::critical(
                        this, tr("Add candidates"),
                        tr("The candidates could not be added: %1").arg(added.error().toString()));
                    return;
                }
                if (m_notifier) {
                    emit m_notifier->membersChanged(campaignId);
                    emit m_notifier->campaignsChanged();
                }
            });
    picker->open();
}

void CampaignDetailView::removeSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove from campaign"),
        tr("Remove %n people from “%1”? Their candidate records and activities stay in the workspace.",
           nullptr, int(ids.size()))
            .arg(m_campaign.name),
        MessageBox::Remove | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Remove)
        return;
    auto snapshot = std::make_shared<UndoSnapshot>();
    auto removed = CampaignRepository(m_workspace).removeMembers(m_campaign.id, ids, snapshot.get());
    if (!removed.ok()) {
        MessageBox::critical(this, tr("Remove from campaign"), removed.error().toString());
        return;
    }
    announceMembersChanged(m_campaign.id);
    if (snapshot->isEmpty())
        return;
    const int n = snapshot->rootCount();
    const qint64 campaignId = m_campaign.id;
    QPointer<CampaignDetailView> self(this);
    UndoController::of(m_notifier, this)
        ->offer(this, tr("%n people removed from “%1”", nullptr, n).arg(m_campaign.name),
                [ws = &m_workspace, self, snapshot, n, campaignId]() -> Result<QString> {
                    if (Status s = snapshot->restore(*ws))
                        return *s;
                    if (self)
                        self->announceMembersChanged(campaignId);
                    return tr("%n people back in the campaign", nullptr, n);
                });
}

void CampaignDetailView::announceMembersChanged(qint64 campaignId)
{
    if (m_notifier) {
        emit m_notifier->membersChanged(campaignId);
        emit m_notifier->campaignsChanged();
    } else if (campaignId == m_campaign.id) {
        reloadMembers();
    }
}

void CampaignDetailView::setSelectedStatus(MemberStatus status)
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty())
        return;
    auto before = std::make_shared<StatusUndo>();
    auto changed =
        CampaignRepository(m_workspace).setStatus(m_campaign.id, ids, status, currentActor(), before.get());
    if (!changed.ok()) {
        MessageBox::critical(this, tr("Set status"),
                             tr("The status could not be changed: %1").arg(changed.error().toString()));
        return;
    }
    announceMembersChanged(m_campaign.id);
    if (!before->isEmpty()) {
        // The undo is a status change too, through the same path: SmartRecruiters follows it.
        QPointer<CampaignDetailView> self(this);
        UndoController::of(m_notifier, this)
            ->offer(this, tr("%n people marked %1", nullptr, changed.value()).arg(label(status)),
                    [ws = &m_workspace, self, before]() -> Result<QString> {
                        auto outcome = undoStatusChange(*ws, *before, currentActor());
                        if (!outcome.ok())
                            return outcome.error();
                        if (self)
                            self->announceMembersChanged(before->campaignId);
                        QString text = tr("%n statuses put back", nullptr, outcome->reverted);
                        if (outcome->skipped > 0)
                            text += u' ' + tr("(%n changed again since: left as they are)", nullptr,
                                              outcome->skipped);
                        return text;
                    });
    }
    // Push-back on and the status needs a rejection/withdrawal reason: ask for it (or not to push).
    PushBackReasonDialog::offer(this, SyncHub::find(m_notifier), m_campaign.id, ids, status);
}

void CampaignDetailView::logActivity()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new LogActivityDialog(m_workspace, ids, m_campaign.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LogActivityDialog::logged, this, [this](qint64 campaignId) {
        if (m_notifier) {
            emit m_notifier->membersChanged(campaignId);
            emit m_notifier->campaignsChanged();
        }
    });
    dialog->open();
}

void CampaignDetailView::openSelectedProfile()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->candidateIdAt(current.row()) : 0;
    if (id > 0)
        CandidateProfileDialog::showProfile(m_workspace, m_notifier, id, this);
}

void CampaignDetailView::openSequence()
{
    if (m_campaign.id <= 0)
        return;
    SequenceEditor::openDialog(m_workspace, m_campaign.id, m_campaign.name, this);
}

void CampaignDetailView::enrollSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty() || m_campaign.id <= 0)
        return;
    auto *dialog = new EnrollDialog(m_workspace, m_campaign.id, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrollDialog::enrolled, this, [this](qint64 campaignId) {
        if (m_notifier)
            emit m_notifier->membersChanged(campaignId);
    });
    if (!dialog->start()) {
        dialog->deleteLater();
        return;
    }
    dialog->open();
}

} // namespace sd::ui
