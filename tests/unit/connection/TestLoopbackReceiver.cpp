#include "LoopbackReceiver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using sd::connection::LoopbackReceiver;

namespace {

// Sends raw bytes to the receiver and returns everything it answered before closing.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    QByteArray answer;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    while (socket.state() == QAbstractSocket::ConnectedState && closed.isEmpty()) {
        if (!closed.wait(3000))
            break;
    }
    answer += socket.readAll();
    return answer;
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT
private slots:
    void receivesCodeAndState();
    void receivesDenial();
    void rejectsJunkAndKeepsWaiting();
    void refusesAddressesElsewhere();
    void reportsBusyPort();
};

void TestLoopbackReceiver::receivesCodeAndState()
{
    LoopbackReceiver receiver;
    QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1:0/callback"))), qPrintable(receiver.errorString()));
    const quint16 port = quint16(receiver.redirectUri().port());
    QVERIFY(port > 0);
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray answer = exchange(port, "GET /callback?code=abc%2F123&state=xyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("return to Sourcedesk"));
    QVERIFY(!answer.contains("abc"));
    QTRY_COMPARE(received.size(), 1);
    const QUrl url = received.first().at(0).toUrl();
    QCOMPARE(url.path(), QStringLiteral("/callback"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("abc/123"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    // One answer per sign-in: the port is closed afterwards.
    QVERIFY(!receiver.isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(1000));
}

void TestLoopbackReceiver::receivesDenial()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen(QUrl(QStringLiteral("http://localhost:0/oauth/done"))));
    QCOMPARE(receiver.redirectUri().host(), QStringLiteral("localhost"));
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray answer = exchange(quint16(receiver.redirectUri().port()),
                                       "GET /oauth/done?error=access_denied&state=s HTTP/1.1\r\n\r\n");
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(QUrlQuery(received.first().at(0).toUrl()).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
}

void TestLoopbackReceiver::rejectsJunkAndKeepsWaiting()
{
    LoopbackReceiver receiver;
    receiver.setRequestTimeout(500);
    QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1:0/callback"))));
    const quint16 port = quint16(receiver.redirectUri().port());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    QVERIFY(exchange(port, "GET /favicon.ico HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    QVERIFY(exchange(port, "GET /callback HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(port, "GET /callback?code=only HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(port, "POST /callback?code=a&state=b HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405"));
    QVERIFY(exchange(port, "\x16\x03\x01 binary junk\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(port, "GET /callback?code=a&state=b\r\n\r\n").startsWith("HTTP/1.1 400"));
    // Oversized: answered 400, or reset when the rest of the flood arrives after the close.
    const QByteArray flood = exchange(port, QByteArray(20000, 'A'));
    QVERIFY(flood.isEmpty() || flood.startsWith("HTTP/1.1 400"));
    // A connection that never finishes its request is dropped after the timeout.
    QVERIFY(exchange(port, "GET /callback?code=a").isEmpty());
    QVERIFY(received.isEmpty());
    QVERIFY(receiver.isListening());

    QVERIFY(exchange(port, "GET /callback?code=a&state=b HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 200"));
    QTRY_COMPARE(received.size(), 1);
}

void TestLoopbackReceiver::refusesAddressesElsewhere()
{
    LoopbackReceiver receiver;
    QVERIFY(!receiver.listen(QUrl(QStringLiteral("https://sourcedesk.example.org/oauth/callback"))));
    QVERIFY(receiver.errorString().contains(QLatin1String("not on this computer")));
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::reportsBusyPort()
{
    LoopbackReceiver first;
    QVERIFY(first.listen(QUrl(QStringLiteral("http://127.0.0.1:0/callback"))));
    LoopbackReceiver second;
    QVERIFY(!second.listen(first.redirectUri()));
    QVERIFY(second.errorString().contains(QString::number(first.redirectUri().port())));
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "TestLoopbackReceiver.moc"
