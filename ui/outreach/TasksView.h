#pragma once
// The "Today" dock: the current recruiter's manual sequence steps due today or overdue (LinkedIn,
// calls, manual emails, custom tasks). D (or Ctrl+Return) marks the selected one done with an
// outcome picked in a small menu (keys 1..4), S skips it, O opens the person's LinkedIn profile.
#include "TaskRepository.h"

#include <QList>
#include <QMenu>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ChangeNotifier;

class TasksView : public QWidget
{
    Q_OBJECT
public:
    TasksView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    // Whose tasks (default: currentActor()). Reloads.
    void setOwner(const QString &owner);
    int taskCount() const { return int(m_tasks.size()); }
    qint64 selectedTaskId() const;
    void selectTask(qint64 id);
    // The outcome menu of the last "done", while open (tests pick from it).
    QMenu *outcomeMenu() const { return m_menu; }

    QAction *doneAction() const { return m_done; }
    QAction *skipAction() const { return m_skip; }
    QAction *openProfileAction() const { return m_openProfile; }

    // Human words for an outcome key of TaskActions::outcomesFor().
    static QString outcomeLabel(const QString &key);
    static QString kindLabel(StepKind kind);

public slots:
    void reload();
    // Opens the outcome menu for the selected task (one outcome: done at once).
    void markDone();
    // Finishes the selected task with that outcome; false (and the reason shown) when refused.
    bool finishSelected(const QString &outcome);
    bool skipSelected();
    void openProfile();

signals:
    void countChanged(int count);

private:
    bool finish(TaskState state, const QString &outcome);
    const OutreachTask *selectedTask() const;
    void updateActions();

    const Workspace &m_workspace;
    QPointer<ChangeNotifier> m_notifier;
    QString m_owner;
    QList<OutreachTask> m_tasks;
    QTreeWidget *m_list;
    QLabel *m_message;
    QAction *m_done;
    QAction *m_skip;
    QAction *m_openProfile;
    QPointer<QMenu> m_menu;
    QTimer *m_reloadTimer;
};

} // namespace sd::ui
