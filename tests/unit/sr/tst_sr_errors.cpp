// Mapping of SmartRecruiters error answers and network failures to messages a recruiter can act on.
#include "ApiError.h"
#include "RetryPolicy.h"

#include <QTest>

using namespace sd::sr;
using Kind = ApiError::Kind;

class TestSrErrors : public QObject
{
    Q_OBJECT
private slots:
    void httpMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("validation names field")
            << 400 << QByteArray("{\"message\":\"Invalid\",\"errors\":[{\"code\":\"INVALID_EMAIL_FORMAT\",\"message\":\"email: not an e-mail address\"}]}")
            << int(Kind::Validation) << QStringLiteral("“email”");
        QTest::newRow("validation dataPath")
            << 422 << QByteArray("{\"errors\":[{\"dataPath\":\"/firstName\",\"message\":\"too long\"}]}")
            << int(Kind::Validation) << QStringLiteral("“/firstName”: too long");
        QTest::newRow("missing scope")
            << 403 << QByteArray("{\"message\":\"OAuthPermissionsException: requires scope candidates_manage\",\"errors\":[{\"code\":\"PERMISSION_DENIED\"}]}")
            << int(Kind::MissingScope) << QStringLiteral("candidates_manage");
        QTest::newRow("permission")
            << 403 << QByteArray("{\"errors\":[{\"code\":\"PERMISSION_DENIED\",\"message\":\"no\"}]}")
            << int(Kind::Permission) << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("not found")
            << 404 << QByteArray("{\"errors\":[{\"code\":\"CANDIDATE_NOT_FOUND\"}]}") << int(Kind::NotFound)
            << QStringLiteral("CANDIDATE_NOT_FOUND");
        QTest::newRow("rate") << 429 << QByteArray() << int(Kind::RateLimited) << QStringLiteral("limiting");
        QTest::newRow("server") << 503 << QByteArray("<html>") << int(Kind::Server) << QStringLiteral("HTTP 503");
        QTest::newRow("unauthorized") << 401 << QByteArray("{\"errors\":[{\"code\":\"TOKEN_EXPIRED\"}]}")
                                      << int(Kind::ReconnectNeeded) << QStringLiteral("Reconnect");
        QTest::newRow("conflict") << 409 << QByteArray("{\"errors\":[{\"code\":\"X\",\"message\":\"already active\"}]}")
                                  << int(Kind::Conflict) << QStringLiteral("already active");
    }
    void httpMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, inMessage);
        const ApiError e = ApiError::fromHttp(status, body, QStringLiteral("POST /candidates"));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(inMessage), qPrintable(e.message));
        QVERIFY(e.detail.contains(QLatin1String("POST /candidates")));
    }

    void networkMapping()
    {
        QCOMPARE(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"), {}).kind, Kind::Network);
        QCOMPARE(ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("bad cert"), {}).kind, Kind::Tls);
        QCOMPARE(ApiError::fromNetwork(QNetworkReply::TimeoutError, QStringLiteral("t"), {}).kind, Kind::Timeout);
        const ApiError t = ApiError::timeout(QStringLiteral("GET /jobs"), 5000);
        QVERIFY2(t.message.contains(QLatin1String("5 second")), qPrintable(t.message));
        QCOMPARE(ApiError::cancelled({}).kind, Kind::Cancelled);
        const ApiError m = ApiError::malformed(QStringLiteral("GET /jobs"), QStringLiteral("content[0].id: expected a string"));
        QVERIFY(m.message.contains(QLatin1String("content[0].id")));
    }

    void retryPolicy()
    {
        RetryPolicy p;
        const ApiError server = ApiError::fromHttp(503, {}, {});
        const ApiError rate = ApiError::fromHttp(429, {}, {});
        const ApiError net = ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, {}, {});
        const ApiError bad = ApiError::fromHttp(400, {}, {});
        QVERIFY(p.shouldRetry("GET", server, 1));
        QVERIFY(p.shouldRetry("PUT", net, 1));
        QVERIFY(!p.shouldRetry("POST", server, 1));
        QVERIFY(!p.shouldRetry("POST", net, 1));
        QVERIFY(p.shouldRetry("POST", rate, 1)); // a 429 was not applied
        QVERIFY(!p.shouldRetry("PATCH", server, 1));
        QVERIFY(!p.shouldRetry("GET", bad, 1));
        QVERIFY(!p.shouldRetry("GET", server, p.maxAttempts));
        p.idempotentPatch = true;
        QVERIFY(p.shouldRetry("PATCH", server, 1));
        p.mode = RetryPolicy::Always;
        QVERIFY(p.shouldRetry("POST", server, 1));
        p.mode = RetryPolicy::Never;
        QVERIFY(!p.shouldRetry("GET", rate, 1));

        RetryPolicy d;
        d.baseDelayMs = 100;
        d.maxDelayMs = 1000;
        QCOMPARE(d.delayMs(1, -1, [] { return 0.0; }), 50);
        QCOMPARE(d.delayMs(1, -1, [] { return 0.999; }), 99);
        QCOMPARE(d.delayMs(3, -1, [] { return 0.0; }), 200);
        QCOMPARE(d.delayMs(10, -1, [] { return 0.0; }), 500);   // capped
        QCOMPARE(d.delayMs(1, 3000, [] { return 0.0; }), 3000); // Retry-After wins
    }
};

QTEST_GUILESS_MAIN(TestSrErrors)
#include "tst_sr_errors.moc"
