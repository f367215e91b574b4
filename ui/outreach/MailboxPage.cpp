#include "MailboxPage.h"

#include "Actor.h"
#include "HelpTexts.h"
#include "ImapClient.h"
#include "MailAccount.h"
#include "MailboxConfig.h"
#include "MailboxRepository.h"
#include "Named.h"
#include "SecretStore.h"
#include "SmtpClient.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace sd::ui {

// The clients live here, shared with the worker, so a page closed mid-test leaves them alive
// until the worker returns.
struct MailboxPage::Probe
{
    mail::SmtpClient smtp;
    mail::ImapClient imap;
    mail::SendFailure smtpResult;
    mail::ImapFailure imapResult;
    std::atomic_bool cancelled{false};

    void cancel()
    {
        cancelled = true;
        smtp.cancel();
        imap.cancel();
    }
};

namespace {

void fillSecurity(QComboBox *box)
{
    box->addItem(MailboxPage::tr("TLS (SSL)"), mail::toKey(mail::Security::Tls));
    box->addItem(MailboxPage::tr("STARTTLS"), mail::toKey(mail::Security::StartTls));
    box->addItem(MailboxPage::tr("None (unencrypted)"), mail::toKey(mail::Security::None));
}

mail::Security securityOf(const QComboBox *box)
{
    mail::Security s = mail::Security::Tls;
    mail::fromKey(box->currentData().toString(), &s);
    return s;
}

void selectData(QComboBox *box, const QString &key)
{
    const int i = box->findData(key);
    if (i >= 0)
        box->setCurrentIndex(i);
}

// What the recruiter can do about a failed check, per kind; the server's own words follow.
QString describe(const mail::SendFailure &f, const QString &protocol, const QString &host)
{
    using K = mail::SendFailure::Kind;
    QString text;
    switch (f.kind) {
    case K::None:
        return MailboxPage::tr("%1: connected and signed in to %2.").arg(protocol, host);
    case K::Config:
        text = MailboxPage::tr("%1: the settings are not usable. Check the server fields.").arg(protocol);
        break;
    case K::Connect:
        text = MailboxPage::tr("%1: could not reach %2. Check the server name and port, and that this computer "
                               "is online.")
                   .arg(protocol, host);
        break;
    case K::Tls:
        text = MailboxPage::tr("%1: the secure connection to %2 failed. Check the security setting (TLS or "
                               "STARTTLS) and the port your provider gives.")
                   .arg(protocol, host);
        break;
    case K::Auth:
        text = MailboxPage::tr("%1: %2 refused the sign-in. Check the user name and the password or token; "
                               "Gmail and Microsoft 365 may need an app password.")
                   .arg(protocol, host);
        break;
    case K::Cancelled:
        return MailboxPage::tr("%1: test cancelled.").arg(protocol);
    case K::Rejected:
    case K::Temporary:
    case K::Uncertain:
        text = MailboxPage::tr("%1: %2 answered with an error. Try again later or ask your email administrator.")
                   .arg(protocol, host);
        break;
    }
    if (!f.message.isEmpty())
        text += u' ' + MailboxPage::tr("(%1)").arg(f.message);
    return text;
}

} // namespace

MailboxPage::MailboxPage(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_owner(currentActor())
    , m_inboxFolder(QStringLiteral("INBOX"))
{
    named(this, QStringLiteral("mailboxPage"), tr("Mailbox"));
    m_generalError = named(new QLabel(this), QStringLiteral("mailboxError"), tr("Mailbox problem"));
    m_generalError->setWordWrap(true);
    theme::setTone(m_generalError, theme::Tone::Problem);
    m_generalError->hide();

    auto *content = named(new QWidget(this), QStringLiteral("mailboxForm"), tr("Mailbox settings"));
    auto *column = new QVBoxLayout(content);
    auto *intro = named(new QLabel(tr("The mailbox Sourcedesk sends your sequence emails from and reads replies "
                                      "in. The password or token is kept in this computer's keychain only."),
                                   content),
                        QStringLiteral("mailboxIntro"), tr("About the mailbox"));
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addWidget(buildAccountBox());
    column->addWidget(buildServersBox());
    column->addWidget(buildLimitsBox());

    m_save = named(new QPushButton(tr("&Save"), content), QStringLiteral("mailboxSave"), tr("Save the mailbox"));
    m_test = named(new QPushButton(tr("&Test connection"), content), QStringLiteral("mailboxTest"),
                   tr("Test the connection to the mail servers"));
    m_cancel = named(new QPushButton(tr("Cancel test"), content), QStringLiteral("mailboxCancelTest"),
                     tr("Cancel the connection test"));
    m_cancel->setEnabled(false);
    m_progress = named(new QProgressBar(content), QStringLiteral("mailboxProgress"), tr("Connection test progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    column->addLayout(buttons);
    m_status = named(new QLabel(content), QStringLiteral("mailboxStatus"), tr("Mailbox status"));
    m_smtpResult = named(new QLabel(content), QStringLiteral("mailboxSmtpResult"), tr("Sending (SMTP) test result"));
    m_imapResult = named(new QLabel(content), QStringLiteral("mailboxImapResult"), tr("Reading (IMAP) test result"));
    for (QLabel *l : {m_status, m_smtpResult, m_imapResult}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        column->addWidget(l);
    }
    column->addWidget(m_generalError);
    column->addStretch(1);

    auto *scroll = named(new QScrollArea(this), QStringLiteral("mailboxScroll"), tr("Mailbox settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_provider, &QComboBox::activated, this, &MailboxPage::providerChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &MailboxPage::authChanged);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_test, &QPushButton::clicked, this, &MailboxPage::testConnection);
    connect(m_cancel, &QPushButton::clicked, this, &MailboxPage::cancelTest);
    authChanged();
    reload();
    HelpTexts::apply(this); // the texts live in ui/help/HelpTexts.cpp
}

MailboxPage::~MailboxPage()
{
    if (m_probe)
        m_probe->cancel(); // the worker keeps the probe alive until it returns
}

QLabel *MailboxPage::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &where)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *error = named(new QLabel(cell), QStringLiteral("mailboxError_") + where,
                        tr("Problem with %1").arg(QString(label).remove(u'&')));
    error->setWordWrap(true);
    theme::setTone(error, theme::Tone::Problem);
    error->hide();
    error->setBuddy(field); // showError() focuses the field
    v->addWidget(error);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(field);
    form->addRow(caption, cell);
    m_errors.insert(where, error);
    return caption;
}

QWidget *MailboxPage::buildAccountBox()
{
    auto *box = named(new QGroupBox(tr("Account"), this), QStringLiteral("mailboxAccountBox"), tr("Account"));
    auto *form = new QFormLayout(box);
    m_provider = named(new QComboBox(box), QStringLiteral("mailboxProvider"), tr("Email provider"));
    m_provider->addItem(tr("Gmail / Google Workspace"), QStringLiteral("gmail"));
    m_provider->addItem(tr("Microsoft 365 / Outlook"), QStringLiteral("microsoft365"));
    m_provider->addItem(tr("Other"), QStringLiteral("other"));
    m_provider->setCurrentIndex(2);
    addRow(form, tr("&Provider:"), m_provider, QStringLiteral("provider"));
    m_address = named(new QLineEdit(box), QStringLiteral("mailboxAddress"), tr("Email address"));
    m_address->setPlaceholderText(tr("you@agency.example"));
    addRow(form, tr("&Address:"), m_address, QStringLiteral("address"));
    m_displayName = named(new QLineEdit(box), QStringLiteral("mailboxDisplayName"), tr("Display name"));
    addRow(form, tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    m_user = named(new QLineEdit(box), QStringLiteral("mailboxUser"), tr("User name"));
    m_user->setPlaceholderText(tr("Usually the email address"));
    addRow(form, tr("&User name:"), m_user, QStringLiteral("user"));
    m_auth = named(new QComboBox(box), QStringLiteral("mailboxAuth"), tr("Sign-in method"));
    m_auth->addItem(tr("Password"), mail::toKey(mail::AuthMethod::Password));
    m_auth->addItem(tr("OAuth2 access token"), mail::toKey(mail::AuthMethod::XOAuth2));
    addRow(form, tr("Sign-&in:"), m_auth, QStringLiteral("auth"));
    m_secret = named(new QLineEdit(box), QStringLiteral("mailboxSecret"), tr("Password or token"));
    m_secret->setEchoMode(QLineEdit::Password);
    addRow(form, tr("Pass&word:"), m_secret, QStringLiteral("secret"));
    m_secretState = named(new QLabel(box), QStringLiteral("mailboxSecretState"), tr("Where the password is"));
    m_secretState->setWordWrap(true);
    form->addRow(QString(), m_secretState);
    return box;
}

QWidget *MailboxPage::buildServersBox()
{
    auto *box = named(new QGroupBox(tr("Servers"), this), QStringLiteral("mailboxServersBox"), tr("Servers"));
    auto *form = new QFormLayout(box);
    auto port = [box](const QString &name, const QString &accessible) {
        auto *spin = named(new QSpinBox(box), name, accessible);
        spin->setRange(0, 65535);
        return spin;
    };
    m_smtpHost = named(new QLineEdit(box), QStringLiteral("mailboxSmtpHost"), tr("Sending server (SMTP)"));
    addRow(form, tr("S&MTP server:"), m_smtpHost, QStringLiteral("smtp.host"));
    m_smtpPort = port(QStringLiteral("mailboxSmtpPort"), tr("SMTP port"));
    addRow(form, tr("SMTP port:"), m_smtpPort, QStringLiteral("smtp.port"));
    m_smtpSecurity = named(new QComboBox(box), QStringLiteral("mailboxSmtpSecurity"), tr("SMTP security"));
    fillSecurity(m_smtpSecurity);
    addRow(form, tr("SMTP security:"), m_smtpSecurity, QStringLiteral("smtp.security"));
    m_imapHost = named(new QLineEdit(box), QStringLiteral("mailboxImapHost"), tr("Reading server (IMAP)"));
    addRow(form, tr("I&MAP server:"), m_imapHost, QStringLiteral("imap.host"));
    m_imapPort = port(QStringLiteral("mailboxImapPort"), tr("IMAP port"));
    addRow(form, tr("IMAP port:"), m_imapPort, QStringLiteral("imap.port"));
    m_imapSecurity = named(new QComboBox(box), QStringLiteral("mailboxImapSecurity"), tr("IMAP security"));
    fillSecurity(m_imapSecurity);
    addRow(form, tr("IMAP security:"), m_imapSecurity, QStringLiteral("imap.security"));
    m_sentFolder = named(new QLineEdit(box), QStringLiteral("mailboxSentFolder"), tr("Sent folder"));
    addRow(form, tr("Se&nt folder:"), m_sentFolder, QStringLiteral("sentFolder"));
    m_saveCopy = named(new QCheckBox(tr("Save a copy of each email to the Sent folder"), box),
                       QStringLiteral("mailboxSaveCopy"), tr("Save a copy to Sent"));
    form->addRow(QString(), m_saveCopy);
    m_allowInsecure = named(new QCheckBox(tr("Allow unencrypted connections on this computer (loopback only)"), box),
                            QStringLiteral("mailboxAllowInsecure"), tr("Allow unencrypted on this computer"));
    addRow(form, QString(), m_allowInsecure, QStringLiteral("allowInsecureLoopback"));
    return box;
}

QWidget *MailboxPage::buildLimitsBox()
{
    auto *box = named(new QGroupBox(tr("Sending limits"), this), QStringLiteral("mailboxLimitsBox"),
                      tr("Sending limits"));
    auto *form = new QFormLayout(box);
    auto spin = [box](const QString &name, const QString &accessible, int max, const QString &suffix) {
        auto *s = named(new QSpinBox(box), name, accessible);
        s->setRange(0, max);
        s->setSuffix(suffix);
        s->setSpecialValueText(MailboxPage::tr("No limit"));
        return s;
    };
    m_daily = spin(QStringLiteral("mailboxDailyLimit"), tr("Emails per day"), 100000, tr(" per day"));
    addRow(form, tr("Da&ily limit:"), m_daily, QStringLiteral("dailyLimit"));
    m_hourly = spin(QStringLiteral("mailboxHourlyLimit"), tr("Emails per hour"), 10000, tr(" per hour"));
    addRow(form, tr("&Hourly limit:"), m_hourly, QStringLiteral("hourlyLimit"));
    m_spacing = spin(QStringLiteral("mailboxSpacing"), tr("Seconds between two emails"), 3600, tr(" s"));
    m_spacing->setSpecialValueText(tr("No wait"));
    addRow(form, tr("S&pacing:"), m_spacing, QStringLiteral("minSpacingSeconds"));
    return box;
}

void MailboxPage::setSecretStore(connection::SecretStore *store)
{
    m_store = store;
    readSecretState();
}

void MailboxPage::setOwner(const QString &owner)
{
    m_owner = owner;
    reload();
}

void MailboxPage::providerChanged()
{
    const QString key = m_provider->currentData().toString();
    if (key == QLatin1StringView("other"))
        return; // keep what was typed
    const mail::MailAccount preset = mail::presetFor(key, m_address->text().trimmed());
    m_smtpHost->setText(preset.smtp.host);
    m_smtpPort->setValue(preset.smtp.port);
    selectData(m_smtpSecurity, mail::toKey(preset.smtp.security));
    m_imapHost->setText(preset.imap.host);
    m_imapPort->setValue(preset.imap.port);
    selectData(m_imapSecurity, mail::toKey(preset.imap.security));
    m_sentFolder->setText(preset.sentFolder);
    m_saveCopy->setChecked(preset.saveCopyToSent);
    if (m_user->text().trimmed().isEmpty())
        m_user->setText(m_address->text().trimmed());
}

void MailboxPage::authChanged()
{
    const bool token = m_auth->currentData().toString() == mail::toKey(mail::AuthMethod::XOAuth2);
    m_secret->setAccessibleName(token ? tr("OAuth2 access token") : tr("Password"));
    m_secret->setPlaceholderText(token ? tr("Paste the access token") : tr("Type the password"));
}

mail::MailAccount MailboxPage::accountFromForm() const
{
    mail::MailAccount a;
    a.address = m_address->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.user = m_user->text().trimmed();
    mail::fromKey(m_auth->currentData().toString(), &a.auth);
    a.smtp = {m_smtpHost->text().trimmed(), m_smtpPort->value(), securityOf(m_smtpSecurity)};
    a.imap = {m_imapHost->text().trimmed(), m_imapPort->value(), securityOf(m_imapSecurity)};
    a.inboxFolder = m_inboxFolder;
    a.sentFolder = m_sentFolder->text().trimmed();
    a.saveCopyToSent = m_saveCopy->isChecked();
    a.allowInsecureLoopback = m_allowInsecure->isChecked();
    return a;
}

void MailboxPage::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void MailboxPage::showError(const QString &where, const QString &message)
{
    QLabel *label = m_errors.value(where);
    if (!label && where.contains(u'.')) // "smtp.timeout" and the like: the server's host row
        label = m_errors.value(where.section(u'.', 0, 0) + QStringLiteral(".host"));
    if (!label)
        label = m_generalError;
    label->setText(message);
    label->show();
    if (QWidget *field = label->buddy())
        field->setFocus();
}

void MailboxPage::reload()
{
    clearErrors();
    Result<std::optional<MailboxRecord>> found = MailboxRepository(m_workspace).forOwner(m_owner);
    if (!found) {
        showError({}, found.error().toString());
        return;
    }
    mail::MailAccount account;
    MailboxRecord limits;
    if (found->has_value()) {
        const MailboxRecord &record = **found;
        limits = record;
        Result<mail::MailAccount> read = outreach::toAccount(record);
        if (read) {
            account = *read;
        } else {
            account.address = record.address;
            account.displayName = record.displayName;
            showError(read.error().where, read.error().message);
        }
        m_savedAddress = record.address;
    } else {
        account = mail::presetFor(QStringLiteral("other"), {});
        m_savedAddress.clear();
    }
    QString provider = QStringLiteral("other");
    for (const QString &key : {QStringLiteral("gmail"), QStringLiteral("microsoft365")}) {
        const QString host = mail::presetFor(key, account.address).smtp.host;
        if (!host.isEmpty() && host.compare(account.smtp.host, Qt::CaseInsensitive) == 0)
            provider = key;
    }
    selectData(m_provider, provider);
    m_address->setText(account.address);
    m_displayName->setText(account.displayName);
    m_user->setText(account.user);
    selectData(m_auth, mail::toKey(account.auth));
    m_smtpHost->setText(account.smtp.host);
    m_smtpPort->setValue(account.smtp.port);
    selectData(m_smtpSecurity, mail::toKey(account.smtp.security));
    m_imapHost->setText(account.imap.host);
    m_imapPort->setValue(account.imap.port);
    selectData(m_imapSecurity, mail::toKey(account.imap.security));
    m_inboxFolder = account.inboxFolder.isEmpty() ? QStringLiteral("INBOX") : account.inboxFolder;
    m_sentFolder->setText(account.sentFolder);
    m_saveCopy->setChecked(account.saveCopyToSent);
    m_allowInsecure->setChecked(account.allowInsecureLoopback);
    m_daily->setValue(limits.dailyLimit);
    m_hourly->setValue(limits.hourlyLimit);
    m_spacing->setValue(limits.minSpacingSeconds);
    m_secret->clear();
    readSecretState();
}

void MailboxPage::setSecretState(const QString &text)
{
    m_secretState->setText(text);
}

void MailboxPage::readSecretState()
{
    if (!m_store) {
        setSecretState(tr("No keychain is available here, so the password cannot be stored."));
        return;
    }
    if (m_savedAddress.isEmpty()) {
        setSecretState(tr("Not stored yet: type it and save."));
        return;
    }
    m_store->read(outreach::secretKey(m_savedAddress), this, [this](const connection::SecretStore::Result &r) {
        if (r.ok())
            setSecretState(tr("Stored in the keychain."));
        else if (r.status == connection::SecretStore::Status::NotFound)
            setSecretState(tr("Not stored yet: type it and save."));
        else
            setSecretState(tr("The keychain could not be read: %1").arg(r.message));
    });
}

bool MailboxPage::save()
{
    clearErrors();
    const mail::MailAccount account = accountFromForm();
    if (Status s = mail::validate(account)) {
        showError(s->where, s->message);
        return false;
    }
    const QString secret = m_secret->text();
    if (!secret.isEmpty() && !m_store) {
        showError(QStringLiteral("secret"), tr("No keychain is available here, so the password cannot be stored."));
        return false;
    }
    MailboxRepository repo(m_workspace);
    Result<std::optional<MailboxRecord>> taken = repo.get(account.address);
    if (!taken) {
        showError({}, taken.error().toString());
        return false;
    }
    if (taken->has_value() && (*taken)->owner != m_owner) {
        showError(QStringLiteral("address"), tr("%1 is already the mailbox of %2.").arg(account.address, (*taken)->owner));
        return false;
    }
    MailboxRecord limits;
    limits.dailyLimit = m_daily->value();
    limits.hourlyLimit = m_hourly->value();
    limits.minSpacingSeconds = m_spacing->value();
    const MailboxRecord record = outreach::toRecord(account, m_owner, limits);
    if (Status s = repo.save(record)) {
        showError(s->where, s->message);
        return false;
    }
    // One mailbox per recruiter: a new address replaces the old one, and its secret goes too.
    const QString previous = m_savedAddress;
    if (!previous.isEmpty() && previous.compare(account.address, Qt::CaseInsensitive) != 0) {
        if (Status s = repo.remove(previous))
            showError({}, s->toString());
        else if (m_store)
            m_store->remove(outreach::secretKey(previous), this, [](const connection::SecretStore::Result &) {});
    }
    m_savedAddress = account.address;
    if (!secret.isEmpty()) {
        m_secret->clear(); // the typed secret does not stay in the form
        setSecretState(tr("Storing in the keychain…"));
        // "saved" only once the keychain has the new secret, so whoever reloads it gets this one.
        m_store->write(outreach::secretKey(account.address), secret, this,
                       [this, address = account.address](const connection::SecretStore::Result &r) {
                           setSecretState(r.ok() ? tr("Stored in the keychain.")
                                                 : tr("The keychain refused the password: %1").arg(r.message));
                           emit saved(address);
                       });
    } else {
        readSecretState();
        emit saved(account.address);
    }
    m_status->setText(tr("Saved."));
    return true;
}

bool MailboxPage::isTesting() const
{
    return m_probe != nullptr;
}

void MailboxPage::testConnection()
{
    if (m_probe)
        return;
    clearErrors();
    const mail::MailAccount account = accountFromForm();
    if (Status s = mail::validate(account)) {
        showError(s->where, s->message);
        return;
    }
    m_smtpResult->clear();
    m_imapResult->clear();
    const QString typed = m_secret->text();
    if (!typed.isEmpty()) {
        runProbe(account, typed);
        return;
    }
    if (!m_store) {
        showError(QStringLiteral("secret"), tr("Type the password to test the connection."));
        return;
    }
    m_status->setText(tr("Reading the password from the keychain…"));
    m_store->read(outreach::secretKey(account.address), this,
                  [this, account](const connection::SecretStore::Result &r) {
                      if (!r.ok()) {
                          m_status->clear();
                          showError(QStringLiteral("secret"),
                                    r.status == connection::SecretStore::Status::NotFound
                                        ? tr("No password is stored for %1: type it to test.").arg(account.address)
                                        : r.message);
                          return;
                      }
                      runProbe(account, r.value);
                  });
}

void MailboxPage::runProbe(const mail::MailAccount &account, const QString &secret)
{
    if (m_probe)
        return;
    m_probe = std::make_shared<Probe>();
    m_status->setText(tr("Testing sending (SMTP) and reading (IMAP)…"));
    m_progress->show();
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    m_cancel->setEnabled(true);
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &MailboxPage::probeFinished);
    m_watcher->setFuture(QtConcurrent::run([probe = m_probe, account, secret] {
        probe->smtp.setAccount(account, secret);
        probe->smtpResult = probe->smtp.check();
        if (probe->cancelled) {
            probe->imapResult.kind = mail::SendFailure::Kind::Cancelled;
            return;
        }
        probe->imap.setAccount(account, secret);
        probe->imapResult = probe->imap.check();
    }));
}

void MailboxPage::cancelTest()
{
    if (!m_probe)
        return;
    m_probe->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void MailboxPage::probeFinished()
{
    const std::shared_ptr<Probe> probe = std::move(m_probe);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progress->hide();
    m_test->setEnabled(true);
    m_save->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!probe)
        return;
    const mail::MailAccount account = accountFromForm();
    const bool smtpOk = probe->smtpResult.ok();
    const bool imapOk = probe->imapResult.ok();
    m_smtpResult->setText(describe(probe->smtpResult, tr("Sending (SMTP)"), account.smtp.host));
    m_imapResult->setText(describe(probe->imapResult, tr("Reading (IMAP)"), account.imap.host));
    m_status->setText(smtpOk && imapOk ? tr("The mailbox works.") : tr("The mailbox test found a problem."));
    emit testFinished(smtpOk, imapOk);
}

} // namespace sd::ui
