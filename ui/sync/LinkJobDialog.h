#pragma once
// "Link job…": the SmartRecruiters jobs a campaign can push to, read page by page in the
// background and limited to the job status whitelist (sync.jobStatuses), with a search box, and
// the talent pool (no job) as the first choice.
#include "Paging.h" // QPointer<sr::Pager>
#include "SyncHub.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd::ui {

class LinkJobDialog : public QDialog
{
    Q_OBJECT
public:
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StatusRole,
        TalentPoolRole
    };

    LinkJobDialog(SyncHub *hub, qint64 campaignId, const QString &currentJobId, QWidget *parent = nullptr);

    // The chosen job; an empty id with isTalentPool() for the talent pool.
    QString jobId() const;
    QString jobTitle() const;
    bool isTalentPool() const;
    QTreeWidget *list() const { return m_list; }
    bool isLoading() const { return m_loading; }
    QStringList statuses() const { return m_statuses; }

public slots:
    void reload();

private:
    void loadNextStatus(int generation);
    void addJobs(const QList<std::pair<QString, QStringList>> &rows);
    void updateOk();
    void finishLoading(const QString &problem);

    QPointer<SyncHub> m_hub;
    qint64 m_campaignId;
    QString m_currentJobId;
    QStringList m_statuses;
    QStringList m_pendingStatuses;
    QLineEdit *m_search;
    QLabel *m_filterNote;
    QLabel *m_status;
    QTreeWidget *m_list;
    QTreeWidgetItem *m_talentPool;
    QDialogButtonBox *m_buttons;
    QTimer *m_searchTimer;
    QPointer<sr::Pager> m_pager;
    int m_generation = 0;
    int m_found = 0;
    bool m_loading = false;
};

} // namespace sd::ui
