// The SmartRecruiters connection settings in the workspace: round trip, validation before anything
// is written, and a clear error (with a safe fallback) for a value that was damaged in storage.
#include "ConnectionSettings.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;
using namespace sd::integration;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreProductionOAuth()
    {
        test::TempWorkspace t;
        QString error;
        const ConnectionSettings s = ConnectionSettings::load(t.ws(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(s.method, AuthMethod::OAuth);
        QCOMPARE(s.hosts.api, QUrl(QStringLiteral("https://api.smartrecruiters.com")));
        QCOMPARE(s.hosts.web, QUrl(QStringLiteral("https://www.smartrecruiters.com")));
        QCOMPARE(s.hosts.tokenUrl(), QUrl(QStringLiteral("https://api.smartrecruiters.com/identity/oauth/token")));
        QCOMPARE(s.hosts.consentUrl(), QUrl(QStringLiteral("https://www.smartrecruiters.com/identity/oauth/allow")));
        QVERIFY(!s.isConnected());
        // No client id yet: refused with a message that says where to find one.
        QVERIFY(s.problem().contains(QStringLiteral("client id")));
    }

    void roundTrip()
    {
        test::TempWorkspace t;
        ConnectionSettings s;
        s.hosts = sr::Hosts::single(QUrl(QStringLiteral("http://127.0.0.1:8088")));
        s.clientId = QStringLiteral("sourcedesk-sandbox");
        s.accountId = QStringLiteral("5f0c0ffee0000000000000aa");
        s.accountName = QStringLiteral("Ada Admin");
        s.companyName = QStringLiteral("Sandbox Inc.");
        s.grantedScopes = {QStringLiteral("candidates_read"), QStringLiteral("jobs_read")};
        QString error;
        QVERIFY2(s.save(t.ws(), &error), qPrintable(error));
        const ConnectionSettings back = ConnectionSettings::load(t.ws(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.hosts.api, s.hosts.api);
        QCOMPARE(back.hosts.tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:8088/identity/oauth/token")));
        QCOMPARE(back.clientId, s.clientId);
        QCOMPARE(back.grantedScopes, s.grantedScopes);
        QVERIFY(back.isConnected());
        QCOMPARE(back.secretScope(), QStringLiteral("sourcedesk-sandbox"));

        QVERIFY(ConnectionSettings::clearAccount(t.ws(), &error));
        const ConnectionSettings cleared = ConnectionSettings::load(t.ws());
        QVERIFY(!cleared.isConnected());
        QVERIFY(cleared.grantedScopes.isEmpty());
        QCOMPARE(cleared.clientId, s.clientId); // hosts and client stay for the next connect
        QCOMPARE(cleared.hosts.api, s.hosts.api);
    }

    void plainHttpOnlyOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://api.eu.example.com") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8088") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:9000") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:9000") << true;
        QTest::newRow("remote http") << QStringLiteral("http://api.smartrecruiters.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("query") << QStringLiteral("https://api.example.com/?x=1") << false;
        QTest::newRow("user info") << QStringLiteral("https://me:pw@api.example.com") << false;
    }

    void plainHttpOnlyOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        test::TempWorkspace t;
        ConnectionSettings s;
        s.clientId = QStringLiteral("client");
        s.hosts.api = QUrl(url);
        QString error;
        QCOMPARE(s.save(t.ws(), &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok) {
            QVERIFY(error.startsWith(QStringLiteral("API address:")));
            // Nothing was written: the stored API host is still production.
            QCOMPARE(ConnectionSettings::load(t.ws()).hosts.api, QUrl(QStringLiteral("https://api.smartrecruiters.com")));
        }
    }

    void damagedValuesFallBackWithAnError()
    {
        test::TempWorkspace t;
        QVERIFY(!t.ws().setSetting(QStringLiteral("sr.apiUrl"), QStringLiteral("http://evil.example.com")));
        QVERIFY(!t.ws().setSetting(QStringLiteral("sr.method"), QStringLiteral("carrier-pigeon")));
        QString error;
        const ConnectionSettings s = ConnectionSettings::load(t.ws(), &error);
        QCOMPARE(s.hosts.api, QUrl(QStringLiteral("https://api.smartrecruiters.com")));
        QCOMPARE(s.method, AuthMethod::OAuth);
        QVERIFY2(error.contains(QStringLiteral("sr.")), qPrintable(error));
    }

    void apiKeyScopeAndBasePath()
    {
        ConnectionSettings s;
        s.method = AuthMethod::ApiKey;
        QCOMPARE(s.secretScope(), QStringLiteral("api-key"));
        QVERIFY(s.problem().isEmpty()); // an API key needs no client id
        sr::Hosts h = sr::Hosts::single(QUrl(QStringLiteral("https://gateway.example.com/sr/")));
        QCOMPARE(h.apiUrl(QStringLiteral("/jobs")), QUrl(QStringLiteral("https://gateway.example.com/sr/jobs")));
        QCOMPARE(h.apiKey(), QStringLiteral("gateway.example.com"));
        QCOMPARE(sr::Hosts::single(QUrl(QStringLiteral("http://127.0.0.1:8088"))).apiKey(), QStringLiteral("127.0.0.1:8088"));
        QVERIFY(requiredScopes().contains(QStringLiteral("candidates_create")));
        QVERIFY(!requiredScopes().contains(optionalScopes().first()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
