#include "CampaignsView.h"

#include "CampaignDetailView.h"
#include "CampaignDialog.h"
#include "CampaignListModel.h"
#include "CampaignRepository.h"
#include "ChangeNotifier.h"
#include "MessageBox.h"
#include "Named.h"
#include "SampleOffer.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

CampaignsView::CampaignsView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_model(new CampaignListModel(workspace, this))
    , m_table(named(new QTableView(this), QStringLiteral("campaignTable"), tr("Campaigns")))
    , m_showArchived(named(new QCheckBox(tr("Show &archived"), this), QStringLiteral("showArchived"),
                           tr("Show archived campaigns")))
    , m_detail(new CampaignDetailView(workspace, notifier, this))
{
    named(this, QStringLiteral("campaignsView"), tr("Campaigns"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *a = namedAction(new QAction(text, this), name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return a;
    };
    // "New campaign" lives in the File menu (Ctrl+N); here it is a button.
    m_newAction = makeAction(tr("&New campaign…"), QStringLiteral("newCampaignViewAction"));
    m_editAction = makeAction(tr("&Edit name and description…"), QStringLiteral("editCampaignAction"),
                              QKeySequence(Qt::Key_F2));
    m_archiveAction = makeAction(tr("Arc&hive"), QStringLiteral("archiveCampaignAction"));
    m_deleteAction = makeAction(tr("&Delete campaign…"), QStringLiteral("deleteCampaignAction"));
    m_removeSampleAction = makeAction(tr("Remove sample data…"), QStringLiteral("removeSampleAction"));
    m_showArchivedAction = makeAction(tr("Show &archived campaigns"), QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    m_table->addAction(m_editAction);
    m_table->addAction(m_archiveAction);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_removeSampleAction);
    connect(m_newAction, &QAction::triggered, this, &CampaignsView::newCampaign);
    connect(m_editAction, &QAction::triggered, this, &CampaignsView::editCampaign);
    connect(m_archiveAction, &QAction::triggered, this, &CampaignsView::toggleArchived);
    connect(m_deleteAction, &QAction::triggered, this, &CampaignsView::deleteCampaign);
    connect(m_removeSampleAction, &QAction::triggered, this, &CampaignsView::removeSampleData);
    connect(m_showArchived, &QCheckBox::toggled, m_showArchivedAction, &QAction::setChecked);
    connect(m_showArchivedAction, &QAction::toggled, m_showArchived, &QCheckBox::setChecked);
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool on) {
        const qint64 keep = currentCampaign().id;
        m_model->setShowArchived(on);
        selectCampaign(keep);
    });

    auto toolButton = [this](QAction *action, const QString &name) {
        auto *b = named(new QToolButton(this), name, action->text().remove(u'&').remove(u'…'));
        b->setDefaultAction(action);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(toolButton(m_newAction, QStringLiteral("newCampaignButton")));
    bar->addWidget(toolButton(m_editAction, QStringLiteral("editCampaignButton")));
    bar->addWidget(toolButton(m_archiveAction, QStringLiteral("archiveCampaignButton")));
    bar->addWidget(toolButton(m_deleteAction, QStringLiteral("deleteCampaignButton")));
    bar->addWidget(toolButton(m_removeSampleAction, QStringLiteral("removeSampleButton")));
    bar->addStretch();
    bar->addWidget(m_showArchived);

    auto *left = named(new QWidget(this), QStringLiteral("campaignListPane"), tr("Campaign list"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table);

    auto *splitter = named(new QSplitter(Qt::Vertical, this), QStringLiteral("campaignsSplitter"),
                           tr("Campaigns and members"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsView::currentChanged);
    connect(m_model, &CampaignListModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Campaigns"), tr("The campaigns could not be loaded: %1").arg(message));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_detail->table()->setFocus(); });
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::campaignsChanged, this, &CampaignsView::reload);
    reload();
}

Campaign CampaignsView::currentCampaign() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->summaryAt(index.row()).campaign : Campaign{};
}

void CampaignsView::selectCampaign(qint64 campaignId)
{
    int row = m_model->rowOf(campaignId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, CampaignListModel::NameColumn));
    currentChanged();
}

void CampaignsView::reload()
{
    const qint64 keep = currentCampaign().id;
    m_model->reload();
    selectCampaign(keep);
}

void CampaignsView::currentChanged()
{
    m_detail->setCampaign(currentCampaign());
    updateActions();
}

void CampaignsView::updateActions()
{
    const Campaign c = currentCampaign();
    m_editAction->setEnabled(c.id > 0);
    m_archiveAction->setEnabled(c.id > 0);
    m_archiveAction->setText(c.archived ? tr("Unarc&hive") : tr("Arc&hive"));
    m_deleteAction->setEnabled(c.id > 0);
    m_removeSampleAction->setVisible(c.sample);
}

void CampaignsView::newCampaign()
{
    auto *dialog = new CampaignDialog(m_workspace, Campaign{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::saved, this, [this](qint64 id) {
        m_model->reload();
        selectCampaign(id);
        if (m_notifier)
            emit m_notifier->campaignsChanged();
    });
    dialog->open();
}

void CampaignsView::editCampaign()
{
    const Campaign c = currentCampaign();
    if (c.id <= 0)
        return;
    auto *dialog = new CampaignDialog(m_workspace, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::saved, this, [this] {
        if (m_notifier)
            emit m_notifier->campaignsChanged();
        else
            reload();
    });
    dialog->open();
}

void CampaignsView::toggleArchived()
{
    const Campaign c = currentCampaign();
    if (c.id <= 0)
        return;
    if (auto err = CampaignRepository(m_workspace).setArchived(c.id, !c.archived)) {
        MessageBox::critical(this, tr("Archive campaign"), err->toString());
        return;
    }
    if (m_notifier)
        emit m_notifier->campaignsChanged();
    else
        reload();
}

void CampaignsView::deleteCampaign()
{
    const CampaignSummary s = m_model->summaryAt(m_table->currentIndex().row());
    if (s.campaign.id <= 0)
        return;
    const auto answer = MessageBox::warning(
        this, tr("Delete campaign"),
        tr("Delete the campaign “%1” with its %n member entries and their statuses? The candidates "
           "themselves stay "
           "in the workspace. This cannot be undone; archiving keeps the history instead.",
           nullptr, s.total)
            .arg(s.campaign.name),
        MessageBox::Delete | MessageBox::Archive | MessageBox::Cancel, MessageBox::Cancel);
    Status err;
    if (answer == MessageBox::Delete)
        err = CampaignRepository(m_workspace).remove(s.campaign.id);
    else if (answer == MessageBox::Archive)
        err = CampaignRepository(m_workspace).setArchived(s.campaign.id, true);
    else
        return;
    if (err) {
        MessageBox::critical(this, tr("Delete campaign"), err->toString());
        return;
    }
    if (m_notifier)
        emit m_notifier->campaignsChanged();
    else
        reload();
}

void CampaignsView::removeSampleData()
{
    if (!SampleOffer::confirmAndRemove(this, m_workspace))
        return;
    if (m_notifier) {
        emit m_notifier->campaignsChanged();
        emit m_notifier->candidatesChanged();
    } else {
        reload();
    }
}

} // namespace sd::ui
