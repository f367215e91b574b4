// Webhook subscriptions, the X-Hook-Secret handshake, signed deliveries and retries.
#include "HttpServer.h"
#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "WebhookSignature.h"

#include <QTest>

using sr::sandbox::HttpExchange;
using sr::sandbox::HttpResponse;
using sr::sandbox::HttpServer;
using sr::sandbox::Sandbox;
using sr::sandbox::WebhookSignature;

namespace {
const QString kBase = QStringLiteral("/webhooks-api/v201907");
}

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;
    HttpServer *m_receiver = nullptr;
    // Receiver script: what to answer to the next deliveries (202 once exhausted).
    QList<int> m_answers;
    bool m_echoSecret = true;
    QList<sr::sandbox::HttpRequest> m_received;

    QString receiverUrl() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_receiver->port()); }

    QString subscribe(const QJsonArray &events)
    {
        const auto r = m_client->sendJson("POST", kBase + QStringLiteral("/subscriptions"),
                                          QJsonObject{{QStringLiteral("callbackUrl"), receiverUrl()}, {QStringLiteral("events"), events}});
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }

private Q_SLOTS:
    void hmacTestVectorFromTheNotes()
    {
        const QByteArray sig = WebhookSignature::v1("HeBVky2bccvvkcXPimH8c", "1574080897", R"({"job_id":"jid","candidate_id":"cid"})",
                                                    "123", "application.created", "v201910",
                                                    "<http://smartrecruiters.com/endpoint>; rel=self");
        QCOMPARE(sig, QByteArray("2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f"));
        const QByteArray header = WebhookSignature::header({"k1", "k2"}, "1", "{}", "e", "n", "v", "");
        QCOMPARE(header.count("v1="), 2);
        QVERIFY(header.contains(';'));
    }

    void init()
    {
        Sandbox::Options options;
        options.rateLimits = false;
        m_sandbox = new Sandbox(options, this);
        QVERIFY(m_sandbox->start());
        m_sandbox->setWebhookRetryDelays({50, 50, 50});
        m_sandbox->setWebhookTimeouts(2000, 1000);
        m_client = new SandboxTestClient(*m_sandbox);
        m_client->useApiKey();
        m_answers.clear();
        m_received.clear();
        m_echoSecret = true;
        m_receiver = new HttpServer(this);
        m_receiver->setHandler([this](HttpExchange *ex) {
            m_received.append(ex->request());
            HttpResponse r;
            const QByteArray secret = ex->request().header("x-hook-secret");
            if (!secret.isEmpty()) {
                r.status = 200;
                if (m_echoSecret)
                    r.setHeader("X-Hook-Secret", secret);
            } else {
                r.status = m_answers.isEmpty() ? 202 : m_answers.takeFirst();
            }
            ex->respond(r);
        });
        QVERIFY(m_receiver->listen());
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
        delete m_receiver;
        m_client = nullptr;
        m_sandbox = nullptr;
        m_receiver = nullptr;
    }

    void handshakeActivates()
    {
        const QString id = subscribe({QStringLiteral("candidate.created")});
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_client->get(kBase + QStringLiteral("/subscriptions/") + id).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("inactive"));
        const auto r = m_client->send("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(id));
        QCOMPARE(r.status, 204);
        QCOMPARE(m_received.size(), 1);
        QVERIFY(!m_received.first().header("x-hook-secret").isEmpty());
        QCOMPARE(m_client->get(kBase + QStringLiteral("/subscriptions/") + id).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(m_client->send("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(id)).status, 409);
    }

    void handshakeWithoutEchoFails()
    {
        m_echoSecret = false;
        const QString id = subscribe({QStringLiteral("candidate.created")});
        const auto r = m_client->send("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(id));
        QCOMPARE(r.status, 424);
        QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
        QCOMPARE(m_client->get(kBase + QStringLiteral("/subscriptions/") + id).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("inactive"));
    }

    void subscriptionValidation()
    {
        auto post = [&](const QJsonObject &o) { return m_client->sendJson("POST", kBase + QStringLiteral("/subscriptions"), o); };
        QCOMPARE(post({{QStringLiteral("callbackUrl"), receiverUrl()}, {QStringLiteral("events"), QJsonArray{QStringLiteral("candidate.exploded")}}}).status, 422);
        QCOMPARE(post({{QStringLiteral("callbackUrl"), QStringLiteral("http://example.org/hook")}, {QStringLiteral("events"), QJsonArray{QStringLiteral("candidate.created")}}}).status, 422);
        QCOMPARE(post({{QStringLiteral("callbackUrl"), receiverUrl()}, {QStringLiteral("events"), QJsonArray{}}}).status, 400);
        QCOMPARE(post({{QStringLiteral("callbackUrl"), receiverUrl()}}).status, 400);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!subscribe({QStringLiteral("job.created")}).isEmpty());
        const auto over = post({{QStringLiteral("callbackUrl"), receiverUrl()}, {QStringLiteral("events"), QJsonArray{QStringLiteral("job.created")}}});
        QCOMPARE(over.status, 403);
        QCOMPARE(over.firstErrorCode(), QStringLiteral("SUBSCRIPTIONS_LIMIT_EXCEEDED"));
        const auto page = m_client->get(kBase + QStringLiteral("/subscriptions"));
        QCOMPARE(page.array().size(), 10);
        QVERIFY(page.header("Link").contains("page_id="));
    }

    void signedDeliveryIsRetriedWithTheSameEventId()
    {
        const QString id = subscribe({QStringLiteral("candidate.created")});
        QCOMPARE(m_client->send("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(id)).status, 204);
        const auto key = m_client->send("POST", kBase + QStringLiteral("/subscriptions/%1/secret-key").arg(id));
        QCOMPARE(key.status, 201);
        const QByteArray secret = key.object().value(QStringLiteral("secretKey")).toString().toLatin1();
        m_received.clear();
        m_answers = {500, 503};
        const auto created = m_client->sendJson("POST", QStringLiteral("/candidates"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("W")}, {QStringLiteral("lastName"), QStringLiteral("H")},
                        {QStringLiteral("email"), QStringLiteral("wh@example.org")}});
        QCOMPARE(created.status, 201);
        const QString candidateId = created.object().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 3, 5000);
        const QByteArray eventId = m_received.first().header("event-id");
        QVERIFY(!eventId.isEmpty());
        for (const auto &req : std::as_const(m_received)) {
            QCOMPARE(req.header("event-name"), QByteArray("candidate.created"));
            QCOMPARE(req.header("event-id"), eventId);
            QCOMPARE(req.body, "{\"id\":\"" + candidateId.toLatin1() + "\"}");
            const QByteArray link = req.header("link");
            QCOMPARE(link, "<" + m_sandbox->url(QStringLiteral("/candidates/") + candidateId).toEncoded() + ">; rel=self");
            const QByteArray expected = "v1=" + WebhookSignature::v1(secret, req.header("smartrecruiters-timestamp"), req.body,
                                                                     eventId, req.header("event-name"), req.header("event-version"), link);
            QCOMPARE(req.header("smartrecruiters-signature"), expected);
        }
        const QJsonArray log = m_client->get(kBase + QStringLiteral("/subscriptions/%1/callbacks-log").arg(id)).array();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(log.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("successful"));
    }

    void applicationEventsCarryTheThreeIds()
    {
        const QString id = subscribe({QStringLiteral("application.created"), QStringLiteral("application.status.updated")});
        QCOMPARE(m_client->send("PUT", kBase + QStringLiteral("/subscriptions/%1/activation").arg(id)).status, 204);
        m_received.clear();
        const QString jobId = m_sandbox->stateDump().value(QStringLiteral("jobs")).toObject().keys().first();
        const auto created = m_client->sendJson("POST", QStringLiteral("/jobs/%1/candidates").arg(jobId),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("A")}, {QStringLiteral("lastName"), QStringLiteral("E")},
                        {QStringLiteral("email"), QStringLiteral("ae@example.org")}});
        QCOMPARE(created.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 5000);
        const QJsonObject body = QJsonDocument::fromJson(m_received.first().body).object();
        QCOMPARE(body.value(QStringLiteral("job_id")).toString(), jobId);
        QCOMPARE(body.value(QStringLiteral("candidate_id")).toString(), created.object().value(QStringLiteral("id")).toString());
        QVERIFY(!body.value(QStringLiteral("application_id")).toString().isEmpty());
        QVERIFY(m_received.first().header("smartrecruiters-signature").isEmpty()); // no secret key yet
        // Events the subscription did not ask for are not delivered.
        QCOMPARE(m_client->sendJson("PATCH", QStringLiteral("/candidates/") + body.value(QStringLiteral("candidate_id")).toString(),
                                    QJsonObject{{QStringLiteral("firstName"), QStringLiteral("B")}}).status, 200);
        QTest::qWait(100);
        QCOMPARE(m_received.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "TestSandboxWebhooks.moc"
