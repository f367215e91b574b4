#include "MailServers.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef SD_MAIL_SINK_PY
#error "SD_MAIL_SINK_PY must name tests/support/mail/mail_sink.py"
#endif

namespace sd::test {

namespace {

const char *const kInstallHint = "Install the test packages with ./scripts/install-deps.sh --tests "
                                 "(Debian: dovecot-imapd python3-aiosmtpd).";
// Debian's python3-aiosmtpd belongs to Debian's interpreter, not to whatever python3 is on PATH.
const char *const kPython = "/usr/bin/python3";

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A test that crashes must not leave servers behind: the kernel stops them with their parent.
void dieWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString currentUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Dovecot refuses to run its login processes and mail access as root, so as root the system users
// of the Debian package do that, and the maildirs belong to "nobody". Otherwise everything runs as
// the current user.
struct Users
{
    QString internal, login, mail, mailGroup;
};

Users dovecotUsers()
{
    if (runningAsRoot())
        return {QStringLiteral("dovecot"), QStringLiteral("dovenull"), QStringLiteral("nobody"),
                QStringLiteral("nogroup")};
    const QString me = currentUserName();
    const group *gr = ::getgrgid(::getegid());
    return {me, me, me, gr ? QString::fromLocal8Bit(gr->gr_name) : me};
}

bool chownToMailUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    const Users u = dovecotUsers();
    const passwd *pw = ::getpwnam(u.mail.toLocal8Bit().constData());
    const group *gr = ::getgrnam(u.mailGroup.toLocal8Bit().constData());
    if (!pw || !gr)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, gr->gr_gid) == 0;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

MailServers::MailServers() = default;

MailServers::~MailServers()
{
    std::vector<QProcess *> all;
    for (auto &s : m_sinks)
        all.push_back(s.get());
    if (m_dovecot)
        all.push_back(m_dovecot.get());
    for (QProcess *p : all)
        if (p->state() != QProcess::NotRunning)
            p->terminate();
    for (QProcess *p : all) {
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(5000)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
}

bool MailServers::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString MailServers::maildir(const QString &user) const
{
    return m_dir.filePath(QStringLiteral("mail/") + user);
}

bool MailServers::prepareMaildir(const QString &path)
{
    for (const char *sub : {"", "/new", "/cur", "/tmp"}) {
        const QString p = path + QLatin1StringView(sub);
        if (!QDir().mkpath(p) || !chownToMailUser(p))
            return fail(QStringLiteral("cannot create the maildir %1").arg(p));
    }
    return true;
}

bool MailServers::writeDovecotConfig()
{
    const QString d = m_dir.path();
    for (const char *sub : {"run", "state"})
        QDir().mkpath(m_dir.filePath(QLatin1StringView(sub)));
    if (!chownToMailUser(m_dir.filePath(QStringLiteral("mail"))))
        return fail(
            QStringLiteral("cannot hand %1 to the mail user").arg(m_dir.filePath(QStringLiteral("mail"))));

    // passwd-file: user:{PLAIN}password:uid:gid:gecos:home:shell (uid/gid from mail_uid/mail_gid).
    QFile users(m_dir.filePath(QStringLiteral("users")));
    if (!users.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(users.fileName()));
    users.write(
        QStringLiteral("%1:{PLAIN}%2:::::\npeople:{PLAIN}people-pw:::::\n").arg(user(), password()).toUtf8());
    users.close();

    const Users u = dovecotUsers();
    QString conf;
    conf += QStringLiteral("base_dir = %1/run\nstate_dir = %1/state\ninstance_name = sourcedesk-test-%2\n")
                .arg(d)
                .arg(m_imapPort);
    conf += QStringLiteral("log_path = %1/dovecot.log\n").arg(d);
    conf += QStringLiteral("protocols = imap\nlisten = 127.0.0.1\nssl = no\ndisable_plaintext_auth = no\n");
    // XOAUTH2 would need an OAuth2 introspection server behind passdb oauth2; the SMTP sink tests it.
    conf += QStringLiteral("auth_mechanisms = plain login\n");
    conf +=
        QStringLiteral("default_internal_user = %1\ndefault_internal_group = %1\ndefault_login_user = %2\n")
            .arg(u.internal, u.login);
    conf += QStringLiteral("first_valid_uid = 0\nfirst_valid_gid = 0\nmail_uid = %1\nmail_gid = %2\n")
                .arg(u.mail, u.mailGroup);
    conf += QStringLiteral("mail_location = maildir:%1/mail/%n\n").arg(d);
    conf +=
        QStringLiteral("passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%n %1\n}\n")
            .arg(users.fileName());
    conf += QStringLiteral("userdb {\n  driver = passwd-file\n  args = username_format=%n %1\n}\n")
                .arg(users.fileName());
    conf += QStringLiteral("namespace inbox {\n  inbox = yes\n  separator = /\n"
                           "  mailbox Sent {\n    auto = create\n    special_use = \\Sent\n  }\n}\n");
    conf += QStringLiteral("service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n"
                           "    port = %1\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n")
                .arg(m_imapPort);
    if (runningAsRoot()) // the users file is in a folder only root may enter
        conf += QStringLiteral("service auth {\n  user = root\n}\n");

    QFile f(m_dir.filePath(QStringLiteral("dovecot.conf")));
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(f.fileName()));
    f.write(conf.toUtf8());
    return true;
}

bool MailServers::waitForPort(QProcess *process, int port, const QString &what, const QString &logFile)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (process->state() == QProcess::NotRunning) {
            return fail(QStringLiteral("%1 exited at start (code %2).\nstderr: %3\nlog: %4")
                            .arg(what)
                            .arg(process->exitCode())
                            .arg(QString::fromLocal8Bit(process->readAllStandardError()), readAll(logFile)));
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return fail(QStringLiteral(
                    "%1 did not accept connections on 127.0.0.1:%2 within 20 seconds.\nstderr: %3\nlog: %4")
                    .arg(what)
                    .arg(port)
                    .arg(QString::fromLocal8Bit(process->readAllStandardError()), readAll(logFile)));
}

bool MailServers::start()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));
    const QString dovecot = QStandardPaths::findExecutable(
        QStringLiteral("dovecot"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    const QString dovecotOnPath = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    const QString dovecotExe = dovecot.isEmpty() ? dovecotOnPath : dovecot;
    if (dovecotExe.isEmpty())
        return fail(QStringLiteral("Dovecot is not installed. %1").arg(QLatin1StringView(kInstallHint)));
    if (QFile::exists(QStringLiteral("/usr/lib/dovecot")) &&
        !QFile::exists(QStringLiteral("/usr/lib/dovecot/imap")))
        return fail(QStringLiteral("Dovecot's IMAP server is not installed. %1")
                        .arg(QLatin1StringView(kInstallHint)));
    {
        QProcess probe;
        probe.start(QLatin1StringView(kPython), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            return fail(QStringLiteral("%1 cannot import aiosmtpd. %2")
                            .arg(QLatin1StringView(kPython), QLatin1StringView(kInstallHint)));
    }

    // Dovecot's login processes and the mail user must be able to walk into the folder.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0711);
    QDir().mkpath(m_dir.filePath(QStringLiteral("mail")));
    if (!prepareMaildir(maildir(user())) || !prepareMaildir(maildir(QStringLiteral("people"))))
        return false;
    m_imapPort = freePort();
    if (m_imapPort == 0)
        return fail(QStringLiteral("no free loopback port"));
    if (!writeDovecotConfig())
        return false;

    m_dovecot = std::make_unique<QProcess>();
    m_dovecot->setProcessChannelMode(QProcess::SeparateChannels);
    dieWithParent(m_dovecot.get());
    m_dovecot->start(dovecotExe, {QStringLiteral("-F"), QStringLiteral("-c"),
                                  m_dir.filePath(QStringLiteral("dovecot.conf"))});
    if (!m_dovecot->waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(dovecotExe, m_dovecot->errorString()));
    if (!waitForPort(m_dovecot.get(), m_imapPort, QStringLiteral("Dovecot"),
                     m_dir.filePath(QStringLiteral("dovecot.log"))))
        return false;

    m_smtpPort = startSmtpSink(SinkOptions{});
    return m_smtpPort != 0;
}

int MailServers::startSmtpSink(const SinkOptions &options)
{
    const int port = freePort();
    if (port == 0) {
        fail(QStringLiteral("no free loopback port"));
        return 0;
    }
    QStringList args{QStringLiteral(SD_MAIL_SINK_PY),
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--user"),
                     user(),
                     QStringLiteral("--password"),
                     password(),
                     QStringLiteral("--token"),
                     oauthToken(),
                     QStringLiteral("--recruiter-address"),
                     address(),
                     QStringLiteral("--recruiter-maildir"),
                     maildir(user()),
                     QStringLiteral("--people-maildir"),
                     maildir(QStringLiteral("people")),
                     QStringLiteral("--log"),
                     m_dir.filePath(QStringLiteral("deliveries.jsonl"))};
    if (options.refuseAuth)
        args << QStringLiteral("--refuse-auth");
    auto sink = std::make_unique<QProcess>();
    // stderr to a file: aiosmtpd warns about AUTH without TLS on every connection.
    const QString log = m_dir.filePath(QStringLiteral("sink-%1.log").arg(port));
    sink->setStandardErrorFile(log);
    dieWithParent(sink.get());
    sink->start(QLatin1StringView(kPython), args);
    if (!sink->waitForStarted(10000)) {
        fail(QStringLiteral("cannot start %1: %2").arg(QLatin1StringView(kPython), sink->errorString()));
        return 0;
    }
    QProcess *raw = sink.get();
    m_sinks.push_back(std::move(sink));
    if (!waitForPort(raw, port, QStringLiteral("The SMTP sink (mail_sink.py)"), log))
        return 0;
    return port;
}

mail::MailAccount MailServers::account() const
{
    mail::MailAccount a;
    a.address = address();
    a.displayName = QStringLiteral("Rita Recruiter");
    a.user = user();
    a.auth = mail::AuthMethod::Password;
    a.smtp = {QStringLiteral("127.0.0.1"), m_smtpPort, mail::Security::None};
    a.imap = {QStringLiteral("127.0.0.1"), m_imapPort, mail::Security::None};
    a.sentFolder = QStringLiteral("Sent");
    a.saveCopyToSent = true;
    a.allowInsecureLoopback = true;
    a.timeoutSeconds = 20;
    return a;
}

int MailServers::deliveries(const QString &messageId) const
{
    QFile f(m_dir.filePath(QStringLiteral("deliveries.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.value(QStringLiteral("message_id")).toString() == messageId)
            ++n;
    }
    return n;
}

QList<QByteArray> MailServers::peopleMessages() const
{
    QList<QByteArray> out;
    for (const char *sub : {"/cur", "/new"}) {
        QDir dir(maildir(QStringLiteral("people")) + QLatin1StringView(sub));
        // The sink names files "<nanoseconds>.<random>.sink": by name is by arrival.
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << f.readAll();
        }
    }
    return out;
}

bool MailServers::dropIntoInbox(const QByteArray &raw)
{
    const QString base = maildir(user());
    const QString name = QStringLiteral("%1.drop%2.sourcedesk-test")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(++m_dropCounter);
    QFile f(base + QStringLiteral("/tmp/") + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(raw) != raw.size())
        return false;
    f.close();
    chownToMailUser(f.fileName());
    return QFile::rename(f.fileName(), base + QStringLiteral("/new/") + name);
}

QStringList MailServers::recruiterFiles(const QString &folder) const
{
    QString base = maildir(user());
    if (folder.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) != 0)
        base += QStringLiteral("/.") + folder; // Maildir++: subfolders are dot-directories
    QStringList out;
    for (const char *sub : {"/cur", "/new"})
        out += QDir(base + QLatin1StringView(sub)).entryList(QDir::Files, QDir::Name);
    return out;
}

QString MailServers::dovecotLog() const
{
    return readAll(m_dir.filePath(QStringLiteral("dovecot.log")));
}

} // namespace sd::test
