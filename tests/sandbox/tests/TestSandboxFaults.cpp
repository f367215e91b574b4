// Fault injection, inspection, reset and persistence.
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using sr::sandbox::Faults;
using sr::sandbox::Sandbox;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;

    static QJsonObject newCandidate(const QString &email)
    {
        return QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Lost")}, {QStringLiteral("lastName"), QStringLiteral("Answer")},
                           {QStringLiteral("email"), email}};
    }
    bool stateHasEmail(const QString &email) const
    {
        const QJsonObject candidates = m_sandbox->stateDump().value(QStringLiteral("candidates")).toObject();
        return std::any_of(candidates.begin(), candidates.end(), [&](const QJsonValue &c) {
            return c.toObject().value(QStringLiteral("email")).toString() == email;
        });
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.rateLimits = false;
        m_sandbox = new Sandbox(options, this);
        QVERIFY(m_sandbox->start());
        m_client = new SandboxTestClient(*m_sandbox);
        m_client->useApiKey();
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void shareOf5xxAnd429()
    {
        m_sandbox->setFaults({0.0, 1.0, 0});
        for (int i = 0; i < 5; ++i) {
            const auto r = m_client->get(QStringLiteral("/jobs?limit=1"));
            QVERIFY(r.status >= 500 && r.status <= 504);
            QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
        }
        m_sandbox->setFaults({1.0, 0.0, 0});
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 429);
        m_sandbox->setFaults({0.5, 0.0, 0});
        int limited = 0;
        for (int i = 0; i < 40; ++i)
            limited += m_client->get(QStringLiteral("/configuration/company")).status == 429 ? 1 : 0;
        QVERIFY2(limited > 5 && limited < 35, qPrintable(QString::number(limited)));
    }

    void faultsDoNotApplyTheRequest()
    {
        m_sandbox->setFaults({0.0, 1.0, 0});
        QVERIFY(m_client->sendJson("POST", QStringLiteral("/candidates"), newCandidate(QStringLiteral("x@fault.example"))).status >= 500);
        m_sandbox->clearFaults();
        QVERIFY(!stateHasEmail(QStringLiteral("x@fault.example")));
    }

    void addedLatency()
    {
        m_sandbox->setFaults({0.0, 0.0, 250});
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
        QVERIFY(t.elapsed() >= 240);
    }

    void hangingReply()
    {
        m_sandbox->addFaultRule({Faults::Kind::Hang, "GET", QStringLiteral("/jobs"), 1, 0});
        const auto hung = m_client->send("GET", QStringLiteral("/jobs?limit=1"), {}, {}, 400);
        QVERIFY(hung.status == 0);
        QVERIFY(hung.error == QNetworkReply::OperationCanceledError || hung.error == QNetworkReply::TimeoutError);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200); // one-shot
    }

    void droppedConnectionAfterTheWriteWasApplied()
    {
        m_sandbox->addFaultRule({Faults::Kind::DropAfterApply, "POST", QStringLiteral("/candidates"), 1, 0});
        // A raw socket: QNetworkAccessManager would silently re-send the POST
        // after the drop (it retries requests that got no answer at all).
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray body = QJsonDocument(newCandidate(QStringLiteral("lost@answer.example"))).toJson(QJsonDocument::Compact);
        socket.write("POST /candidates HTTP/1.1\r\nHost: x\r\nX-SmartToken: " + m_sandbox->apiKey().toLatin1()
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(closed.wait(3000));
        QVERIFY(received.isEmpty());
        // The "lost answer": the client saw nothing, but the candidate exists.
        QVERIFY(stateHasEmail(QStringLiteral("lost@answer.example")));
        const QJsonArray log = m_sandbox->requestLog();
        QVERIFY(log.last().toObject().value(QStringLiteral("dropped")).toBool());
    }

    void countedStatusRuleOverHttp()
    {
        m_client->useNoCredential();
        const auto put = m_client->send("PUT", QStringLiteral("/__sandbox/faults"),
                                        R"({"rules":[{"kind":"status","status":503,"count":2,"pathPrefix":"/configuration"}]})");
        QCOMPARE(put.status, 200);
        QCOMPARE(m_client->send("PUT", QStringLiteral("/__sandbox/faults"), R"({"share429":7})").status, 400);
        m_client->useApiKey();
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 503);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 503);
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 200);
    }

    void requestLogRedactsSecrets()
    {
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
        m_client->token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), m_sandbox->clientId()},
                         {QStringLiteral("client_secret"), m_sandbox->clientSecret()}});
        m_client->get(QStringLiteral("/identity/oauth/allow?client_id=x&code=secretcode123&redirect_uri=y"));
        m_client->useNoCredential();
        const auto log = m_client->get(QStringLiteral("/__sandbox/requests"));
        QCOMPARE(log.status, 200);
        QCOMPARE(log.array().size(), 3);
        QVERIFY(!log.body.contains(m_sandbox->apiKey().toLatin1()));
        QVERIFY(!log.body.contains(m_sandbox->clientSecret().toLatin1()));
        QVERIFY(!log.body.contains("secretcode123"));
        QVERIFY(log.body.contains("[redacted]"));
    }

    void resetRestoresTheSeed()
    {
        QCOMPARE(m_client->sendJson("POST", QStringLiteral("/candidates"), newCandidate(QStringLiteral("gone@reset.example"))).status, 201);
        QVERIFY(stateHasEmail(QStringLiteral("gone@reset.example")));
        m_client->useNoCredential();
        QCOMPARE(m_client->send("POST", QStringLiteral("/__sandbox/reset")).status, 204);
        QVERIFY(!stateHasEmail(QStringLiteral("gone@reset.example")));
        QCOMPARE(m_client->get(QStringLiteral("/__sandbox/state")).object().value(QStringLiteral("jobs")).toObject().size(), 56);
    }

    void clockControl()
    {
        m_client->useNoCredential();
        const auto r = m_client->send("POST", QStringLiteral("/__sandbox/clock/advance"), R"({"seconds":86400})");
        QCOMPARE(r.status, 200);
        const QDateTime now = QDateTime::fromString(r.object().value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QVERIFY(now > QDateTime::currentDateTimeUtc().addSecs(86000));
    }

    void dataFileSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Sandbox::Options options;
        options.dataFile = dir.filePath(QStringLiteral("state.json"));
        options.rateLimits = false;
        QString apiKey;
        {
            Sandbox first(options);
            QVERIFY(first.start());
            SandboxTestClient client(first);
            client.useApiKey();
            apiKey = first.apiKey();
            QCOMPARE(client.sendJson("POST", QStringLiteral("/candidates"), newCandidate(QStringLiteral("kept@disk.example"))).status, 201);
        } // the destructor saves
        Sandbox second(options);
        QVERIFY(second.start());
        QCOMPARE(second.apiKey(), apiKey);
        const QJsonObject candidates = second.stateDump().value(QStringLiteral("candidates")).toObject();
        QVERIFY(std::any_of(candidates.begin(), candidates.end(), [](const QJsonValue &c) {
            return c.toObject().value(QStringLiteral("email")).toString() == u"kept@disk.example";
        }));
        // A corrupt file is refused with a message naming the file.
        QFile f(options.dataFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        Sandbox third(options);
        QString error;
        QVERIFY(!third.start(0, &error));
        QVERIFY(error.contains(options.dataFile));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
