#include "StageSyncScheduler.h"

#include "ApiClient.h"
#include "SettingsStore.h"
#include "StageSyncStore.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTimer>

namespace sd::stagesync {

namespace {

QString trSched(const char *text)
{
    return QCoreApplication::translate("sd::stagesync::StageSyncScheduler", text);
}

} // namespace

StageSyncScheduler::StageSyncScheduler(const Workspace &workspace, QString actor, sr::ApiClient *client,
                                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_client(client)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("stageSyncScheduler"));
    m_timer->setObjectName(QStringLiteral("stageSyncTimer"));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &StageSyncScheduler::checkDue);
}

StageSyncScheduler::~StageSyncScheduler()
{
    // The scan reads the workspace on its own thread; it must end before the workspace can go.
    if (m_scanThread)
        m_scanThread->wait();
    delete m_sync; // cancels its calls, emits nothing
    m_sync = nullptr;
}

void StageSyncScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_started)
        arm();
}

QDateTime StageSyncScheduler::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool StageSyncScheduler::isArmed() const
{
    return m_timer->isActive();
}

qint64 StageSyncScheduler::timerIntervalMsecs() const
{
    return m_timer->isActive() ? m_timer->interval() : -1;
}

void StageSyncScheduler::setClient(sr::ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    if (m_sync && m_sync->isRunning()) {
        // The run's calls belong to the old client: end it here rather than wait on them.
        StageSync *old = m_sync;
        m_sync = nullptr;
        old->disconnect(this);
        old->deleteLater();
        StageSyncReport report;
        report.cancelled = true;
        report.startedAt = m_lastAttempt;
        report.finishedAt = QDateTime::currentDateTimeUtc();
        report.errors << trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The connection to SmartRecruiters changed during the stage sync; it runs again "
                                 "at the next opportunity."));
        onFinished(report);
        return;
    }
    if (client && m_dueWhenOnline) {
        m_dueWhenOnline = false;
        if (m_started)
            arm();
    }
    emit stateChanged();
}

void StageSyncScheduler::start()
{
    m_started = true;
    reload();
}

bool StageSyncScheduler::readSettings(QString *error)
{
    const Result<sync::ResolvedSettings> resolved = sync::SettingsStore(m_workspace).resolve(m_actor);
    if (!resolved.ok()) {
        *error = resolved.error().toString();
        return false;
    }
    const sync::ResolvedSettings &s = resolved.value();
    m_enabled = s.flag(QLatin1StringView(sync::key::StageSyncEnabled));
    QTime time = s.time(QLatin1StringView(sync::key::StageSyncTime));
    if (!time.isValid())
        time = StageSchedule::defaultTime();
    const QString zoneName = s.text(QLatin1StringView(sync::key::StageSyncTimeZone));
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        zone = StageSchedule::defaultZone();
        if (m_enabled && !zoneName.isEmpty())
            *error = trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The stage sync time zone \"%1\" is not known here; %2 is used instead."))
                         .arg(zoneName, QString::fromUtf8(zone.id()));
    }
    m_schedule = StageSchedule(time, zone);
    m_config = StageSyncConfig{};
    m_config.since = s.date(QLatin1StringView(sync::key::StageSyncSince));
    m_config.onlyNewApplications = s.flag(QLatin1StringView(sync::key::StageSyncOnlyNewApplications));
    m_config.zone = zone;
    return true;
}

void StageSyncScheduler::reload()
{
    QString error;
    const bool ok = readSettings(&error);
    if (!error.isEmpty())
        emit problem(ok ? error : trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The stage sync settings could not be read: %1")).arg(error));
    if (!ok)
        m_enabled = false;
    if (m_started)
        arm();
    else
        emit stateChanged();
}

void StageSyncScheduler::arm()
{
    m_timer->stop();
    m_nextRun = {};
    if (!m_enabled) {
        m_dueWhenOnline = false;
        emit stateChanged();
        return;
    }
    const QDateTime at = now();
    const Result<QDateTime> lastOk = StageSyncStore(m_workspace).lastSuccessfulRunStart();
    QDateTime last = lastOk.ok() ? lastOk.value() : QDateTime();
    if (!lastOk.ok())
        emit problem(trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The last stage sync could not be read: %1")).arg(lastOk.error().toString()));
    // A run this object made (failed ones too) counts, so a failing run is not retried in a loop:
    // it waits for the next slot.
    if (m_lastAttempt.isValid() && (!last.isValid() || m_lastAttempt > last))
        last = m_lastAttempt;
    if (!lastOk.ok() && !last.isValid())
        last = at; // unknown: do not run at once, wait for the next slot
    if (m_schedule.runMissed(last, at) && !isRunning()) {
        m_nextRun = at;
        if (startRun(true))
            return;
        // Offline: run as soon as the client is back (setClient), and look again at the next slot.
        m_nextRun = m_schedule.nextSlotAfter(at);
    } else {
        m_nextRun = isRunning() ? m_schedule.nextSlotAfter(at) : m_schedule.nextRun(last, at);
    }
    const qint64 msecs = qBound<qint64>(0, at.msecsTo(m_nextRun), kMaxTimerMsecs);
    m_timer->start(int(msecs));
    emit stateChanged();
}

void StageSyncScheduler::checkDue()
{
    if (!m_started || isRunning())
        return;
    // Settings saved elsewhere (another window, the CLI) are seen within the hour.
    QString error;
    if (!readSettings(&error))
        m_enabled = false;
    if (!m_enabled) {
        arm();
        return;
    }
    if (m_nextRun.isValid() && now() >= m_nextRun) {
        if (startRun(true))
            return;
    }
    arm();
}

bool StageSyncScheduler::runNow()
{
    if (isRunning())
        return false;
    QString error;
    if (!readSettings(&error)) {
        emit problem(trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The stage sync settings could not be read: %1")).arg(error));
        return false;
    }
    if (!m_enabled) {
        emit problem(trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "Stage sync is turned off. Turn on \"Synchronize hiring stages\" on Settings → "
                             "SmartRecruiters sync (team defaults) first.")));
        emit stateChanged();
        return false;
    }
    return startRun(false);
}

void StageSyncScheduler::cancel()
{
    if (m_sync && m_sync->isRunning())
        m_sync->cancel();
}

bool StageSyncScheduler::startRun(bool scheduled)
{
    if (isRunning())
        return false;
    if (!m_client) {
        m_dueWhenOnline = m_dueWhenOnline || scheduled;
        emit problem(scheduled ? trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The stage sync is due but Sourcedesk is not connected to SmartRecruiters; "
                                         "it runs when the connection is back."))
                               : trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "Not connected to SmartRecruiters. Connect on Settings → Integration: "
                                         "SmartRecruiters, then sync the stages again.")));
        return false;
    }
    m_dueWhenOnline = false;
    if (m_sync)
        m_sync->deleteLater();
    m_sync = new StageSync(m_workspace, m_client, this);
    connect(m_sync, &StageSync::progress, this, &StageSyncScheduler::progress);
    connect(m_sync, &StageSync::finished, this, &StageSyncScheduler::onFinished);
    m_lastAttempt = now();
    m_timer->stop();
    m_sync->run(m_config);
    emit started();
    emit stateChanged();
    return true;
}

void StageSyncScheduler::onFinished(const StageSyncReport &report)
{
    m_lastReport = report;
    emit finished(report);
    startScan();
    if (m_started)
        arm();
    else
        emit stateChanged();
}

void StageSyncScheduler::startScan()
{
    if (m_scanThread)
        return; // the running scan reads the data this run wrote, or close to it
    const Workspace *workspace = &m_workspace;
    const QString actor = m_actor;
    m_scanThread = QThread::create([workspace, actor, this] {
        Result<QList<sync::OutOfStep>> result = QList<sync::OutOfStep>{};
        {
            ThreadConnectionGuard connection(*workspace);
            result = sync::Reconciler(*workspace, actor).scan();
        }
        const QList<sync::OutOfStep> items = result.ok() ? result.value() : QList<sync::OutOfStep>{};
        const QString error = result.ok() ? QString() : result.error().toString();
        // Queued to the scheduler's thread; dropped with the object if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, items, error] {
                m_scanThread = nullptr;
                if (!error.isEmpty()) {
                    emit problem(trSched(QT_TRANSLATE_NOOP("sd::stagesync::StageSyncScheduler", "The check for what is out of step failed: %1")).arg(error));
                    return;
                }
                m_outOfStep = items;
                emit scanned(int(items.size()));
            },
            Qt::QueuedConnection);
    });
    m_scanThread->setObjectName(QStringLiteral("stage-sync-scan"));
    connect(m_scanThread, &QThread::finished, m_scanThread, &QObject::deleteLater);
    m_scanThread->start();
}

} // namespace sd::stagesync
