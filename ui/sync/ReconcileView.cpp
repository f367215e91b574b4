#include "ReconcileView.h"

#include "ChangeNotifier.h"
#include "MessageBox.h"
#include "Named.h"
#include "Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString kindLabel(sync::OutOfStep::Kind kind)
{
    switch (kind) {
    case sync::OutOfStep::Kind::NotInSmartRecruiters:
        return ReconcileView::tr("Not in SmartRecruiters");
    case sync::OutOfStep::Kind::NoteNotWritten:
        return ReconcileView::tr("Note not written");
    case sync::OutOfStep::Kind::NeedsAttention:
        return ReconcileView::tr("Needs attention");
    case sync::OutOfStep::Kind::StageDrift:
        return ReconcileView::tr("Stage differs");
    }
    return {};
}

} // namespace

ReconcileView::ReconcileView(SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_status(named(new QLabel(this), QStringLiteral("reconcileStatus"), tr("Out of step status")))
    , m_list(named(new QTreeWidget(this), QStringLiteral("reconcileList"),
                   tr("What is out of step with SmartRecruiters")))
    , m_fix(named(new QPushButton(tr("F&ix"), this), QStringLiteral("reconcileFix"), tr("Fix the selected rows")))
    , m_fixAll(named(new QPushButton(tr("Fix &all"), this), QStringLiteral("reconcileFixAll"), tr("Fix every row")))
    , m_refresh(named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("reconcileRefresh"),
                      tr("Look again for what is out of step")))
    , m_fixAction(namedAction(new QAction(tr("Fix"), this), QStringLiteral("reconcileFixAction")))
{
    named(this, QStringLiteral("reconcileView"), tr("Out of step"));
    m_status->setWordWrap(true);
    m_list->setHeaderLabels({tr("Candidate"), tr("Out of step"), tr("What Fix does")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->resizeSection(0, 180);
    m_list->header()->resizeSection(1, 360);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_fixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_fixAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_fixAction);
    m_list->addAction(m_fixAction);
    m_fix->setToolTip(
        tr("Fix the selected rows (%1)").arg(m_fixAction->shortcut().toString(QKeySequence::NativeText)));
    m_fixAll->setToolTip(tr("Queue every create, retry every job and take every SmartRecruiters stage listed"));

    connect(m_fixAction, &QAction::triggered, this, &ReconcileView::fixSelected);
    connect(m_fix, &QPushButton::clicked, this, &ReconcileView::fixSelected);
    connect(m_fixAll, &QPushButton::clicked, this, &ReconcileView::fixAll);
    connect(m_refresh, &QPushButton::clicked, this, &ReconcileView::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReconcileView::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addWidget(m_fixAll);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_status->setText(tr("Open this view to look for what is out of step."));
    updateActions();
}

ReconcileView::~ReconcileView()
{
    // The worker holds the workspace, not this view; still, do not leave it behind the window.
    if (m_worker)
        m_worker->wait();
}

void ReconcileView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_scannedOnce)
        refresh();
}

QString ReconcileView::statusText() const
{
    return m_status->text();
}

void ReconcileView::refresh()
{
    run({});
}

void ReconcileView::fixSelected()
{
    QList<sync::OutOfStep> chosen;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        const int index = item->data(0, IndexRole).toInt();
        if (index >= 0 && index < m_items.size())
            chosen << m_items.at(index);
    }
    if (!chosen.isEmpty())
        run(chosen);
}

void ReconcileView::fixAll()
{
    if (m_items.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Fix all"),
        tr("Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take "
           "SmartRecruiters' stage.",
           nullptr, int(m_items.size())),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Yes);
    if (answer == MessageBox::Yes)
        run(m_items);
}

void ReconcileView::run(const QList<sync::OutOfStep> &toFix)
{
    if (!m_hub)
        return;
    if (m_worker) {
        // One worker at a time; a refresh asked for meanwhile runs after it. Fixes are not queued:
        // the rows they name may be gone by then.
        m_again = m_again || toFix.isEmpty();
        return;
    }
    m_scannedOnce = true;
    m_status->setText(toFix.isEmpty() ? tr("Looking for what is out of step…") : tr("Fixing…"));
    const std::shared_ptr<Workspace> workspace = m_hub->workspace();
    const QString actor = m_hub->actor();
    // The destructor waits for the worker, so `this` outlives it; a result posted to a view that is
    // gone is dropped with it.
    QThread *thread = QThread::create([this, workspace, actor, toFix] {
        QList<sync::OutOfStep> items;
        QStringList errors;
        QString scanError;
        int fixed = 0;
        {
            ThreadConnectionGuard connection(*workspace);
            const sync::Reconciler reconciler(*workspace, actor);
            for (const sync::OutOfStep &item : toFix) {
                if (Status s = reconciler.fix(item))
                    errors << QStringLiteral("%1: %2").arg(item.candidateName, s->toString());
                else
                    ++fixed;
            }
            const Result<QList<sync::OutOfStep>> scan = reconciler.scan();
            if (scan.ok())
                items = scan.value();
            else
                scanError = scan.error().toString();
        }
        QMetaObject::invokeMethod(
            this, [this, items, fixed, errors, scanError] { display(items, fixed, errors, scanError); },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("sync-reconcile"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    updateActions();
    thread->start();
}

void ReconcileView::display(const QList<sync::OutOfStep> &items, int fixed, const QStringList &errors,
                         const QString &scanError)
{
    if (m_worker)
        m_worker->wait(); // it has sent its result; let it end before the next one starts
    m_worker = nullptr;
    if (fixed > 0 && m_hub) {
        // Queued creates and retries go out now; a taken stage changed members.
        m_hub->outboxEdited();
        if (auto *notifier = qobject_cast<ChangeNotifier *>(m_hub->parent()))
            emit notifier->membersChanged(0);
    }
    m_list->clear();
    if (!scanError.isEmpty()) {
        m_items.clear();
        m_status->setText(tr("What is out of step could not be read: %1").arg(scanError));
    } else {
        m_items = items;
        for (int i = 0; i < m_items.size(); ++i) {
            const sync::OutOfStep &o = m_items.at(i);
            auto *row = new QTreeWidgetItem(m_list, {o.candidateName, o.what, o.fix});
            row->setData(0, IndexRole, i);
            row->setData(0, KindRole, sync::toKey(o.kind));
            row->setToolTip(1, kindLabel(o.kind) + QStringLiteral(": ") + o.what);
        }
        QString text = m_items.isEmpty() ? tr("Sourcedesk and SmartRecruiters are in step.")
                                         : tr("%n rows are out of step.", nullptr, int(m_items.size()));
        if (fixed > 0)
            text = tr("Fixed %n; the sync log shows what is being sent.", nullptr, fixed) + QLatin1Char(' ') + text;
        m_status->setText(text);
    }
    updateActions();
    emit scanned();
    if (!errors.isEmpty())
        MessageBox::warning(this, tr("Fix"),
                            tr("These could not be fixed:\n%1").arg(errors.join(QLatin1Char('\n'))));
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void ReconcileView::updateActions()
{
    const bool idle = m_worker == nullptr;
    const bool any = !m_list->selectedItems().isEmpty();
    m_fix->setEnabled(idle && any);
    m_fixAction->setEnabled(idle && any);
    m_fixAll->setEnabled(idle && !m_items.isEmpty());
    m_refresh->setEnabled(idle);
}

} // namespace sd::ui
