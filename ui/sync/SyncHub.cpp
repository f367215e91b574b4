#include "SyncHub.h"

#include "Actor.h"
#include "ChangeNotifier.h"
#include "Configuration.h"
#include "ConnectionManager.h"
#include "TestCandidate.h"
#include "Workspace.h"

#include <QThread>
#include <QTimer>

namespace sd::ui {

namespace {

// The worker threads still running, so the hub can wait for them before the workspace goes.
QList<QPointer<QThread>> &runningThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

} // namespace

SyncHub::SyncHub(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("syncHub"));
    // The repositories queue what a change owes SmartRecruiters in the change's own transaction
    // (DomainEvents); after any change the window announces, the engine looks and the views re-read.
    if (auto *notifier = qobject_cast<ChangeNotifier *>(parent)) {
        auto *coalesce = new QTimer(this);
        coalesce->setSingleShot(true);
        coalesce->setInterval(0);
        connect(coalesce, &QTimer::timeout, this, &SyncHub::outboxEdited);
        connect(notifier, &ChangeNotifier::candidatesChanged, coalesce, qOverload<>(&QTimer::start));
        connect(notifier, &ChangeNotifier::campaignsChanged, coalesce, qOverload<>(&QTimer::start));
        connect(notifier, &ChangeNotifier::membersChanged, coalesce, qOverload<>(&QTimer::start));
    }
}

SyncHub::~SyncHub()
{
    // Planner threads hold the workspace; none may outlive the window that started it.
    for (const QPointer<QThread> &thread : std::as_const(runningThreads())) {
        if (thread)
            thread->wait();
    }
    if (m_engine)
        m_engine->stop();
}

SyncHub *SyncHub::find(const QObject *notifier)
{
    return notifier ? notifier->findChild<SyncHub *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString SyncHub::actor() const
{
    return currentActor();
}

void SyncHub::setConnection(integration::ConnectionManager *manager)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = manager;
    if (manager)
        connect(manager, &integration::ConnectionManager::stateChanged, this, &SyncHub::onConnectionState);
    onConnectionState();
}

sr::ApiClient *SyncHub::client() const
{
    if (!m_connection || m_connection->state() != integration::ConnectionManager::State::Connected)
        return nullptr;
    return m_connection->client();
}

QUrl SyncHub::webHost() const
{
    return m_connection ? m_connection->settings().hosts.web : sr::Hosts::production().web;
}

QUrl SyncHub::candidateUrl(const QString &srCandidateId) const
{
    return integration::TestCandidate::profileUrl(webHost(), srCandidateId);
}

void SyncHub::onConnectionState()
{
    sr::ApiClient *live = client();
    if (live) {
        if (!m_engine) {
            m_engine = new sync::SyncEngine(m_workspace, live, actor(), this);
            connect(m_engine, &sync::SyncEngine::jobFinished, this, &SyncHub::outboxChanged);
            emit engineCreated(m_engine);
        } else {
            m_engine->setClient(live);
        }
        if (!m_engine->isRunning())
            m_engine->start();
        if (m_propertyClient != live) {
            m_propertyTypes.clear();
            m_propertyTypesLoaded = false;
        }
    } else if (m_engine) {
        // Offline: the jobs wait in the outbox until the connection is back.
        m_engine->setClient(nullptr);
    }
    if (bool(live) != m_wasConnected) {
        m_wasConnected = bool(live);
        emit connectionChanged(m_wasConnected);
    }
}

void SyncHub::kick()
{
    if (!m_engine || !client())
        return;
    // After Cancel in the status bar the engine stands still until something new is queued.
    if (!m_engine->isRunning())
        m_engine->start();
    m_engine->kick();
}

void SyncHub::outboxEdited()
{
    emit outboxChanged();
    kick();
}

void SyncHub::loadPropertyTypes()
{
    sr::ApiClient *live = client();
    if (!live || m_propertyTypesLoading || (m_propertyTypesLoaded && m_propertyClient == live))
        return;
    m_propertyTypesLoading = true;
    m_propertyClient = live;
    sr::ConfigurationApi(live).candidateProperties(
        this, [this](const sr::Result<sr::Page<sr::PropertyDefinition>> &r) {
            m_propertyTypesLoading = false;
            if (!r.ok())
                return; // the mapping editor keeps saying the property types are not checked
            m_propertyTypes.clear();
            for (const sr::PropertyDefinition &p : r.value.items)
                m_propertyTypes.insert(p.id, p.type);
            m_propertyTypesLoaded = true;
            emit propertyTypesChanged();
        });
}

void SyncHub::plan(QObject *context, PlanWork work, PlanDone done)
{
    ++m_pendingPlans;
    QPointer<QObject> guard(context ? context : this);
    const std::shared_ptr<Workspace> workspace = m_workspace;
    const QString who = actor();
    QThread *thread =
        QThread::create([this, workspace, who, work = std::move(work), done = std::move(done), guard] {
            Result<sync::PlanSummary> result = sync::PlanSummary{};
            {
                ThreadConnectionGuard connection(*workspace);
                sync::SyncPlanner planner(workspace, who);
                result = work(planner);
            }
            const sync::PlanSummary summary = result.ok() ? result.value() : sync::PlanSummary{};
            const QString error = result.ok() ? QString() : result.error().toString();
            QMetaObject::invokeMethod(
                this,
                [this, summary, error, done, guard] {
                    --m_pendingPlans;
                    if (error.isEmpty())
                        emit message(describe(summary));
                    if (done && guard)
                        done(summary, error);
                    emit outboxChanged();
                    kick();
                },
                Qt::QueuedConnection);
        });
    thread->setObjectName(QStringLiteral("sync-planner"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    runningThreads().removeAll(nullptr);
    runningThreads().append(thread);
    thread->start();
}

void SyncHub::planNow(const PlanWork &work, QString *error, sync::PlanSummary *summary)
{
    sync::SyncPlanner planner(m_workspace, actor());
    const Result<sync::PlanSummary> result = work(planner);
    if (error)
        *error = result.ok() ? QString() : result.error().toString();
    if (result.ok()) {
        if (summary)
            *summary = result.value();
        emit message(describe(result.value()));
    }
    emit outboxChanged();
    kick();
}

QString SyncHub::describe(const sync::PlanSummary &summary)
{
    QStringList parts;
    if (summary.queued > 0)
        parts << tr("%n SmartRecruiters updates queued", nullptr, summary.queued);
    if (summary.held > 0)
        parts << tr("%n waiting for the candidate to be created", nullptr, summary.held);
    if (summary.skipped > 0)
        parts << tr("%n not sent under the sync settings", nullptr, summary.skipped);
    if (parts.isEmpty())
        return tr("Nothing to send to SmartRecruiters.");
    QString text = parts.join(QStringLiteral(" · "));
    if (!summary.reasons.isEmpty())
        text += QStringLiteral(" (") + summary.reasons.first() + QLatin1Char(')');
    return text;
}

} // namespace sd::ui
