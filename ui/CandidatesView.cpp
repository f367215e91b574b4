#include "CandidatesView.h"

#include "Actor.h"
#include "CampaignPickerDialog.h"
#include "CampaignRepository.h"
#include "CandidateProfileDialog.h"
#include "CandidateRepository.h"
#include "CandidateTableModel.h"
#include "ChangeNotifier.h"
#include "MessageBox.h"
#include "Named.h"
#include "NewCandidateDialog.h"
#include "UndoController.h"
#include "UndoSnapshot.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

CandidatesView::CandidatesView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_model(new CandidateTableModel(workspace, this))
    , m_search(named(new QLineEdit(this), QStringLiteral("candidateSearch"), tr("Search candidates")))
    , m_table(named(new QTableView(this), QStringLiteral("candidateTable"), tr("Candidates")))
    , m_count(named(new QLabel(this), QStringLiteral("candidateCount"), tr("Candidates shown")))
    , m_debounce(new QTimer(this))
{
    named(this, QStringLiteral("candidatesView"), tr("Candidates"));
    m_search->setPlaceholderText(tr("Search name, email, company, title, location or tag (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CandidatesView::applySearch);
    auto *clear = namedAction(new QAction(tr("Clear search"), m_search), QStringLiteral("clearSearchAction"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        m_search->clear();
        applySearch(); // at once: Esc is an explicit "show me everyone"
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // A fixed row height lets the view skip measuring rows: a million-row list stays instant.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CandidateTableModel::NameColumn, Qt::AscendingOrder);
    header->resizeSection(CandidateTableModel::NameColumn, 180);
    header->resizeSection(CandidateTableModel::EmailColumn, 220);
    header->resizeSection(CandidateTableModel::CompanyColumn, 160);
    header->resizeSection(CandidateTableModel::TitleColumn, 180);
    header->resizeSection(CandidateTableModel::LocationColumn, 160);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!CandidateTableModel::isSortable(column)) {
                    // Only name, company and last update have an index to sort on; keep the current order.
                    const QSignalBlocker block(header);
                    header->setSortIndicator(m_sortColumn, m_sortOrder);
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
                m_model->sort(column, order);
            });
    connect(m_table, &QTableView::doubleClicked, this, &CandidatesView::openSelectedProfile);

    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_newAction = makeAction(tr("&New candidate…"), QStringLiteral("newCandidateAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addToCampaignAction = makeAction(tr("Add to &campaign…"), QStringLiteral("addToCampaignAction"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_deleteAction =
        makeAction(tr("&Delete…"), QStringLiteral("deleteCandidatesAction"), QKeySequence::Delete);
    m_openAction =
        makeAction(tr("&Open profile"), QStringLiteral("openProfileAction"), QKeySequence(Qt::Key_Return));
    m_exportAction = makeAction(tr("E&xport these to CSV…"), QStringLiteral("exportSearchAction"), {});
    connect(m_newAction, &QAction::triggered, this, &CandidatesView::newCandidate);
    connect(m_addToCampaignAction, &QAction::triggered, this, &CandidatesView::addSelectedToCampaign);
    connect(m_deleteAction, &QAction::triggered, this, &CandidatesView::deleteSelected);
    connect(m_openAction, &QAction::triggered, this, &CandidatesView::openSelectedProfile);
    connect(m_exportAction, &QAction::triggered, this, &CandidatesView::exportRequested);
    m_table->addAction(m_openAction);
    // Return opens the profile only from the table, so Return in a text field keeps its meaning.
    removeAction(m_openAction);
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_addToCampaignAction);
    m_table->addAction(m_deleteAction);

    auto toolButton = [this](QAction *action, const QString &name) {
        auto *b = named(new QToolButton(this), name, action->text().remove(u'&').remove(u'…'));
        b->setDefaultAction(action);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(toolButton(m_newAction, QStringLiteral("newCandidateButton")));
    bar->addWidget(toolButton(m_addToCampaignAction, QStringLiteral("addToCampaignButton")));
    bar->addWidget(toolButton(m_deleteAction, QStringLiteral("deleteCandidatesButton")));
    bar->addWidget(toolButton(m_exportAction, QStringLiteral("exportSearchButton")));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CandidatesView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CandidatesView::updateCount);
    connect(m_model, &CandidateTableModel::errorOccurred, this, [this](const QString &message) {
        m_count->setText(tr("The candidates could not be loaded: %1").arg(message));
    });
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::candidatesChanged, this, &CandidatesView::reload);
    updateActions();
    updateCount();
}

const CandidateQuery &CandidatesView::query() const
{
    return m_model->query();
}

void CandidatesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CandidatesView::applySearch()
{
    m_debounce->stop();
    m_model->setSearchText(m_search->text().trimmed());
}

void CandidatesView::reload()
{
    m_model->reload();
}

QList<qint64> CandidatesView::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void CandidatesView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_addToCampaignAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_openAction->setEnabled(any);
}

void CandidatesView::updateCount()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    QString text;
    if (shown == 0)
        text = m_model->searchText().isEmpty()
                   ? tr("No candidates yet. Import a CSV file or add one with “New candidate…”.")
                   : tr("No candidates match “%1”.").arg(m_model->searchText());
    else if (more)
        text = tr("Showing the first %n candidates; scroll for more.", nullptr, shown);
    else
        text = tr("%n candidates", nullptr, shown);
    m_count->setText(text);
}

void CandidatesView::newCandidate()
{
    auto *dialog = new NewCandidateDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto changed = [this](qint64 id) {
        if (m_notifier)
            emit m_notifier->candidatesChanged();
        else
            reload();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
    };
    connect(dialog, &NewCandidateDialog::created, this, changed);
    connect(dialog, &NewCandidateDialog::merged, this, [this, changed](qint64 id) {
        changed(id);
        CandidateProfileDialog::showProfile(m_workspace, m_notifier, id, this);
    });
    connect(dialog, &NewCandidateDialog::openExisting, this,
            [this](qint64 id) { CandidateProfileDialog::showProfile(m_workspace, m_notifier, id, this); });
    dialog->open();
}

void CandidatesView::addSelectedToCampaign()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new CampaignPickerDialog(
        m_workspace, tr("Add %n candidates to which campaign?", nullptr, int(ids.size())), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignPickerDialog::campaignChosen, this, [this, ids](qint64 campaignId) {
        auto added = CampaignRepository(m_workspace).addMembers(campaignId, ids, currentActor());
        if (!added.ok()) {
            MessageBox::critical(this, tr("Add to campaign"),
                                 tr("The candidates could not be added: %1").arg(added.error().toString()));
            return;
        }
        if (m_notifier) {
            emit m_notifier->membersChanged(campaignId);
            emit m_notifier->campaignsChanged();
        }
    });
    dialog->open();
}

void CandidatesView::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString who =
        ids.size() == 1
            ? m_model->candidateAt(m_table->selectionModel()->selectedRows().constFirst().row()).displayName()
            : QString();
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString text =
        ids.size() == 1
            ? tr("Delete %1 with their activities and campaign memberships? You can undo it right after "
                 "(%2).")
                  .arg(who, undoKey)
            : tr("Delete %n candidates with their activities and campaign memberships? You can undo it right "
                 "after (%1).",
                 nullptr, int(ids.size()))
                  .arg(undoKey);
    if (MessageBox::warning(this, tr("Delete candidates"), text, MessageBox::Delete | MessageBox::Cancel,
                            MessageBox::Cancel) != MessageBox::Delete)
        return;
    auto snapshot = std::make_shared<UndoSnapshot>();
    if (auto err = CandidateRepository(m_workspace).remove(ids, snapshot.get())) {
        MessageBox::critical(this, tr("Delete candidates"), err->toString());
        return;
    }
    announceCandidatesChanged();
    const int n = snapshot->rootCount();
    const QString done =
        n == 1 && !who.isEmpty() ? tr("%1 deleted").arg(who) : tr("%n candidates deleted", nullptr, n);
    QPointer<CandidatesView> self(this);
    UndoController::of(m_notifier, this)
        ->offer(this, done, [ws = &m_workspace, self, snapshot, n]() -> Result<QString> {
            if (Status s = snapshot->restore(*ws))
                return *s;
            if (self)
                self->announceCandidatesChanged();
            return tr("%n candidates restored", nullptr, n);
        });
}

void CandidatesView::announceCandidatesChanged()
{
    if (m_notifier) {
        emit m_notifier->candidatesChanged();
        emit m_notifier->campaignsChanged();
    } else {
        reload();
    }
}

void CandidatesView::openSelectedProfile()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id > 0)
        CandidateProfileDialog::showProfile(m_workspace, m_notifier, id, this);
}

} // namespace sd::ui
