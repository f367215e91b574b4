#include "MemorySecretStore.h"

#include "Hosts.h"

#include <QSignalSpy>
#include <QTest>

using sd::connection::MemorySecretStore;
using sd::connection::SecretStore;

namespace {

// Runs one store operation and waits for its answer.
template<typename Start> SecretStore::Result await(Start start)
{
    QObject context;
    SecretStore::Result result;
    bool done = false;
    start(&context, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemove();
    void answersLaterNotDuringTheCall();
    void refusesWhenUnavailable();
    void noAnswerAfterContextIsGone();
    void keysAreScopedByHostAndAccount();
};

void TestMemorySecretStore::writeReadRemove()
{
    MemorySecretStore store;
    const QString key = QStringLiteral("smartrecruiters/api.example/client/refresh_token");
    QCOMPARE(await([&](QObject *c, auto done) { store.read(key, c, done); }).status, SecretStore::Status::NotFound);
    QVERIFY(await([&](QObject *c, auto done) { store.write(key, QStringLiteral("s3cr3t"), c, done); }).ok());
    const auto read = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value, QStringLiteral("s3cr3t"));
    QVERIFY(await([&](QObject *c, auto done) { store.remove(key, c, done); }).ok());
    QCOMPARE(await([&](QObject *c, auto done) { store.remove(key, c, done); }).status, SecretStore::Status::NotFound);
    QVERIFY(store.isEmpty());
}

void TestMemorySecretStore::answersLaterNotDuringTheCall()
{
    MemorySecretStore store;
    QObject context;
    bool called = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context, [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::refusesWhenUnavailable()
{
    MemorySecretStore store;
    store.setFailure(SecretStore::Status::Unavailable, QStringLiteral("No keychain is available."));
    const auto r = await([&](QObject *c, auto done) { store.write(QStringLiteral("k"), QStringLiteral("v"), c, done); });
    QCOMPARE(r.status, SecretStore::Status::Unavailable);
    QCOMPARE(r.message, QStringLiteral("No keychain is available."));
    QVERIFY(store.isEmpty());
}

void TestMemorySecretStore::noAnswerAfterContextIsGone()
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.write(QStringLiteral("k"), QStringLiteral("v"), &context, [&](const SecretStore::Result &) { called = true; });
    }
    QTest::qWait(20);
    QVERIFY(!called);
    QVERIFY(store.contains(QStringLiteral("k")));
}

void TestMemorySecretStore::keysAreScopedByHostAndAccount()
{
    using namespace sd::connection;
    const auto production = sd::sr::Hosts::production();
    const auto sandbox = sd::sr::Hosts::single(QUrl(QStringLiteral("http://127.0.0.1:8088")));
    QCOMPARE(SecretKeys::refreshToken(production, QStringLiteral("client-a")),
             QStringLiteral("smartrecruiters/api.smartrecruiters.com/client-a/refresh_token"));
    QCOMPARE(SecretKeys::clientSecret(sandbox, QStringLiteral("client-a")),
             QStringLiteral("smartrecruiters/127.0.0.1:8088/client-a/client_secret"));
    QCOMPARE(SecretKeys::apiKey(production, QStringLiteral("team")),
             QStringLiteral("smartrecruiters/api.smartrecruiters.com/team/api_key"));
    QVERIFY(SecretKeys::refreshToken(production, QStringLiteral("a")) != SecretKeys::refreshToken(sandbox, QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
