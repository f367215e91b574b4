#pragma once
// One per main window: what the SmartRecruiters sync widgets share. The workspace, who is acting,
// the connection (when Settings → Integration attached one), the sync engine that runs while the
// connection is live, and the planner run off the UI thread. Widgets find it through the window's
// ChangeNotifier (SyncHub::find), so views that do not know each other reach the same hub; the
// notifier's change signals also wake the engine (the repositories queue the jobs themselves).
//
//   auto *hub = SyncHub::find(notifier);                     // null in a window without sync
//   hub->plan(this, [ids](sync::SyncPlanner &p) { return p.pushNow(campaign, ids); },
//             [](const sync::PlanSummary &s, const QString &error) { ... });  // then kick()
#include "ConnectionManager.h" // QPointer members need the full types
#include "SyncEngine.h"
#include "SyncPlanner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sd {
class Workspace;
}
namespace sd::ui {

class SyncHub : public QObject
{
    Q_OBJECT
public:
    // `parent` is the window's ChangeNotifier (find() looks there), or any QObject in tests.
    SyncHub(std::shared_ptr<Workspace> workspace, QObject *parent);
    ~SyncHub() override;

    static SyncHub *find(const QObject *notifier);

    const std::shared_ptr<Workspace> &workspace() const { return m_workspace; }
    QString actor() const;

    // Settings → Integration's connection; the engine follows its state.
    void setConnection(integration::ConnectionManager *manager);
    integration::ConnectionManager *connection() const { return m_connection; }
    // The live API client, or null while not connected.
    sr::ApiClient *client() const;
    bool isConnected() const { return client() != nullptr; }
    // The SmartRecruiters web app's address (production unless the connection says otherwise).
    QUrl webHost() const;
    QUrl candidateUrl(const QString &srCandidateId) const;
    // Null until the connection was live once.
    sync::SyncEngine *engine() const { return m_engine; }
    void kick();
    // The recruiter retried or skipped jobs (or queued some without the planner): tell the views
    // and wake the engine.
    void outboxEdited();

    // Candidate property id -> SR type (BOOLEAN, DATE, …), loaded once per connection; empty and
    // propertyTypesLoaded() false until then. loadPropertyTypes() is asynchronous.
    const QHash<QString, QString> &propertyTypes() const { return m_propertyTypes; }
    bool propertyTypesLoaded() const { return m_propertyTypesLoaded; }
    void loadPropertyTypes();

    using PlanWork = std::function<Result<sync::PlanSummary>(sync::SyncPlanner &)>;
    using PlanDone = std::function<void(const sync::PlanSummary &summary, const QString &error)>;
    // Runs the planner on a worker thread (bulk database work), then calls `done` on the UI thread
    // (unless `context` is gone), announces outboxChanged() and kicks the engine.
    void plan(QObject *context, PlanWork work, PlanDone done = {});
    // The same for one small step on the UI thread (a single file, a single edit).
    void planNow(const PlanWork &work, QString *error = nullptr, sync::PlanSummary *summary = nullptr);
    // How many planner runs are still going (tests wait for 0).
    int pendingPlans() const { return m_pendingPlans; }
    // A one-line summary of what a plan did, for the status bar.
    static QString describe(const sync::PlanSummary &summary);

signals:
    // Jobs were queued, retried or skipped, or the engine finished one: views re-read the outbox.
    void outboxChanged();
    // The connection went live or away; the engine exists from the first time it went live.
    void connectionChanged(bool connected);
    void engineCreated(sd::sync::SyncEngine *engine);
    void propertyTypesChanged();
    // A plan's summary for the status bar.
    void message(const QString &text);

private:
    void onConnectionState();

    std::shared_ptr<Workspace> m_workspace;
    QPointer<integration::ConnectionManager> m_connection;
    QPointer<sr::ApiClient> m_propertyClient;
    sync::SyncEngine *m_engine = nullptr;
    QHash<QString, QString> m_propertyTypes;
    bool m_propertyTypesLoaded = false;
    bool m_propertyTypesLoading = false;
    int m_pendingPlans = 0;
    bool m_wasConnected = false;
};

} // namespace sd::ui
