// OAuth consent, token grants, API keys, expiry and scopes.
#include "Sandbox.h"
#include "SandboxTestClient.h"

#include <QTest>
#include <QUrlQuery>

using sr::sandbox::Sandbox;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    Sandbox *m_sandbox = nullptr;
    SandboxTestClient *m_client = nullptr;

    QList<QPair<QString, QString>> clientAuth() const
    {
        return {{QStringLiteral("client_id"), m_sandbox->clientId()},
                {QStringLiteral("client_secret"), m_sandbox->clientSecret()}};
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.rateLimits = false;
        m_sandbox = new Sandbox(options, this);
        QVERIFY(m_sandbox->start());
        m_client = new SandboxTestClient(*m_sandbox);
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void allowRedirectsWithCodeAndState()
    {
        const QUrl redirect = m_client->authorize(QStringLiteral("candidates_read jobs_read"), QStringLiteral("xyz 1&2"), true);
        QVERIFY(redirect.isValid());
        QCOMPARE(redirect.toString(QUrl::RemoveQuery), m_sandbox->redirectUris().first());
        const QUrlQuery q(redirect);
        QVERIFY(!q.queryItemValue(QStringLiteral("code")).isEmpty());
        QCOMPARE(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("xyz 1&2"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("error")));
    }

    void denyRedirectsWithError()
    {
        const QUrl redirect = m_client->authorize(QStringLiteral("candidates_read"), QStringLiteral("st"), false);
        const QUrlQuery q(redirect);
        // UNCONFIRMED in the notes; the sandbox follows RFC 6749 §4.1.2.1.
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
    }

    void wrongRedirectUriShowsErrorWithoutRedirect()
    {
        m_client->useNoCredential();
        const QString base = QStringLiteral("/identity/oauth/allow?client_id=%1&redirect_uri=%2&state=s")
                                 .arg(m_sandbox->clientId());
        // A trailing slash is enough to fail the exact match.
        for (const QString &uri : {QStringLiteral("http://localhost:8765/callback/"), QStringLiteral("https://evil.example/cb")}) {
            const auto r = m_client->get(base.arg(QString::fromLatin1(QUrl::toPercentEncoding(uri))));
            QCOMPARE(r.status, 400);
            QVERIFY(r.header("Location").isEmpty());
            QVERIFY(r.body.contains("redirect_uri"));
        }
        const auto unknownClient = m_client->get(QStringLiteral("/identity/oauth/allow?client_id=nope&redirect_uri=x"));
        QCOMPARE(unknownClient.status, 400);
    }

    void unknownScopeRedirectsWithInvalidScope()
    {
        m_client->useNoCredential();
        const auto r = m_client->get(QStringLiteral("/identity/oauth/allow?client_id=%1&redirect_uri=%2&scope=candidates_read%20root&state=q")
                                         .arg(m_sandbox->clientId(), QString::fromLatin1(QUrl::toPercentEncoding(m_sandbox->redirectUris().first()))));
        QCOMPARE(r.status, 302);
        QCOMPARE(QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    }

    void wrongPasswordStaysOnSignIn()
    {
        m_client->useNoCredential();
        const QByteArray form = "step=signin&client_id=" + m_sandbox->clientId().toLatin1() + "&redirect_uri="
            + QUrl::toPercentEncoding(m_sandbox->redirectUris().first()) + "&email=administrator%40sandbox.example&password=wrong";
        const auto r = m_client->send("POST", QStringLiteral("/identity/oauth/allow"), form, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.contains("id=\"signin\""));
        QVERIFY(!r.body.contains("ticket"));
    }

    void codeWorksOnceAndReuseRevokesTokens()
    {
        const QUrl redirect = m_client->authorize(QStringLiteral("candidates_read"), QStringLiteral("s"), true);
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        auto form = clientAuth();
        form += {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}};
        const auto first = m_client->token(form);
        QCOMPARE(first.status, 200);
        const QJsonObject tokens = first.object();
        QVERIFY(!tokens.value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 1800);

        const auto second = m_client->token(form);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        // Stricter choice: reusing a code revokes the tokens it produced.
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/candidates?limit=1")).status, 401);
    }

    void refreshRotatesAndReuseFails()
    {
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("candidates_read"));
        const QString refresh1 = tokens.value(QStringLiteral("refresh_token")).toString();
        auto form = clientAuth();
        form += {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refresh1}};
        const auto r1 = m_client->token(form);
        QCOMPARE(r1.status, 200);
        const QString refresh2 = r1.object().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh2.isEmpty());
        QVERIFY(refresh2 != refresh1);

        const auto reuse = m_client->token(form);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        // Stricter choice (RFC 6819 §5.2.2.3): reuse revokes the whole grant, new refresh token included.
        auto form2 = clientAuth();
        form2 += {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refresh2}};
        QCOMPARE(m_client->token(form2).status, 400);
    }

    void wrongClientSecretIsInvalidClient()
    {
        const auto r = m_client->token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                        {QStringLiteral("client_id"), m_sandbox->clientId()},
                                        {QStringLiteral("client_secret"), QStringLiteral("nope")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    }

    void tokenEndpointWantsFormEncoding()
    {
        m_client->useNoCredential();
        const auto r = m_client->send("POST", QStringLiteral("/identity/oauth/token"),
                                      R"({"grant_type":"client_credentials"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    }

    void clientCredentialsTokenWorks()
    {
        auto form = clientAuth();
        form += {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        const auto r = m_client->token(form);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(QStringLiteral("refresh_token")));
        m_client->useBearer(r.object().value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
    }

    void accessTokenExpiresAfterThirtyMinutes()
    {
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("jobs_read"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
        m_sandbox->advanceClock(29 * 60 * 1000);
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
        m_sandbox->advanceClock(61 * 1000);
        const auto expired = m_client->get(QStringLiteral("/jobs?limit=1"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.firstErrorCode(), QStringLiteral("TOKEN_EXPIRED"));
        QVERIFY(!expired.header("WWW-Authenticate").isEmpty());
    }

    void expireAllTokensControl()
    {
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("jobs_read"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 200);
        m_client->useNoCredential();
        QCOMPARE(m_client->send("POST", QStringLiteral("/__sandbox/tokens/expire")).status, 204);
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/jobs?limit=1")).status, 401);
    }

    void missingScopeIsForbidden()
    {
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("candidates_read"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/candidates?limit=1")).status, 200);
        const auto r = m_client->get(QStringLiteral("/jobs?limit=1"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("jobs_read")));
        const auto write = m_client->sendJson("POST", QStringLiteral("/candidates"), QJsonObject{});
        QCOMPARE(write.status, 403);
    }

    void limitedClientCannotAskForMore()
    {
        // The limited client has candidates_read and jobs_read only; its tokens
        // never carry more, whatever the consent page asked.
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("candidates_read"), m_sandbox->limitedClientId());
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/configuration/company")).status, 403);
    }

    void missingOrBadCredentialsAre401()
    {
        m_client->useNoCredential();
        auto r = m_client->get(QStringLiteral("/jobs"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("UNAUTHORIZED"));
        m_client->useBearer(QStringLiteral("made-up"));
        r = m_client->get(QStringLiteral("/jobs"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.firstErrorCode(), QStringLiteral("INVALID_TOKEN"));
        r = m_client->send("GET", QStringLiteral("/jobs"), {}, {}, 5000, {{"X-SmartToken", "DCRA1-000"}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    }

    void apiKeyHeaderIsCaseInsensitive()
    {
        m_client->useNoCredential();
        const auto r = m_client->send("GET", QStringLiteral("/jobs?limit=1"), {}, {}, 5000,
                                      {{"x-smarttoken", m_sandbox->apiKey().toLatin1()}});
        QCOMPARE(r.status, 200);
        QVERIFY(m_sandbox->apiKey().startsWith(QStringLiteral("DCRA1-")));
        QCOMPARE(m_sandbox->apiKey().size(), 6 + 32);
    }

    void meReturnsTheSignedInUser()
    {
        const QJsonObject tokens = m_client->signInWithScopes(QStringLiteral("user_me_read"));
        m_client->useBearer(tokens.value(QStringLiteral("access_token")).toString());
        const auto r = m_client->get(QStringLiteral("/user-api/v201804/users/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("email")).toString(), m_sandbox->adminUser().email);
        QVERIFY(!r.object().contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "TestSandboxAuth.moc"
