#include "OutreachDocks.h"

#include "ToolDock.h"

#include "Named.h"
#include "RepliesView.h"
#include "TasksView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace sd::ui {

OutreachDocks::OutreachDocks(QMainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("outreachDocks"));
}

OutreachDocks *OutreachDocks::install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace,
                                      ChangeNotifier *notifier)
{
    auto *docks = new OutreachDocks(window);
    if (viewMenu)
        viewMenu->addSeparator();
    docks->m_tasks = new TasksView(workspace, notifier, window);
    docks->m_tasksDock = addToolDock(Qt::RightDockWidgetArea, window, viewMenu, docks->m_tasks, QStringLiteral("today"), tr("Today"),
                                        tr("&Today's tasks"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                        &docks->m_tasksAction);
    docks->m_tasksAction->setToolTip(tr("LinkedIn steps, calls and other tasks due today or overdue"));
    connect(docks->m_tasks, &TasksView::countChanged, docks, &OutreachDocks::updateTasksTitle);
    docks->updateTasksTitle(docks->m_tasks->taskCount());

    docks->m_replies = new RepliesView(workspace, notifier, window);
    docks->m_repliesDock = addToolDock(Qt::RightDockWidgetArea, window, viewMenu, docks->m_replies, QStringLiteral("replies"), tr("Replies"),
                                          tr("Rep&lies"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                                          &docks->m_repliesAction);
    docks->m_repliesAction->setToolTip(tr("The newest email replies; mark people interested or not"));
    connect(docks->m_repliesDock, &QDockWidget::visibilityChanged, docks->m_replies, [docks](bool visible) {
        if (visible)
            docks->m_replies->reload();
    });
    connect(docks->m_tasksDock, &QDockWidget::visibilityChanged, docks->m_tasks, [docks](bool visible) {
        if (visible)
            docks->m_tasks->reload();
    });
    return docks;
}

void OutreachDocks::updateTasksTitle(int count)
{
    const QString title = count > 0 ? tr("Today (%1)").arg(count) : tr("Today");
    m_tasksDock->setWindowTitle(title);
    m_tasksDock->setAccessibleName(title);
    // The dock renames its toggle action after the title; the View menu keeps its own words.
    m_tasksAction->setText(count > 0 ? tr("&Today's tasks (%1)").arg(count) : tr("&Today's tasks"));
}

} // namespace sd::ui
