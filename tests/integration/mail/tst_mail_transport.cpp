// SmtpClient and ImapClient against real servers on loopback: Dovecot for IMAP and an aiosmtpd
// sink for SMTP (tests/support/mail). Messages are raw RFC 822 bytes so nothing here depends on
// MailMessage.
#include "ImapClient.h"
#include "MailServers.h"
#include "SmtpClient.h"

#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

using namespace sd::mail;
using sd::test::MailServers;
using Kind = SendFailure::Kind;

namespace {

QByteArray rawMessage(const QString &messageId, const QString &to)
{
    return QByteArray("From: Rita Recruiter <recruiter@agency.test>\r\n"
                      "To: <") +
           to.toLatin1() +
           ">\r\n"
           "Subject: A role you might like\r\n"
           "Date: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
           "Message-ID: <" +
           messageId.toLatin1() +
           ">\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "Hello,\r\n"
           ".a line that starts with a dot\r\n"
           "\r\n"
           "Rita\r\n";
}

QByteArray replyMessage(const QString &messageId, const QString &inReplyTo)
{
    return QByteArray("From: Pat Person <pat@people.test>\r\n"
                      "To: Rita Recruiter <recruiter@agency.test>\r\n"
                      "Subject: Re: A role you might like\r\n"
                      "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
                      "Message-ID: <") +
           messageId.toLatin1() +
           ">\r\n"
           "In-Reply-To: <" +
           inReplyTo.toLatin1() +
           ">\r\n"
           "\r\n"
           "Sounds good, call me.\r\n";
}

// A port nobody listens on (bound, read, released).
int closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

// Runs `work` on another thread and calls `cancel` until it returns: cancel() may come before the
// transfer starts (which resets the flag), so it is repeated rather than timed.
SendFailure runAndCancel(const std::function<SendFailure()> &work, const std::function<void()> &cancel)
{
    std::atomic_bool done{false};
    SendFailure result;
    std::thread t([&] {
        result = work();
        done = true;
    });
    while (!done) {
        cancel();
        QThread::msleep(20);
    }
    t.join();
    return result;
}

// One SMTP conversation that goes wrong after the message body: the server answers `afterData`
// ("451 ...", "554 ...") or, when it is empty, closes the connection without a final reply.
class ScriptedSmtp
{
public:
    explicit ScriptedSmtp(std::string afterData)
        : m_afterData(std::move(afterData))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), len) != 0 || ::listen(m_listen, 1) != 0 ||
            ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedSmtp()
    {
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
        if (m_thread.joinable())
            m_thread.join();
    }
    int port() const { return m_port; }
    bool gotBody() const { return m_gotBody; }

private:
    void say(int fd, const std::string &line) { (void)!::write(fd, line.data(), line.size()); }
    bool readLine(int fd, std::string *line)
    {
        line->clear();
        char c = 0;
        while (::read(fd, &c, 1) == 1) {
            line->push_back(c);
            if (c == '\n')
                return true;
        }
        return false;
    }
    void serve()
    {
        const int fd = ::accept(m_listen, nullptr, nullptr);
        if (fd < 0)
            return;
        say(fd, "220 scripted ESMTP\r\n");
        std::string line;
        while (readLine(fd, &line)) {
            const std::string cmd = line.substr(0, 4);
            if (cmd == "EHLO")
                say(fd, "250-scripted\r\n250 AUTH PLAIN\r\n");
            else if (cmd == "AUTH") {
                if (line == "AUTH PLAIN\r\n") { // no initial response: ask for it
                    say(fd, "334 \r\n");
                    readLine(fd, &line);
                }
                say(fd, "235 2.7.0 ok\r\n");
            } else if (cmd == "MAIL" || cmd == "RCPT")
                say(fd, "250 2.1.0 ok\r\n");
            else if (cmd == "DATA") {
                say(fd, "354 go ahead\r\n");
                while (readLine(fd, &line) && line != ".\r\n") {
                }
                m_gotBody = true;
                if (m_afterData.empty())
                    break;
                say(fd, m_afterData + "\r\n");
            } else if (cmd == "QUIT") {
                say(fd, "221 bye\r\n");
                break;
            } else
                say(fd, "250 ok\r\n");
        }
        ::close(fd);
    }

    std::string m_afterData;
    int m_listen = -1;
    int m_port = 0;
    std::atomic_bool m_gotBody{false};
    std::thread m_thread;
};

} // namespace

class TestMailTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void accountRules();
    void sendAndReadBack();
    void severalSendsOnOneClient();
    void smtpCheck();
    void wrongSmtpPassword();
    void wrongImapPassword();
    void serverThatLetsNobodySend();
    void insecureWithoutOptIn();
    void insecureToRemoteHost();
    void startTlsRequiredButNotOffered();
    void xoauth2();
    void connectionRefused();
    void bounceArrivesInInbox();
    void missingFolderAndMessage();
    void failureAfterTheBody_data();
    void failureAfterTheBody();
    void cancelSmtp();
    void cancelImap();

private:
    MailServers m_servers;
};

void TestMailTransport::initTestCase()
{
    QVERIFY2(m_servers.start(), qPrintable(m_servers.errorString()));
}

void TestMailTransport::accountRules()
{
    QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(isLoopbackHost(QStringLiteral("127.8.9.10")));
    QVERIFY(isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(isLoopbackHost(QStringLiteral("[::1]")));
    QVERIFY(isLoopbackHost(QStringLiteral("LocalHost")));
    QVERIFY(!isLoopbackHost(QStringLiteral("128.0.0.1")));
    QVERIFY(!isLoopbackHost(QStringLiteral("127.0.0.1.example.com")));
    QVERIFY(!isLoopbackHost(QStringLiteral("localhost.example.com")));
    QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
    QVERIFY(!isLoopbackHost(QString()));

    const MailAccount gmail = presetFor(QStringLiteral("gmail"), QStringLiteral("ana@gmail.com"));
    QCOMPARE(gmail.smtp.host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(gmail.smtp.port, 465);
    QCOMPARE(gmail.smtp.security, Security::Tls);
    QCOMPARE(gmail.imap.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(gmail.auth, AuthMethod::XOAuth2);
    QCOMPARE(gmail.sentFolder, QStringLiteral("[Gmail]/Sent Mail"));
    QVERIFY(!gmail.saveCopyToSent);
    QVERIFY(!validate(gmail));
    const MailAccount m365 = presetFor(QStringLiteral("microsoft365"), QStringLiteral("ana@agency.example"));
    QCOMPARE(m365.smtp.port, 587);
    QCOMPARE(m365.smtp.security, Security::StartTls);
    QCOMPARE(m365.imap.host, QStringLiteral("outlook.office365.com"));
    QCOMPARE(m365.sentFolder, QStringLiteral("Sent Items"));
    const MailAccount other = presetFor(QStringLiteral("other"), QStringLiteral("ana@agency.example"));
    QCOMPARE(other.auth, AuthMethod::Password);
    QVERIFY(other.saveCopyToSent);
    const auto e = validate(other); // no hosts yet
    QVERIFY(e);
    QCOMPARE(e->where, QStringLiteral("smtp.host"));

    MailAccount bad = m_servers.account();
    bad.imap.port = 70000;
    QCOMPARE(validate(bad)->where, QStringLiteral("imap.port"));
    bad = m_servers.account();
    bad.address = QStringLiteral("not an address");
    QCOMPARE(validate(bad)->where, QStringLiteral("address"));

    for (Security s : {Security::Tls, Security::StartTls, Security::None}) {
        Security back = Security::Tls;
        QVERIFY(fromKey(toKey(s), &back));
        QCOMPARE(back, s);
    }
    AuthMethod a = AuthMethod::Password;
    QVERIFY(fromKey(QStringLiteral("xoauth2"), &a));
    QCOMPARE(a, AuthMethod::XOAuth2);
    QVERIFY(!fromKey(QStringLiteral("XOAUTH"), &a));
}

void TestMailTransport::sendAndReadBack()
{
    const QString id = QStringLiteral("sd.1.readback@agency.test");
    const QByteArray sent = rawMessage(id, QStringLiteral("pat@people.test"));
    SmtpClient smtp;
    smtp.setAccount(m_servers.account(), MailServers::password());
    const SendFailure f = smtp.send({QStringLiteral("pat@people.test")}, sent);
    QVERIFY2(f.ok(), qPrintable(f.message));
    QCOMPARE(m_servers.deliveries(id), 1);
    const QList<QByteArray> people = m_servers.peopleMessages();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first(), sent); // dot-stuffing undone, nothing added or lost

    // The person answers; the reply lands in the recruiter's INBOX.
    const QByteArray reply = replyMessage(QStringLiteral("reply.1@people.test"), id);
    QVERIFY(m_servers.dropIntoInbox(reply));

    ImapClient imap;
    imap.setAccount(m_servers.account(), MailServers::password());
    FolderStatus st;
    ImapFailure r = imap.status(QStringLiteral("INBOX"), &st);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(st.uidValidity > 0);
    QCOMPARE(st.messages, 1);
    QVERIFY(st.uidNext >= 2);

    QList<qint64> uids;
    r = imap.uidsFrom(QStringLiteral("INBOX"), 1, &uids);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(uids.size(), 1);
    const qint64 uid = uids.first();
    QList<qint64> later{42};
    QVERIFY(imap.uidsFrom(QStringLiteral("INBOX"), uid + 1, &later).ok());
    QVERIFY2(later.isEmpty(), "n:* must not return the last message below n");

    QByteArray fetched;
    r = imap.fetch(QStringLiteral("INBOX"), uid, &fetched);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(fetched, reply);
    const QString inboxFile = m_servers.recruiterFiles(QStringLiteral("INBOX")).first();
    QVERIFY2(!inboxFile.section(QStringLiteral(":2,"), 1).contains(QLatin1Char('S')),
             qPrintable(inboxFile + QStringLiteral(": BODY.PEEK[] must not mark the reply as read")));

    QList<qint64> found;
    r = imap.findByMessageId(QStringLiteral("INBOX"), QStringLiteral("reply.1@people.test"), &found);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(found, QList<qint64>{uid});
    QVERIFY(
        imap.findByMessageId(QStringLiteral("INBOX"), QStringLiteral("<reply.1@people.test>"), &found).ok());
    QCOMPARE(found, QList<qint64>{uid});
    QVERIFY(imap.findByMessageId(QStringLiteral("INBOX"), QStringLiteral("other@people.test"), &found).ok());
    QVERIFY(found.isEmpty());
    QCOMPARE(imap.findByMessageId(QStringLiteral("INBOX"), QStringLiteral("a\"b@x"), &found).kind,
             Kind::Config);

    // The copy in Sent, as for servers that do not file SMTP mail themselves.
    r = imap.append(QStringLiteral("Sent"), sent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = imap.findByMessageId(QStringLiteral("Sent"), id, &found);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(found.size(), 1);
    QVERIFY(imap.fetch(QStringLiteral("Sent"), found.first(), &fetched).ok());
    QCOMPARE(fetched, sent);
    const QStringList sentFiles = m_servers.recruiterFiles(QStringLiteral("Sent"));
    QCOMPARE(sentFiles.size(), 1);
    QVERIFY2(sentFiles.first().contains(QLatin1StringView(":2,S")), qPrintable(sentFiles.first())); // \Seen
    // INBOX is still as it was after working in Sent on the same connection.
    QVERIFY(
        imap.findByMessageId(QStringLiteral("INBOX"), QStringLiteral("reply.1@people.test"), &found).ok());
    QCOMPARE(found, QList<qint64>{uid});
    QVERIFY(imap.check().ok());
}

void TestMailTransport::severalSendsOnOneClient()
{
    SmtpClient smtp;
    smtp.setAccount(m_servers.account(), MailServers::password());
    for (int i = 0; i < 4; ++i) {
        const QString id = QStringLiteral("sd.batch.%1@agency.test").arg(i);
        const SendFailure f = smtp.send({QStringLiteral("p%1@people.test").arg(i)},
                                        rawMessage(id, QStringLiteral("p%1@people.test").arg(i)));
        QVERIFY2(f.ok(), qPrintable(f.message));
        QCOMPARE(m_servers.deliveries(id), 1);
    }
    // Two recipients, one message.
    const QString id = QStringLiteral("sd.two@agency.test");
    QVERIFY(smtp.send({QStringLiteral("a@people.test"), QStringLiteral("b@people.test")},
                      rawMessage(id, QStringLiteral("a@people.test")))
                .ok());
    QCOMPARE(m_servers.deliveries(id), 1);
    QCOMPARE(smtp.send({}, rawMessage(id, QString())).kind, Kind::Rejected);
    QCOMPARE(smtp.send({QStringLiteral("a@people.test>\r\nRCPT TO:<evil@x")}, rawMessage(id, QString())).kind,
             Kind::Rejected);
    QCOMPARE(m_servers.deliveries(id), 1);
}

void TestMailTransport::smtpCheck()
{
    SmtpClient smtp;
    smtp.setAccount(m_servers.account(), MailServers::password());
    const SendFailure f = smtp.check();
    QVERIFY2(f.ok(), qPrintable(f.message));
    smtp.setAccount(m_servers.account(), QStringLiteral("not-the-password"));
    QCOMPARE(smtp.check().kind, Kind::Auth);
}

void TestMailTransport::wrongSmtpPassword()
{
    const QString secret = QStringLiteral("Wr0ng-Pa55word-zq81");
    SmtpClient smtp;
    smtp.setAccount(m_servers.account(), secret);
    const QString id = QStringLiteral("sd.wrongpw@agency.test");
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Auth);
    QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_servers.smtpPort())),
             qPrintable(f.message));
    QVERIFY2(f.message.contains(QLatin1StringView("user name or password")), qPrintable(f.message));
    QVERIFY2(f.message.contains(QLatin1StringView("Settings")), qPrintable(f.message));
    QVERIFY(!f.message.contains(secret));
    QVERIFY(!f.message.contains(QString::fromLatin1(secret.toUtf8().toBase64())));
    QCOMPARE(m_servers.deliveries(id), 0);
}

void TestMailTransport::wrongImapPassword()
{
    const QString secret = QStringLiteral("Imap-Wr0ng-Secret-77");
    ImapClient imap;
    imap.setAccount(m_servers.account(), secret);
    FolderStatus st;
    const ImapFailure f = imap.status(QStringLiteral("INBOX"), &st);
    QCOMPARE(f.kind, Kind::Auth);
    QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_servers.imapPort())),
             qPrintable(f.message));
    QVERIFY(!f.message.contains(secret));
    QCOMPARE(imap.check().kind, Kind::Auth);
}

void TestMailTransport::serverThatLetsNobodySend()
{
    const int port = m_servers.startSmtpSink({.refuseAuth = true});
    QVERIFY2(port != 0, qPrintable(m_servers.errorString()));
    MailAccount account = m_servers.account();
    account.smtp.port = port;
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const QString id = QStringLiteral("sd.noauth@agency.test");
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test")));
    // No AUTH offered: curl does not fall back to sending without a login, and MAIL would get 530.
    QCOMPARE(f.kind, Kind::Auth);
    QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(f.message));
    QVERIFY(!f.message.contains(MailServers::password()));
    QCOMPARE(m_servers.deliveries(id), 0);
}

void TestMailTransport::insecureWithoutOptIn()
{
    MailAccount account = m_servers.account();
    account.allowInsecureLoopback = false;
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const QString id = QStringLiteral("sd.insecure@agency.test");
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Config);
    QVERIFY2(f.message.contains(QLatin1StringView("smtp.security")), qPrintable(f.message));
    QCOMPARE(m_servers.deliveries(id), 0);
    QCOMPARE(smtp.check().kind, Kind::Config);

    ImapClient imap;
    imap.setAccount(account, MailServers::password());
    FolderStatus st;
    QCOMPARE(imap.status(QStringLiteral("INBOX"), &st).kind, Kind::Config);
}

void TestMailTransport::insecureToRemoteHost()
{
    MailAccount account = m_servers.account();
    account.smtp.host = QStringLiteral("mail.example.com");
    account.imap.host = QStringLiteral("mail.example.com");
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")},
                  rawMessage(QStringLiteral("sd.remote@agency.test"), QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Config);
    QVERIFY2(f.message.contains(QLatin1StringView("mail.example.com")), qPrintable(f.message));
    ImapClient imap;
    imap.setAccount(account, MailServers::password());
    QList<qint64> uids;
    QCOMPARE(imap.uidsFrom(QStringLiteral("INBOX"), 1, &uids).kind, Kind::Config);
}

void TestMailTransport::startTlsRequiredButNotOffered()
{
    MailAccount account = m_servers.account();
    account.smtp.security = Security::StartTls; // the sink is plain SMTP without STARTTLS
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const QString id = QStringLiteral("sd.starttls@agency.test");
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Tls);
    QVERIFY2(f.message.contains(QLatin1StringView("STARTTLS")), qPrintable(f.message));
    QCOMPARE(m_servers.deliveries(id), 0);

    account.smtp.security = Security::Tls; // implicit TLS against a plaintext greeting
    smtp.setAccount(account, MailServers::password());
    QCOMPARE(smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test"))).kind,
             Kind::Tls);
    QCOMPARE(m_servers.deliveries(id), 0);

    account.imap.security = Security::StartTls; // Dovecot has ssl = no: no STARTTLS either
    ImapClient imap;
    imap.setAccount(account, MailServers::password());
    FolderStatus st;
    QCOMPARE(imap.status(QStringLiteral("INBOX"), &st).kind, Kind::Tls);
}

void TestMailTransport::xoauth2()
{
    MailAccount account = m_servers.account();
    account.auth = AuthMethod::XOAuth2;
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::oauthToken());
    const QString id = QStringLiteral("sd.oauth@agency.test");
    SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id, QStringLiteral("pat@people.test")));
    QVERIFY2(f.ok(), qPrintable(f.message));
    QCOMPARE(m_servers.deliveries(id), 1);

    const QString wrong = QStringLiteral("ya29.expired-token-0000");
    smtp.setAccount(account, wrong);
    const QString id2 = QStringLiteral("sd.oauth.wrong@agency.test");
    f = smtp.send({QStringLiteral("pat@people.test")}, rawMessage(id2, QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Auth);
    QVERIFY2(f.message.contains(QLatin1StringView("Sign in")), qPrintable(f.message));
    QVERIFY(!f.message.contains(wrong));
    QCOMPARE(m_servers.deliveries(id2), 0);
}

void TestMailTransport::connectionRefused()
{
    const int port = closedPort();
    QVERIFY(port != 0);
    MailAccount account = m_servers.account();
    account.smtp.port = port;
    account.imap.port = port;
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")},
                  rawMessage(QStringLiteral("sd.refused@agency.test"), QStringLiteral("pat@people.test")));
    QCOMPARE(f.kind, Kind::Connect);
    QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(f.message));
    ImapClient imap;
    imap.setAccount(account, MailServers::password());
    FolderStatus st;
    QCOMPARE(imap.status(QStringLiteral("INBOX"), &st).kind, Kind::Connect);
}

void TestMailTransport::bounceArrivesInInbox()
{
    ImapClient imap;
    imap.setAccount(m_servers.account(), MailServers::password());
    FolderStatus before;
    QVERIFY(imap.status(QStringLiteral("INBOX"), &before).ok());

    SmtpClient smtp;
    smtp.setAccount(m_servers.account(), MailServers::password());
    const QString id = QStringLiteral("sd.bounce@agency.test");
    const SendFailure f =
        smtp.send({QStringLiteral("gone@bounce.test")}, rawMessage(id, QStringLiteral("gone@bounce.test")));
    QVERIFY2(f.ok(), qPrintable(f.message)); // accepted now, bounced later: as with a real relay

    QList<qint64> uids;
    QVERIFY(imap.uidsFrom(QStringLiteral("INBOX"), before.uidNext, &uids).ok());
    QCOMPARE(uids.size(), 1);
    QByteArray dsn;
    const ImapFailure fetched = imap.fetch(QStringLiteral("INBOX"), uids.first(), &dsn);
    QVERIFY2(fetched.ok(), qPrintable(fetched.message));
    QVERIFY(dsn.contains("multipart/report; report-type=delivery-status"));
    QVERIFY(dsn.contains("Status: 5.1.1"));
    QVERIFY(dsn.contains("Final-Recipient: rfc822; gone@bounce.test"));
    QVERIFY(dsn.contains("Message-ID: <" + id.toLatin1() + ">"));
}

void TestMailTransport::missingFolderAndMessage()
{
    ImapClient imap;
    imap.setAccount(m_servers.account(), MailServers::password());
    FolderStatus st;
    ImapFailure f = imap.status(QStringLiteral("No Such Folder"), &st);
    QCOMPARE(f.kind, Kind::Rejected); // not "wrong password": the folder is what is wrong
    QVERIFY2(f.message.contains(QLatin1StringView("No Such Folder")), qPrintable(f.message));
    QByteArray raw;
    f = imap.fetch(QStringLiteral("INBOX"), 999999, &raw);
    QCOMPARE(f.kind, Kind::Rejected);
    QVERIFY(raw.isEmpty());
    f = imap.append(QStringLiteral("No Such Folder"),
                    rawMessage(QStringLiteral("x@y"), QStringLiteral("a@b")));
    QCOMPARE(f.kind, Kind::Rejected);
    QVERIFY(imap.status(QStringLiteral("INBOX"), &st).ok()); // the client still works afterwards
}

void TestMailTransport::failureAfterTheBody_data()
{
    QTest::addColumn<QString>("afterData");
    QTest::addColumn<int>("kind");
    QTest::newRow("connection dropped: maybe sent") << QString() << int(Kind::Uncertain);
    QTest::newRow("451: try again") << QStringLiteral("451 4.3.0 Try again later") << int(Kind::Temporary);
    QTest::newRow("554: refused") << QStringLiteral("554 5.7.1 Message refused") << int(Kind::Rejected);
}

void TestMailTransport::failureAfterTheBody()
{
    QFETCH(QString, afterData);
    QFETCH(int, kind);
    ScriptedSmtp server(afterData.toStdString());
    QVERIFY(server.port() != 0);
    MailAccount account = m_servers.account();
    account.smtp.port = server.port();
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const SendFailure f =
        smtp.send({QStringLiteral("pat@people.test")},
                  rawMessage(QStringLiteral("sd.after@agency.test"), QStringLiteral("pat@people.test")));
    QVERIFY2(server.gotBody(), qPrintable(f.message));
    QCOMPARE(int(f.kind), kind);
    QVERIFY2(f.message.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(f.message));
    QVERIFY(!f.message.contains(MailServers::password()));
}

void TestMailTransport::cancelSmtp()
{
    QTcpServer silent; // accepts connections (the kernel does) and never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MailAccount account = m_servers.account();
    account.smtp.port = silent.serverPort();
    account.timeoutSeconds = 250; // only the cancel can end it before QTest's watchdog
    SmtpClient smtp;
    smtp.setAccount(account, MailServers::password());
    const QByteArray msg =
        rawMessage(QStringLiteral("sd.cancel@agency.test"), QStringLiteral("pat@people.test"));
    const SendFailure f = runAndCancel([&] { return smtp.send({QStringLiteral("pat@people.test")}, msg); },
                                       [&] { smtp.cancel(); });
    QCOMPARE(f.kind, Kind::Cancelled);
}

void TestMailTransport::cancelImap()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MailAccount account = m_servers.account();
    account.imap.port = silent.serverPort();
    account.timeoutSeconds = 250;
    ImapClient imap;
    imap.setAccount(account, MailServers::password());
    QList<qint64> uids;
    const ImapFailure f = runAndCancel([&] { return imap.uidsFrom(QStringLiteral("INBOX"), 1, &uids); },
                                       [&] { imap.cancel(); });
    QCOMPARE(f.kind, Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestMailTransport)
#include "tst_mail_transport.moc"
