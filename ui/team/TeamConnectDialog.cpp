#include "TeamConnectDialog.h"

#include "Named.h"
#include "SecretStore.h"
#include "TeamOpener.h"
#include "Theme.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>
#include <utility>

namespace sd::ui {

TeamConnectDialog::TeamConnectDialog(connection::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_host(named(new QLineEdit(this), QStringLiteral("teamServer"), tr("Server")))
    , m_port(named(new QSpinBox(this), QStringLiteral("teamPort"), tr("Port")))
    , m_database(named(new QLineEdit(this), QStringLiteral("teamDatabase"), tr("Database")))
    , m_user(named(new QLineEdit(this), QStringLiteral("teamUser"), tr("User name")))
    , m_sslMode(named(new QComboBox(this), QStringLiteral("teamSslMode"), tr("Secure connection (TLS)")))
    , m_password(named(new QLineEdit(this), QStringLiteral("teamPassword"), tr("Password")))
    , m_remember(named(new QCheckBox(tr("&Remember in the keychain"), this), QStringLiteral("teamRemember"),
                       tr("Remember the password in the keychain")))
    , m_error(named(new QLabel(this), QStringLiteral("teamConnectError"), tr("Why the connection failed")))
    , m_busy(named(new QProgressBar(this), QStringLiteral("teamConnectBusy"), tr("Connecting")))
{
    named(this, QStringLiteral("teamConnectDialog"), tr("Connect to a team workspace"));
    setWindowTitle(tr("Connect to a team workspace"));

    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("e.g. recruiting"));
    m_user->setPlaceholderText(tr("your login on the server"));
    // libpq's sslmode values, said as what they protect against.
    const std::pair<const char *, QString> modes[] = {
        {"prefer", tr("Encrypt if the server offers it (default)")},
        {"require", tr("Always encrypt, do not check the certificate")},
        {"verify-ca", tr("Always encrypt, check the certificate")},
        {"verify-full", tr("Always encrypt, check the certificate and server name (safest)")},
        {"allow", tr("Encrypt only if the server insists")},
        {"disable", tr("Never encrypt (trusted networks only)")},
    };
    for (const auto &[mode, label] : modes)
        m_sslMode->addItem(label, QString::fromLatin1(mode));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use ~/.pgpass or PGPASSWORD"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keeps the password in this computer's keychain, so Sourcedesk opens the workspace "
                              "without asking. It is never written to a settings file."));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    theme::setTone(m_error, theme::Tone::Problem);
    m_busy->setRange(0, 0); // "working", without a percentage nobody knows
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_connect = named(buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole),
                      QStringLiteral("teamConnectButton"), tr("Connect"));
    m_cancel = named(buttons->addButton(QDialogButtonBox::Cancel), QStringLiteral("teamCancelButton"), tr("Cancel"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &TeamConnectDialog::connectNow);
    connect(m_cancel, &QPushButton::clicked, this, &TeamConnectDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updateConnectButton);

    auto *intro = named(new QLabel(tr("A team workspace lives on your company's PostgreSQL server and is shared by "
                                      "everyone on the team. Your admin gives you these details."),
                                   this),
                        QStringLiteral("teamConnectIntro"), tr("About team workspaces"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    updateConnectButton();
    resize(520, sizeHint().height());
}

TeamConnectDialog::~TeamConnectDialog() = default;

void TeamConnectDialog::setServer(const TeamServer &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    const int mode = m_sslMode->findData(server.sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    m_password->setFocus(Qt::OtherFocusReason);
}

TeamServer TeamConnectDialog::server() const
{
    TeamServer s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    return s;
}

QString TeamConnectDialog::explain(const Error &error)
{
    QString headline;
    switch (error.code) {
    case Error::Code::AuthFailed:
        headline = tr("Wrong user name or password, or this login has no access.");
        break;
    case Error::Code::Unreachable:
        headline = tr("The team server cannot be reached.");
        break;
    case Error::Code::TooOld:
        headline = tr("The team server is too old for Sourcedesk.");
        break;
    case Error::Code::TooNew:
        headline = tr("This team workspace was set up by a newer version of Sourcedesk. Update Sourcedesk to "
                      "use it; nothing was changed.");
        break;
    case Error::Code::NotFound:
        headline = tr("The database does not exist on this server.");
        break;
    case Error::Code::PermissionDenied:
        headline = tr("This login may not use the team workspace. Ask your admin to add you to the team.");
        break;
    case Error::Code::Corrupt:
        headline = tr("This database is not a Sourcedesk team workspace. Check the database name.");
        break;
    case Error::Code::Unsupported:
        headline = tr("This installation of Sourcedesk cannot open team workspaces.");
        break;
    default:
        headline = tr("The team workspace cannot be opened.");
        break;
    }
    // The model's message names the user, server or version; it never holds the password.
    return error.message.isEmpty() ? headline : headline + QLatin1Char('\n') + error.message;
}

void TeamConnectDialog::showError(const Error &error)
{
    m_error->setText(explain(error));
    m_error->show();
}

void TeamConnectDialog::updateConnectButton()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty();
    m_connect->setEnabled(complete && !m_connecting);
    m_connect->setToolTip(complete ? QString() : tr("Fill in the server, database and user name first"));
}

void TeamConnectDialog::setBusy(bool busy)
{
    m_connecting = busy;
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_sslMode, m_password,
                                                       m_remember})
        w->setEnabled(!busy);
    m_cancel->setToolTip(busy ? tr("Stop waiting for the server") : QString());
    updateConnectButton();
}

void TeamConnectDialog::connectNow()
{
    if (m_connecting || !m_connect->isEnabled())
        return;
    const TeamServer target = server();
    QString why;
    if (!TeamServer::parse(target.location(), &why)) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    const int attempt = ++m_attempt;
    const QString password = m_password->text();
    team::openAsync(target.location(), password, this, [this, attempt, password](const team::Opened &opened) {
        if (attempt != m_attempt || m_workspace)
            return; // cancelled: the user went back to the form
        setBusy(false);
        if (!opened.ok()) {
            showError(opened.error());
            m_password->selectAll();
            m_password->setFocus(Qt::OtherFocusReason);
            return;
        }
        finishConnect(opened.value(), password);
    });
}

void TeamConnectDialog::finishConnect(const std::shared_ptr<Workspace> &workspace, const QString &password)
{
    m_workspace = workspace;
    m_password->clear();
    if (!m_remember->isChecked() || password.isEmpty() || !m_secrets) {
        accept();
        return;
    }
    setBusy(true);
    // The keychain answers through the event loop; the workspace is open either way.
    m_secrets->write(workspace->teamServer()->keychainKey(), password, this,
                     [this](const connection::SecretStore::Result &result) {
                         setBusy(false);
                         if (!result.ok())
                             qWarning("Could not keep the team password in the keychain: %s",
                                      qUtf8Printable(result.message));
                         accept();
                     });
}

void TeamConnectDialog::reject()
{
    if (m_connecting && m_workspace)
        return; // connected; only the keychain's answer is awaited, and it closes the dialog
    if (m_connecting) {
        // Back to the form; the abandoned attempt ends on its own thread and is ignored.
        ++m_attempt;
        setBusy(false);
        m_error->setText(tr("Stopped waiting for the server."));
        m_error->show();
        return;
    }
    QDialog::reject();
}

} // namespace sd::ui
