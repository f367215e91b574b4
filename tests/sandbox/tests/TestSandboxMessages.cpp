// Hireloop messages: the tag parser, visibility rules and GET /messages.
#include "MessageTags.h"
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QTest>

using sr::sandbox::MessageTags;
using sr::sandbox::Sandbox;

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;
    QString m_candidate;
    QString m_user;

    SandboxTestClient::Reply share(const QString &content, const QJsonObject &shareWith = {})
    {
        QJsonObject body{{QStringLiteral("content"), content}};
        if (!shareWith.isEmpty())
            body.insert(QStringLiteral("shareWith"), shareWith);
        return m_client->sendJson("POST", QStringLiteral("/messages/shares"), body);
    }

private Q_SLOTS:
    void parser_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QStringList>("users");
        QTest::newRow("documented") << QStringLiteral("#[CANDIDATE:9847954623] Called, interested. cc @[USER:324132421]")
                                    << QStringList{QStringLiteral("9847954623")} << QStringList{QStringLiteral("324132421")};
        QTest::newRow("uuid and duplicates") << QStringLiteral("#[CANDIDATE:cc285818-963d-497a-a2a8-e2227af0876e] x #[CANDIDATE:cc285818-963d-497a-a2a8-e2227af0876e]")
                                             << QStringList{QStringLiteral("cc285818-963d-497a-a2a8-e2227af0876e")} << QStringList{};
        QTest::newRow("several in order") << QStringLiteral("@[USER:b] #[CANDIDATE:2] @[USER:a] #[CANDIDATE:1]")
                                          << QStringList{QStringLiteral("2"), QStringLiteral("1")} << QStringList{QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("wrong sigil is text") << QStringLiteral("@[CANDIDATE:1] #[USER:2]") << QStringList{} << QStringList{};
        QTest::newRow("malformed") << QStringLiteral("#[CANDIDATE:] #[CANDIDATE 1] #[candidate:1] @[USER:a b] #CANDIDATE:1")
                                   << QStringList{} << QStringList{};
        QTest::newRow("html around") << QStringLiteral("<b>note</b><br/>#[CANDIDATE:abc]<br/>")
                                     << QStringList{QStringLiteral("abc")} << QStringList{};
    }
    void parser()
    {
        QFETCH(QString, content);
        QFETCH(QStringList, candidates);
        QFETCH(QStringList, users);
        const MessageTags::Tags tags = MessageTags::parse(content);
        QCOMPARE(tags.candidateIds, candidates);
        QCOMPARE(tags.userIds, users);
    }

    void init()
    {
        Sandbox::Options options;
        options.rateLimits = false;
        m_sandbox = new Sandbox(options, this);
        QVERIFY(m_sandbox->start());
        m_client = new SandboxTestClient(*m_sandbox);
        m_client->useApiKey();
        m_candidate = m_client->get(QStringLiteral("/candidates?limit=1")).object().value(QStringLiteral("content")).toArray()
                          .at(0).toObject().value(QStringLiteral("id")).toString();
        m_user = m_sandbox->users().at(1).id;
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
        m_client = nullptr;
        m_sandbox = nullptr;
    }

    void openNoteOnCandidate()
    {
        const auto r = share(QStringLiteral("#[CANDIDATE:%1] Called, interested. cc @[USER:%2]").arg(m_candidate, m_user),
                             {{QStringLiteral("openNote"), true}});
        QCOMPARE(r.status, 201);
        QVERIFY(!r.object().value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(r.object().value(QStringLiteral("shareRequired")).toBool(), false);
        const auto list = m_client->get(QStringLiteral("/messages?candidateId=") + m_candidate);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1); // a bare array
        const QJsonObject m = list.array().at(0).toObject();
        QCOMPARE(m.value(QStringLiteral("visibility")).toString(), QStringLiteral("PUBLIC"));
        QVERIFY(m.value(QStringLiteral("content")).toString().contains(QStringLiteral("interested")));
        QVERIFY(!m.value(QStringLiteral("context")).toObject().value(QStringLiteral("applications")).toArray().isEmpty());
    }

    void noteToSelfIsInternal()
    {
        const auto r = share(QStringLiteral("#[CANDIDATE:%1] private").arg(m_candidate));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("shareRequired")).toBool(), true);
        QCOMPARE(m_client->get(QStringLiteral("/messages?candidateId=") + m_candidate).array().at(0).toObject()
                     .value(QStringLiteral("visibility")).toString(), QStringLiteral("INTERNAL"));
    }

    void untaggedMessageIsNotOnTheCandidate()
    {
        QCOMPARE(share(QStringLiteral("no tag here"), {{QStringLiteral("users"), QJsonArray{m_user}}}).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/messages?candidateId=") + m_candidate).array().size(), 0);
    }

    void invalidCombinations()
    {
        const QString tagged = QStringLiteral("#[CANDIDATE:%1] hi").arg(m_candidate);
        QCOMPARE(share(tagged, {{QStringLiteral("openNote"), true}, {QStringLiteral("everyone"), true}}).firstErrorCode(),
                 QStringLiteral("INVALID_VISIBILITY_OPTIONS"));
        QCOMPARE(share(QStringLiteral("no candidate"), {{QStringLiteral("openNote"), true}}).firstErrorCode(),
                 QStringLiteral("INVALID_VISIBILITY_OPTIONS"));
        QCOMPARE(share(QStringLiteral("#[CANDIDATE:00000000-0000-4000-8000-000000000000] x")).firstErrorCode(),
                 QStringLiteral("NO_ACCESS_TO_CANDIDATE"));
        QCOMPARE(share(tagged + QStringLiteral(" @[USER:ffffffffffffffffffffffff]")).firstErrorCode(),
                 QStringLiteral("MENTIONED_USERS_NOT_FOUND"));
        QCOMPARE(share(tagged, {{QStringLiteral("users"), QJsonArray{QStringLiteral("nobody")}}}).firstErrorCode(),
                 QStringLiteral("SHARED_WITH_USERS_NOT_FOUND"));
        QCOMPARE(share(tagged, {{QStringLiteral("hiringTeamOf"), QJsonArray{QStringLiteral("no-job")}}}).firstErrorCode(),
                 QStringLiteral("JOB_NOT_FOUND"));
        QCOMPARE(share(QString()).status, 400);
        QCOMPARE(share(QString(10001, u'x')).status, 400);
        // Nothing of the above was stored.
        QCOMPARE(m_sandbox->stateDump().value(QStringLiteral("messages")).toObject().size(), 0);
    }

    void messagesReadIsForAdministrators()
    {
        const QJsonObject adminTokens = m_client->signInWithScopes(QStringLiteral("messages_read"));
        m_client->useBearer(adminTokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/messages?candidateId=") + m_candidate).status, 200);
        // The same scope held by a STANDARD user is not enough.
        const auto users = m_sandbox->users();
        const auto standard = std::find_if(users.cbegin(), users.cend(), [](const Sandbox::User &u) { return u.role == u"STANDARD"; });
        QVERIFY(standard != users.cend());
        m_client->setSignInUser(*standard);
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("messages_read messages_write"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/messages?candidateId=") + m_candidate).status, 403);
        // ...and a non-administrator cannot share with everyone (stricter choice).
        QCOMPARE(share(QStringLiteral("all hands"), {{QStringLiteral("everyone"), true}}).firstErrorCode(),
                 QStringLiteral("INVALID_VISIBILITY_OPTIONS"));
        m_client->useApiKey();
        QCOMPARE(m_client->get(QStringLiteral("/messages")).firstErrorCode(), QStringLiteral("CANDIDATE_NOT_FOUND"));
        QCOMPARE(m_client->get(QStringLiteral("/messages?candidateId=%1&jobId=nope").arg(m_candidate)).firstErrorCode(),
                 QStringLiteral("JOB_NOT_FOUND"));
    }

    void messagesPage()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(share(QStringLiteral("#[CANDIDATE:%1] note %2").arg(m_candidate).arg(i)).status, 201);
        const auto first = m_client->get(QStringLiteral("/messages?limit=2&candidateId=") + m_candidate);
        QCOMPARE(first.array().size(), 2);
        QVERIFY(first.header("Link").contains("rel=\"next\""));
        const QByteArray link = first.header("Link");
        const auto second = m_client->get(QString::fromLatin1(link.mid(1, link.indexOf('>') - 1)));
        QCOMPARE(second.array().size(), 1);
        QVERIFY(second.header("Link").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "TestSandboxMessages.moc"
