#pragma once
// Receives the OAuth redirect on this computer when the sign-in runs in the system browser (no
// embedded browser, or the command line): a tiny HTTP server on 127.0.0.1 that takes one
// GET <path>?code=…&state=… (or ?error=…), answers with a short page and stops listening.
// Anything else (other paths, other methods, junk) is answered with an error and ignored.
#include <QHash>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace sd::connection {

class LoopbackReceiver final : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens where the registered redirect address points: http://localhost:<port>/<path> or
    // http://127.0.0.1:<port>/<path>. Port 0 picks a free port (tests). False with errorString().
    bool listen(const QUrl &redirectUri);
    void close();
    bool isListening() const;
    QString errorString() const { return m_error; }
    // The redirect address with the port actually bound.
    QUrl redirectUri() const { return m_redirect; }

    // How long one connection may take to send its request.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

signals:
    // The full URL the browser was sent to, with its query (code/state or error).
    void redirectReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &text);

    QTcpServer *m_server = nullptr;
    QUrl m_redirect;
    QString m_error;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestTimeoutMs = 10000;
};

} // namespace sd::connection
