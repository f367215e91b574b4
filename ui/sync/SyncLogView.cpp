#include "SyncLogView.h"

#include "MessageBox.h"
#include "Named.h"
#include "OutboxJobDialog.h"
#include "OutboxTableModel.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using sync::JobState;

namespace {

QList<JobState> statesOf(int filter)
{
    switch (filter) {
    case 1:
        return {JobState::NeedsAttention};
    case 2:
        return {JobState::Pending, JobState::InFlight, JobState::Retrying};
    case 3:
        return {JobState::Held};
    case 4:
        return {JobState::Done};
    case 5:
        return {JobState::Skipped};
    default:
        return {};
    }
}

} // namespace

SyncLogView::SyncLogView(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_model(new OutboxTableModel(workspace, this))
    , m_title(named(new QLabel(tr("Sync log"), this), QStringLiteral("syncLogTitle"), tr("Sync log")))
    , m_counts(named(new QLabel(this), QStringLiteral("syncLogCounts"), tr("Sync counts")))
    , m_stateFilter(named(new QComboBox(this), QStringLiteral("syncLogStateFilter"), tr("Show jobs")))
    , m_table(named(new QTableView(this), QStringLiteral("syncLogTable"), tr("SmartRecruiters jobs")))
    , m_retry(named(new QPushButton(tr("&Retry"), this), QStringLiteral("syncLogRetry"),
                    tr("Retry the selected jobs")))
    , m_skip(named(new QPushButton(tr("S&kip"), this), QStringLiteral("syncLogSkip"),
                   tr("Skip the selected jobs")))
    , m_details(named(new QPushButton(tr("&Details…"), this), QStringLiteral("syncLogDetails"),
                      tr("Show the selected job in full")))
    , m_refresh(named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("syncLogRefresh"),
                      tr("Refresh the sync log")))
    , m_refreshTimer(new QTimer(this))
{
    named(this, QStringLiteral("syncLogView"), tr("Sync log"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &text : {tr("All jobs"), tr("Needs attention"), tr("Waiting to be sent"), tr("Held"),
                                tr("Sent"), tr("Skipped")})
        m_stateFilter->addItem(text);

    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(OutboxTableModel::WhenColumn, 140);
    m_table->horizontalHeader()->resizeSection(OutboxTableModel::CandidateColumn, 160);
    m_table->horizontalHeader()->resizeSection(OutboxTableModel::KindColumn, 140);
    m_table->horizontalHeader()->resizeSection(OutboxTableModel::StateColumn, 120);
    m_table->horizontalHeader()->resizeSection(OutboxTableModel::AttemptsColumn, 70);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto action = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_table->addAction(a);
        return a;
    };
    m_retryAction = action(tr("&Retry"), QStringLiteral("syncLogRetryAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_skipAction = action(tr("S&kip"), QStringLiteral("syncLogSkipAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_detailsAction =
        action(tr("&Details…"), QStringLiteral("syncLogDetailsAction"), QKeySequence(Qt::Key_Return));
    removeAction(m_detailsAction);
    m_detailsAction->setShortcutContext(Qt::WidgetShortcut); // Return only from the table
    m_retry->setToolTip(tr("Send the selected jobs again now (%1)")
                            .arg(m_retryAction->shortcut().toString(QKeySequence::NativeText)));
    m_skip->setToolTip(tr("Do not send the selected jobs (%1)")
                           .arg(m_skipAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_retryAction, &QAction::triggered, this, &SyncLogView::retrySelected);
    connect(m_skipAction, &QAction::triggered, this, &SyncLogView::skipSelected);
    connect(m_detailsAction, &QAction::triggered, this, &SyncLogView::showSelectedJob);
    connect(m_retry, &QPushButton::clicked, this, &SyncLogView::retrySelected);
    connect(m_skip, &QPushButton::clicked, this, &SyncLogView::skipSelected);
    connect(m_details, &QPushButton::clicked, this, &SyncLogView::showSelectedJob);
    connect(m_refresh, &QPushButton::clicked, this, &SyncLogView::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &SyncLogView::showSelectedJob);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &SyncLogView::stateFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncLogView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncLogView::updateActions);
    connect(m_model, &OutboxTableModel::errorOccurred, this, [this](const QString &message) {
        m_counts->setText(tr("The sync log could not be read: %1").arg(message));
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncLogView::refresh);
    if (m_hub)
        connect(m_hub, &SyncHub::outboxChanged, this, &SyncLogView::scheduleRefresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_counts);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_retry);
    bar->addWidget(m_skip);
    bar->addWidget(m_details);
    bar->addWidget(m_refresh);
    bar->addStretch();
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_stateFilter);
    bar->addWidget(showLabel);
    bar->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateActions();
}

void SyncLogView::setCandidate(std::optional<qint64> candidateId, const QString &name)
{
    m_candidateId = candidateId;
    m_title->setText(candidateId ? tr("SmartRecruiters history of %1").arg(name) : tr("Sync log"));
    m_model->setCandidateFilter(candidateId);
    updateCounts();
    m_dirty = false;
}

void SyncLogView::setStateFilterIndex(int index)
{
    m_stateFilter->setCurrentIndex(index);
}

void SyncLogView::stateFilterChanged()
{
    m_model->setStateFilter(statesOf(m_stateFilter->currentIndex()));
}

void SyncLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void SyncLogView::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer->start();
    else
        m_dirty = true;
}

void SyncLogView::refresh()
{
    m_dirty = false;
    const QList<qint64> selected = selectedJobIds();
    m_model->reload();
    for (qint64 id : selected) {
        const int row = m_model->rowOfJob(id);
        if (row >= 0)
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateCounts();
}

void SyncLogView::updateCounts()
{
    if (m_candidateId) {
        // Per candidate: what the loaded rows say (a person has few jobs).
        int attention = 0;
        int waiting = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const JobState s = m_model->jobAt(row).state;
            attention += s == JobState::NeedsAttention;
            waiting += s == JobState::Pending || s == JobState::InFlight || s == JobState::Retrying;
        }
        m_counts->setText(tr("%1 waiting · %2 need attention").arg(waiting).arg(attention));
        return;
    }
    const Result<sync::OutboxCounts> counts = sync::Outbox(m_workspace).counts();
    if (!counts.ok()) {
        m_counts->setText(tr("The counts could not be read: %1").arg(counts.error().toString()));
        return;
    }
    const sync::OutboxCounts &c = counts.value();
    m_counts->setText(tr("%1 waiting · %2 need attention · %3 held · %4 sent · %5 skipped")
                          .arg(c.waiting())
                          .arg(c.needsAttention)
                          .arg(c.held)
                          .arg(c.done)
                          .arg(c.skipped));
}

QString SyncLogView::countsText() const
{
    return m_counts->text();
}

QList<qint64> SyncLogView::selectedJobIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->jobAt(index.row()).id;
    return ids;
}

void SyncLogView::updateActions()
{
    bool canRetry = false;
    bool canSkip = false;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const JobState s = m_model->jobAt(index.row()).state;
        canRetry = canRetry || (sync::isOpen(s) && s != JobState::InFlight);
        canSkip = canSkip || (s != JobState::Done && s != JobState::InFlight && s != JobState::Skipped);
    }
    m_retryAction->setEnabled(canRetry);
    m_retry->setEnabled(canRetry);
    m_skipAction->setEnabled(canSkip);
    m_skip->setEnabled(canSkip);
    m_detailsAction->setEnabled(!rows.isEmpty());
    m_details->setEnabled(!rows.isEmpty());
}

void SyncLogView::retrySelected()
{
    sync::Outbox outbox(m_workspace);
    QStringList errors;
    for (qint64 id : selectedJobIds()) {
        const Result<sync::OutboxJob> job = outbox.get(id);
        if (!job.ok() || !sync::isOpen(job->state) || job->state == JobState::InFlight)
            continue; // done, skipped or being sent: nothing to retry
        if (Status s = outbox.retry(id))
            errors << s->toString();
    }
    afterChange(errors, tr("Retry"));
}

void SyncLogView::skipSelected()
{
    sync::Outbox outbox(m_workspace);
    QList<qint64> ids;
    for (qint64 id : selectedJobIds()) {
        const Result<sync::OutboxJob> job = outbox.get(id);
        if (job.ok() && job->state != JobState::Done && job->state != JobState::InFlight &&
            job->state != JobState::Skipped)
            ids << id;
    }
    if (ids.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Skip jobs"),
                                             tr("Skip %n jobs? They will not be sent to SmartRecruiters; "
                                                "later jobs of the same candidates can go ahead.",
                                                nullptr, int(ids.size())),
                                             MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes)
        return;
    QStringList errors;
    const QString actor = m_hub ? m_hub->actor() : QString();
    for (qint64 id : std::as_const(ids)) {
        if (Status s = outbox.skip(id, actor))
            errors << s->toString();
    }
    afterChange(errors, tr("Skip"));
}

void SyncLogView::afterChange(const QStringList &errors, const QString &title)
{
    refresh();
    if (m_hub)
        m_hub->outboxEdited();
    if (!errors.isEmpty())
        MessageBox::warning(this, title, errors.join(u'\n'));
}

void SyncLogView::showSelectedJob()
{
    const QModelIndex current = m_table->currentIndex();
    const QList<qint64> selected = selectedJobIds();
    const int row =
        current.isValid() ? current.row() : (selected.isEmpty() ? -1 : m_model->rowOfJob(selected.first()));
    if (row < 0)
        return;
    const sync::OutboxJob &job = m_model->jobAt(row);
    // Read it again: the row may be a few seconds old.
    const Result<sync::OutboxJob> fresh = sync::Outbox(m_workspace).get(job.id);
    auto *dialog =
        new OutboxJobDialog(fresh.ok() ? fresh.value() : job, m_model->candidateName(job.candidateId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd::ui
