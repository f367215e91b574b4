#pragma once
// Runs a SmartRecruiters sign-in in the embedded browser (LoginDialog) when it can start, and in
// the system browser with a LoopbackReceiver otherwise (no Qt WebEngine process, the engine dying
// before the consent page loaded, or SOURCEDESK_LOGIN_BROWSER=system).
//
//   auto *login = new BrowserLogin(session, window);
//   connect(login, &BrowserLogin::finished, window, [](bool ok, const QString &message) { ... });
//   login->start();
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QDialog;
class QLabel;
class QWidget;

namespace sd::connection {
class LoopbackReceiver;
class OAuthSession;
} // namespace sd::connection

namespace sd::ui {

class LoginDialog;

class BrowserLogin : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        EmbeddedBrowser,
        SystemBrowser,
    };
    Q_ENUM(Mode)

    BrowserLogin(sd::connection::OAuthSession *session, QWidget *window, QObject *parent = nullptr);
    ~BrowserLogin() override;

    static bool embeddedBrowserAvailable();
    static Mode preferredMode();

    void start(Mode mode = preferredMode());
    Mode mode() const { return m_mode; }
    LoginDialog *loginDialog() const { return m_dialog; }
    sd::connection::LoopbackReceiver *receiver() const { return m_receiver; }

signals:
    // Once per start(): signed in, or why not (already shown to the recruiter in the window).
    void finished(bool ok, const QString &message);

private:
    void startEmbedded();
    void startSystemBrowser();
    void end(bool ok, const QString &message);

    QPointer<sd::connection::OAuthSession> m_session;
    QPointer<QWidget> m_window;
    Mode m_mode = Mode::EmbeddedBrowser;
    QPointer<LoginDialog> m_dialog;
    sd::connection::LoopbackReceiver *m_receiver = nullptr;
    QPointer<QDialog> m_waitDialog;
    QLabel *m_waitLabel = nullptr;
    QUrl m_consentUrl;
    QTimer m_timeout;
    bool m_running = false;
};

} // namespace sd::ui
