// sourcedesk-cli connect | whoami | scopes | jobs | disconnect against the in-process sandbox:
// secrets only from stdin or the environment, OAuth through the loopback listener, clear errors.
#include "CliHarness.h"
#include "ConsentDriver.h"
#include "MemorySecretStore.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QTimer>

using sd::connection::MemorySecretStore;

class TestCliConnection : public QObject
{
    Q_OBJECT

private:
    ::sr::sandbox::Sandbox *m_sandbox = nullptr;

    QStringList host() const { return {QStringLiteral("--sr-api-url"), m_sandbox->baseUrl().toString()}; }

private slots:
    void initTestCase()
    {
        m_sandbox = new ::sr::sandbox::Sandbox(this);
        QVERIFY(m_sandbox->start());
    }

    void init() { m_sandbox->reset(); }

    void apiKeyFromStdinThenWhoamiJobsScopesDisconnect()
    {
        CliHarness cli;
        MemorySecretStore store;
        cli.environment().secretStore = &store;
        const QString key = m_sandbox->apiKey();
        cli.environment().readStdin = [key] { return key.toUtf8() + "\n"; };

        CliRun r = cli.run(host() + QStringList{QStringLiteral("connect"), QStringLiteral("--api-key-stdin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(m_sandbox->adminUser().email), qPrintable(r.dump()));
        QVERIFY(!r.out.contains(key) && !r.err.contains(key));
        QCOMPARE(store.keys().size(), 1);

        // Later runs find the connection in the workspace and the keychain: no host option needed.
        r = cli.run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(QStringLiteral("email")).toString(), m_sandbox->adminUser().email);

        r = cli.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("SOURCING"),
                     QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonArray jobs = r.json().value(QStringLiteral("jobs")).toArray();
        QVERIFY(!jobs.isEmpty());
        QVERIFY(jobs.size() <= 5);
        for (const QJsonValue &j : jobs)
            QCOMPARE(j.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SOURCING"));

        r = cli.run({QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("sourcing-ish")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("sourcing")));

        r = cli.run({QStringLiteral("scopes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(QStringLiteral("candidates_manage")));

        r = cli.run({QStringLiteral("disconnect")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(store.isEmpty());
        r = cli.run({QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains(QStringLiteral("sourcedesk-cli connect")));
    }

    void apiKeyFromEnvironmentAndErrors()
    {
        CliHarness cli;
        MemorySecretStore store;
        cli.environment().secretStore = &store;
        QHash<QString, QString> env;
        cli.environment().variable = [&env](const QString &name) { return env.value(name); };

        CliRun r = cli.run(host() + QStringList{QStringLiteral("connect")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("SOURCEDESK_SR_API_KEY")), qPrintable(r.dump()));

        env.insert(QStringLiteral("MY_KEY"), QStringLiteral("DCRA1-ffffffffffffffffffffffffffffffff"));
        r = cli.run(host() + QStringList{QStringLiteral("connect"), QStringLiteral("--api-key-env"), QStringLiteral("MY_KEY")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(!r.err.contains(QStringLiteral("ffffffff")));
        QVERIFY(store.isEmpty());

        // Plain http to a remote host is refused before anything is sent.
        r = cli.run({QStringLiteral("--sr-api-url"), QStringLiteral("http://api.example.com"), QStringLiteral("connect")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("https://")));

        env.insert(QStringLiteral("SOURCEDESK_SR_API_KEY"), m_sandbox->apiKey());
        r = cli.run(host() + QStringList{QStringLiteral("connect")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = cli.run(host() + QStringList{QStringLiteral("connect")});
        QCOMPARE(r.exitCode, 6); // already connected
    }

    void oauthThroughTheLoopbackListener()
    {
        CliHarness cli;
        MemorySecretStore store;
        cli.environment().secretStore = &store;
        const QString secret = m_sandbox->clientSecret();
        cli.environment().readStdin = [secret] { return secret.toUtf8(); };
        // The "browser": signs in on the consent page and follows the redirect to the listener.
        QString browserError;
        cli.environment().openBrowser = [&](const QUrl &consent) {
            QTimer::singleShot(0, this, [&, consent] {
                ConsentDriver driver(m_sandbox->adminUser().email, m_sandbox->adminUser().password);
                const QUrl redirect = driver.run(consent, true);
                if (redirect.isEmpty()) {
                    browserError = driver.lastError();
                    return;
                }
                auto *nam = new QNetworkAccessManager(this);
                QNetworkReply *reply = nam->get(QNetworkRequest(redirect));
                connect(reply, &QNetworkReply::finished, nam, &QObject::deleteLater);
            });
        };
        const CliRun r = cli.run(host() + QStringList{QStringLiteral("--json"), QStringLiteral("connect"), QStringLiteral("--oauth"),
                                                      QStringLiteral("--client-id"), m_sandbox->clientId(),
                                                      QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1:8765/callback"),
                                                      QStringLiteral("--client-secret-stdin"), QStringLiteral("--timeout"),
                                                      QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump() + browserError));
        QCOMPARE(r.json().value(QStringLiteral("method")).toString(), QStringLiteral("oauth"));
        QVERIFY(r.err.contains(QStringLiteral("/identity/oauth/allow"))); // the address to open was shown
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        QCOMPARE(store.keys().size(), 2);
        const CliRun who = cli.run({QStringLiteral("whoami")});
        QVERIFY2(who.exitCode == 0, qPrintable(who.dump()));
    }
};

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cli_connection.moc"
