#include "SyncToolDocks.h"

#include "ToolDock.h"

#include "Named.h"
#include "ReconcileView.h"
#include "RemoteSearchView.h"
#include "ReviewQueueView.h"
#include "SyncHub.h"
#include "SyncStore.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace sd::ui {

SyncToolDocks::SyncToolDocks(QMainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("syncToolDocks"));
}

SyncToolDocks *SyncToolDocks::install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace, SyncHub *hub)
{
    auto *docks = new SyncToolDocks(window);
    docks->m_workspace = &workspace;

    docks->m_review = new ReviewQueueView(workspace, hub, window);
    docks->m_reviewDock = addToolDock(Qt::BottomDockWidgetArea, window, viewMenu, docks->m_review, QStringLiteral("reviewQueue"),
                                         tr("Review queue"), tr("&Review queue"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &docks->m_reviewAction);
    docks->m_reviewAction->setToolTip(tr("Possible matches in SmartRecruiters that wait for your decision"));

    if (hub) {
        docks->m_reconcile = new ReconcileView(hub, window);
        docks->m_reconcileDock = addToolDock(Qt::BottomDockWidgetArea, window, viewMenu, docks->m_reconcile, QStringLiteral("outOfStep"),
                                                tr("Out of step"), tr("&Out of step with SmartRecruiters"),
                                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                                &docks->m_reconcileAction);
        docks->m_reconcileAction->setToolTip(tr("What differs between Sourcedesk and SmartRecruiters, with a fix"));
        docks->m_search = new RemoteSearchView(hub, window);
        docks->m_searchDock = addToolDock(Qt::BottomDockWidgetArea, window, viewMenu, docks->m_search, QStringLiteral("remoteSearch"),
                                             tr("Search SmartRecruiters"), tr("Search &SmartRecruiters"),
                                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &docks->m_searchAction);
        docks->m_searchAction->setToolTip(tr("Find people in SmartRecruiters with the team's filterable fields"));
    }

    // "2 to review" in the status bar while possible matches wait, like "need attention".
    docks->m_badge = named(new QPushButton(window), QStringLiteral("syncReviewBadge"),
                           tr("Possible matches waiting for review"));
    docks->m_badge->setFlat(true);
    docks->m_badge->setToolTip(tr("Open the review queue (%1)")
                                   .arg(docks->m_reviewAction->shortcut().toString(QKeySequence::NativeText)));
    window->statusBar()->addPermanentWidget(docks->m_badge);
    connect(docks->m_badge, &QPushButton::clicked, docks, [docks] {
        docks->m_reviewDock->show();
        docks->m_reviewDock->raise();
    });
    docks->m_badgeTimer = new QTimer(docks);
    docks->m_badgeTimer->setSingleShot(true);
    docks->m_badgeTimer->setInterval(300);
    connect(docks->m_badgeTimer, &QTimer::timeout, docks, &SyncToolDocks::updateBadge);
    connect(docks->m_review, &ReviewQueueView::openCountChanged, docks, &SyncToolDocks::updateBadge);
    if (hub)
        connect(hub, &SyncHub::outboxChanged, docks->m_badgeTimer, qOverload<>(&QTimer::start));
    docks->updateBadge();
    return docks;
}

void SyncToolDocks::updateBadge()
{
    const Result<QList<sync::ReviewItem>> open = sync::SyncStore(*m_workspace).openReviews(100);
    const int count = open.ok() ? int(open->size()) : 0;
    m_badge->setText(count >= 100 ? tr("100+ to review") : tr("%n to review", nullptr, count));
    m_badge->setVisible(count > 0);
}

} // namespace sd::ui
