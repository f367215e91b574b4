#pragma once
// The sync parts of the main window in one place, so the window itself only calls install():
// the sync log dock (View → Sync log, Ctrl+Shift+Y) and the status bar's "Sending to
// SmartRecruiters 12/40" with Cancel while the engine works.
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SyncHub;
class SyncLogView;
class SyncStatusWidget;
class SyncToolDocks;

class SyncWindowParts : public QObject
{
    Q_OBJECT
public:
    // Adds the dock (hidden until asked for), its toggle action to `viewMenu`, and the status widget.
    static SyncWindowParts *install(QMainWindow *window, QMenu *viewMenu, const Workspace &workspace,
                                    SyncHub *hub);

    SyncLogView *log() const { return m_log; }
    QDockWidget *dock() const { return m_dock; }
    QAction *toggleAction() const { return m_toggle; }
    SyncStatusWidget *status() const { return m_status; }
    // The review queue, out-of-step and SmartRecruiters search docks.
    SyncToolDocks *tools() const { return m_tools; }

public slots:
    // Shows the dock with the log filtered to one candidate (or everyone with 0).
    void showLog(qint64 candidateId = 0, const QString &name = {});

private:
    explicit SyncWindowParts(QMainWindow *window);

    QDockWidget *m_dock = nullptr;
    SyncLogView *m_log = nullptr;
    QAction *m_toggle = nullptr;
    SyncStatusWidget *m_status = nullptr;
    SyncToolDocks *m_tools = nullptr;
};

} // namespace sd::ui
