#pragma once
// Real mail servers on loopback for the mail tests: Dovecot (IMAP, the recruiter's mailbox) and a
// small aiosmtpd sink (SMTP, mail_sink.py) that delivers into Dovecot's maildirs. Everything lives
// in a temporary folder and both servers are stopped when the fixture goes away.
//
//   sd::test::MailServers servers;
//   QVERIFY2(servers.start(), qPrintable(servers.errorString()));
//   SmtpClient smtp; smtp.setAccount(servers.account(), servers.password());
#include "MailAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QProcess;

namespace sd::test {

class MailServers
{
public:
    struct SinkOptions
    {
        // Advertise no AUTH and answer MAIL FROM with 530: a server that lets nobody send.
        bool refuseAuth = false;
    };

    MailServers();
    ~MailServers();
    MailServers(const MailServers &) = delete;
    MailServers &operator=(const MailServers &) = delete;

    // Starts Dovecot and the SMTP sink and waits until both accept connections. False with
    // errorString() (including how to install what is missing) when anything failed.
    bool start();
    QString errorString() const { return m_error; }

    // Another SMTP sink (plain SMTP, no STARTTLS) delivering into the same maildirs; its port, or 0
    // with errorString().
    int startSmtpSink(const SinkOptions &options);

    int imapPort() const { return m_imapPort; }
    int smtpPort() const { return m_smtpPort; }

    // The recruiter's mailbox on both servers: 127.0.0.1, Security::None, allowInsecureLoopback.
    mail::MailAccount account() const;
    static QString address() { return QStringLiteral("recruiter@agency.test"); }
    static QString user() { return QStringLiteral("recruiter"); }
    static QString password() { return QStringLiteral("Rec-Pw-93kq!x"); }
    static QString oauthToken() { return QStringLiteral("ya29.sink-token-51c0ffee"); } // SMTP only

    // How many messages with this Message-ID (no brackets) the sinks accepted.
    int deliveries(const QString &messageId) const;
    // Raw messages delivered to anyone but the recruiter (the "people" maildir), oldest first.
    QList<QByteArray> peopleMessages() const;
    // Puts `raw` straight into the recruiter's INBOX (Maildir new/); Dovecot sees it on the next poll.
    bool dropIntoInbox(const QByteArray &raw);
    // File names of the messages in one of the recruiter's folders ("INBOX", "Sent"); Maildir flags
    // are in the name (":2,S" = \Seen).
    QStringList recruiterFiles(const QString &folder) const;

    QString dovecotLog() const;
    QString dir() const { return m_dir.path(); }

private:
    bool fail(const QString &message);
    bool writeDovecotConfig();
    bool waitForPort(QProcess *process, int port, const QString &what, const QString &logFile);
    bool prepareMaildir(const QString &path);
    QString maildir(const QString &user) const;

    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<QProcess> m_dovecot;
    std::vector<std::unique_ptr<QProcess>> m_sinks;
    int m_imapPort = 0;
    int m_smtpPort = 0;
    int m_dropCounter = 0;
};

} // namespace sd::test
