#include "RepliesView.h"

#include "Actor.h"
#include "CampaignRepository.h"
#include "ChangeNotifier.h"
#include "Labels.h"
#include "Named.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

enum Column { ReceivedColumn, PersonColumn, CampaignColumn, SubjectColumn, StatusColumn };

constexpr int kPage = 100;

} // namespace

RepliesView::RepliesView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_list(named(new QTreeWidget(this), QStringLiteral("repliesList"), tr("Replies")))
    , m_preview(named(new QTextBrowser(this), QStringLiteral("replyPreview"), tr("Reply text")))
    , m_message(named(new QLabel(this), QStringLiteral("repliesMessage"), tr("Replies status")))
    , m_more(named(new QPushButton(tr("Load &more"), this), QStringLiteral("repliesMore"), tr("Load older replies")))
    , m_refresh(named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("repliesRefresh"), tr("Reload the replies")))
    , m_reloadTimer(new QTimer(this))
{
    named(this, QStringLiteral("repliesView"), tr("Replies"));
    m_list->setHeaderLabels({tr("Received"), tr("Person"), tr("Campaign"), tr("Subject"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setOpenLinks(false);
    m_preview->setTabChangesFocus(true);
    m_message->setWordWrap(true);

    auto *splitter = named(new QSplitter(Qt::Horizontal, this), QStringLiteral("repliesSplitter"), tr("Replies"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    auto action = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_list->addAction(a);
        return a;
    };
    m_interested = action(tr("Mark &interested"), QStringLiteral("replyInterestedAction"), QKeySequence(Qt::Key_I));
    m_notInterested = action(tr("Mark &not interested"), QStringLiteral("replyNotInterestedAction"),
                             QKeySequence(Qt::Key_N));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_interested, &QAction::triggered, this, [this] { markSelected(MemberStatus::Interested); });
    connect(m_notInterested, &QAction::triggered, this, [this] { markSelected(MemberStatus::NotInterested); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RepliesView::showPreview);
    connect(m_more, &QPushButton::clicked, this, &RepliesView::loadMore);
    connect(m_refresh, &QPushButton::clicked, this, &RepliesView::reload);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &RepliesView::reload);
    if (notifier)
        connect(notifier, &ChangeNotifier::membersChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    reload();
}

void RepliesView::reload()
{
    const qint64 keep = selectedActivityId();
    const int shown = qMax(kPage, int(m_rows.size()));
    Result<QList<ActivityListRow>> rows = ActivityRepository(m_workspace).recentOfKind(ActivityKind::EmailReply, shown);
    m_list->clear();
    m_rows.clear();
    if (!rows) {
        m_message->setText(rows.error().toString());
        showPreview();
        return;
    }
    m_exhausted = rows->size() < shown;
    addRows(*rows);
    m_message->setText(m_rows.isEmpty() ? tr("No replies yet.") : tr("%n replies", nullptr, int(m_rows.size())));
    selectActivity(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showPreview();
}

void RepliesView::loadMore()
{
    Result<QList<ActivityListRow>> rows =
        ActivityRepository(m_workspace).recentOfKind(ActivityKind::EmailReply, kPage, int(m_rows.size()));
    if (!rows) {
        m_message->setText(rows.error().toString());
        return;
    }
    m_exhausted = rows->size() < kPage;
    addRows(*rows);
    m_message->setText(tr("%n replies", nullptr, int(m_rows.size())));
}

void RepliesView::addRows(const QList<ActivityListRow> &rows)
{
    const QLocale locale;
    CampaignRepository campaigns(m_workspace);
    for (const ActivityListRow &row : rows) {
        const Activity &a = row.activity;
        QString status;
        if (a.campaignId > 0) {
            Result<std::optional<CampaignMember>> member = campaigns.member(a.campaignId, a.candidateId);
            if (member && member->has_value())
                status = label((*member)->status);
        }
        const QString person = row.candidateEmail.isEmpty()
                                   ? row.candidateName
                                   : tr("%1 <%2>").arg(row.candidateName, row.candidateEmail);
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(a.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                                  person, row.campaignName, a.subject, status});
        item->setData(ReceivedColumn, Qt::UserRole, a.id);
        m_rows << row;
    }
    m_more->setEnabled(!m_exhausted);
}

qint64 RepliesView::selectedActivityId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(ReceivedColumn, Qt::UserRole).toLongLong() : 0;
}

void RepliesView::selectActivity(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(ReceivedColumn, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

const ActivityListRow *RepliesView::selectedRow() const
{
    const qint64 id = selectedActivityId();
    for (const ActivityListRow &row : m_rows)
        if (row.activity.id == id)
            return &row;
    return nullptr;
}

void RepliesView::showPreview()
{
    const ActivityListRow *row = selectedRow();
    const bool inCampaign = row && row->activity.campaignId > 0;
    m_interested->setEnabled(inCampaign);
    m_notInterested->setEnabled(inCampaign);
    if (!row) {
        m_preview->clear();
        return;
    }
    // Plain text: a reply is the candidate's mail, never markup to render.
    QString text = row->activity.subject.isEmpty() ? QString() : row->activity.subject + QStringLiteral("\n\n");
    m_preview->setPlainText(text + row->activity.body);
}

bool RepliesView::markSelected(MemberStatus status)
{
    const ActivityListRow *row = selectedRow();
    if (!row)
        return false;
    if (row->activity.campaignId <= 0) {
        m_message->setText(tr("This reply is not tied to a campaign."));
        return false;
    }
    const qint64 campaignId = row->activity.campaignId;
    const QString who = row->candidateName;
    Result<int> changed = CampaignRepository(m_workspace).setStatus(campaignId, {row->activity.candidateId},
                                                                          status, currentActor());
    if (!changed) {
        m_message->setText(changed.error().message);
        return false;
    }
    // Every reply of this member in this campaign shows the new status.
    const qint64 candidateId = row->activity.candidateId;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).activity.campaignId == campaignId && m_rows.at(i).activity.candidateId == candidateId)
            if (QTreeWidgetItem *item = m_list->topLevelItem(i))
                item->setText(StatusColumn, label(status));
    }
    m_message->setText(tr("%1: %2.").arg(who, label(status)));
    const int next = m_list->indexOfTopLevelItem(m_list->currentItem()) + 1;
    if (next < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(next));
    if (m_notifier)
        emit m_notifier->membersChanged(campaignId);
    return true;
}

} // namespace sd::ui
