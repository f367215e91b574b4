#include "ReviewQueueView.h"

#include "Candidates.h"
#include "CandidateRepository.h"
#include "MessageBox.h"
#include "Named.h"
#include "Outbox.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

ReviewQueueView::ReviewQueueView(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_status(named(new QLabel(this), QStringLiteral("reviewStatus"), tr("Review queue status")))
    , m_list(named(new QTreeWidget(this), QStringLiteral("reviewList"), tr("Possible matches to review")))
    , m_remote(named(new QLabel(this), QStringLiteral("reviewRemote"), tr("The SmartRecruiters candidate")))
    , m_link(named(new QPushButton(tr("&Link to this SmartRecruiters candidate"), this), QStringLiteral("reviewLink"),
                   tr("Link to this SmartRecruiters candidate")))
    , m_distinct(named(new QPushButton(tr("&Different people — create a new profile"), this),
                       QStringLiteral("reviewDistinct"), tr("Different people: create a new profile")))
    , m_view(named(new QPushButton(tr("&View in SmartRecruiters"), this), QStringLiteral("reviewView"),
                   tr("View the match in SmartRecruiters")))
    , m_refresh(named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("reviewRefresh"),
                      tr("Refresh the review queue")))
{
    named(this, QStringLiteral("reviewQueueView"), tr("Review queue"));
    m_status->setWordWrap(true);
    m_remote->setWordWrap(true);
    m_remote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setHeaderLabels({tr("Sourcedesk candidate"), tr("Why it may be the same person"), tr("Queued")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->resizeSection(0, 200);
    m_list->header()->resizeSection(1, 420);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto action = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_list->addAction(a);
        return a;
    };
    m_linkAction = action(tr("Link to this SmartRecruiters candidate"), QStringLiteral("reviewLinkAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_distinctAction = action(tr("Different people — create a new profile"), QStringLiteral("reviewDistinctAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_viewAction = action(tr("View match in SmartRecruiters"), QStringLiteral("reviewViewAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_link->setToolTip(tr("The same person: link them and send what waited (%1)")
                           .arg(m_linkAction->shortcut().toString(QKeySequence::NativeText)));
    m_distinct->setToolTip(tr("Not the same person: create them in SmartRecruiters as a new profile (%1)")
                               .arg(m_distinctAction->shortcut().toString(QKeySequence::NativeText)));
    m_view->setToolTip(tr("Open the SmartRecruiters profile in the browser (%1)")
                           .arg(m_viewAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_linkAction, &QAction::triggered, this, &ReviewQueueView::linkSelected);
    connect(m_distinctAction, &QAction::triggered, this, &ReviewQueueView::markDistinctSelected);
    connect(m_viewAction, &QAction::triggered, this, &ReviewQueueView::viewSelected);
    connect(m_link, &QPushButton::clicked, this, &ReviewQueueView::linkSelected);
    connect(m_distinct, &QPushButton::clicked, this, &ReviewQueueView::markDistinctSelected);
    connect(m_view, &QPushButton::clicked, this, &ReviewQueueView::viewSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewQueueView::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReviewQueueView::selectionChanged);
    if (m_hub)
        connect(m_hub, &SyncHub::outboxChanged, this, [this] {
            // A create job that stopped on a match adds to the queue.
            if (isVisible())
                refresh();
            else
                m_dirty = true;
        });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_distinct);
    buttons->addWidget(m_view);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remote);
    layout->addLayout(buttons);
    refresh();
}

void ReviewQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReviewQueueView::refresh()
{
    m_dirty = false;
    const qint64 keep = selected() ? selected()->id : 0;
    const int before = int(m_items.size());
    m_list->clear();
    m_items.clear();
    const Result<QList<sync::ReviewItem>> items = sync::SyncStore(m_workspace).openReviews(500);
    if (!items.ok()) {
        m_status->setText(tr("The review queue could not be read: %1").arg(items.error().toString()));
        selectionChanged();
        return;
    }
    m_items = items.value();
    CandidateRepository candidates(m_workspace);
    QTreeWidgetItem *current = nullptr;
    for (const sync::ReviewItem &r : std::as_const(m_items)) {
        const Result<Candidate> c = candidates.get(r.candidateId);
        const QString who = c.ok() ? QStringLiteral("%1 <%2>").arg(c->displayName(), c->primaryEmail())
                                   : tr("Candidate %1 (deleted)").arg(r.candidateId);
        auto *item = new QTreeWidgetItem(
            m_list, {who, r.evidence, QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, ReviewIdRole, r.id);
        item->setData(0, CandidateIdRole, r.candidateId);
        item->setData(0, RemoteIdRole, r.srCandidateId);
        item->setToolTip(1, r.evidence);
        if (r.id == keep || !current)
            current = item;
    }
    if (current)
        m_list->setCurrentItem(current);
    m_status->setText(m_items.isEmpty()
                          ? tr("No possible match waits for review.")
                          : tr("%n possible matches wait for you: is it the same person?", nullptr,
                               int(m_items.size())));
    selectionChanged();
    if (before != m_items.size())
        emit openCountChanged(int(m_items.size()));
}

int ReviewQueueView::openCount() const
{
    return int(m_items.size());
}

QString ReviewQueueView::statusText() const
{
    return m_status->text();
}

QString ReviewQueueView::remoteText() const
{
    return m_remote->text();
}

std::optional<sync::ReviewItem> ReviewQueueView::selected() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, ReviewIdRole).toLongLong();
    for (const sync::ReviewItem &r : m_items)
        if (r.id == id)
            return r;
    return std::nullopt;
}

QUrl ReviewQueueView::selectedRemoteUrl() const
{
    const std::optional<sync::ReviewItem> r = selected();
    return r && m_hub ? m_hub->candidateUrl(r->srCandidateId) : QUrl();
}

void ReviewQueueView::selectionChanged()
{
    const std::optional<sync::ReviewItem> r = selected();
    for (QWidget *w : {static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_distinct),
                       static_cast<QWidget *>(m_view)})
        w->setEnabled(r.has_value());
    m_linkAction->setEnabled(r.has_value());
    m_distinctAction->setEnabled(r.has_value());
    m_viewAction->setEnabled(r.has_value());
    ++m_remoteGeneration;
    if (!r) {
        m_remote->clear();
        return;
    }
    loadRemote(r->srCandidateId);
}

// The evidence is from the time of the create; show SmartRecruiters' person as it is now.
void ReviewQueueView::loadRemote(const QString &srCandidateId)
{
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!client) {
        m_remote->setText(tr("SmartRecruiters candidate %1 (connect to SmartRecruiters to see their details).")
                              .arg(srCandidateId));
        return;
    }
    m_remote->setText(tr("Reading SmartRecruiters candidate %1…").arg(srCandidateId));
    const int generation = m_remoteGeneration;
    sr::CandidatesApi(client).get(srCandidateId, this, [this, generation, srCandidateId](const sr::Result<sr::Candidate> &r) {
        if (generation != m_remoteGeneration)
            return;
        if (!r.ok()) {
            m_remote->setText(tr("SmartRecruiters candidate %1 could not be read: %2").arg(srCandidateId, r.error.message));
            return;
        }
        const sr::Candidate &c = r.value;
        QStringList parts{QStringLiteral("%1 %2").arg(c.firstName, c.lastName).trimmed()};
        if (!c.email.isEmpty())
            parts << c.email;
        if (!c.phoneNumber.isEmpty())
            parts << c.phoneNumber;
        if (c.primaryAssignment)
            parts << tr("on \"%1\" (%2)").arg(c.primaryAssignment->jobTitle, c.primaryAssignment->status);
        m_remote->setText(tr("In SmartRecruiters: %1").arg(parts.join(QStringLiteral(" · "))));
    });
}

QString ReviewQueueView::retryCreate(qint64 candidateId)
{
    sync::Outbox outbox(m_workspace);
    sync::OutboxQuery query;
    query.candidateId = candidateId;
    const Result<QList<sync::OutboxJob>> jobs = outbox.list(query);
    if (!jobs.ok())
        return jobs.error().toString();
    for (const sync::OutboxJob &job : jobs.value()) {
        if (job.kind != sync::JobKind::Create || !sync::isOpen(job.state) || job.state == sync::JobState::InFlight)
            continue;
        if (Status s = outbox.retry(job.id))
            return s->toString();
    }
    return {};
}

void ReviewQueueView::linkSelected()
{
    const std::optional<sync::ReviewItem> r = selected();
    if (!r)
        return;
    QStringList errors;
    {
        sql::Transaction tx(m_workspace.connection());
        sync::SyncStore store(m_workspace);
        if (Status s = store.setLink(r->candidateId, r->srCandidateId, QStringLiteral("manual"))) {
            MessageBox::warning(this, tr("Link"),
                                tr("%1\n\nOpen the other Sourcedesk candidate's SmartRecruiters tab and unlink them, "
                                   "or choose \"Different people\".")
                                    .arg(s->toString()));
            return;
        }
        if (Status s = store.resolveReview(r->id, QStringLiteral("linked")))
            errors << s->toString();
        else if (Status c = tx.commit())
            errors << c->toString();
    }
    if (errors.isEmpty()) {
        const QString retry = retryCreate(r->candidateId);
        if (!retry.isEmpty())
            errors << tr("Linked, but the waiting create job could not be retried: %1. Retry it from the sync log.")
                          .arg(retry);
    }
    afterDecision(tr("Linked; what waited for this candidate goes to SmartRecruiters now."), errors);
}

void ReviewQueueView::markDistinctSelected()
{
    const std::optional<sync::ReviewItem> r = selected();
    if (!r)
        return;
    const auto answer = MessageBox::question(
        this, tr("Different people"),
        tr("Create a new profile in SmartRecruiters for this candidate? The possible match stays as it is, and "
           "Sourcedesk will not ask about it again."),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Yes);
    if (answer != MessageBox::Yes)
        return;
    QStringList errors;
    if (Status s = sync::SyncStore(m_workspace).resolveReview(r->id, QStringLiteral("distinct")))
        errors << s->toString();
    else if (const QString retry = retryCreate(r->candidateId); !retry.isEmpty())
        errors << tr("The create job could not be retried: %1. Retry it from the sync log.").arg(retry);
    afterDecision(tr("A new SmartRecruiters profile will be created for this candidate."), errors);
}

void ReviewQueueView::afterDecision(const QString &done, const QStringList &errors)
{
    refresh();
    if (m_hub)
        m_hub->outboxEdited();
    if (!errors.isEmpty()) {
        MessageBox::warning(this, tr("Review queue"), errors.join(u'\n'));
        return;
    }
    m_status->setText(done + QLatin1Char(' ') + m_status->text());
}

void ReviewQueueView::viewSelected()
{
    const QUrl url = selectedRemoteUrl();
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url))
        MessageBox::information(this, tr("View in SmartRecruiters"),
                                tr("No browser could be opened. The profile is at:\n%1").arg(url.toString()));
}

} // namespace sd::ui
