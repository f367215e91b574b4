#pragma once
// The outreach docks of the main window, each with a View menu entry: "Today" (the manual steps due,
// Ctrl+Shift+T, with the count in its title) and "Replies" (Ctrl+Shift+J).
#include <QObject>

class QAction;
class QDockWidget;
class QKeySequence;
class QMainWindow;
class QMenu;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ChangeNotifier;
class RepliesView;
class TasksView;

class OutreachDocks : public QObject
{
    Q_OBJECT
public:
    static OutreachDocks *install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace,
                                  ChangeNotifier *notifier);

    TasksView *tasks() const { return m_tasks; }
    QDockWidget *tasksDock() const { return m_tasksDock; }
    QAction *tasksAction() const { return m_tasksAction; }
    RepliesView *replies() const { return m_replies; }
    QDockWidget *repliesDock() const { return m_repliesDock; }
    QAction *repliesAction() const { return m_repliesAction; }

private:
    explicit OutreachDocks(QMainWindow *window);
    void updateTasksTitle(int count);

    TasksView *m_tasks = nullptr;
    QDockWidget *m_tasksDock = nullptr;
    QAction *m_tasksAction = nullptr;
    RepliesView *m_replies = nullptr;
    QDockWidget *m_repliesDock = nullptr;
    QAction *m_repliesAction = nullptr;
};

} // namespace sd::ui
