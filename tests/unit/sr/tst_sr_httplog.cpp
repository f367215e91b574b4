// The HTTP log never shows a secret, wherever it appears (headers, query, form, JSON at any depth).
#include "HttpLog.h"

#include <QTest>

using namespace sd::sr;

class TestSrHttpLog : public QObject
{
    Q_OBJECT
private slots:
    void headers()
    {
        const QString out = httplog::redactHeaders({{"Authorization", "Bearer AT-SECRET-1"},
                                                    {"X-SmartToken", "DCRA1-0123456789abcdef0123456789abcdef"},
                                                    {"Cookie", "session=CK-SECRET-2"},
                                                    {"Accept", "application/json"}});
        for (const char *secret : {"AT-SECRET-1", "0123456789abcdef", "CK-SECRET-2"})
            QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Accept: application/json")));
        QVERIFY(out.contains(QLatin1String("X-SmartToken: [redacted]")));
    }

    void query()
    {
        const QUrl url(QStringLiteral("https://api.example.org/jobs?q=nurse&apiKey=QK-SECRET&access_token=QT-SECRET&code=QC-SECRET&limit=10"));
        const QString out = httplog::redactUrl(url);
        for (const char *secret : {"QK-SECRET", "QT-SECRET", "QC-SECRET"})
            QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("q=nurse")));
        QVERIFY(out.contains(QLatin1String("limit=10")));
    }

    void form()
    {
        const QString out = httplog::redactBody(
            "grant_type=refresh_token&refresh_token=RT-SECRET&client_id=app&client_secret=CS%2BSECRET&password=PW-SECRET",
            "application/x-www-form-urlencoded");
        for (const char *secret : {"RT-SECRET", "CS%2BSECRET", "CS+SECRET", "PW-SECRET"})
            QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("client_id=app")));
    }

    void jsonAnyDepth()
    {
        const QByteArray body = "{\"access_token\":\"JT-SECRET\",\"expires_in\":1800,\"refresh_token\":\"JR-SECRET\","
                                "\"nested\":{\"list\":[{\"password\":12345678},{\"callbackAuthentication\":"
                                "{\"type\":\"basic\",\"username\":\"u\",\"password\":\"JP-SECRET\"}}]},"
                                "\"secretKey\":\"JS-SECRET\",\"client_secret\":{\"deep\":\"JC-SECRET\"},"
                                "\"firstName\":\"Ada\"}";
        const QString out = httplog::redactBody(body, "application/json");
        for (const char *secret : {"JT-SECRET", "JR-SECRET", "12345678", "JP-SECRET", "JS-SECRET", "JC-SECRET"})
            QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Ada")));
        QVERIFY(out.contains(QLatin1String("1800")));
    }

    void binaryAndLong()
    {
        QByteArray bin(100, '\0');
        QVERIFY(httplog::redactBody(bin, "application/pdf").contains(QLatin1String("100 bytes")));
        const QString longOut = httplog::redactBody(QByteArray(5000, 'a'), "text/plain", 100);
        QVERIFY(longOut.size() < 200);
        // Not JSON although it says so: still redacted by pattern.
        const QString broken = httplog::redactBody("{\"refresh_token\":\"BR-SECRET\"", "application/json");
        QVERIFY2(!broken.contains(QLatin1String("BR-SECRET")), qPrintable(broken));
    }
};

QTEST_GUILESS_MAIN(TestSrHttpLog)
#include "tst_sr_httplog.moc"
