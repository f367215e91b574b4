#pragma once
// The "Replies" dock: the newest email replies with the reply text in a preview. I marks the
// member interested, N not interested (in the reply's campaign), then the next reply is selected.
#include "ActivityRepository.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ChangeNotifier;

class RepliesView : public QWidget
{
    Q_OBJECT
public:
    RepliesView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);

    int replyCount() const { return int(m_rows.size()); }
    qint64 selectedActivityId() const;
    void selectActivity(qint64 id);
    QAction *interestedAction() const { return m_interested; }
    QAction *notInterestedAction() const { return m_notInterested; }

public slots:
    void reload();
    void loadMore();
    // Sets the selected reply's member to Interested / NotInterested and selects the next reply.
    bool markSelected(sd::MemberStatus status);

private:
    void showPreview();
    void addRows(const QList<ActivityListRow> &rows);
    const ActivityListRow *selectedRow() const;

    const Workspace &m_workspace;
    QPointer<ChangeNotifier> m_notifier;
    QList<ActivityListRow> m_rows;
    QTreeWidget *m_list;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_more;
    QPushButton *m_refresh;
    QAction *m_interested;
    QAction *m_notInterested;
    QTimer *m_reloadTimer;
    bool m_exhausted = false;
};

} // namespace sd::ui
