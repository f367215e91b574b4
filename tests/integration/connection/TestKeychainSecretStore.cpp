// KeychainSecretStore against a real Secret Service. Run under scripts/with-test-session.sh, which
// starts a private D-Bus session and an unlocked gnome-keyring; never touches the user's keyring.
#include "KeychainSecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using sd::connection::KeychainSecretStore;
using sd::connection::SecretStore;

namespace {

template<typename Start> SecretStore::Result await(Start start)
{
    QObject context;
    SecretStore::Result result;
    bool done = false;
    start(&context, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemove();
    void keysDoNotCollide();
    void unreachableKeychainIsReportedClearly();
    void childRefusesWithoutKeychain();

private:
    QString m_service = QStringLiteral("Sourcedesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run the tests under scripts/with-test-session.sh, which starts a private "
              "Secret Service (CI always does).");
}

void TestKeychainSecretStore::writeReadRemove()
{
    KeychainSecretStore store(m_service, nullptr);
    const QString key = QStringLiteral("smartrecruiters/127.0.0.1:1/test-client/refresh_token");
    const QString secret = QStringLiteral("rt-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'é';

    const auto written = await([&](QObject *c, auto done) { store.write(key, secret, c, done); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    const auto read = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, secret);

    const QString rotated = secret + QStringLiteral("-2");
    QVERIFY(await([&](QObject *c, auto done) { store.write(key, rotated, c, done); }).ok());
    QCOMPARE(await([&](QObject *c, auto done) { store.read(key, c, done); }).value, rotated);

    const auto removed = await([&](QObject *c, auto done) { store.remove(key, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const auto gone = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(gone.status, SecretStore::Status::NotFound);
    QVERIFY(gone.value.isEmpty());
}

void TestKeychainSecretStore::keysDoNotCollide()
{
    KeychainSecretStore store(m_service, nullptr);
    const QString a = QStringLiteral("smartrecruiters/api.smartrecruiters.com/client/refresh_token");
    const QString b = QStringLiteral("smartrecruiters/127.0.0.1:8088/client/refresh_token");
    QVERIFY(await([&](QObject *c, auto done) { store.write(a, QStringLiteral("production"), c, done); }).ok());
    QVERIFY(await([&](QObject *c, auto done) { store.write(b, QStringLiteral("sandbox"), c, done); }).ok());
    QCOMPARE(await([&](QObject *c, auto done) { store.read(a, c, done); }).value, QStringLiteral("production"));
    QCOMPARE(await([&](QObject *c, auto done) { store.read(b, c, done); }).value, QStringLiteral("sandbox"));
    QVERIFY(await([&](QObject *c, auto done) { store.remove(a, c, done); }).ok());
    QVERIFY(await([&](QObject *c, auto done) { store.remove(b, c, done); }).ok());
}

void TestKeychainSecretStore::unreachableKeychainIsReportedClearly()
{
    // QtDBus keeps the first session connection of a process, so the missing keychain is played in a
    // child process whose session bus address leads nowhere.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sourcedesk-test-bus"));
    env.insert(QStringLiteral("SOURCEDESK_KEYCHAIN_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childRefusesWithoutKeychain")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychainSecretStore::childRefusesWithoutKeychain"), output.constData());
}

void TestKeychainSecretStore::childRefusesWithoutKeychain()
{
    if (qEnvironmentVariableIsEmpty("SOURCEDESK_KEYCHAIN_CHILD"))
        QSKIP("Runs only as the child process of unreachableKeychainIsReportedClearly.");
    KeychainSecretStore store(m_service, nullptr);
    const QString key = QStringLiteral("smartrecruiters/127.0.0.1:1/test-client/refresh_token");
    const QString secret = QStringLiteral("never-written-anywhere");
    const auto written = await([&](QObject *c, auto done) { store.write(key, secret, c, done); });
    qInfo("write without keychain: %s", qPrintable(written.message));
    QCOMPARE(written.status, SecretStore::Status::Unavailable);
    QVERIFY(written.message.contains(QLatin1String("keychain")));
    QVERIFY(written.message.contains(QLatin1String("plain text")));
    QVERIFY(!written.message.contains(secret));
    // Nothing went to a plain-text fallback: reading does not find it either.
    const auto read = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QVERIFY(read.status != SecretStore::Status::Ok);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
