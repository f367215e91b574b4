#pragma once
// The SmartRecruiters sign-in window: the consent page in an embedded browser with a private,
// off-the-record profile. The redirect back to Sourcedesk is caught before it loads and handed to
// the OAuthSession; denial, a closed window, a timeout, a network or certificate error each end the
// attempt with a message that says what happened.
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QLabel;
class QPushButton;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;
class QWebEnginePage;

namespace sd::connection {
class OAuthSession;
}

namespace sd::ui {

class RedirectCatchingPage;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(sd::connection::OAuthSession *session, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // How long the recruiter may take to sign in (10 minutes by default).
    void setTimeout(std::chrono::milliseconds timeout);
    // Loads the consent page. Ends at once with a message when the connection settings are unusable.
    void start();

    bool succeeded() const { return m_succeeded; }
    // What ended the last attempt, for the caller (empty after success).
    QString message() const { return m_message; }
    QWebEngineView *view() const { return m_view; }
    QWebEnginePage *page() const;

public slots:
    void reject() override;

signals:
    // Once per attempt: signed in, or why not.
    void loginFinished(bool ok, const QString &message);
    // The browser engine could not run (its process died before the consent page loaded): the caller
    // should offer the system browser instead.
    void embeddedBrowserFailed();

private:
    void onRedirectCaught(const QUrl &url);
    void onLoadFinished(bool ok);
    void fail(const QString &message);
    void finish(bool ok, const QString &message);

    QPointer<sd::connection::OAuthSession> m_session;
    QWebEngineProfile *m_profile = nullptr;
    RedirectCatchingPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer m_timeout;
    QString m_message;
    QString m_lastLoadError;
    bool m_active = false;     // an attempt is running and has not ended
    bool m_succeeded = false;
    bool m_pageLoaded = false; // the consent page loaded at least once in this attempt
};

} // namespace sd::ui
