// Jobs, candidates, applications, tags, attachments, properties, sources, users, paging.
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using sr::sandbox::Sandbox;

class TestSandboxData : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;

    QJsonObject state(const QString &table) const { return m_sandbox->stateDump().value(table).toObject(); }

    // A job whose hiring process defines sub-statuses for INTERVIEW.
    QString jobWithInterviewSubStatuses(QStringList *subStatuses)
    {
        const QJsonObject processes = state(QStringLiteral("hiringProcesses"));
        const QJsonObject jobs = state(QStringLiteral("jobs"));
        for (const QJsonValue &j : jobs) {
            const QJsonObject p = processes.value(j.toObject().value(QStringLiteral("hiringProcessId")).toString()).toObject();
            const QJsonArray subs = p.value(QStringLiteral("subStatuses")).toObject().value(QStringLiteral("INTERVIEW")).toArray();
            if (!subs.isEmpty()) {
                for (const QJsonValue &s : subs)
                    subStatuses->append(s.toString());
                return j.toObject().value(QStringLiteral("id")).toString();
            }
        }
        return {};
    }

    QString createOnJob(const QString &jobId, const QString &email)
    {
        const auto r = m_client->sendJson("POST", QStringLiteral("/jobs/%1/candidates").arg(jobId),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Nina")}, {QStringLiteral("lastName"), QStringLiteral("Kowalska")},
                        {QStringLiteral("email"), email}});
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }

    // Follows Link rel="next" until it disappears; returns all ids seen.
    QStringList walk(const QString &firstPath, const QString &listKey, int *pages)
    {
        static const QRegularExpression link(QStringLiteral(R"re(^<([^>]+)>; rel="next"$)re"));
        QStringList ids;
        QString path = firstPath;
        *pages = 0;
        for (int guard = 0; guard < 100 && !path.isEmpty(); ++guard) {
            const auto r = m_client->get(path);
            if (r.status != 200)
                return {};
            ++*pages;
            const QJsonArray content = listKey.isEmpty() ? r.array() : r.object().value(listKey).toArray();
            for (const QJsonValue &v : content)
                ids.append(v.toObject().value(QStringLiteral("id")).toString());
            const auto m = link.match(QString::fromLatin1(r.header("Link")));
            const QString next = r.object().value(QStringLiteral("nextPageId")).toString();
            if (!listKey.isEmpty() && m.hasMatch() != !next.isEmpty())
                return {}; // body and header must agree
            path = m.hasMatch() ? m.captured(1) : QString();
        }
        return ids;
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

    void jobsPageWithCursorAndLink()
    {
        int pages = 0;
        const QStringList ids = walk(QStringLiteral("/jobs?limit=10&sort=job_id"), QStringLiteral("content"), &pages);
        QCOMPARE(ids.size(), 56);
        QCOMPARE(pages, 6);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 56);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        // The last page carries neither nextPageId nor Link.
        const auto last = m_client->get(QStringLiteral("/jobs?limit=100&sort=job_id"));
        QVERIFY(!last.object().contains(QStringLiteral("nextPageId")));
        QVERIFY(last.header("Link").isEmpty());
    }

    void jobFilters()
    {
        const auto filled = m_client->get(QStringLiteral("/jobs?status=FILLED&limit=100"));
        QVERIFY(filled.object().value(QStringLiteral("totalFound")).toInt() > 0);
        for (const QJsonValue &j : filled.object().value(QStringLiteral("content")).toArray())
            QCOMPARE(j.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("FILLED"));
        const auto q = m_client->get(QStringLiteral("/jobs?q=devops&limit=100"));
        QVERIFY(q.object().value(QStringLiteral("totalFound")).toInt() > 0);
        for (const QJsonValue &j : q.object().value(QStringLiteral("content")).toArray())
            QVERIFY(j.toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("DevOps")));
        QCOMPARE(m_client->get(QStringLiteral("/jobs?updatedAfter=2100-01-01T00:00:00.000Z")).object().value(QStringLiteral("totalFound")).toInt(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?updatedAfter=yesterday")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?pageId=abc")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?sort=job_id&pageId=bm90LW91cnM=")).firstErrorCode(), QStringLiteral("INVALID_PAGE_ID"));
    }

    void limitMustBeOneToHundred()
    {
        for (const char *limit : {"0", "101", "ten", "-1"})
            QCOMPARE(m_client->get(QStringLiteral("/candidates?limit=") + QLatin1StringView(limit)).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/candidates?limit=100")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/candidates")).object().value(QStringLiteral("limit")).toInt(), 10);
    }

    void candidateSearchSkipsTalentPool()
    {
        int pages = 0;
        const QStringList listed = walk(QStringLiteral("/candidates?limit=25"), QStringLiteral("content"), &pages);
        const QJsonObject all = state(QStringLiteral("candidates"));
        int withApplications = 0;
        for (const QJsonValue &c : all)
            withApplications += c.toObject().value(QStringLiteral("jobIds")).toArray().isEmpty() ? 0 : 1;
        QCOMPARE(listed.size(), withApplications);
        QVERIFY(withApplications < all.size());
        // A talent-pool candidate is created, but the search does not show it.
        const auto pool = m_client->sendJson("POST", QStringLiteral("/candidates"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Pola")}, {QStringLiteral("lastName"), QStringLiteral("Pool")},
                        {QStringLiteral("email"), QStringLiteral("pola@pool.example")}});
        QCOMPARE(pool.status, 201);
        QVERIFY(!pool.object().contains(QStringLiteral("primaryAssignment")));
        QCOMPARE(m_client->get(QStringLiteral("/candidates?q=pola")).object().value(QStringLiteral("totalFound")).toInt(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/candidates/") + pool.object().value(QStringLiteral("id")).toString()).status, 200);
    }

    void candidateOnJobGetsApplicationWithApiSource()
    {
        const QString jobId = state(QStringLiteral("jobs")).keys().first();
        const QString id = createOnJob(jobId, QStringLiteral("nina@example.org"));
        QVERIFY(!id.isEmpty());
        const auto app = m_client->get(QStringLiteral("/candidates/%1/jobs/%2").arg(id, jobId));
        QCOMPARE(app.status, 200);
        QCOMPARE(app.object().value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
        QCOMPARE(app.object().value(QStringLiteral("source")).toString(), QStringLiteral("API"));
        const auto found = m_client->get(QStringLiteral("/candidates?q=nina%20kowalska&jobId=") + jobId);
        QCOMPARE(found.object().value(QStringLiteral("totalFound")).toInt(), 1);
        QCOMPARE(found.object().value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("primaryAssignment"))
                     .toObject().value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString(), jobId);
    }

    void sourceDetailsOnCreate()
    {
        const QJsonObject values = m_client->get(QStringLiteral("/configuration/sources/JOB_BOARDS/values?sourceSubType=NICHE")).object();
        const QJsonObject source = values.value(QStringLiteral("content")).toArray().at(0).toObject();
        const QString jobId = state(QStringLiteral("jobs")).keys().first();
        QJsonObject body{{QStringLiteral("firstName"), QStringLiteral("S")}, {QStringLiteral("lastName"), QStringLiteral("D")},
                         {QStringLiteral("email"), QStringLiteral("sd@example.org")},
                         {QStringLiteral("sourceDetails"), QJsonObject{{QStringLiteral("sourceTypeId"), QStringLiteral("JOB_BOARDS")},
                                                                       {QStringLiteral("sourceId"), source.value(QStringLiteral("id"))}}}};
        auto r = m_client->sendJson("POST", QStringLiteral("/jobs/%1/candidates").arg(jobId), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("SUBTYPE_REQUIRED")); // JOB_BOARDS has two subtypes
        QJsonObject sd = body.value(QStringLiteral("sourceDetails")).toObject();
        sd.insert(QStringLiteral("sourceSubTypeId"), QStringLiteral("NICHE"));
        body.insert(QStringLiteral("sourceDetails"), sd);
        r = m_client->sendJson("POST", QStringLiteral("/jobs/%1/candidates").arg(jobId), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("primaryAssignment")).toObject().value(QStringLiteral("source")).toString(),
                 source.value(QStringLiteral("label")).toString());
        sd.insert(QStringLiteral("sourceTypeId"), QStringLiteral("NOPE"));
        body.insert(QStringLiteral("sourceDetails"), sd);
        QCOMPARE(m_client->sendJson("POST", QStringLiteral("/candidates"), body).firstErrorCode(), QStringLiteral("SOURCE_TYPE_NOT_FOUND"));
    }

    void patchIsPartialJsonNotJsonPatch()
    {
        const QString id = state(QStringLiteral("candidates")).keys().first();
        const QJsonObject before = m_client->get(QStringLiteral("/candidates/") + id).object();
        auto r = m_client->sendJson("PATCH", QStringLiteral("/candidates/") + id, QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+48 111")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("+48 111"));
        QCOMPARE(r.object().value(QStringLiteral("email")), before.value(QStringLiteral("email")));
        r = m_client->send("PATCH", QStringLiteral("/candidates/") + id, R"([{"op":"replace","path":"/firstName","value":"X"}])",
                           "application/json-patch+json");
        QCOMPARE(r.status, 415);
        r = m_client->sendJson("PATCH", QStringLiteral("/candidates/") + id, QJsonObject{{QStringLiteral("tags"), QJsonArray{}}});
        QCOMPARE(r.status, 400);
    }

    void deleteCandidate()
    {
        const QString id = state(QStringLiteral("candidates")).keys().first();
        QCOMPARE(m_client->send("DELETE", QStringLiteral("/candidates/") + id).status, 204);
        QCOMPARE(m_client->get(QStringLiteral("/candidates/") + id).status, 404);
        QCOMPARE(m_client->send("DELETE", QStringLiteral("/candidates/") + id).status, 404);
    }

    void statusIsValidatedAgainstTheHiringProcess()
    {
        QStringList subs;
        const QString jobId = jobWithInterviewSubStatuses(&subs);
        QVERIFY(!jobId.isEmpty());
        const QString id = createOnJob(jobId, QStringLiteral("flow@example.org"));
        const QString path = QStringLiteral("/candidates/%1/jobs/%2/status").arg(id, jobId);
        auto put = [&](const QJsonObject &o) { return m_client->sendJson("PUT", path, o); };
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("INTERVIEW")}}).firstErrorCode(), QStringLiteral("REQUIRED_SUB_STATUS_OMITTED"));
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("INTERVIEW")}, {QStringLiteral("subStatus"), QStringLiteral("Lunch")}}).status, 400);
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("INTERVIEW")}, {QStringLiteral("reason"), QStringLiteral("x")}}).firstErrorCode(),
                 QStringLiteral("NO_REASON_SUPPORT_FOR_STATUS"));
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("REJECTED")}, {QStringLiteral("reason"), QStringLiteral("nope")}}).firstErrorCode(),
                 QStringLiteral("REASON_NOT_FOUND"));
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("INTERVIEW")}, {QStringLiteral("subStatus"), subs.first()}}).status, 204);
        const QString reason = state(QStringLiteral("rejectionReasons")).keys().first();
        QCOMPARE(put({{QStringLiteral("status"), QStringLiteral("REJECTED")}, {QStringLiteral("reason"), reason}}).status, 204);
        const QJsonObject app = m_client->get(QStringLiteral("/candidates/%1/jobs/%2").arg(id, jobId)).object();
        QCOMPARE(app.value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(app.value(QStringLiteral("reasonOfRejection")).toObject().value(QStringLiteral("id")).toString(), reason);
        const QJsonObject history = m_client->get(QStringLiteral("/candidates/%1/jobs/%2/status/history").arg(id, jobId)).object();
        QCOMPARE(history.value(QStringLiteral("totalFound")).toInt(), 3); // NEW, INTERVIEW, REJECTED
        QCOMPARE(history.value(QStringLiteral("content")).toArray().at(1).toObject().value(QStringLiteral("subStatus")).toString(), subs.first());
        QCOMPARE(m_client->sendJson("PUT", QStringLiteral("/candidates/%1/jobs/%2/status").arg(id, state(QStringLiteral("jobs")).keys().last()),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("NEW")}}).status, 404);
    }

    void tagsAddReplaceDelete()
    {
        const QString id = state(QStringLiteral("candidates")).keys().at(1);
        const QString path = QStringLiteral("/candidates/%1/tags").arg(id);
        QCOMPARE(m_client->send("DELETE", path).status, 204);
        auto r = m_client->sendJson("POST", path, QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QCOMPARE(r.status, 201);
        r = m_client->sendJson("POST", path, QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("B"), QStringLiteral("c")}}});
        QCOMPARE(r.object().value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        r = m_client->sendJson("PUT", path, QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("z")}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("z")});
        QJsonArray many;
        for (int i = 0; i < 100; ++i)
            many.append(QStringLiteral("t%1").arg(i));
        QCOMPARE(m_client->sendJson("POST", path, QJsonObject{{QStringLiteral("tags"), many}}).status, 400); // 101 in total
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("tags")).toArray().size(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/candidates?tag=Z")).object().value(QStringLiteral("totalFound")).toInt(), 1);
    }

    void attachmentsUploadListDownload()
    {
        const QString jobId = state(QStringLiteral("jobs")).keys().first();
        const QString id = createOnJob(jobId, QStringLiteral("att@example.org"));
        const QByteArray boundary = "sbxboundary42";
        const QByteArray pdf = "%PDF-1.4 fake resume\n";
        auto multipart = [&](const QByteArray &name, const QByteArray &type) {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachmentType\"\r\n\r\n" + type + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/pdf\r\n\r\n"
                + pdf + "\r\n--" + boundary + "--\r\n";
        };
        const QByteArray ct = "multipart/form-data; boundary=" + boundary;
        auto r = m_client->send("POST", QStringLiteral("/candidates/%1/jobs/%2/attachments").arg(id, jobId), multipart("cv.pdf", "RESUME"), ct);
        QCOMPARE(r.status, 201);
        const QString download = r.object().value(QStringLiteral("actions")).toObject().value(QStringLiteral("download")).toObject().value(QStringLiteral("url")).toString();
        QVERIFY(download.startsWith(m_sandbox->baseUrl().toString()));
        QCOMPARE(m_client->send("POST", QStringLiteral("/candidates/%1/attachments").arg(id), multipart("cv.pdf", "RESUME"), ct).firstErrorCode(),
                 QStringLiteral("FILE_ALREADY_EXIST"));
        QCOMPARE(m_client->send("POST", QStringLiteral("/candidates/%1/attachments").arg(id), multipart("x.exe", "RESUME"), ct).firstErrorCode(),
                 QStringLiteral("INVALID_FILE"));
        QCOMPARE(m_client->send("POST", QStringLiteral("/candidates/%1/attachments").arg(id), multipart("y.pdf", "PHOTO"), ct).status, 400);
        const auto list = m_client->get(QStringLiteral("/candidates/%1/attachments").arg(id));
        QCOMPARE(list.object().value(QStringLiteral("totalFound")).toInt(), 1);
        const auto file = m_client->get(download.mid(m_sandbox->baseUrl().toString().size()));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, pdf);
        QCOMPARE(file.header("Content-Type"), QByteArray("application/pdf"));
    }

    void propertiesOfEveryType()
    {
        const QString jobId = state(QStringLiteral("jobs")).keys().first();
        const QString id = createOnJob(jobId, QStringLiteral("props@example.org"));
        const QJsonArray defs = m_client->get(QStringLiteral("/configuration/candidate-properties")).object().value(QStringLiteral("content")).toArray();
        QCOMPARE(defs.size(), 10);
        const QString userId = state(QStringLiteral("users")).keys().first();
        QJsonArray batch;
        QString singleSelect;
        for (const QJsonValue &d : defs) {
            const QString type = d.toObject().value(QStringLiteral("type")).toString();
            const QString pid = d.toObject().value(QStringLiteral("id")).toString();
            QJsonValue v;
            if (type == u"BOOLEAN") v = true;
            else if (type == u"COUNTRY") v = QStringLiteral("us");
            else if (type == u"CURRENCY") v = QJsonObject{{QStringLiteral("code"), QStringLiteral("GBP")}, {QStringLiteral("value"), 23232}};
            else if (type == u"DATE") v = QStringLiteral("2015-11-17T23:00:00.000Z");
            else if (type == u"NUMBER" || type == u"PERCENT") v = 42;
            else if (type == u"REGION") v = QStringLiteral("us-wa");
            else if (type == u"TEXT") v = QStringLiteral("Met at a meetup");
            else if (type == u"USER") v = userId;
            else if (type == u"SINGLE_SELECT") {
                singleSelect = pid;
                v = m_client->get(QStringLiteral("/configuration/candidate-properties/%1/values").arg(pid)).object()
                        .value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("id"));
            }
            batch.append(QJsonObject{{QStringLiteral("id"), pid}, {QStringLiteral("value"), v}});
        }
        const QString path = QStringLiteral("/candidates/%1/jobs/%2/properties").arg(id, jobId);
        QCOMPARE(m_client->get(path).object(), QJsonObject{}); // nothing set yet
        // One bad value rejects the whole batch.
        QJsonArray bad = batch;
        bad.append(QJsonObject{{QStringLiteral("id"), singleSelect}, {QStringLiteral("value"), QStringLiteral("no-such-value")}});
        auto r = m_client->sendJson("PUT", path, bad);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("VALUE_NOT_FOUND"));
        QCOMPARE(m_client->get(path).object(), QJsonObject{});
        QCOMPARE(m_client->sendJson("PUT", path, batch).status, 204);
        const QJsonArray values = m_client->get(path).object().value(QStringLiteral("content")).toArray();
        QCOMPARE(values.size(), 10);
        for (const QJsonValue &v : values) {
            if (v.toObject().value(QStringLiteral("id")).toString() == singleSelect)
                QVERIFY(!v.toObject().value(QStringLiteral("valueLabel")).toString().isEmpty());
        }
        QCOMPARE(m_client->sendJson("PUT", path, QJsonArray{QJsonObject{{QStringLiteral("id"), singleSelect}}}).status, 204); // reset
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("content")).toArray().size(), 9);
        QCOMPARE(m_client->sendJson("PUT", path, QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("nope")}, {QStringLiteral("value"), 1}}}).status, 404);
    }

    void configurationLists()
    {
        for (const char *p : {"/configuration/hiring-processes", "/configuration/rejection-reasons", "/configuration/withdrawal-reasons",
                              "/configuration/departments", "/configuration/sources"}) {
            const auto r = m_client->get(QLatin1StringView(p));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.object().value(QStringLiteral("totalFound")).toInt() > 0, p);
        }
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).object().value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("SourcedeskSandbox"));
    }

    void usersPageAndMe()
    {
        int pages = 0;
        const QStringList ids = walk(QStringLiteral("/user-api/v201804/users?limit=5"), QStringLiteral("content"), &pages);
        QCOMPARE(ids.size(), 12);
        QCOMPARE(pages, 3);
        QCOMPARE(m_client->get(QStringLiteral("/user-api/v201804/users?q=ad")).status, 400); // q needs 3 characters
        QCOMPARE(m_client->get(QStringLiteral("/user-api/v201804/users/me")).object().value(QStringLiteral("role")).toString(),
                 QStringLiteral("ADMINISTRATOR"));
    }

    void hiringTeamAndJobStatus()
    {
        const QString jobId = state(QStringLiteral("jobs")).keys().first();
        const auto team = m_client->get(QStringLiteral("/jobs/%1/hiring-team").arg(jobId));
        QCOMPARE(team.object().value(QStringLiteral("totalFound")).toInt(), 2);
        const auto put = m_client->sendJson("PUT", QStringLiteral("/jobs/%1/status").arg(jobId), QJsonObject{{QStringLiteral("status"), QStringLiteral("ON_HOLD")}});
        QCOMPARE(put.status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/jobs/") + jobId).object().value(QStringLiteral("status")).toString(), QStringLiteral("ON_HOLD"));
        QCOMPARE(m_client->get(QStringLiteral("/jobs/%1/status/history").arg(jobId)).object().value(QStringLiteral("totalFound")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "TestSandboxData.moc"
