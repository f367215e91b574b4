#include "LoopbackReceiver.h"

#include "Hosts.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sd::connection {

namespace {

Q_LOGGING_CATEGORY(lcLoopback, "sourcedesk.connection.loopback")

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent) {}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(const QUrl &redirectUri)
{
    close();
    m_error.clear();
    if (redirectUri.scheme() != QLatin1String("http") || !sd::sr::Hosts::isLoopback(redirectUri)
        || redirectUri.path().isEmpty()) {
        m_error = tr("The redirect address “%1” is not on this computer (it must look like "
                     "http://localhost:8765/callback), so the web browser cannot hand the sign-in back to "
                     "Sourcedesk.")
                      .arg(redirectUri.toString());
        return false;
    }
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    const quint16 wanted = quint16(std::max(0, redirectUri.port(0)));
    if (!m_server->listen(QHostAddress::LocalHost, wanted)) {
        m_error = tr("Sourcedesk could not wait for the sign-in on port %1 (%2). Close the program using that "
                     "port, or register another redirect address, and try again.")
                      .arg(wanted)
                      .arg(m_server->errorString());
        delete std::exchange(m_server, nullptr);
        return false;
    }
    m_redirect = redirectUri.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_redirect.setPort(m_server->serverPort());
    qCDebug(lcLoopback) << "waiting for the sign-in redirect on port" << m_server->serverPort();
    return true;
}

void LoopbackReceiver::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

void LoopbackReceiver::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a whole request is closed, so it cannot hold the port.
        QTimer::singleShot(m_requestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    const qsizetype headerEnd = it->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (it->size() > kMaxRequestBytes)
            answer(socket, 400, tr("This is not a sign-in answer."));
        return;
    }
    const QByteArray requestLine = it->left(it->indexOf("\r\n"));
    m_buffers.erase(it);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/')) {
        answer(socket, 400, tr("This is not a sign-in answer."));
        return;
    }
    if (parts.at(0) != "GET") {
        answer(socket, 405, tr("This is not a sign-in answer."));
        return;
    }
    QUrl base = m_redirect.adjusted(QUrl::RemovePath);
    const QUrl url = QUrl::fromEncoded(base.toEncoded() + parts.at(1), QUrl::StrictMode);
    if (!url.isValid() || url.path() != m_redirect.path()) {
        answer(socket, 404, tr("Nothing here: Sourcedesk only waits for the SmartRecruiters sign-in."));
        return;
    }
    const QUrlQuery query(url);
    const bool hasCode = !query.queryItemValue(QStringLiteral("code")).isEmpty()
                      && !query.queryItemValue(QStringLiteral("state")).isEmpty();
    const bool hasError = !query.queryItemValue(QStringLiteral("error")).isEmpty();
    if (!hasCode && !hasError) {
        answer(socket, 400, tr("This is not a sign-in answer."));
        return;
    }
    answer(socket, 200,
           hasError ? tr("Sourcedesk received the answer from SmartRecruiters. You can close this tab and return to "
                         "Sourcedesk.")
                    : tr("You are signed in. You can close this tab and return to Sourcedesk."));
    // One valid answer ends the wait: nothing else can be delivered to this sign-in.
    close();
    qCDebug(lcLoopback) << "sign-in redirect received";
    emit redirectReceived(url);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &text)
{
    m_buffers.remove(socket);
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sourcedesk</title></head>"
                            "<body><p>"
                          + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace sd::connection
