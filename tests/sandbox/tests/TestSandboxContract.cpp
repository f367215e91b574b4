// Contract tests: every operation the sandbox serves exists in the OpenAPI file,
// answers a documented status code, and its JSON bodies have the documented
// required properties and types, for good and for bad requests.
#include "OpenApiSpec.h"
#include "Sandbox.h"
#include "SandboxTestClient.h"
#include "YamlReader.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using sr::sandbox::Sandbox;

namespace {
const QString kUnknownId = QStringLiteral("00000000-0000-4000-8000-000000000000");
// Answers any operation may give even where the spec lists no such code
// (the error-handling page lists them for the whole API). They must still
// carry the ErrorResponse body.
const QStringList kGenericErrorCodes = {QStringLiteral("400"), QStringLiteral("401"), QStringLiteral("403"),
                                        QStringLiteral("404"), QStringLiteral("415"), QStringLiteral("429")};

// Known defects of the merged spec (see reference/README.md): colliding
// schema names. Errors starting with these texts are not held against the sandbox.
const QList<QPair<QString, QString>> kSpecDefects = {
    // `Attachment` is the Apply API's (type enum VIDEO_URL|PDF_URL|OTHER_URL) merged
    // with the candidate attachment, whose type is RESUME|COVER_LETTER|GENERIC_FILE.
    {QStringLiteral("/candidates/{id}/attachments"), QStringLiteral("$.type: ")},
};

QString specPathOf(const QString &pattern)
{
    QString p = pattern;
    for (const QString &prefix : {QStringLiteral("/user-api/v201804"), QStringLiteral("/webhooks-api/v201907")}) {
        if (p.startsWith(prefix))
            p = p.mid(prefix.size());
    }
    return p;
}

QString normalise(QString path)
{
    static const QRegularExpression param(QStringLiteral("\\{[^}]+\\}"));
    return path.replace(param, QStringLiteral("{}"));
}
} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private:
    OpenApiSpec m_spec;
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;
    QString m_route;

    QString specPathFor(const QString &method, const QString &routePattern) const
    {
        const QString wanted = normalise(specPathOf(routePattern));
        const QStringList paths = m_spec.paths();
        for (const QString &p : paths) {
            if (normalise(p) == wanted && !m_spec.operation(method, p).isEmpty())
                return p;
        }
        return {};
    }

    // Creates what a row needs and substitutes %PLACEHOLDERS% in its path.
    QString prepare(QString path, const QString &candidate)
    {
        const QByteArray boundary = "contractb";
        if (path.contains(u"%ATT%")) {
            const auto r = m_client->send("POST", QStringLiteral("/candidates/%1/attachments").arg(candidate),
                                          "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                                              "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n",
                                          "multipart/form-data; boundary=" + boundary);
            path.replace(QStringLiteral("%ATT%"), r.object().value(QStringLiteral("id")).toString());
        }
        if (path.contains(u"%MSG%")) {
            const auto r = m_client->sendJson("POST", QStringLiteral("/messages/shares"),
                                              QJsonObject{{QStringLiteral("content"), QStringLiteral("#[CANDIDATE:%1] hi").arg(candidate)}});
            path.replace(QStringLiteral("%MSG%"), r.object().value(QStringLiteral("id")).toString());
        }
        if (path.contains(u"%SUB%")) {
            const auto r = m_client->sendJson("POST", QStringLiteral("/webhooks-api/v201907/subscriptions"),
                                              QJsonObject{{QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/hook")},
                                                          {QStringLiteral("events"), QJsonArray{QStringLiteral("candidate.created")}}});
            const QString id = r.object().value(QStringLiteral("id")).toString();
            if (path.endsWith(u"/secret-key"))
                m_client->send("POST", QStringLiteral("/webhooks-api/v201907/subscriptions/%1/secret-key").arg(id));
            path.replace(QStringLiteral("%SUB%"), id);
        }
        return path;
    }

    void checkAnswer(const QJsonObject &op, const SandboxTestClient::Reply &r, bool good, const QString &what)
    {
        const QString code = QString::number(r.status);
        const QStringList documented = m_spec.responseCodes(op);
        if (good) {
            QVERIFY2(documented.contains(code) || (code == u"200" && documented.contains(QStringLiteral("default"))),
                     qPrintable(QStringLiteral("%1 answered %2, documented: %3 — %4").arg(what, code, documented.join(u','),
                                                                                        QString::fromUtf8(r.body.left(300)))));
        } else {
            QVERIFY2(documented.contains(code) || kGenericErrorCodes.contains(code),
                     qPrintable(QStringLiteral("%1 answered %2, documented: %3").arg(what, code, documented.join(u','))));
            // Error answers always carry SmartRecruiters' ErrorResponse.
            const QJsonObject body = r.object();
            QVERIFY2(body.value(QStringLiteral("errors")).isArray()
                         && !body.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString().isEmpty(),
                     qPrintable(what + QStringLiteral(": not an ErrorResponse: ") + QString::fromUtf8(r.body.left(300))));
        }
        const QJsonObject schema = m_spec.responseSchema(op, code);
        if (schema.isEmpty() || r.status == 204)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        QVERIFY2(!doc.isNull(), qPrintable(what + QStringLiteral(": body is not JSON")));
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        QStringList errors = m_spec.validate(value, schema);
        errors.removeIf([&](const QString &e) {
            return std::any_of(kSpecDefects.cbegin(), kSpecDefects.cend(),
                               [&](const auto &d) { return d.first == m_route && e.startsWith(d.second); });
        });
        QVERIFY2(errors.isEmpty(), qPrintable(what + QStringLiteral(" ") + code + QStringLiteral(": ") + errors.mid(0, 5).join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QStringLiteral(SR_OPENAPI_PATH);
        QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("OpenAPI file not found at %1 (tests/sandbox/spec)").arg(path)));
        QString error;
        QVERIFY2(m_spec.load(path, &error), qPrintable(error));
    }

    void yamlReaderSubset()
    {
        const QString text = QStringLiteral(
            "a:\n  b: 'x: y'\n  c: [1, two, 'three']\n  d: >-\n    folded\n    text\n  e:\n  - k: 1\n    l: true\n  - plain\n"
            "f: |\n  line1\n  # not a comment\n'200':\n  description: multi\n    line\n");
        QString error;
        const QJsonObject o = YamlReader::parse(text, &error).toObject();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject a = o.value(QStringLiteral("a")).toObject();
        QCOMPARE(a.value(QStringLiteral("b")).toString(), QStringLiteral("x: y"));
        QCOMPARE(a.value(QStringLiteral("c")).toArray(), (QJsonArray{1, QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(a.value(QStringLiteral("d")).toString(), QStringLiteral("folded text"));
        QCOMPARE(a.value(QStringLiteral("e")).toArray().at(0).toObject().value(QStringLiteral("l")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("e")).toArray().at(1).toString(), QStringLiteral("plain"));
        QCOMPARE(o.value(QStringLiteral("f")).toString(), QStringLiteral("line1\n# not a comment"));
        QCOMPARE(o.value(QStringLiteral("200")).toObject().value(QStringLiteral("description")).toString(), QStringLiteral("multi line"));
        QVERIFY(YamlReader::parse(QStringLiteral("a: 1\n   b: 2\n c: 3\n"), &error).isNull());
        QVERIFY(error.contains(QStringLiteral("line")));
    }

    void specIsReadCompletely()
    {
        // The reference README counts 165 paths in the merged file.
        QCOMPARE(m_spec.paths().size(), 165);
        QVERIFY(!m_spec.responseSchema(m_spec.operation(QStringLiteral("get"), QStringLiteral("/candidates")), QStringLiteral("200")).isEmpty());
    }

    void everyRouteIsDocumented()
    {
        Sandbox sandbox;
        const auto routes = sandbox.routes();
        QVERIFY(routes.size() > 60);
        for (const auto &[method, pattern] : routes) {
            if (pattern.startsWith(QStringLiteral("/identity/oauth/")))
                continue; // the browser flow and token endpoint are not in the customer spec
            QVERIFY2(!specPathFor(QString::fromLatin1(method), pattern).isEmpty(),
                     qPrintable(QStringLiteral("%1 %2 is not in the OpenAPI file").arg(QString::fromLatin1(method), pattern)));
        }
    }

    void operations_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("unknownPath");

        // Ids come from seed 1; every row runs on a fresh sandbox with that seed.
        Sandbox seed;
        const QJsonObject state = seed.stateDump();
        QString cand;
        QString job;
        const QJsonObject candidates = state.value(QStringLiteral("candidates")).toObject();
        for (auto it = candidates.begin(); it != candidates.end() && cand.isEmpty(); ++it) {
            const QJsonArray jobs = it.value().toObject().value(QStringLiteral("jobIds")).toArray();
            if (!jobs.isEmpty()) {
                cand = it.key();
                job = jobs.first().toString();
            }
        }
        const QJsonObject jobObj = state.value(QStringLiteral("jobs")).toObject().value(job).toObject();
        const QString member = jobObj.value(QStringLiteral("hiringTeam")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
        QString outsider;
        for (const auto &u : seed.users()) {
            bool inTeam = false;
            for (const QJsonValue &m : jobObj.value(QStringLiteral("hiringTeam")).toArray())
                inTeam = inTeam || m.toObject().value(QStringLiteral("id")).toString() == u.id;
            if (!inTeam)
                outsider = u.id;
        }
        QString textProp;
        QString selectProp;
        for (const QJsonValue &p : state.value(QStringLiteral("candidateProperties")).toObject()) {
            if (p.toObject().value(QStringLiteral("type")).toString() == u"TEXT")
                textProp = p.toObject().value(QStringLiteral("id")).toString();
            if (p.toObject().value(QStringLiteral("type")).toString() == u"SINGLE_SELECT")
                selectProp = p.toObject().value(QStringLiteral("id")).toString();
        }
        QString apiSource;
        QString boardSource;
        for (const QJsonValue &v : state.value(QStringLiteral("sourceValues")).toObject()) {
            if (v.toObject().value(QStringLiteral("type")).toString() == u"API")
                apiSource = v.toObject().value(QStringLiteral("id")).toString();
            if (v.toObject().value(QStringLiteral("type")).toString() == u"JOB_BOARDS")
                boardSource = v.toObject().value(QStringLiteral("id")).toString();
        }
        const QString dept = state.value(QStringLiteral("departments")).toObject().keys().first();
        const QString process = state.value(QStringLiteral("hiringProcesses")).toObject().keys().first();
        const QString user = seed.users().first().id;
        const QByteArray newCandidate = R"({"firstName":"Cora","lastName":"Tract","email":"cora@contract.example"})";
        const QByteArray json = "application/json";
        const QByteArray boundary = "contractb";
        const QByteArray upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachmentType\"\r\n\r\nRESUME\r\n--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--"
            + boundary + "--\r\n";
        const QByteArray multipart = "multipart/form-data; boundary=" + boundary;
        const QString u = kUnknownId;
        const QString wh = QStringLiteral("/webhooks-api/v201907");
        const QString ua = QStringLiteral("/user-api/v201804");

        auto row = [](const QString &m, const QString &route, const QString &path, const QByteArray &body = {},
                      const QByteArray &ct = "application/json", const QString &unknown = {}) {
            QTest::newRow(qPrintable(m + u' ' + route)) << m << route << path << body << ct << unknown;
        };
        const QString c = QStringLiteral("/candidates/") + cand;
        const QString cj = c + QStringLiteral("/jobs/") + job;
        const QString j = QStringLiteral("/jobs/") + job;
        row(QStringLiteral("GET"), QStringLiteral("/jobs"), QStringLiteral("/jobs?limit=5&sort=job_id"));
        row(QStringLiteral("GET"), QStringLiteral("/jobs/{jobId}"), j, {}, json, QStringLiteral("/jobs/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/jobs/{jobId}/hiring-team"), j + QStringLiteral("/hiring-team"), {}, json, QStringLiteral("/jobs/%1/hiring-team").arg(u));
        row(QStringLiteral("POST"), QStringLiteral("/jobs/{jobId}/hiring-team"), j + QStringLiteral("/hiring-team"),
            QStringLiteral(R"({"id":"%1","role":"RECRUITER"})").arg(outsider).toLatin1(), json, QStringLiteral("/jobs/%1/hiring-team").arg(u));
        row(QStringLiteral("DELETE"), QStringLiteral("/jobs/{jobId}/hiring-team/{userId}"), j + QStringLiteral("/hiring-team/") + member, {}, json,
            QStringLiteral("/jobs/%1/hiring-team/%2").arg(u, member));
        row(QStringLiteral("PUT"), QStringLiteral("/jobs/{jobId}/status"), j + QStringLiteral("/status"), R"({"status":"SOURCING"})", json,
            QStringLiteral("/jobs/%1/status").arg(u));
        row(QStringLiteral("GET"), QStringLiteral("/jobs/{jobId}/status/history"), j + QStringLiteral("/status/history"), {}, json,
            QStringLiteral("/jobs/%1/status/history").arg(u));
        row(QStringLiteral("GET"), QStringLiteral("/candidates"), QStringLiteral("/candidates?limit=5"));
        row(QStringLiteral("POST"), QStringLiteral("/candidates"), QStringLiteral("/candidates"), newCandidate);
        row(QStringLiteral("POST"), QStringLiteral("/jobs/{jobId}/candidates"), j + QStringLiteral("/candidates"), newCandidate, json,
            QStringLiteral("/jobs/%1/candidates").arg(u));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}"), c, {}, json, QStringLiteral("/candidates/") + u);
        row(QStringLiteral("PATCH"), QStringLiteral("/candidates/{id}"), c, R"({"phoneNumber":"+48 1"})", json, QStringLiteral("/candidates/") + u);
        row(QStringLiteral("DELETE"), QStringLiteral("/candidates/{id}"), c, {}, json, QStringLiteral("/candidates/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/jobs/{jobId}"), cj, {}, json, QStringLiteral("/candidates/%1/jobs/%2").arg(u, job));
        row(QStringLiteral("PUT"), QStringLiteral("/candidates/{id}/jobs/{jobId}/status"), cj + QStringLiteral("/status"), R"({"status":"NEW"})", json,
            QStringLiteral("/candidates/%1/jobs/%2/status").arg(u, job));
        row(QStringLiteral("PUT"), QStringLiteral("/candidates/{id}/status"), c + QStringLiteral("/status"), R"({"status":"NEW"})", json,
            QStringLiteral("/candidates/%1/status").arg(u));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/jobs/{jobId}/status/history"), cj + QStringLiteral("/status/history"), {}, json,
            QStringLiteral("/candidates/%1/jobs/%2/status/history").arg(u, job));
        row(QStringLiteral("PUT"), QStringLiteral("/candidates/{id}/jobs/{jobId}/source"), cj + QStringLiteral("/source"),
            QStringLiteral(R"({"sourceTypeId":"API","sourceId":"%1"})").arg(apiSource).toLatin1(), json,
            QStringLiteral("/candidates/%1/jobs/%2/source").arg(u, job));
        for (const char *m : {"GET", "POST", "PUT", "DELETE"}) {
            const QString method = QLatin1StringView(m);
            row(method, QStringLiteral("/candidates/{id}/tags"), c + QStringLiteral("/tags"),
                method == u"POST" || method == u"PUT" ? QByteArray(R"({"tags":["contract"]})") : QByteArray(), json,
                QStringLiteral("/candidates/%1/tags").arg(u));
        }
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/attachments"), c + QStringLiteral("/attachments"), {}, json,
            QStringLiteral("/candidates/%1/attachments").arg(u));
        row(QStringLiteral("POST"), QStringLiteral("/candidates/{id}/attachments"), c + QStringLiteral("/attachments"), upload, multipart,
            QStringLiteral("/candidates/%1/attachments").arg(u));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/attachments/{attachmentId}"), c + QStringLiteral("/attachments/%ATT%"), {}, json,
            c + QStringLiteral("/attachments/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/jobs/{jobId}/attachments"), cj + QStringLiteral("/attachments"), {}, json,
            QStringLiteral("/candidates/%1/jobs/%2/attachments").arg(u, job));
        row(QStringLiteral("POST"), QStringLiteral("/candidates/{id}/jobs/{jobId}/attachments"), cj + QStringLiteral("/attachments"), upload, multipart,
            QStringLiteral("/candidates/%1/jobs/%2/attachments").arg(u, job));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/attachments/{attachmentId}"), QStringLiteral("/candidates/attachments/%ATT%"), {}, json,
            QStringLiteral("/candidates/attachments/") + u);
        row(QStringLiteral("DELETE"), QStringLiteral("/candidates/attachments/{attachmentId}"), QStringLiteral("/candidates/attachments/%ATT%"), {}, json,
            QStringLiteral("/candidates/attachments/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/configuration/candidate-properties"), QStringLiteral("/configuration/candidate-properties"));
        row(QStringLiteral("GET"), QStringLiteral("/configuration/candidate-properties/{id}"), QStringLiteral("/configuration/candidate-properties/") + selectProp,
            {}, json, QStringLiteral("/configuration/candidate-properties/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/configuration/candidate-properties/{id}/values"),
            QStringLiteral("/configuration/candidate-properties/%1/values").arg(selectProp), {}, json,
            QStringLiteral("/configuration/candidate-properties/%1/values").arg(textProp));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/jobs/{jobId}/properties"), cj + QStringLiteral("/properties?context=PROFILE"), {}, json,
            QStringLiteral("/candidates/%1/jobs/%2/properties").arg(u, job));
        row(QStringLiteral("PUT"), QStringLiteral("/candidates/{id}/jobs/{jobId}/properties"), cj + QStringLiteral("/properties"),
            QStringLiteral(R"([{"id":"%1","value":"x"}])").arg(textProp).toLatin1(), json, QStringLiteral("/candidates/%1/jobs/%2/properties").arg(u, job));
        row(QStringLiteral("GET"), QStringLiteral("/candidates/{id}/properties"), c + QStringLiteral("/properties"), {}, json,
            QStringLiteral("/candidates/%1/properties").arg(u));
        row(QStringLiteral("PUT"), QStringLiteral("/candidates/{id}/jobs/{jobId}/properties/{propertyId}"),
            cj + QStringLiteral("/properties/") + textProp, R"({"value":"y"})", json, cj + QStringLiteral("/properties/") + u);
        for (const char *p : {"/configuration/company", "/configuration/departments", "/configuration/hiring-processes",
                              "/configuration/rejection-reasons", "/configuration/withdrawal-reasons", "/configuration/sources"})
            row(QStringLiteral("GET"), QLatin1StringView(p), QLatin1StringView(p));
        row(QStringLiteral("POST"), QStringLiteral("/configuration/departments"), QStringLiteral("/configuration/departments"), R"({"label":"Legal"})");
        row(QStringLiteral("GET"), QStringLiteral("/configuration/departments/{id}"), QStringLiteral("/configuration/departments/") + dept, {}, json,
            QStringLiteral("/configuration/departments/1"));
        row(QStringLiteral("GET"), QStringLiteral("/configuration/hiring-processes/{id}"), QStringLiteral("/configuration/hiring-processes/") + process,
            {}, json, QStringLiteral("/configuration/hiring-processes/") + u);
        row(QStringLiteral("GET"), QStringLiteral("/configuration/sources/{sourceType}/values"), QStringLiteral("/configuration/sources/JOB_BOARDS/values"),
            {}, json, QStringLiteral("/configuration/sources/NOPE/values"));
        row(QStringLiteral("GET"), QStringLiteral("/configuration/sources/{sourceType}/values/{sourceValueId}"),
            QStringLiteral("/configuration/sources/JOB_BOARDS/values/") + boardSource, {}, json, QStringLiteral("/configuration/sources/JOB_BOARDS/values/") + u);
        row(QStringLiteral("GET"), ua + QStringLiteral("/users"), ua + QStringLiteral("/users?limit=5"));
        row(QStringLiteral("GET"), ua + QStringLiteral("/users/me"), ua + QStringLiteral("/users/me"));
        row(QStringLiteral("GET"), ua + QStringLiteral("/users/{id}"), ua + QStringLiteral("/users/") + user, {}, json, ua + QStringLiteral("/users/") + u);
        row(QStringLiteral("POST"), QStringLiteral("/messages/shares"), QStringLiteral("/messages/shares"),
            QStringLiteral("{\"content\":\"#[CANDIDATE:%1] note\",\"shareWith\":{\"openNote\":true}}").arg(cand).toLatin1());
        row(QStringLiteral("GET"), QStringLiteral("/messages"), QStringLiteral("/messages?candidateId=") + cand, {}, json, QStringLiteral("/messages?candidateId=") + u);
        row(QStringLiteral("DELETE"), QStringLiteral("/messages/shares/{id}"), QStringLiteral("/messages/shares/%MSG%"), {}, json,
            QStringLiteral("/messages/shares/") + u);
        row(QStringLiteral("POST"), wh + QStringLiteral("/subscriptions"), wh + QStringLiteral("/subscriptions"),
            "{\"callbackUrl\":\"https:\\/\\/hooks.example.org\\/sr\",\"events\":[\"candidate.created\"]}");
        row(QStringLiteral("GET"), wh + QStringLiteral("/subscriptions"), wh + QStringLiteral("/subscriptions"));
        row(QStringLiteral("GET"), wh + QStringLiteral("/subscriptions/{id}"), wh + QStringLiteral("/subscriptions/%SUB%"), {}, json,
            wh + QStringLiteral("/subscriptions/") + u);
        row(QStringLiteral("DELETE"), wh + QStringLiteral("/subscriptions/{id}"), wh + QStringLiteral("/subscriptions/%SUB%"), {}, json,
            wh + QStringLiteral("/subscriptions/") + u);
        // Nothing listens on port 9: the handshake fails with the documented 424.
        row(QStringLiteral("PUT"), wh + QStringLiteral("/subscriptions/{id}/activation"), wh + QStringLiteral("/subscriptions/%SUB%/activation"), {}, json,
            wh + QStringLiteral("/subscriptions/%1/activation").arg(u));
        row(QStringLiteral("POST"), wh + QStringLiteral("/subscriptions/{id}/secret-key"), wh + QStringLiteral("/subscriptions/%SUB%/secret-key/new").chopped(4),
            {}, json, wh + QStringLiteral("/subscriptions/%1/secret-key").arg(u));
        row(QStringLiteral("GET"), wh + QStringLiteral("/subscriptions/{id}/secret-key"), wh + QStringLiteral("/subscriptions/%SUB%/secret-key"), {}, json,
            wh + QStringLiteral("/subscriptions/%1/secret-key").arg(u));
        row(QStringLiteral("GET"), wh + QStringLiteral("/subscriptions/{id}/callbacks-log"), wh + QStringLiteral("/subscriptions/%SUB%/callbacks-log"), {}, json,
            wh + QStringLiteral("/subscriptions/%1/callbacks-log").arg(u));
    }

    void operations()
    {
        QFETCH(QString, method);
        QFETCH(QString, route);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, unknownPath);

        m_route = route;
        const QString specPath = specPathFor(method, route);
        QVERIFY2(!specPath.isEmpty(), qPrintable(route + QStringLiteral(" not in the spec")));
        const QJsonObject op = m_spec.operation(method, specPath);

        Sandbox::Options options;
        options.rateLimits = false;
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        SandboxTestClient client(sandbox);
        client.useApiKey();
        m_sandbox = &sandbox;
        m_client = &client;
        const QString candidate = path.section(u'/', 2, 2);
        const QString concrete = prepare(path, candidate.size() == 36 ? candidate : sandbox.stateDump().value(QStringLiteral("candidates")).toObject().keys().first());
        const QByteArray m = method.toLatin1();

        // Good request.
        checkAnswer(op, client.send(m, concrete, body, contentType), true, QStringLiteral("good ") + method + u' ' + concrete);
        // No credential.
        client.useNoCredential();
        const auto anonymous = client.send(m, concrete, body, contentType);
        QCOMPARE(anonymous.status, 401);
        checkAnswer(op, anonymous, false, QStringLiteral("anonymous"));
        client.useApiKey();
        // Unknown entity.
        if (!unknownPath.isEmpty()) {
            const auto missing = client.send(m, prepare(unknownPath, candidate), body, contentType);
            QVERIFY2(missing.status >= 400, qPrintable(unknownPath));
            checkAnswer(op, missing, false, QStringLiteral("unknown ") + unknownPath);
        }
        // Malformed JSON body.
        if (!body.isEmpty() && contentType == "application/json") {
            const auto malformed = client.send(m, concrete, "{\"oops\":", contentType);
            QVERIFY2(malformed.status == 400 || malformed.status == 404, qPrintable(QString::number(malformed.status)));
            checkAnswer(op, malformed, false, QStringLiteral("malformed"));
        }
        m_client = nullptr;
        m_sandbox = nullptr;
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "TestSandboxContract.moc"
