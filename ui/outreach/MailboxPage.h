#pragma once
// Settings → Mailbox: the current recruiter's mailbox (one per recruiter). Provider presets, SMTP
// and IMAP servers, sending limits, and the password or OAuth2 token, which goes to the keychain
// only (never the workspace or QSettings). "Test connection" signs in to both servers on a worker.
#include "SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
template<typename T> class QFutureWatcher;

namespace sd {
class Workspace;
}

namespace sd::mail {
struct MailAccount;
}

namespace sd::ui {

class MailboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit MailboxPage(const Workspace &workspace, QWidget *parent = nullptr);
    ~MailboxPage() override;

    // Where the secret goes (not owned); without one the page says the keychain is missing.
    void setSecretStore(connection::SecretStore *store);
    // The recruiter whose mailbox this is (default: currentActor()). Reloads.
    void setOwner(const QString &owner);
    QString owner() const { return m_owner; }

    void reload();
    // Validates and saves; false (with the errors shown next to the fields) when refused.
    bool save();
    void testConnection();
    void cancelTest();
    bool isTesting() const;

signals:
    void saved(const QString &address);
    void testFinished(bool smtpOk, bool imapOk);

private:
    struct Probe;

    QWidget *buildAccountBox();
    QWidget *buildServersBox();
    QWidget *buildLimitsBox();
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &where);
    void providerChanged();
    void authChanged();
    mail::MailAccount accountFromForm() const;
    void clearErrors();
    void showError(const QString &where, const QString &message);
    void readSecretState();
    void setSecretState(const QString &text);
    void runProbe(const mail::MailAccount &account, const QString &secret);
    void probeFinished();

    const Workspace &m_workspace;
    QPointer<connection::SecretStore> m_store;
    QString m_owner;
    QString m_savedAddress;
    QString m_inboxFolder;

    QComboBox *m_provider;
    QLineEdit *m_address;
    QLineEdit *m_displayName;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLineEdit *m_imapHost;
    QSpinBox *m_imapPort;
    QComboBox *m_imapSecurity;
    QLineEdit *m_sentFolder;
    QCheckBox *m_saveCopy;
    QCheckBox *m_allowInsecure;
    QSpinBox *m_daily;
    QSpinBox *m_hourly;
    QSpinBox *m_spacing;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_smtpResult;
    QLabel *m_imapResult;
    QLabel *m_generalError;
    QHash<QString, QLabel *> m_errors; // by Error::where ("smtp.host", "address", ...)
    std::shared_ptr<Probe> m_probe;
    QFutureWatcher<void> *m_watcher = nullptr;
};

} // namespace sd::ui
