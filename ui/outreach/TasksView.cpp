#include "TasksView.h"

#include "Theme.h"
#include "Actor.h"
#include "ChangeNotifier.h"
#include "Named.h"
#include "Types.h" // before TaskActions.h, which uses ActivityKind
#include "TaskActions.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

enum Column { DueColumn, KindColumn, PersonColumn, CampaignColumn, ContactColumn };

QDateTime endOfTodayUtc()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toUTC();
}

QUrl profileUrl(const QString &stored)
{
    QString s = stored.trimmed();
    if (s.isEmpty())
        return {};
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"))
               ? url
               : QUrl();
}

} // namespace

TasksView::TasksView(const Workspace &workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_owner(currentActor())
    , m_list(named(new QTreeWidget(this), QStringLiteral("todayList"), tr("Tasks due today")))
    , m_message(named(new QLabel(this), QStringLiteral("todayMessage"), tr("Tasks status")))
    , m_reloadTimer(new QTimer(this))
{
    named(this, QStringLiteral("todayView"), tr("Today"));
    m_list->setHeaderLabels({tr("Due"), tr("Kind"), tr("Person"), tr("Campaign"), tr("Phone / LinkedIn")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    setFocusProxy(m_list);

    auto action = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_done = action(tr("Mark task &done"), QStringLiteral("todayDoneAction"),
                    {QKeySequence(Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_skip = action(tr("&Skip task"), QStringLiteral("todaySkipAction"), {QKeySequence(Qt::Key_S)});
    m_openProfile = action(tr("&Open LinkedIn profile"), QStringLiteral("todayOpenProfileAction"),
                           {QKeySequence(Qt::Key_O)});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_done, m_skip, m_openProfile});
    connect(m_done, &QAction::triggered, this, &TasksView::markDone);
    connect(m_skip, &QAction::triggered, this, [this] { skipSelected(); });
    connect(m_openProfile, &QAction::triggered, this, &TasksView::openProfile);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TasksView::updateActions);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &TasksView::reload);
    if (notifier)
        connect(notifier, &ChangeNotifier::membersChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    // Tasks fall due as the day goes on.
    auto *tick = new QTimer(this);
    tick->setInterval(5 * 60 * 1000);
    connect(tick, &QTimer::timeout, this, &TasksView::reload);
    tick->start();
    reload();
}

void TasksView::setOwner(const QString &owner)
{
    m_owner = owner;
    reload();
}

QString TasksView::outcomeLabel(const QString &key)
{
    if (key == QLatin1StringView("connected"))
        return tr("Connected");
    if (key == QLatin1StringView("voicemail"))
        return tr("Left a voicemail");
    if (key == QLatin1StringView("noAnswer"))
        return tr("No answer");
    if (key == QLatin1StringView("wrongNumber"))
        return tr("Wrong number");
    if (key == QLatin1StringView("sent"))
        return tr("Sent");
    if (key == QLatin1StringView("accepted"))
        return tr("Accepted");
    if (key == QLatin1StringView("notAvailable"))
        return tr("Not available");
    if (key == QLatin1StringView("done"))
        return tr("Done");
    return key;
}

QString TasksView::kindLabel(StepKind kind)
{
    switch (kind) {
    case StepKind::AutoEmail: return tr("Email");
    case StepKind::ManualEmail: return tr("Email (manual)");
    case StepKind::LinkedinConnect: return tr("LinkedIn connection request");
    case StepKind::LinkedinMessage: return tr("LinkedIn message");
    case StepKind::Call: return tr("Call");
    case StepKind::Task: return tr("Task");
    }
    return {};
}

void TasksView::reload()
{
    const qint64 keep = selectedTaskId();
    const int keepRow = m_list->currentIndex().row();
    Result<QList<OutreachTask>> open = TaskRepository(m_workspace).open(m_owner, endOfTodayUtc(), 500);
    m_list->clear();
    m_tasks.clear();
    if (!open) {
        m_message->setText(open.error().toString());
        emit countChanged(0);
        updateActions();
        return;
    }
    m_tasks = *open;
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (const OutreachTask &t : std::as_const(m_tasks)) {
        const QDateTime due = t.dueAt.toLocalTime();
        const bool overdue = due.date() < today;
        const QString dueText = due.date() == today ? locale.toString(due.time(), QLocale::ShortFormat)
                                                    : locale.toString(due, QLocale::ShortFormat);
        const bool linkedin = t.kind == StepKind::LinkedinConnect || t.kind == StepKind::LinkedinMessage;
        const QString contact = linkedin || t.phone.isEmpty() ? (t.linkedinUrl.isEmpty() ? t.phone : t.linkedinUrl)
                                                              : t.phone;
        QString kind = kindLabel(t.kind);
        if (!t.title.isEmpty())
            kind += QStringLiteral(": ") + t.title;
        auto *item = new QTreeWidgetItem(m_list, {overdue ? tr("Overdue: %1").arg(dueText) : dueText, kind,
                                                  t.candidateName, t.campaignName, contact});
        item->setData(DueColumn, Qt::UserRole, t.id);
        if (overdue)
            item->setForeground(DueColumn, theme::colorOnBase(theme::Tone::Problem));
        const QUrl url = profileUrl(t.linkedinUrl);
        if (url.isValid() && contact == t.linkedinUrl) {
            auto *link = named(new QLabel(m_list), QStringLiteral("todayProfileLink"),
                               tr("LinkedIn profile of %1").arg(t.candidateName));
            link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), t.linkedinUrl.toHtmlEscaped()));
            link->setTextFormat(Qt::RichText);
            link->setOpenExternalLinks(true);
            link->setFocusPolicy(Qt::NoFocus); // O opens it from the keyboard
            item->setText(ContactColumn, QString());
            item->setData(ContactColumn, Qt::AccessibleTextRole, t.linkedinUrl);
            m_list->setItemWidget(item, ContactColumn, link);
        }
    }
    m_message->setText(m_tasks.isEmpty() ? tr("Nothing due today.") : QString());
    if (!m_tasks.isEmpty()) {
        selectTask(keep);
        if (!m_list->currentItem())
            m_list->setCurrentItem(m_list->topLevelItem(qBound(0, keepRow, m_list->topLevelItemCount() - 1)));
    }
    updateActions();
    emit countChanged(int(m_tasks.size()));
}

qint64 TasksView::selectedTaskId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(DueColumn, Qt::UserRole).toLongLong() : 0;
}

void TasksView::selectTask(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(DueColumn, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

const OutreachTask *TasksView::selectedTask() const
{
    const qint64 id = selectedTaskId();
    for (const OutreachTask &t : m_tasks)
        if (t.id == id)
            return &t;
    return nullptr;
}

void TasksView::updateActions()
{
    const OutreachTask *t = selectedTask();
    m_done->setEnabled(t != nullptr);
    m_skip->setEnabled(t != nullptr);
    m_openProfile->setEnabled(t && profileUrl(t->linkedinUrl).isValid());
}

void TasksView::markDone()
{
    const OutreachTask *t = selectedTask();
    if (!t)
        return;
    const QStringList outcomes = outreach::outcomesFor(t->kind);
    if (outcomes.size() <= 1) {
        finishSelected(outcomes.value(0, QStringLiteral("done")));
        return;
    }
    if (m_menu)
        m_menu->deleteLater();
    m_menu = named(new QMenu(this), QStringLiteral("todayOutcomeMenu"), tr("Outcome"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    m_menu->addSection(tr("Outcome"));
    for (int i = 0; i < outcomes.size(); ++i) {
        const QString key = outcomes.at(i);
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(outcomeLabel(key)) : outcomeLabel(key);
        QAction *a = namedAction(m_menu->addAction(text), QStringLiteral("todayOutcome_") + key);
        connect(a, &QAction::triggered, this, [this, key] { finishSelected(key); });
    }
    const QRect rect = m_list->visualItemRect(m_list->currentItem());
    m_menu->popup(m_list->viewport()->mapToGlobal(rect.bottomLeft()));
}

bool TasksView::finishSelected(const QString &outcome)
{
    return finish(TaskState::Done, outcome);
}

bool TasksView::skipSelected()
{
    return finish(TaskState::Skipped, {});
}

bool TasksView::finish(TaskState state, const QString &outcome)
{
    const OutreachTask *t = selectedTask();
    if (!t)
        return false;
    const qint64 campaignId = t->campaignId;
    const QString who = t->candidateName;
    if (Status s = outreach::completeTask(m_workspace, t->id, state, outcome, {}, currentActor(),
                                          QDateTime::currentDateTimeUtc())) {
        reload();
        m_message->setText(s->code == Error::Code::Conflict
                               ? tr("That task was already finished elsewhere; the list is up to date.")
                               : s->message);
        return false;
    }
    reload();
    m_message->setText(state == TaskState::Done ? tr("Done: %1 (%2).").arg(who, outcomeLabel(outcome))
                                                : tr("Skipped: %1.").arg(who));
    if (m_notifier)
        emit m_notifier->membersChanged(campaignId);
    m_list->setFocus();
    return true;
}

void TasksView::openProfile()
{
    const OutreachTask *t = selectedTask();
    const QUrl url = t ? profileUrl(t->linkedinUrl) : QUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace sd::ui
