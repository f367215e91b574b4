#include "TeamChangeRelay.h"

#include "ChangeFeed.h"
#include "ChangeNotifier.h"
#include "sync/SyncHub.h"

namespace sd::ui {

namespace {

bool touchesAny(const QSet<QString> &tables, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (tables.contains(QLatin1String(name)))
            return true;
    }
    return false;
}

} // namespace

TeamChangeRelay *TeamChangeRelay::install(const std::shared_ptr<Workspace> &workspace, ChangeNotifier *notifier,
                                          QObject *parent)
{
    if (!workspace || !workspace->isTeam())
        return nullptr;
    return new TeamChangeRelay(workspace, notifier, parent);
}

TeamChangeRelay::TeamChangeRelay(const std::shared_ptr<Workspace> &workspace, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_feed(new ChangeFeedThread(workspace, this))
{
    setObjectName(QStringLiteral("teamChangeRelay"));
    connect(m_feed, &ChangeFeedThread::changed, this, &TeamChangeRelay::relay);
    connect(m_feed, &ChangeFeedThread::listening, this, &TeamChangeRelay::listening);
    // Back after a lost connection: anything may have changed meanwhile.
    connect(m_feed, &ChangeFeedThread::resynced, this, [this] {
        relay({QStringLiteral("candidates"), QStringLiteral("campaigns"), QStringLiteral("campaign_members"),
               QStringLiteral("sr_outbox")});
    });
    m_feed->start();
}

void TeamChangeRelay::relay(const QSet<QString> &tables)
{
    if (touchesAny(tables, {"candidates", "sr_candidate_links"}))
        emit m_notifier->candidatesChanged();
    if (touchesAny(tables, {"campaigns", "sequences", "sequence_steps"}))
        emit m_notifier->campaignsChanged();
    if (touchesAny(tables, {"campaign_members", "member_status_history", "activities", "enrollments",
                            "outreach_tasks", "outreach_emails"}))
        emit m_notifier->membersChanged(0);
    if (touchesAny(tables, {"sync_settings", "workspace_settings", "sr_stages"}))
        emit m_notifier->teamSettingsChanged();
    if (touchesAny(tables, {"sr_outbox"})) {
        if (SyncHub *hub = SyncHub::find(m_notifier))
            hub->outboxEdited(); // a teammate queued or finished jobs: views re-read, the engine looks
    }
}

} // namespace sd::ui
