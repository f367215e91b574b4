#include "SyncWindowParts.h"

#include "Named.h"
#include "SyncHub.h"
#include "StageSyncParts.h"
#include "SyncLogView.h"
#include "SyncNotifier.h"
#include "SyncStatusWidget.h"
#include "SyncToolDocks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace sd::ui {

SyncWindowParts::SyncWindowParts(QMainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("syncWindowParts"));
}

SyncWindowParts *SyncWindowParts::install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace,
                                          SyncHub *hub)
{
    auto *parts = new SyncWindowParts(window);
    parts->m_dock =
        named(new QDockWidget(tr("Sync log"), window), QStringLiteral("syncLogDock"), tr("Sync log"));
    parts->m_log = new SyncLogView(workspace, hub, parts->m_dock);
    parts->m_dock->setWidget(parts->m_log);
    parts->m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, parts->m_dock);
    parts->m_dock->hide();

    parts->m_toggle = namedAction(parts->m_dock->toggleViewAction(), QStringLiteral("showSyncLogAction"));
    parts->m_toggle->setText(tr("Sync &log"));
    parts->m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    parts->m_toggle->setToolTip(tr("What was sent to SmartRecruiters, and what needs your attention"));
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(parts->m_toggle);
    } else {
        window->addAction(parts->m_toggle);
    }
    parts->m_tools = SyncToolDocks::install(window, viewMenu, workspace, hub);
    connect(parts->m_dock, &QDockWidget::visibilityChanged, parts, [parts](bool visible) {
        if (visible)
            parts->m_log->setFocus();
    });

    parts->m_status = new SyncStatusWidget(workspace, hub, window);
    window->statusBar()->addPermanentWidget(parts->m_status);
    connect(parts->m_status, &SyncStatusWidget::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    connect(parts->m_status, &SyncStatusWidget::attentionRequested, parts, [parts] {
        parts->showLog();
        parts->m_log->setStateFilterIndex(1);
    });
    connect(parts->m_status, &SyncStatusWidget::logRequested, parts, [parts] { parts->showLog(); });
    // Tray messages (only where the desktop has a tray): more jobs need attention, a stage sync
    // brought changes. The scheduler is installed after us (StageSyncParts), hence the next turn.
    auto *notifier = new SyncNotifier(parts);
    connect(parts->m_status, &SyncStatusWidget::attentionCounted, notifier, &SyncNotifier::setAttentionCount);
    parts->m_status->updateAttention(); // the count already there when the window opens
    connect(notifier, &SyncNotifier::logRequested, parts, [parts](bool attention) {
        parts->showLog();
        if (attention)
            parts->m_log->setStateFilterIndex(1);
    });
    if (hub)
        QTimer::singleShot(0, notifier, [notifier, hub = QPointer<SyncHub>(hub)] {
            if (StageSyncParts *stages = StageSyncParts::find(hub))
                connect(stages->scheduler(), &stagesync::StageSyncScheduler::finished, notifier,
                        &SyncNotifier::stageSyncFinished);
        });
    if (hub)
        connect(hub, &SyncHub::message, window,
                [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    return parts;
}

void SyncWindowParts::showLog(qint64 candidateId, const QString &name)
{
    m_log->setCandidate(candidateId > 0 ? std::optional<qint64>(candidateId) : std::nullopt, name);
    m_dock->show();
    m_dock->raise();
}

} // namespace sd::ui
