#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd {
class CandidateTableModel;
struct CandidateQuery;
class Workspace;
} // namespace sd

namespace sd::ui {

class ChangeNotifier;

// Every candidate, paged in as the user scrolls, with instant search, sorting by name, company and
// last update, and the actions on the selection.
class CandidatesView : public QWidget
{
    Q_OBJECT

public:
    CandidatesView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    CandidateTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    const CandidateQuery &query() const;
    QList<qint64> selectedIds() const;

public slots:
    void focusSearch();
    void newCandidate();
    void addSelectedToCampaign();
    void deleteSelected();
    void openSelectedProfile();
    void reload();

signals:
    // "Export…": the window runs the export of query() off the UI thread.
    void exportRequested();

private:
    // Tells the other views (or reloads, without a notifier).
    void announceCandidatesChanged();
    void applySearch();
    void updateActions();
    void updateCount();

    const Workspace &m_workspace;
    ChangeNotifier *m_notifier;
    CandidateTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    QAction *m_newAction;
    QAction *m_addToCampaignAction;
    QAction *m_deleteAction;
    QAction *m_openAction;
    QAction *m_exportAction;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sd::ui
