// HTTP core: errors, request validation, dates, ids, keep-alive, concurrency, seeds.
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using sr::sandbox::Sandbox;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;

    int candidateCount() const
    {
        return int(m_sandbox->stateDump().value(QStringLiteral("candidates")).toObject().size());
    }
    QString anyJobId()
    {
        return m_client->get(QStringLiteral("/jobs?limit=1")).object().value(QStringLiteral("content")).toArray()
            .at(0).toObject().value(QStringLiteral("id")).toString();
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

    void unknownPathAndMethodGetErrorBodies()
    {
        auto r = m_client->get(QStringLiteral("/no/such/thing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("NOT_FOUND"));
        r = m_client->send("DELETE", QStringLiteral("/jobs"));
        QCOMPARE(r.status, 405);
        QVERIFY(r.object().value(QStringLiteral("errors")).toArray().size() == 1);
        QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());
    }

    void unknownEntitiesAre404WithCodes()
    {
        QCOMPARE(m_client->get(QStringLiteral("/candidates/00000000-0000-4000-8000-000000000000")).firstErrorCode(),
                 QStringLiteral("CANDIDATE_NOT_FOUND"));
        QCOMPARE(m_client->get(QStringLiteral("/jobs/00000000-0000-4000-8000-000000000000")).firstErrorCode(),
                 QStringLiteral("JOB_NOT_FOUND"));
    }

    void malformedJsonIs400AndNothingApplied()
    {
        const int before = candidateCount();
        auto r = m_client->send("POST", QStringLiteral("/candidates"), R"({"firstName": "Ann", )");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("INVALID_REQUEST"));
        r = m_client->send("POST", QStringLiteral("/candidates"), R"({"firstName":"A","lastName":"B","email":"a@b.io"} trailing)");
        QCOMPARE(r.status, 400);
        QCOMPARE(candidateCount(), before);
    }

    void schemaViolationsAre400()
    {
        const int before = candidateCount();
        struct Case { QByteArray body; QString code; QString mentions; };
        const QList<Case> cases = {
            {R"({"firstName":5,"lastName":"B","email":"a@b.io"})", QStringLiteral("INVALID_INPUT"), QStringLiteral("$.firstName")},
            {R"({"firstName":"A","lastName":"B"})", QStringLiteral("INVALID_INPUT"), QStringLiteral("$.email")},
            {R"({"firstName":"A","lastName":"B","email":"not-an-email"})", QStringLiteral("INVALID_EMAIL_FORMAT"), QStringLiteral("$.email")},
            {R"({"firstName":"","lastName":"B","email":"a@b.io"})", QStringLiteral("INVALID_INPUT"), QStringLiteral("$.firstName")},
            {R"({"firstName":"A","lastName":"B","email":"a@b.io","internal":"yes"})", QStringLiteral("INVALID_INPUT"), QStringLiteral("$.internal")},
            // A bad nested entry fails the whole request: nothing is half-applied.
            {R"({"firstName":"A","lastName":"B","email":"a@b.io","education":[{"institution":"X"}]})",
             QStringLiteral("INVALID_INPUT"), QStringLiteral("$.education[0].degree")},
            {R"({"firstName":"A","lastName":"B","email":"a@b.io","location":{"countryCode":"POL"}})",
             QStringLiteral("INVALID_INPUT"), QStringLiteral("$.location.countryCode")},
            {R"([1,2])", QStringLiteral("INVALID_INPUT"), QStringLiteral("$")},
        };
        for (const Case &c : cases) {
            const auto r = m_client->send("POST", QStringLiteral("/candidates"), c.body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.firstErrorCode(), c.code);
            QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(c.mentions), r.body.constData());
        }
        QCOMPARE(candidateCount(), before);
    }

    void badEnumIs400()
    {
        const QString jobId = anyJobId();
        const auto r = m_client->sendJson("PUT", QStringLiteral("/jobs/%1/status").arg(jobId), QJsonObject{{QStringLiteral("status"), QStringLiteral("OPEN")}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("SOURCING")));
        const auto q = m_client->get(QStringLiteral("/candidates?status=SLEEPING"));
        QCOMPARE(q.status, 400);
    }

    void wrongContentTypeIs415()
    {
        const auto r = m_client->send("POST", QStringLiteral("/candidates"), "firstName=A", "text/plain");
        QCOMPARE(r.status, 415);
        QVERIFY(!r.firstErrorCode().isEmpty());
    }

    void datesHaveMillisecondsAndZ()
    {
        static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
        const QJsonObject job = m_client->get(QStringLiteral("/jobs/") + anyJobId()).object();
        for (const char *key : {"createdOn", "updatedOn", "lastActivityOn"})
            QVERIFY2(iso.match(job.value(QLatin1StringView(key)).toString()).hasMatch(), key);
        const auto created = m_client->sendJson("POST", QStringLiteral("/candidates"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ann")}, {QStringLiteral("lastName"), QStringLiteral("Lee")},
                        {QStringLiteral("email"), QStringLiteral("ann@example.org")}});
        QCOMPARE(created.status, 201);
        QVERIFY(iso.match(created.object().value(QStringLiteral("createdOn")).toString()).hasMatch());
    }

    void idsUseDocumentedFormats()
    {
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        static const QRegularExpression objectId(QStringLiteral("^[0-9a-f]{24}$"));
        static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
        QVERIFY(uuid.match(anyJobId()).hasMatch());
        const QJsonObject cand = m_client->get(QStringLiteral("/candidates?limit=1")).object().value(QStringLiteral("content")).toArray().at(0).toObject();
        QVERIFY(uuid.match(cand.value(QStringLiteral("id")).toString()).hasMatch());
        const QJsonObject user = m_client->get(QStringLiteral("/user-api/v201804/users?limit=1")).object().value(QStringLiteral("content")).toArray().at(0).toObject();
        QVERIFY(objectId.match(user.value(QStringLiteral("id")).toString()).hasMatch());
        const QJsonObject dept = m_client->get(QStringLiteral("/configuration/departments")).object().value(QStringLiteral("content")).toArray().at(0).toObject();
        QVERIFY(numeric.match(dept.value(QStringLiteral("id")).toString()).hasMatch());
        const QJsonObject src = m_client->get(QStringLiteral("/configuration/sources/JOB_BOARDS/values")).object().value(QStringLiteral("content")).toArray().at(0).toObject();
        QVERIFY(objectId.match(src.value(QStringLiteral("id")).toString()).hasMatch());
    }

    void actionsPointAtTheSandbox()
    {
        const QJsonObject job = m_client->get(QStringLiteral("/jobs/") + anyJobId()).object();
        const QString details = job.value(QStringLiteral("actions")).toObject().value(QStringLiteral("hiringTeam")).toObject().value(QStringLiteral("url")).toString();
        QVERIFY(details.startsWith(m_sandbox->baseUrl().toString() + QStringLiteral("/jobs/")));
        const auto followed = m_client->get(details.mid(m_sandbox->baseUrl().toString().size()));
        QCOMPARE(followed.status, 200);
    }

    void keepAliveAnswersPipelinedRequestsInOrder()
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QVERIFY(connected.wait(3000));
        const QByteArray key = m_sandbox->apiKey().toLatin1();
        const QByteArray req = "GET /configuration/company HTTP/1.1\r\nHost: x\r\nX-SmartToken: " + key + "\r\n\r\n"
            + "GET /no-such HTTP/1.1\r\nHost: x\r\nX-SmartToken: " + key + "\r\n\r\n";
        socket.write(req);
        QTRY_VERIFY_WITH_TIMEOUT(received.count("HTTP/1.1 ") == 2 && received.endsWith("}"), 3000);
        QVERIFY(received.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(received.indexOf("HTTP/1.1 404") > received.indexOf("HTTP/1.1 200"));
        QVERIFY(received.contains("Connection: keep-alive"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        // Same connection, a POST with a Content-Length body.
        received.clear();
        const QByteArray body = R"({"tags":["kept-alive"]})";
        const QString candidate = m_client->get(QStringLiteral("/candidates?limit=1")).object().value(QStringLiteral("content"))
                                      .toArray().at(0).toObject().value(QStringLiteral("id")).toString();
        socket.write("POST /candidates/" + candidate.toLatin1() + "/tags HTTP/1.1\r\nHost: x\r\nX-SmartToken: " + key
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("kept-alive"), 3000);
        QVERIFY(received.startsWith("HTTP/1.1 201"));
    }

    void chunkedBodiesAreRefused()
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QVERIFY(connected.wait(3000));
        socket.write("POST /candidates HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("errors"), 3000);
        QVERIFY(received.startsWith("HTTP/1.1 411"));
    }

    void manyConcurrentConnections()
    {
        // Several access managers so the requests use separate connections.
        QList<QNetworkAccessManager *> nams;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            auto *nam = new QNetworkAccessManager(this);
            nams.append(nam);
            for (int j = 0; j < 8; ++j) {
                QNetworkRequest req(m_sandbox->url(QStringLiteral("/jobs?limit=5&sort=job_id")));
                req.setRawHeader("X-SmartToken", m_sandbox->apiKey().toLatin1());
                replies.append(nam->get(req));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 10000);
        for (QNetworkReply *r : std::as_const(replies))
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        qDeleteAll(nams);
    }

    void seedIsDeterministic()
    {
        auto jobIds = [](quint64 seed) {
            Sandbox::Options o;
            o.seed = seed;
            Sandbox s(o);
            QJsonObject jobs = s.stateDump().value(QStringLiteral("jobs")).toObject();
            return QStringList(jobs.keys()) << s.apiKey() << s.clientSecret();
        };
        QCOMPARE(jobIds(7), jobIds(7));
        QVERIFY(jobIds(7) != jobIds(8));
    }

    void seedCoversEveryStatusAndType()
    {
        const QJsonObject state = m_sandbox->stateDump();
        const QJsonObject jobs = state.value(QStringLiteral("jobs")).toObject();
        QVERIFY(jobs.size() >= 50);
        QSet<QString> statuses;
        for (const QJsonValue &j : jobs)
            statuses.insert(j.toObject().value(QStringLiteral("status")).toString());
        for (const char *s : {"CREATED", "SOURCING", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD", "OTHER"})
            QVERIFY2(statuses.contains(QLatin1StringView(s)), s);
        QSet<QString> types;
        for (const QJsonValue &p : state.value(QStringLiteral("candidateProperties")).toObject())
            types.insert(p.toObject().value(QStringLiteral("type")).toString());
        QCOMPARE(types.size(), 10);
        QVERIFY(!state.value(QStringLiteral("rejectionReasons")).toObject().isEmpty());
        QVERIFY(!state.value(QStringLiteral("withdrawalReasons")).toObject().isEmpty());
        QVERIFY(!state.contains(QStringLiteral("accessTokens"))); // never in the dump
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "TestSandboxHttp.moc"
