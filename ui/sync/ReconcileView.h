#pragma once
// "Out of step": what differs between Sourcedesk and SmartRecruiters (Reconciler::scan, from the
// database alone) with what each one-click fix does. The scan and the fixes run on a worker thread
// with its own database connection; the list is read again after each fix.
#include "Reconciliation.h"
#include "SyncHub.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd::ui {

class ReconcileView : public QWidget
{
    Q_OBJECT
public:
    enum Role
    {
        IndexRole = Qt::UserRole + 1,
        KindRole // toKey(OutOfStep::Kind)
    };

    // `hub` gives the workspace and the actor; it must outlive the view.
    explicit ReconcileView(SyncHub *hub, QWidget *parent = nullptr);
    ~ReconcileView() override;

    QTreeWidget *list() const { return m_list; }
    QList<sync::OutOfStep> items() const { return m_items; }
    QString statusText() const;
    bool isBusy() const { return m_worker != nullptr; }

public slots:
    void refresh();
    void fixSelected();
    void fixAll();

signals:
    // A scan (maybe after fixes) finished and the list shows it.
    void scanned();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Fixes `toFix` (may be empty), then scans; all on a worker thread.
    void run(const QList<sync::OutOfStep> &toFix);
    void display(const QList<sync::OutOfStep> &items, int fixed, const QStringList &errors, const QString &scanError);
    void updateActions();

    QPointer<SyncHub> m_hub;
    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
    QPushButton *m_refresh;
    QAction *m_fixAction;
    QList<sync::OutOfStep> m_items;
    QPointer<QThread> m_worker;
    bool m_scannedOnce = false;
    bool m_again = false; // asked to scan while a worker ran
};

} // namespace sd::ui
