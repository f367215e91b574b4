#pragma once
// "Move this workspace to a team server…" (a local workspace) and "Copy to a local file…" (a team
// workspace): services/workspace/WorkspaceTransfer on a worker thread, a progress bar per step,
// Cancel, the verification count per table at the end, then an offer to open the copy.
#include "workspace/WorkspaceTransfer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace sd {
class Workspace;
}

namespace sd::ui {

class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(std::shared_ptr<Workspace> source, QWidget *parent = nullptr);
    ~TransferDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The copy's location after a successful run (empty before).
    QString copiedTo() const { return m_copiedTo; }

signals:
    // The user chose to open the copy (the window switches to it; a team workspace is handed off
    // open, so the password is not asked again).
    void openWorkspaceRequested(const QString &location);
    // Emitted once per run, on the UI thread (tests wait for it).
    void finished(bool ok);

public slots:
    void reject() override;

private:
    void chooseFile();
    void start();
    void onProgress(const transfer::Progress &p);
    void onDone(const Result<transfer::Report> &result, std::shared_ptr<Workspace> target);
    void showCounts(const QList<transfer::TableCount> &counts);
    void setEditing(bool editing);
    QString targetLocation() const;

    std::shared_ptr<Workspace> m_source;
    bool m_toTeam = false; // local source: the target is a team server; team source: a file
    QLineEdit *m_location = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_prepare = nullptr;
    QProgressBar *m_copy = nullptr;
    QProgressBar *m_table = nullptr;
    QProgressBar *m_index = nullptr;
    QProgressBar *m_verify = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_counts = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::shared_ptr<Workspace> m_target;
    QString m_copiedTo;
    bool m_closeWhenDone = false;
};

} // namespace sd::ui
