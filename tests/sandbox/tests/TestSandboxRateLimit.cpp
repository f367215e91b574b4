// Production rate limits: 10 req/s, 8 concurrent, 1 concurrent GET /candidates, per credential.
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QSignalSpy>
#include <QTest>

using sr::sandbox::Sandbox;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;

    // Starts `count` GETs at once over separate connections and returns their statuses.
    QList<int> parallel(const QString &path, int count)
    {
        QList<QNetworkAccessManager *> nams;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i) {
            auto *nam = new QNetworkAccessManager(this);
            nams.append(nam);
            QNetworkRequest req(m_sandbox->url(path));
            req.setRawHeader("X-SmartToken", m_sandbox->apiKey().toLatin1());
            replies.append(nam->get(req));
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 10000); }();
        QList<int> statuses;
        for (QNetworkReply *r : std::as_const(replies))
            statuses.append(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        qDeleteAll(nams);
        return statuses;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new Sandbox(this); // limits on: the production defaults
        QVERIFY(m_sandbox->start());
        // Frozen: the 1 s window moves only with advanceClock(), however slow the machine.
        m_sandbox->setClockFrozen(true);
        m_client = new SandboxTestClient(*m_sandbox);
        m_client->useApiKey();
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void headersOnEveryAnswer()
    {
        QList<SandboxTestClient::Reply> replies;
        replies << m_client->get(QStringLiteral("/jobs?limit=1")) << m_client->get(QStringLiteral("/nowhere"));
        m_client->useNoCredential();
        replies << m_client->get(QStringLiteral("/jobs")) << m_client->get(QStringLiteral("/identity/oauth/allow"));
        for (const auto &r : std::as_const(replies)) {
            QVERIFY(r.status != 0);
            for (const char *h : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Concurrent-Limit", "X-RateLimit-Concurrent-Remaining"})
                QVERIFY2(!r.header(h).isEmpty(), h);
        }
        QCOMPARE(replies.first().header("X-RateLimit-Limit"), QByteArray("10"));
        QCOMPARE(replies.first().header("X-RateLimit-Concurrent-Limit"), QByteArray("8"));
    }

    void tenRequestsPerSecondThen429()
    {
        for (int i = 0; i < 10; ++i) {
            const auto r = m_client->get(QStringLiteral("/configuration/company"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 9 - i);
        }
        const auto limited = m_client->get(QStringLiteral("/configuration/company"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.firstErrorCode(), QStringLiteral("TOO_MANY_REQUESTS"));
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        // The window is one second on the sandbox clock.
        m_sandbox->advanceClock(1000);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
    }

    void limitsArePerCredential()
    {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 429);
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("company_read"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
    }

    void oneConcurrentCandidateSearch()
    {
        // Latency keeps the first search in flight while the second arrives.
        m_sandbox->setFaults({0.0, 0.0, 800});
        const QList<int> search = parallel(QStringLiteral("/candidates?limit=1"), 2);
        QCOMPARE(search.count(200), 1);
        QCOMPARE(search.count(429), 1);
        m_sandbox->advanceClock(1000);
        // Other endpoints allow 8 at once.
        const QList<int> jobs = parallel(QStringLiteral("/jobs?limit=1"), 2);
        QCOMPARE(jobs.count(200), 2);
    }

    void eightConcurrentRequests()
    {
        m_sandbox->setFaults({0.0, 0.0, 800});
        const QList<int> statuses = parallel(QStringLiteral("/jobs?limit=1"), 9);
        QCOMPARE(statuses.count(200), 8);
        QCOMPARE(statuses.count(429), 1);
    }

    void switchedOff()
    {
        m_sandbox->setRateLimitsEnabled(false);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
        m_sandbox->setFaults({0.0, 0.0, 200});
        const QList<int> search = parallel(QStringLiteral("/candidates?limit=1"), 3);
        QCOMPARE(search.count(200), 3);
    }

    void controlEndpointChangesLimits()
    {
        m_client->useNoCredential();
        QCOMPARE(m_client->send("PUT", QStringLiteral("/__sandbox/rate-limits"), R"({"perSecond":2})").status, 204);
        m_client->useApiKey();
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "TestSandboxRateLimit.moc"
