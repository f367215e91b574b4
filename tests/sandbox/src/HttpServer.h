#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace sr::sandbox {

// One parsed HTTP/1.1 request. Header names are stored lower-cased because
// HTTP header names are case-insensitive (SmartRecruiters documents
// `x-smarttoken`, clients send `X-SmartToken`).
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // raw request target, e.g. "/jobs?limit=10"
    QString path;        // percent-decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    quint64 sequence = 0;

    QByteArray header(const QByteArray &lowerName) const;
    QString queryValue(const QString &key) const;
    QStringList queryValues(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Fault knobs applied by the server when the answer is written.
    int delayMs = 0;
    bool dropConnection = false; // close without writing: the "lost answer" case

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

class HttpConnection;

// A request waiting for its answer. It lives as a child of its connection, so
// timers and network replies that use it as context die with the connection.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(HttpRequest request, HttpConnection *connection);
    ~HttpExchange() override;

    const HttpRequest &request() const { return m_request; }
    // Runs once, just before the response is written (rate-limit headers, logs).
    void setFinalizer(std::function<void(HttpResponse &)> finalizer) { m_finalizer = std::move(finalizer); }
    // Runs once when the exchange ends for any reason (answered, dropped, peer gone).
    void setOnEnd(std::function<void()> onEnd) { m_onEnd = std::move(onEnd); }
    void respond(HttpResponse response);
    bool isAnswered() const { return m_answered; }

private:
    void end();

    HttpRequest m_request;
    QPointer<HttpConnection> m_connection;
    std::function<void(HttpResponse &)> m_finalizer;
    std::function<void()> m_onEnd;
    bool m_answered = false;
    bool m_ended = false;
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpExchange *)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on loopback only: the sandbox holds fake credentials and must
    // never be reachable from the network.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int openConnections() const;

private:
    friend class HttpConnection;
    void dispatch(HttpExchange *exchange);

    QTcpServer m_server;
    Handler m_handler;
    quint64 m_sequence = 0;
};

} // namespace sr::sandbox
