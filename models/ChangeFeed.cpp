#include "ChangeFeed.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcFeed, "sourcedesk.workspace.feed")
}

namespace sd {

ChangeFeed::ChangeFeed(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        if (!tables.isEmpty())
            emit changed(tables);
    });
    // A dropped connection says nothing; look every few seconds and listen again when it is back.
    m_watchdog.setInterval(5000);
    connect(&m_watchdog, &QTimer::timeout, this, &ChangeFeed::checkConnection);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::stop()
{
    m_watchdog.stop();
    m_coalesce.stop();
    if (m_listening && m_db.isOpen())
        m_db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    m_listening = false;
    if (m_db.isValid()) {
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

bool ChangeFeed::start()
{
    if (!m_workspace || !m_workspace->isTeam())
        return false;
    if (!subscribe())
        return false;
    m_watchdog.start();
    return true;
}

bool ChangeFeed::subscribe()
{
    auto db = m_workspace->openListenerConnection();
    if (!db.ok()) {
        m_lastError = db.error().message;
        qCWarning(lcFeed) << "cannot listen for teammates' changes:" << m_lastError;
        return false;
    }
    m_db = db.value();
    // The listener's connection is this feed's alone; the workspace must not close it from another thread.
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        m_lastError = driver->lastError().text();
        qCWarning(lcFeed) << "LISTEN refused:" << m_lastError;
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification, Qt::UniqueConnection);
    m_listening = true;
    m_lastError.clear();
    return true;
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(kChannel))
        return;
    // "<table> <instance>"; the listener is a connection of its own, so the driver's self/other
    // flag cannot tell this app's writes apart: the instance id can.
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(u' ');
    const QString table = space < 0 ? text : text.left(space);
    const QString instance = space < 0 ? QString() : text.mid(space + 1);
    if (table.isEmpty() || instance == m_workspace->instanceId())
        return;
    m_pending.insert(table);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ChangeFeed::checkConnection()
{
    QSqlQuery q(m_db);
    if (m_db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return;
    m_listening = false;
    q = QSqlQuery();
    if (m_db.isOpen())
        m_db.close();
    if (subscribe()) {
        qCInfo(lcFeed) << "listening again for teammates' changes";
        emit resynced();
    }
}

} // namespace sd

namespace sd {

ChangeFeedThread::ChangeFeedThread(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
}

ChangeFeedThread::~ChangeFeedThread()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_feed, [feed = m_feed] { delete feed; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ChangeFeedThread::start()
{
    if (m_thread || !m_workspace || !m_workspace->isTeam())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sourcedesk-change-feed"));
    m_feed = new ChangeFeed(m_workspace);
    m_feed->moveToThread(m_thread);
    connect(m_feed, &ChangeFeed::changed, this, &ChangeFeedThread::changed);
    connect(m_feed, &ChangeFeed::resynced, this, &ChangeFeedThread::resynced);
    m_thread->start();
    QMetaObject::invokeMethod(m_feed, [this, feed = m_feed] {
        const bool ok = feed->start();
        const QString error = feed->lastError();
        QMetaObject::invokeMethod(this, [this, ok, error] { emit listening(ok, error); }, Qt::QueuedConnection);
    });
}

} // namespace sd
