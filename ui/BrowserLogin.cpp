#include "BrowserLogin.h"

#include "LoginDialog.h"
#include "LoopbackReceiver.h"
#include "Named.h"
#include "OAuthSession.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

namespace {
constexpr auto kSystemBrowserTimeout = std::chrono::minutes(10);
}

BrowserLogin::BrowserLogin(sd::connection::OAuthSession *session, QWidget *window, QObject *parent)
    : QObject(parent ? parent : window), m_session(session), m_window(window)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kSystemBrowserTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_running && m_mode == Mode::SystemBrowser)
            end(false, tr("The sign-in took too long and was stopped. Sourcedesk is not connected; try again."));
    });
    if (m_session) {
        connect(m_session, &sd::connection::OAuthSession::loginSucceeded, this, [this] {
            if (m_mode == Mode::SystemBrowser && m_running)
                end(true, {});
        });
        connect(m_session, &sd::connection::OAuthSession::loginFailed, this,
                [this](sd::connection::OAuthSession::LoginFailure, const QString &message) {
                    if (m_mode == Mode::SystemBrowser && m_running)
                        end(false, message);
                });
    }
}

BrowserLogin::~BrowserLogin()
{
    delete m_waitDialog;
    delete m_dialog;
}

bool BrowserLogin::embeddedBrowserAvailable()
{
    if (qEnvironmentVariable("SOURCEDESK_LOGIN_BROWSER") == QLatin1String("system"))
        return false;
    // Without its helper process the engine cannot show a page; packaging mistakes show up here.
    const QString explicitPath = qEnvironmentVariable("QTWEBENGINEPROCESS_PATH");
    if (!explicitPath.isEmpty())
        return QFileInfo::exists(explicitPath);
#if defined(Q_OS_MACOS)
    return true; // inside the framework bundle
#else
    const QDir dir(QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath));
    return dir.exists(QStringLiteral("QtWebEngineProcess")) || dir.exists(QStringLiteral("QtWebEngineProcess.exe"))
        || QFileInfo::exists(QCoreApplication::applicationDirPath() + QStringLiteral("/QtWebEngineProcess.exe"));
#endif
}

BrowserLogin::Mode BrowserLogin::preferredMode()
{
    return embeddedBrowserAvailable() ? Mode::EmbeddedBrowser : Mode::SystemBrowser;
}

void BrowserLogin::start(Mode mode)
{
    m_mode = mode;
    m_running = true;
    if (!m_session) {
        end(false, tr("Sourcedesk is not set up to connect to SmartRecruiters."));
        return;
    }
    if (mode == Mode::EmbeddedBrowser)
        startEmbedded();
    else
        startSystemBrowser();
}

void BrowserLogin::startEmbedded()
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_dialog, &LoginDialog::loginFinished, this, [this](bool ok, const QString &message) {
            if (m_mode == Mode::EmbeddedBrowser && m_running)
                end(ok, message);
        });
        connect(m_dialog, &LoginDialog::embeddedBrowserFailed, this, [this] {
            // The engine cannot run here: the same sign-in continues in the recruiter's own browser.
            m_dialog->hide();
            m_mode = Mode::SystemBrowser;
            m_running = true;
            startSystemBrowser();
        });
    }
    m_dialog->open();
    m_dialog->start();
}

void BrowserLogin::startSystemBrowser()
{
    if (!m_receiver) {
        m_receiver = new sd::connection::LoopbackReceiver(this);
        connect(m_receiver, &sd::connection::LoopbackReceiver::redirectReceived, this, [this](const QUrl &url) {
            if (!m_running || !m_session)
                return;
            if (m_waitLabel)
                m_waitLabel->setText(tr("Connecting Sourcedesk to SmartRecruiters…"));
            m_session->completeLogin(url);
        });
    }
    if (!m_receiver->listen(m_session->config().redirectUri)) {
        end(false, m_receiver->errorString());
        return;
    }
    m_consentUrl = m_session->beginLogin();
    if (m_consentUrl.isEmpty()) {
        m_receiver->close();
        end(false, m_session->configurationProblem());
        return;
    }
    if (!m_waitDialog) {
        m_waitDialog = new QDialog(m_window);
        m_waitDialog->setObjectName(QStringLiteral("systemBrowserLoginDialog"));
        m_waitDialog->setWindowTitle(tr("Sign in to SmartRecruiters"));
        m_waitLabel = named(new QLabel(m_waitDialog), QStringLiteral("systemBrowserLoginStatus"), tr("Sign-in status"));
        m_waitLabel->setWordWrap(true);
        auto *reopen = named(new QPushButton(tr("&Open the browser again"), m_waitDialog),
                             QStringLiteral("systemBrowserReopenButton"), tr("Open the sign-in page again"));
        auto *cancel = named(new QPushButton(tr("&Cancel"), m_waitDialog), QStringLiteral("systemBrowserCancelButton"),
                             tr("Cancel the sign-in"));
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(reopen);
        buttons->addWidget(cancel);
        auto *layout = new QVBoxLayout(m_waitDialog);
        layout->addWidget(m_waitLabel);
        layout->addLayout(buttons);
        connect(reopen, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_consentUrl); });
        connect(cancel, &QPushButton::clicked, m_waitDialog, &QDialog::reject);
        connect(m_waitDialog, &QDialog::rejected, this, [this] {
            if (m_running)
                end(false, tr("The sign-in was cancelled. Sourcedesk is not connected to SmartRecruiters."));
        });
    }
    m_waitLabel->setText(tr("Sign in to SmartRecruiters in your web browser and choose Allow. This window "
                            "closes by itself when you are done."));
    m_waitDialog->open();
    m_timeout.start();
    if (!QDesktopServices::openUrl(m_consentUrl)) {
        end(false, tr("Sourcedesk could not open a web browser. Set a default web browser and try again."));
    }
}

void BrowserLogin::end(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_receiver)
        m_receiver->close();
    if (m_session && !ok)
        m_session->cancelLogin();
    m_timeout.stop();
    // After success the waiting window goes away; after a failure it stays and says why.
    if (m_waitDialog && ok)
        m_waitDialog->hide();
    else if (m_waitDialog && m_waitLabel)
        m_waitLabel->setText(message);
    emit finished(ok, message);
}

} // namespace sd::ui
