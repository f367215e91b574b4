#pragma once
// "Connect to a team workspace": server, port, database, user, TLS mode and password. Connect
// opens the workspace off the UI thread (busy, with Cancel) and explains a failure in words a
// recruiter can act on; the password goes only to the keychain ("Remember in the keychain"), never
// to a settings file, a log line or an error text.
#include "TeamServer.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sd {
struct Error;
class Workspace;
} // namespace sd

namespace sd::connection {
class SecretStore;
}

namespace sd::ui {

class TeamConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `secrets` (not owned) receives the password when "Remember in the keychain" is ticked.
    explicit TeamConnectDialog(connection::SecretStore *secrets, QWidget *parent = nullptr);
    ~TeamConnectDialog() override;

    // Prefills the fields (the launcher asking again for a known workspace's password).
    void setServer(const TeamServer &server);
    // Shows why the last attempt failed (the launcher's own attempt, before the dialog opened).
    void showError(const Error &error);
    TeamServer server() const;
    // The workspace Connect opened (after accepted()).
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }

    // A failure in words a recruiter can act on: what happened, then the server's details.
    static QString explain(const Error &error);

public slots:
    void connectNow();
    void reject() override;

private:
    void setBusy(bool busy);
    void finishConnect(const std::shared_ptr<Workspace> &workspace, const QString &password);
    void updateConnectButton();

    connection::SecretStore *m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    // Bumped by Cancel while connecting: the abandoned attempt's answer is then ignored.
    int m_attempt = 0;
    bool m_connecting = false;
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace sd::ui
