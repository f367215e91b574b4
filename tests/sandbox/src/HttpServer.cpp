#include "HttpServer.h"

#include <QDateTime>
#include <QLocale>

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>


namespace sr::sandbox {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 424: return "Failed Dependency";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}
} // namespace

// One TCP connection. Requests on a keep-alive connection are answered in
// order: the next one is parsed only after the previous answer was written.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server)
        : QObject(server), m_socket(socket), m_server(server)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
    }

    void write(const HttpResponse &response, bool keepAlive)
    {
        if (response.dropConnection) {
            m_socket->abort();
            deleteLater();
            return;
        }
        QByteArray out;
        out.reserve(256 + response.body.size());
        out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (response.status != 204)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        if (response.status != 204)
            out += response.body;
        m_socket->write(out);
        m_busy = false;
        if (!keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        // A pipelined request may already be buffered.
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, [this] { parse(); });
    }

    bool keepAlive() const { return m_keepAlive; }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        parse();
    }

    void fail(int status, const QByteArray &code)
    {
        HttpResponse r;
        r.status = status;
        r.setHeader("Content-Type", "application/json");
        r.body = R"({"message":"Malformed HTTP request","errors":[{"code":")" + code + R"("}]})";
        m_keepAlive = false;
        write(r, false);
        m_buffer.clear();
        m_broken = true;
    }

    void parse()
    {
        if (m_busy || m_broken)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                fail(413, "HEADERS_TOO_LARGE");
            return;
        }
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400, "MALFORMED_REQUEST_LINE");
            return;
        }
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        qint64 contentLength = 0;
        bool connectionClose = http10;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    fail(400, "INVALID_CONTENT_LENGTH");
                    return;
                }
            } else if (name == "transfer-encoding") {
                // The sandbox only speaks Content-Length bodies, like the brief asks.
                fail(411, "CHUNKED_NOT_SUPPORTED");
                return;
            } else if (name == "connection") {
                const QByteArray v = value.toLower();
                if (v.contains("close"))
                    connectionClose = true;
                else if (v.contains("keep-alive"))
                    connectionClose = false;
            }
        }
        if (contentLength > kMaxBodyBytes) {
            fail(413, "PAYLOAD_TOO_LARGE");
            return;
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (m_buffer.size() < total)
            return;
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_buffer.remove(0, total);

        const qsizetype q = request.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? request.target : request.target.left(q);
        request.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0) {
            // '+' means space in form-style query strings; QUrlQuery keeps it literal.
            QByteArray rawQuery = request.target.mid(q + 1);
            rawQuery.replace('+', "%20");
            request.query.setQuery(QString::fromLatin1(rawQuery));
        }
        request.sequence = ++m_server->m_sequence;
        m_keepAlive = !connectionClose;
        m_busy = true;
        auto *exchange = new HttpExchange(std::move(request), this);
        m_server->dispatch(exchange);
    }

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_broken = false;
    bool m_keepAlive = true;
};

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpExchange::HttpExchange(HttpRequest request, HttpConnection *connection)
    : QObject(connection), m_request(std::move(request)), m_connection(connection)
{
}

HttpExchange::~HttpExchange()
{
    end();
}

void HttpExchange::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_onEnd)
        m_onEnd();
}

void HttpExchange::respond(HttpResponse response)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_finalizer)
        m_finalizer(response);
    auto writeNow = [this, response] {
        if (m_connection)
            m_connection->write(response, m_connection->keepAlive());
        end();
        deleteLater();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, writeNow);
    else
        writeNow();
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new HttpConnection(socket, this);
        }
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(quint16 port)
{
    m_server.setMaxPendingConnections(256);
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::close()
{
    m_server.close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *c : connections)
        delete c;
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

int HttpServer::openConnections() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

void HttpServer::dispatch(HttpExchange *exchange)
{
    if (m_handler)
        m_handler(exchange);
    else
        exchange->respond(HttpResponse{404, {}, {}});
}

} // namespace sr::sandbox
