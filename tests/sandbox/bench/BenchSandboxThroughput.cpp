// Throughput of the sandbox itself: limits off, loopback, keep-alive connections.
// The sandbox runs in its own thread so the load generator does not share its event loop.
#include "Sandbox.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <cstdio>

using sr::sandbox::Sandbox;

namespace {
constexpr int kRequests = 20000;
constexpr int kConnections = 8;
constexpr int kTimeLimitMs = 90000;

class SandboxThread : public QThread
{
public:
    quint16 port = 0;
    QByteArray apiKey;
    QList<QByteArray> paths;
    QSemaphore ready;

protected:
    void run() override
    {
        Sandbox::Options options;
        options.rateLimits = false;
        Sandbox sandbox(options);
        if (sandbox.start()) {
            port = sandbox.port();
            apiKey = sandbox.apiKey().toLatin1();
            const QJsonObject state = sandbox.stateDump();
            const QStringList jobs = state.value(QStringLiteral("jobs")).toObject().keys();
            const QStringList candidates = state.value(QStringLiteral("candidates")).toObject().keys();
            // A mix of the calls a sync makes: single entities and list pages.
            for (int i = 0; i < 16; ++i) {
                paths.append("/candidates/" + candidates.at(i).toLatin1());
                paths.append("/jobs/" + jobs.at(i).toLatin1());
                paths.append("/candidates/" + candidates.at(i).toLatin1() + "/jobs/" + "x");
                paths.append("/jobs?limit=10&sort=job_id");
            }
        }
        ready.release();
        if (port != 0)
            exec();
    }
};

// One keep-alive connection that sends the next request when the previous answer is complete.
class Worker : public QObject
{
    Q_OBJECT
public:
    Worker(const SandboxThread &server, int *remaining, int *failures, QObject *parent)
        : QObject(parent), m_server(server), m_remaining(remaining), m_failures(failures)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { next(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        m_socket.connectToHost(QHostAddress::LocalHost, server.port);
    }
    int done = 0;

Q_SIGNALS:
    void finished();

private:
    void next()
    {
        if (*m_remaining <= 0) {
            Q_EMIT finished();
            return;
        }
        --*m_remaining;
        const QByteArray &path = m_server.paths.at(m_index++ % m_server.paths.size());
        m_socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-SmartToken: " + m_server.apiKey + "\r\n\r\n");
    }
    void onData()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype cl = m_buffer.indexOf("Content-Length: ");
            const qsizetype length = cl >= 0 && cl < end ? m_buffer.mid(cl + 16, m_buffer.indexOf("\r\n", cl) - cl - 16).toLongLong() : 0;
            if (m_buffer.size() < end + 4 + length)
                return;
            if (!m_buffer.startsWith("HTTP/1.1 200") && !m_buffer.startsWith("HTTP/1.1 404"))
                ++*m_failures;
            m_buffer.remove(0, end + 4 + length);
            ++done;
            next();
        }
    }

    const SandboxThread &m_server;
    int *m_remaining;
    int *m_failures;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_index = 0;
};
} // namespace

class BenchSandboxThroughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepAliveThroughput()
    {
        SandboxThread server;
        server.start();
        server.ready.acquire();
        QVERIFY(server.port != 0);

        int remaining = kRequests;
        int failures = 0;
        QList<Worker *> workers;
        QSignalSpy allDone(this, &QObject::objectNameChanged);
        int finishedWorkers = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kConnections; ++i) {
            auto *w = new Worker(server, &remaining, &failures, this);
            connect(w, &Worker::finished, this, [&] {
                if (++finishedWorkers == kConnections)
                    setObjectName(QStringLiteral("done"));
            });
            workers.append(w);
        }
        QVERIFY(allDone.wait(kTimeLimitMs));
        const qint64 ms = timer.elapsed();
        int answered = 0;
        for (Worker *w : std::as_const(workers))
            answered += w->done;
        const double rps = answered * 1000.0 / double(qMax<qint64>(ms, 1));
        std::printf("sr-sandbox throughput: %d requests over %d keep-alive connections in %lld ms = %.0f requests/s\n",
                    answered, kConnections, static_cast<long long>(ms), rps);
        std::fflush(stdout);
        qDeleteAll(workers);
        server.quit();
        server.wait();
        QCOMPARE(answered, kRequests);
        QCOMPARE(failures, 0);
#ifdef NDEBUG
        // The target holds for optimised builds; Debug builds only report.
        QVERIFY2(rps >= 2000, qPrintable(QStringLiteral("%1 requests/s is below the 2,000 target").arg(rps)));
#endif
    }
};

QTEST_GUILESS_MAIN(BenchSandboxThroughput)
#include "BenchSandboxThroughput.moc"
