#include "Logging.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QLoggingCategory &lcTest()
{
    static const QLoggingCategory category("sourcedesk.test");
    return category;
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void redactsSecretsByFieldName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("json refresh") << QStringLiteral(R"({"access_token":"AT-123","refresh_token": "RT-456","expires_in":1800})")
                                      << QStringLiteral("RT-456");
        QTest::newRow("json access") << QStringLiteral(R"({"access_token":"AT-123"})") << QStringLiteral("AT-123");
        // Not a raw string: moc 6.4 misreads a backslash-quote inside one and drops the class.
        QTest::newRow("json escaped") << QStringLiteral("{\"client_secret\":\"a\\\"b-SECRET\"}") << QStringLiteral("SECRET");
        QTest::newRow("qdebug-quoted json") << QStringLiteral("answer \"{\\\"refresh_token\\\":\\\"RT-789\\\"}\"")
                                            << QStringLiteral("RT-789");
        QTest::newRow("form") << QStringLiteral("grant_type=authorization_code&code=XyZ789&redirect_uri=http%3A%2F%2Flocalhost")
                              << QStringLiteral("XyZ789");
        QTest::newRow("form secret") << QStringLiteral("client_id=abc&client_secret=s3cr3t&grant_type=refresh_token")
                                     << QStringLiteral("s3cr3t");
        QTest::newRow("query") << QStringLiteral("GET /callback?state=abc&code=CODE42 HTTP/1.1") << QStringLiteral("CODE42");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.payload.sig") << QStringLiteral("eyJhbGciOi");
        QTest::newRow("bare bearer") << QStringLiteral("retrying with bearer abc.def.ghi") << QStringLiteral("abc.def.ghi");
        QTest::newRow("smarttoken") << QStringLiteral("X-SmartToken: DCRA1-0123456789abcdef") << QStringLiteral("DCRA1");
        QTest::newRow("url user info") << QStringLiteral("cannot open postgresql://rita:pa:ss@word@db:5432/recruiting")
                                       << QStringLiteral("ss@word");
        QTest::newRow("password") << QStringLiteral(R"({"user":"me","password":"hunter2"})") << QStringLiteral("hunter2");
    }

    void redactsSecretsByFieldName()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = sd::logging::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[redacted]")), qPrintable(out));
    }

    void keepsOrdinaryText()
    {
        const QString plain = QStringLiteral("imported 120 candidates; zipcode=10115; error_code=E42; state=xyz");
        QCOMPARE(sd::logging::redact(plain), plain);
        const QString url = QStringLiteral("GET https://api.example.com:443/candidates?q=ada@example.com; "
                                           "postgresql://rita@db:5432/recruiting");
        QCOMPARE(sd::logging::redact(url), url);
        const QString json = QStringLiteral(R"({"expires_in":1800,"token_type":"Bearer"})");
        QVERIFY(sd::logging::redact(json).contains(QStringLiteral("1800")));
    }

    void logFileNeverHoldsSecrets()
    {
        QTemporaryDir dir;
        const QString file = sd::logging::install(dir.path());
        QVERIFY(!file.isEmpty());
        qCWarning(lcTest) << "token answer" << QStringLiteral(R"({"refresh_token":"RT-should-not-appear"})");
        qCWarning(lcTest, "POST body: client_secret=CS-should-not-appear&code=C-should-not-appear");
        sd::logging::uninstall();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("token answer"));
        QVERIFY(!text.contains("should-not-appear"));
        QVERIFY(text.contains("sourcedesk.test"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
