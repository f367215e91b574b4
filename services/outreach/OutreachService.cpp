#include "OutreachService.h"

#include "MailboxConfig.h"
#include "MailboxRepository.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QTimer>

namespace sd::outreach {

namespace {

Q_LOGGING_CATEGORY(lcService, "sourcedesk.outreach")

// Runs on the worker thread: rounds on a timer and on demand, never two at once.
class Worker : public QObject
{
public:
    Worker(const Workspace &ws, OutreachRunner &runner, OutreachService *service)
        : m_ws(ws), m_runner(runner), m_service(service)
    {
        m_timer.setParent(this);
        m_soon.setParent(this);
        m_soon.setSingleShot(true);
        m_soon.setInterval(200);
        connect(&m_timer, &QTimer::timeout, this, &Worker::round);
        connect(&m_soon, &QTimer::timeout, this, &Worker::round);
    }

    void begin(int intervalMs)
    {
        m_timer.start(intervalMs);
        m_soon.start();
    }
    void soon()
    {
        if (!m_soon.isActive())
            m_soon.start();
    }
    void finish()
    {
        m_timer.stop();
        m_soon.stop();
        m_ws.releaseThreadConnection();
    }

private:
    void round()
    {
        QMetaObject::invokeMethod(m_service, &OutreachService::roundStarted, Qt::QueuedConnection);
        auto report = m_runner.runRound();
        QString summary;
        QStringList errors;
        if (!report.ok()) {
            errors << report.error().toString();
        } else {
            summary = summarize(*report);
            for (const MailboxRound &m : std::as_const(report->mailboxes))
                if (!m.error.isEmpty())
                    errors << m.error;
        }
        if (!errors.isEmpty())
            qCWarning(lcService) << "outreach round:" << errors;
        QMetaObject::invokeMethod(
            m_service, [s = m_service, summary, errors] { emit s->roundFinished(summary, errors); },
            Qt::QueuedConnection);
    }

    const Workspace &m_ws;
    OutreachRunner &m_runner;
    OutreachService *m_service;
    QTimer m_timer;
    QTimer m_soon;
};

} // namespace

QString summarize(const RoundReport &r)
{
    int sent = 0, replies = 0, bounces = 0, unsubscribes = 0;
    for (const MailboxRound &m : r.mailboxes) {
        sent += m.send.sent + m.verified;
        replies += m.poll.replies;
        bounces += m.poll.bounces + m.send.bounced;
        unsubscribes += m.poll.unsubscribes;
    }
    QStringList parts;
    if (sent)
        parts << OutreachService::tr("%n email(s) sent", nullptr, sent);
    if (replies)
        parts << OutreachService::tr("%n reply(s)", nullptr, replies);
    if (bounces)
        parts << OutreachService::tr("%n bounce(s)", nullptr, bounces);
    if (unsubscribes)
        parts << OutreachService::tr("%n unsubscribe(s)", nullptr, unsubscribes);
    if (r.schedule.tasksCreated)
        parts << OutreachService::tr("%n new task(s)", nullptr, r.schedule.tasksCreated);
    if (r.schedule.paused)
        parts << OutreachService::tr("%n paused: empty placeholder", nullptr, r.schedule.paused);
    return parts.join(QStringLiteral(" · "));
}

OutreachService::OutreachService(std::shared_ptr<const Workspace> workspace, connection::SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_secrets(secrets)
{
    m_thread.setObjectName(QStringLiteral("outreach"));
    m_runner = std::make_unique<OutreachRunner>(*m_workspace, [this](const QString &a) { return secretFor(a); });
}

OutreachService::~OutreachService()
{
    stop();
}

QString OutreachService::secretFor(const QString &address) const
{
    QMutexLocker lock(&m_mutex);
    return m_secretByAddress.value(address.toLower());
}

void OutreachService::setSecret(const QString &address, const QString &secret)
{
    {
        QMutexLocker lock(&m_mutex);
        m_secretByAddress.insert(address.toLower(), secret);
    }
    kick();
}

void OutreachService::start(int intervalSeconds)
{
    if (m_thread.isRunning())
        return;
    auto *worker = new Worker(*m_workspace, *m_runner, this);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    const int ms = std::max(5, intervalSeconds) * 1000;
    QMetaObject::invokeMethod(worker, [worker, ms] { worker->begin(ms); }, Qt::QueuedConnection);
    reloadSecrets();
}

void OutreachService::stop()
{
    if (!m_thread.isRunning())
        return;
    m_runner->cancel();
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->finish(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void OutreachService::kick()
{
    if (!m_worker)
        return;
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->soon(); }, Qt::QueuedConnection);
}

void OutreachService::reloadSecrets()
{
    if (!m_secrets)
        return;
    auto mailboxes = MailboxRepository(*m_workspace).all();
    if (!mailboxes.ok())
        return;
    for (const MailboxRecord &mb : std::as_const(*mailboxes)) {
        const QString address = mb.address.toLower();
        m_secrets->read(secretKey(address), this, [this, address](const connection::SecretStore::Result &r) {
            if (r.ok())
                setSecret(address, r.value);
            else if (r.status != connection::SecretStore::Status::NotFound)
                emit roundFinished(QString(), {r.message});
        });
    }
}

} // namespace sd::outreach
