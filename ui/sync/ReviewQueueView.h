#pragma once
// The review queue: possible matches the create job would not decide alone (same email but another
// last name, same name but another email), with the evidence and the SmartRecruiters person as
// SmartRecruiters has them now. The recruiter links the two (the create job then finds the link and
// releases what waited for it) or calls them different people (the create goes ahead and does not
// ask about that match again).
#include "SyncHub.h"
#include "SyncStore.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ReviewQueueView : public QWidget
{
    Q_OBJECT
public:
    enum Role
    {
        ReviewIdRole = Qt::UserRole + 1,
        CandidateIdRole,
        RemoteIdRole
    };

    ReviewQueueView(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int openCount() const;
    QString statusText() const;
    QString remoteText() const;
    // The SmartRecruiters page of the selected item's match; empty when nothing is selected.
    QUrl selectedRemoteUrl() const;

public slots:
    void refresh();
    // "Link to this SmartRecruiters candidate": the link (origin manual), the item resolved, the
    // create job retried so the outbox continues.
    void linkSelected();
    // "Different people — create a new profile" (after a confirmation).
    void markDistinctSelected();
    void viewSelected();

signals:
    void openCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<sync::ReviewItem> selected() const;
    void selectionChanged();
    void loadRemote(const QString &srCandidateId);
    // Retries the candidate's create job that waits for the review; an error text or empty.
    QString retryCreate(qint64 candidateId);
    void afterDecision(const QString &done, const QStringList &errors);

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    QLabel *m_status;
    QTreeWidget *m_list;
    QLabel *m_remote;
    QPushButton *m_link;
    QPushButton *m_distinct;
    QPushButton *m_view;
    QPushButton *m_refresh;
    QAction *m_linkAction;
    QAction *m_distinctAction;
    QAction *m_viewAction;
    QList<sync::ReviewItem> m_items;
    int m_remoteGeneration = 0;
    bool m_dirty = true;
};

} // namespace sd::ui
