#include "LoginDialog.h"

#include "Named.h"
#include "OAuthSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace sd::ui {

// Why the redirect is caught inside the browser instead of with a loopback listener: we own this
// browser, so we can stop the navigation to the registered redirect address before any request
// leaves it. The authorization code then never travels over a socket, no port has to be free (or
// could be taken over by another program on this computer), no firewall prompt appears, and the
// redirect address may be an https URL that does not need to exist. A loopback listener
// (LoopbackReceiver) is only needed when the sign-in runs in a browser we do not control.
// acceptNavigationRequest() also sees server-side redirects (NavigationTypeRedirect), which is how
// SmartRecruiters sends the browser back after Allow or Deny.
class RedirectCatchingPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    RedirectCatchingPage(QWebEngineProfile *profile, sd::connection::OAuthSession *session, QObject *parent)
        : QWebEnginePage(profile, parent), m_session(session)
    {
    }

    bool hasCaughtRedirect() const { return m_caught; }
    void resetCaught() { m_caught = false; }

signals:
    void redirectCaught(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (m_session && m_session->isRedirect(url)) {
            if (isMainFrame && !m_caught) {
                m_caught = true;
                // Handled from the event loop: the engine is in the middle of a navigation decision.
                QMetaObject::invokeMethod(this, [this, url] { emit redirectCaught(url); }, Qt::QueuedConnection);
            }
            return false;
        }
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }

private:
    QPointer<sd::connection::OAuthSession> m_session;
    bool m_caught = false;
};

LoginDialog::LoginDialog(sd::connection::OAuthSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to SmartRecruiters"));
    resize(720, 760);

    // Constructed without a storage name: off the record, so cookies, cache and the sign-in itself
    // stay in memory and vanish with the window.
    m_profile = new QWebEngineProfile(this);
    m_page = new RedirectCatchingPage(m_profile, session, this);
    m_view = named(new QWebEngineView(this), QStringLiteral("loginBrowser"), tr("SmartRecruiters sign-in page"));
    m_view->setPage(m_page);

    m_status = named(new QLabel(this), QStringLiteral("loginStatus"), tr("Sign-in status"));
    m_status->setWordWrap(true);

    auto *messagePage = new QWidget(this);
    m_messageLabel = named(new QLabel(messagePage), QStringLiteral("loginMessage"), tr("What happened"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = named(new QPushButton(tr("&Try again"), messagePage), QStringLiteral("loginRetryButton"),
                          tr("Try signing in again"));
    m_closeButton = named(new QPushButton(tr("&Close"), messagePage), QStringLiteral("loginCloseButton"),
                          tr("Close the sign-in window"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_closeButton);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addLayout(buttons);
    messageLayout->addStretch();

    m_stack = named(new QStackedWidget(this), QStringLiteral("loginStack"), tr("Sign-in"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::minutes(10));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in took too long and was stopped. Sourcedesk is not connected; choose Try again to "
                "start over."));
    });
    connect(m_retryButton, &QPushButton::clicked, this, &LoginDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &LoginDialog::reject);

    connect(m_page, &RedirectCatchingPage::redirectCaught, this, &LoginDialog::onRedirectCaught);
    connect(m_page, &QWebEnginePage::loadFinished, this, &LoginDialog::onLoadFinished);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus)
            m_lastLoadError = info.errorString();
    });
    // A certificate problem is never waved through: the page is refused and the recruiter told why.
    connect(m_page, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        QWebEngineCertificateError refused = error;
        refused.rejectCertificate();
        fail(tr("The connection to %1 is not secure (%2), so Sourcedesk stopped the sign-in. Check the "
                "SmartRecruiters address in Settings → Integration, or ask your IT team about the network.")
                 .arg(error.url().host(), error.description()));
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus, int) {
                if (!m_active)
                    return;
                if (!m_pageLoaded && isSignalConnected(QMetaMethod::fromSignal(&LoginDialog::embeddedBrowserFailed))) {
                    // The engine cannot run here at all: the caller takes the sign-in over (system browser).
                    m_active = false;
                    m_timeout.stop();
                    if (m_session)
                        m_session->cancelLogin();
                    emit embeddedBrowserFailed();
                    return;
                }
                fail(tr("The built-in browser stopped unexpectedly. Try again, or sign in with your web browser."));
            });
    if (m_session) {
        connect(m_session, &sd::connection::OAuthSession::loginSucceeded, this, [this] {
            if (m_active)
                finish(true, {});
        });
        connect(m_session, &sd::connection::OAuthSession::loginFailed, this,
                [this](sd::connection::OAuthSession::LoginFailure, const QString &message) {
                    if (m_active)
                        fail(message);
                });
    }
}

LoginDialog::~LoginDialog()
{
    if (m_active && m_session)
        m_session->cancelLogin();
    m_active = false;
    // The page must go before its profile, or the engine is left with a page of a deleted profile.
    delete m_view;
    delete m_page;
}

QWebEnginePage *LoginDialog::page() const
{
    return m_page;
}

void LoginDialog::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void LoginDialog::start()
{
    m_active = true;
    m_succeeded = false;
    m_pageLoaded = false;
    m_message.clear();
    m_lastLoadError.clear();
    m_page->resetCaught();
    m_stack->setCurrentIndex(0);
    if (!m_session) {
        fail(tr("Sourcedesk is not set up to connect to SmartRecruiters."));
        return;
    }
    const QUrl consent = m_session->beginLogin();
    if (consent.isEmpty()) {
        fail(m_session->configurationProblem());
        return;
    }
    m_status->setText(tr("Sign in to SmartRecruiters at %1 and allow Sourcedesk to use your account.")
                          .arg(consent.host()));
    m_timeout.start();
    m_view->load(consent);
}

void LoginDialog::onRedirectCaught(const QUrl &url)
{
    if (!m_active || !m_session)
        return;
    m_timeout.stop();
    m_status->setText(tr("Connecting Sourcedesk to SmartRecruiters…"));
    m_session->completeLogin(url);
}

void LoginDialog::onLoadFinished(bool ok)
{
    if (ok) {
        m_pageLoaded = true;
        return;
    }
    // The navigation we stopped ourselves reports as failed too; that is not an error.
    if (!m_active || m_page->hasCaughtRedirect())
        return;
    fail(tr("The SmartRecruiters sign-in page could not be loaded (%1). Check the network connection and "
            "the SmartRecruiters address, then try again.")
             .arg(m_lastLoadError.isEmpty() ? tr("no answer") : m_lastLoadError));
}

void LoginDialog::reject()
{
    if (m_active) {
        if (m_session)
            m_session->cancelLogin();
        finish(false, tr("The sign-in window was closed before the sign-in finished. Sourcedesk is not "
                         "connected to SmartRecruiters."));
    }
    QDialog::reject();
}

void LoginDialog::fail(const QString &message)
{
    if (!m_active)
        return;
    if (m_session)
        m_session->cancelLogin();
    m_view->stop();
    m_status->setText(tr("Not connected."));
    m_messageLabel->setText(message);
    m_stack->setCurrentIndex(1);
    m_closeButton->setFocus();
    finish(false, message);
}

void LoginDialog::finish(bool ok, const QString &message)
{
    m_active = false;
    m_timeout.stop();
    m_succeeded = ok;
    m_message = message;
    emit loginFinished(ok, message);
    if (ok)
        accept();
}

} // namespace sd::ui

#include "LoginDialog.moc"
