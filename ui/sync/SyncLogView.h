#pragma once
// The sync log: every write to SmartRecruiters, newest first, with what SmartRecruiters answered and
// what to do about a refusal. Retry and Skip act on the selected jobs; a double-click shows one job
// in full. The same view, filtered by candidate, is the candidate page's sync history.
#include "Outbox.h"
#include "SyncHub.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::ui {

class OutboxTableModel;

class SyncLogView : public QWidget
{
    Q_OBJECT
public:
    // `hub` may be null (then nothing is kicked and nothing refreshes by itself).
    SyncLogView(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    // Only this candidate's jobs (the candidate page's sync history); nullopt: everyone.
    void setCandidate(std::optional<qint64> candidateId, const QString &name = {});
    OutboxTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<qint64> selectedJobIds() const;
    QString countsText() const;

public slots:
    void refresh();
    void retrySelected();
    void skipSelected();
    void showSelectedJob();
    // Selects the state filter entry: 0 all, 1 needs attention, 2 waiting, 3 held, 4 sent, 5 skipped.
    void setStateFilterIndex(int index);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void stateFilterChanged();
    void updateActions();
    void updateCounts();
    void scheduleRefresh();
    void afterChange(const QStringList &errors, const QString &title);

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    OutboxTableModel *m_model;
    QLabel *m_title;
    QLabel *m_counts;
    QComboBox *m_stateFilter;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QPushButton *m_details;
    QPushButton *m_refresh;
    QAction *m_retryAction;
    QAction *m_skipAction;
    QAction *m_detailsAction;
    QTimer *m_refreshTimer;
    bool m_dirty = true;
    std::optional<qint64> m_candidateId;
};

} // namespace sd::ui
