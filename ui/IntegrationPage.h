#pragma once
// Settings → Integration: SmartRecruiters. Where to connect (production, the local demo sandbox or
// another host), how (OAuth sign-in or an API key), who is connected at which company, what the
// connection may do ("Test integration"), and Disconnect. What the company policy locks (hosts,
// client id) or forbids (a sign-in method) is read-only or disabled, with who locked it.
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

namespace sd::integration {
class ConnectionManager;
struct ScopeReport;
} // namespace sd::integration

namespace sd::ui {

class BrowserLogin;

class IntegrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationPage(integration::ConnectionManager *manager, QWidget *parent = nullptr);

    // The local sandbox offered as "Local sandbox (demo data)" (README run command starts one);
    // empty hides the choice.
    void setSandboxUrl(const QUrl &url);

private:
    enum Server
    {
        Production,
        Sandbox,
        Other
    };

    QWidget *buildConnectionBox();
    QWidget *buildStatusBox();
    void loadSettings();
    bool applySettings();
    void serverChanged();
    void connectClicked();
    void disconnectClicked();
    void updateState();
    void showReport(const integration::ScopeReport &report);
    void fillSandboxCredentials();
    void insertTestCandidate();
    // Locks the hosts, client id and sign-in methods the company policy locks or forbids, and says who.
    void applyPolicy();

    integration::ConnectionManager *m_manager;
    QPointer<BrowserLogin> m_login;
    QUrl m_sandboxUrl;

    QComboBox *m_server;
    QLineEdit *m_apiUrl;
    QLineEdit *m_webUrl;
    QRadioButton *m_oauth;
    QRadioButton *m_apiKeyMethod;
    QStackedWidget *m_methodStack;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_redirectUri;
    QLineEdit *m_apiKey;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QPushButton *m_test;
    QLabel *m_state;
    QLabel *m_problem;
    QLabel *m_policyNote;
    QTreeWidget *m_scopes;
    QComboBox *m_testJob;
    QPushButton *m_insertTest;
    QLabel *m_testResult;
    bool m_jobsRequested = false;
    // This page started the sign-in: another page on the same manager (the first-run setup and
    // Settings) must not open a second login window for it.
    bool m_signingInHere = false;
};

} // namespace sd::ui
