#pragma once
// The sync's working docks besides the log, each with a View menu entry and a shortcut: the review
// queue of possible matches (Ctrl+Shift+M, with a "3 to review" button in the status bar while
// some wait), what is out of step (Ctrl+Shift+O) and the SmartRecruiters search (Ctrl+Shift+F).
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPushButton;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ReconcileView;
class RemoteSearchView;
class ReviewQueueView;
class SyncHub;

class SyncToolDocks : public QObject
{
    Q_OBJECT
public:
    static SyncToolDocks *install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace, SyncHub *hub);

    ReviewQueueView *review() const { return m_review; }
    QDockWidget *reviewDock() const { return m_reviewDock; }
    QAction *reviewAction() const { return m_reviewAction; }
    QPushButton *reviewBadge() const { return m_badge; }
    ReconcileView *reconcile() const { return m_reconcile; }
    QDockWidget *reconcileDock() const { return m_reconcileDock; }
    QAction *reconcileAction() const { return m_reconcileAction; }
    RemoteSearchView *search() const { return m_search; }
    QDockWidget *searchDock() const { return m_searchDock; }
    QAction *searchAction() const { return m_searchAction; }

public slots:
    void updateBadge();

private:
    explicit SyncToolDocks(QMainWindow *window);

    const Workspace *m_workspace = nullptr;
    ReviewQueueView *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QAction *m_reviewAction = nullptr;
    QPushButton *m_badge = nullptr;
    QTimer *m_badgeTimer = nullptr;
    ReconcileView *m_reconcile = nullptr;
    QDockWidget *m_reconcileDock = nullptr;
    QAction *m_reconcileAction = nullptr;
    RemoteSearchView *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QAction *m_searchAction = nullptr;
};

} // namespace sd::ui
