// Typed decoding of SmartRecruiters answers: good answers give the fields, bad ones an error that
// names the JSON path, never a crash.
#include "ApiRequest.h"
#include "Applications.h"
#include "Candidates.h"
#include "Jobs.h"
#include "Messages.h"
#include "Users.h"

#include <QTest>

using namespace sd::sr;

namespace {

ApiResult answer(const QByteArray &body)
{
    ApiResult r;
    r.status = 200;
    r.body = body;
    r.json = QJsonDocument::fromJson(body);
    return r;
}

} // namespace

class TestSrDecoding : public QObject
{
    Q_OBJECT
private slots:
    void jobPage()
    {
        const auto r = decodeResult<JobPage>(answer(R"({"limit":2,"offset":0,"totalFound":7,"nextPageId":"abc==",
            "content":[{"id":"j1","title":"Nurse","status":"SOURCING","department":{"label":"Care"},
                        "location":{"city":"Berlin","countryCode":"de"}},{"id":"j2"}]})"),
                                             QStringLiteral("GET /jobs"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.items.size(), 2);
        QCOMPARE(r.value.items[0].title, QStringLiteral("Nurse"));
        QCOMPARE(r.value.items[0].department, QStringLiteral("Care"));
        QCOMPARE(r.value.items[0].city, QStringLiteral("Berlin"));
        QCOMPARE(r.value.totalFound, 7);
        QCOMPARE(r.value.nextPageId, QStringLiteral("abc=="));
    }

    void badTypeNamesThePath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("id number") << QByteArray(R"({"content":[{"id":"a"},{"id":5}]})") << QStringLiteral("content[1].id");
        QTest::newRow("missing id") << QByteArray(R"({"content":[{"title":"x"}]})") << QStringLiteral("content[0].id");
        QTest::newRow("content missing") << QByteArray(R"({"totalFound":1})") << QStringLiteral("content");
        QTest::newRow("item not object") << QByteArray(R"({"content":[1]})") << QStringLiteral("content[0]");
        QTest::newRow("nested") << QByteArray(R"({"content":[{"id":"a","location":{"city":7}}]})")
                                << QStringLiteral("content[0].location.city");
        QTest::newRow("fraction total") << QByteArray(R"({"content":[],"totalFound":1.5})") << QStringLiteral("totalFound");
    }
    void badTypeNamesThePath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const auto r = decodeResult<JobPage>(answer(body), QStringLiteral("GET /jobs"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY2(r.error.detail.contains(path + u':'), qPrintable(r.error.detail));
        QVERIFY2(r.error.message.contains(QLatin1String("GET /jobs")), qPrintable(r.error.message));
    }

    void candidateWithAssignments()
    {
        const auto r = decodeResult<Candidate>(answer(R"({"id":"c1","firstName":"Ada","lastName":"L","tags":["a","b"],
            "primaryAssignment":{"job":{"id":"j1","title":"T"},"status":"NEW"},
            "secondaryAssignments":[{"job":{"id":"j2"}}]})"),
                                               QStringLiteral("GET /candidates/c1"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.value.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(r.value.primaryAssignment);
        QCOMPARE(r.value.primaryAssignment->jobId, QStringLiteral("j1"));
        QCOMPARE(r.value.primaryAssignment->status, QStringLiteral("NEW"));
        QCOMPARE(r.value.secondaryAssignments.value(0).jobId, QStringLiteral("j2"));

        const auto bad = decodeResult<Candidate>(answer(R"({"id":"c1","tags":["a",3]})"), QStringLiteral("GET"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.detail.contains(QLatin1String("tags[1]: expected a string, got a number")),
                 qPrintable(bad.error.detail));
    }

    void bareArrays()
    {
        const auto ok = decodeResult<ArrayOf<Message>>(answer(R"([{"content":"hi","visibility":"PUBLIC"}])"), QStringLiteral("GET"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value.items.value(0).content, QStringLiteral("hi"));
        const auto bad = decodeResult<ArrayOf<Message>>(answer(R"({"content":[]})"), QStringLiteral("GET /messages"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.detail.contains(QLatin1String("(root): expected an array")), qPrintable(bad.error.detail));
    }

    void userAndEmptyBodies()
    {
        const auto u = decodeResult<User>(answer(R"({"id":"u1","firstName":"A","lastName":"B","role":"ADMINISTRATOR",
            "systemRole":{"id":"ADMINISTRATOR"}})"),
                                          QStringLiteral("GET"));
        QVERIFY(u.ok());
        QCOMPARE(u.value.systemRoleId, QStringLiteral("ADMINISTRATOR"));
        // Properties with nothing set: {}
        const auto p = decodeResult<PropertyValues>(answer("{}"), QStringLiteral("GET"));
        QVERIFY(p.ok());
        QVERIFY(p.value.values.isEmpty());
        // An object where an object of a different shape is expected: no crash, a path.
        const auto t = decodeResult<Tags>(answer(R"({"tags":"a"})"), QStringLiteral("GET"));
        QVERIFY(!t.ok());
        QVERIFY(t.error.detail.contains(QLatin1String("tags: expected an array, got a string")));
    }

    void syntaxErrorHasOffset()
    {
        const JsonReader r = JsonReader::parse("{\"id\": \"x\",, }");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("not valid JSON at byte")), qPrintable(r.error()));
    }

    void requestBodies()
    {
        CandidateInput in;
        in.firstName = QStringLiteral("Ada");
        in.lastName = QStringLiteral("Lovelace");
        in.email = QStringLiteral("ada@example.org");
        in.tags = {QStringLiteral("sourcedesk")};
        in.source = SourceDetails{QStringLiteral("REFERRALS"), QString(), QStringLiteral("5ab3cc08e4b048f3bdecb880")};
        const QJsonObject o = in.toJson();
        QCOMPARE(o.value(QStringLiteral("email")).toString(), in.email);
        QVERIFY(!o.contains(QStringLiteral("phoneNumber")));
        QVERIFY(!o.value(QStringLiteral("sourceDetails")).toObject().contains(QStringLiteral("sourceSubTypeId")));

        CandidatePatch patch;
        patch.phoneNumber = QStringLiteral("+49 30 1234");
        QCOMPARE(patch.toJson().keys(), QStringList{QStringLiteral("phoneNumber")});

        StatusChange s{QStringLiteral("REJECTED"), QString(), QDateTime(), QStringLiteral("r1")};
        QCOMPARE(s.toJson().value(QStringLiteral("reason")).toString(), QStringLiteral("r1"));
        QVERIFY(!s.toJson().contains(QStringLiteral("subStatus")));

        MessageInput m;
        m.content = MessageInput::candidateTag(QStringLiteral("c1")) + QStringLiteral(" called");
        m.openNote = true;
        QCOMPARE(m.toJson().value(QStringLiteral("shareWith")).toObject().value(QStringLiteral("openNote")).toBool(), true);
        QCOMPARE(formatApiDate(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)),
                 QStringLiteral("2024-01-02T03:04:05.006Z"));
    }
};

QTEST_GUILESS_MAIN(TestSrDecoding)
#include "tst_sr_decoding.moc"
