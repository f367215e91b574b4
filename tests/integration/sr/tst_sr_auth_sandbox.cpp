// Credential refresh on 401 (exactly once for many waiting requests), reconnect-needed when the
// refresh fails, and a full session with the HTTP log on that shows no secret.
#include "Candidates.h"
#include "HttpLog.h"
#include "Jobs.h"
#include "Messages.h"
#include "SrTestSupport.h"
#include "Users.h"

#include <QMutex>

using namespace sd::sr;
using srtest::await;

namespace {

QStringList &captured()
{
    static QStringList lines;
    return lines;
}
QMutex &capturedMutex()
{
    static QMutex m;
    return m;
}
void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    QMutexLocker lock(&capturedMutex());
    captured().append(QString::fromLatin1(ctx.category ? ctx.category : "default") + QStringLiteral(": ") + msg);
}

} // namespace

class TestSrAuthSandbox : public QObject
{
    Q_OBJECT
private slots:
    void expiredTokenRefreshesOnce()
    {
        sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        const Hosts hosts = Hosts::single(sandbox.baseUrl());
        srtest::ClientCredential credential(hosts.tokenUrl(), sandbox.clientId(), sandbox.clientSecret());
        ApiClient client(&credential, hosts);

        // No token yet: the first call asks for one and then goes through.
        JobQuery q;
        q.limit = 5;
        const auto page = await<JobPage>([&](QObject *c, Done<JobPage> d) { return JobsApi(&client).list(q, c, d); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QCOMPARE(credential.tokenRequests, 1);
        const QString firstToken = credential.token();

        sandbox.expireAllTokens();
        QList<Result<Job>> results;
        QObject ctx;
        for (int i = 0; i < 6; ++i)
            JobsApi(&client).get(page.value.items.at(i % page.value.items.size()).id, &ctx,
                                 [&results](const Result<Job> &r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 15000);
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(credential.refreshCalls, 2);   // the first sign-in and one refresh for six 401s
        QCOMPARE(credential.tokenRequests, 2);
        QCOMPARE(client.refreshCount(), 2);
        QVERIFY(credential.token() != firstToken);
        int unauthorized = 0;
        for (const auto &e : srtest::loggedRequests(sandbox))
            unauthorized += e.status == 401;
        QVERIFY(unauthorized >= 1 && unauthorized <= 6);
    }

    void failedRefreshNeedsReconnect()
    {
        sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        const Hosts hosts = Hosts::single(sandbox.baseUrl());
        srtest::ClientCredential credential(hosts.tokenUrl(), sandbox.clientId(), QStringLiteral("wrong-secret"));
        ApiClient client(&credential, hosts);
        const auto r = await<User>([&](QObject *c, Done<User> d) { return UsersApi(&client).me(c, d); });
        QCOMPARE(r.error.kind, ApiError::Kind::ReconnectNeeded);
        QVERIFY2(r.error.message.contains(QLatin1String("Sign in again")), qPrintable(r.error.message));
        QCOMPARE(credential.tokenRequests, 1);

        // An API key that SmartRecruiters refuses: reconnect needed, no refresh loop.
        ApiKeyCredential bad(sandbox.baseUrl().host(), QStringLiteral("DCRA1-00000000000000000000000000000000"));
        ApiClient keyClient(&bad, hosts);
        const auto k = await<User>([&](QObject *c, Done<User> d) { return UsersApi(&keyClient).me(c, d); });
        QCOMPARE(k.error.kind, ApiError::Kind::ReconnectNeeded);
        QCOMPARE(k.error.httpStatus, 401);
    }

    void httpLogHasNoSecrets()
    {
        sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        const Hosts hosts = Hosts::single(sandbox.baseUrl());
        QLoggingCategory &category = const_cast<QLoggingCategory &>(lcSrHttp());
        QVERIFY(!category.isDebugEnabled()); // off by default
        category.setEnabled(QtDebugMsg, true);
        const QtMessageHandler previous = qInstallMessageHandler(capture);

        srtest::ClientCredential oauth(hosts.tokenUrl(), sandbox.clientId(), sandbox.clientSecret());
        ApiClient oauthClient(&oauth, hosts);
        ApiKeyCredential key(sandbox.baseUrl().host(), sandbox.apiKey());
        ApiClient keyClient(&key, hosts);

        const auto me = await<User>([&](QObject *c, Done<User> d) { return UsersApi(&keyClient).me(c, d); });
        JobQuery q;
        q.limit = 3;
        const auto jobs = await<JobPage>([&](QObject *c, Done<JobPage> d) { return JobsApi(&oauthClient).list(q, c, d); });
        CandidateInput in;
        in.firstName = QStringLiteral("Logged");
        in.lastName = QStringLiteral("Person");
        in.email = QStringLiteral("logged@example.org");
        const auto made = await<Candidate>([&](QObject *c, Done<Candidate> d) { return CandidatesApi(&keyClient).createInPool(in, c, d); });
        MessageInput note;
        note.content = MessageInput::candidateTag(made.value.id) + QStringLiteral(" note");
        note.openNote = true;
        const auto shared = await<MessageDetails>([&](QObject *c, Done<MessageDetails> d) { return MessagesApi(&keyClient).share(note, c, d); });
        sandbox.expireAllTokens();
        const auto again = await<JobPage>([&](QObject *c, Done<JobPage> d) { return JobsApi(&oauthClient).list(q, c, d); });
        // A request with secrets in the query, as a careless caller might send it.
        ApiRequest careless = ApiRequest::get(QStringLiteral("/jobs"));
        careless.query.addQueryItem(QStringLiteral("access_token"), oauth.token());
        careless.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        std::optional<bool> carelessDone;
        ApiCall *call = keyClient.send(careless);
        connect(call, &ApiCall::finished, this, [&carelessDone] { carelessDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(carelessDone.has_value(), 10000);

        qInstallMessageHandler(previous);
        category.setEnabled(QtDebugMsg, false);
        QVERIFY2(me.ok() && jobs.ok() && made.ok() && shared.ok() && again.ok(), "the session itself failed");

        QMutexLocker lock(&capturedMutex());
        const QString all = captured().join(u'\n');
        QVERIFY(all.contains(QLatin1String("--> GET")));
        QVERIFY(all.contains(QLatin1String("<-- 201 POST")));
        QVERIFY(all.contains(QLatin1String("<-- 401 GET")));
        const QStringList secrets = {sandbox.apiKey(), sandbox.apiKey().mid(6), oauth.token(), sandbox.clientSecret()};
        for (const QString &secret : secrets) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("secret found in the HTTP log")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSrAuthSandbox)
#include "tst_sr_auth_sandbox.moc"
