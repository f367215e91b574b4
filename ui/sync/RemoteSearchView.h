#pragma once
// "Search SmartRecruiters": free text plus a filter per filterable field the team chose
// (sync.filterableFields: job, status, tags, updated after), results page by page, each with
// "View in SmartRecruiters" and "Add to campaign…" (the local record is made from SmartRecruiters'
// values and linked, or the local person with the same email is used). Every call is asynchronous.
#include "ApiClient.h" // QPointer<sr::ApiCall>
#include "Paging.h"    // QPointer<sr::Pager>
#include "RemoteSearch.h"
#include "SyncHub.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sd::ui {

class RemoteSearchView : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteSearchView(SyncHub *hub, QWidget *parent = nullptr);

    QTreeWidget *results() const { return m_results; }
    // The filters shown, by field: "job", "status", "tags", "updatedAfter".
    QStringList filterFields() const { return m_fields; }
    QComboBox *jobFilter() const { return m_job; }
    QString statusText() const;
    bool isSearching() const { return m_call != nullptr; }
    bool isLoadingJobs() const { return m_jobPager != nullptr || !m_pendingStatuses.isEmpty(); }
    void setPageSize(int size) { m_pageSize = size; }
    sync::SearchFilters currentFilters() const;

public slots:
    // Rebuilds the filters from the settings (they may have changed) and reloads the jobs.
    void reloadFilters();
    void search();
    void loadMore();
    void viewSelected();
    // Asks for a campaign, then adds the selected person to it.
    void addSelectedToCampaign();
    void addSelectedTo(qint64 campaignId);

signals:
    void searchFinished();
    void added(qint64 candidateId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void runQuery(const QString &pageId);
    void loadNextJobStatus();
    void updateActions();
    QString selectedId() const;

    QPointer<SyncHub> m_hub;
    QFormLayout *m_form;
    QLineEdit *m_text;
    QComboBox *m_job = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_tags = nullptr;
    QDateEdit *m_updatedAfter = nullptr;
    QLabel *m_note;
    QPushButton *m_search;
    QLabel *m_statusLabel;
    QTreeWidget *m_results;
    QPushButton *m_more;
    QPushButton *m_view;
    QPushButton *m_add;
    QAction *m_viewAction;
    QAction *m_addAction;
    QStringList m_fields;
    QStringList m_pendingStatuses;
    QPointer<sr::ApiCall> m_call;
    QPointer<sr::Pager> m_jobPager;
    QString m_nextPageId;
    int m_generation = 0;
    int m_pageSize = 25;
    bool m_filtersBuilt = false;
};

} // namespace sd::ui
