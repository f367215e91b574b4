#include "MailMessage.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace sd;
using namespace sd::mail;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(MAIL_SAMPLES_DIR "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return f.readAll();
}

IncomingMail parsed(const QByteArray &raw)
{
    Result<IncomingMail> r = parseMessage(raw);
    if (!r.ok())
        qFatal("parse failed: %s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

OutgoingMail outgoing()
{
    OutgoingMail m;
    m.fromAddress = QStringLiteral("ana@agency.example");
    m.fromName = QStringLiteral("Ana Recruiter");
    m.toAddress = QStringLiteral("jan@example.pl");
    m.toName = QStringLiteral("Jan Kowalski");
    m.subject = QStringLiteral("Rust role");
    m.bodyText = QStringLiteral("Hi Jan,\nshort question.\n");
    m.messageId = QStringLiteral("sd.42.7f3a@agency.example");
    m.date = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return m;
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void roundTripNonAscii_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("german") << QStringLiteral("Jürgen Müller-Lüdenscheidt")
                                << QStringLiteral("Grüße aus München – Stelle")
                                << QStringLiteral("Hallo Jürgen,\nwie geht's? Straße, Maß, Öl.\n");
        QTest::newRow("polish") << QStringLiteral("Zażółć Gęślą Jaźń")
                                << QStringLiteral("Praca: inżynier Rust w Łodzi")
                                << QStringLiteral("Cześć,\nczy możemy porozmawiać?\n");
        QTest::newRow("emoji") << QStringLiteral("Ana 🚀 Recruiter") << QStringLiteral("Quick chat? 😊")
                               << QStringLiteral(
                                      "Hi 👋\nA very long line that goes on and on and on well beyond the "
                                      "seventy-six character limit of quoted-printable with ünïcödé 🎉.\n"
                                      "Last line.");
        QTest::newRow("ascii comma name")
            << QStringLiteral("Doe, John") << QStringLiteral("plain")
            << QStringLiteral("=3D is not an escape here; from the start\n.\nFrom x\n");
    }

    void roundTripNonAscii()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        OutgoingMail m = outgoing();
        m.fromName = name;
        m.toName = name;
        m.subject = subject;
        m.bodyText = body;
        const Result<QByteArray> raw = buildMessage(m);
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().toString()));

        // Wire form: 7-bit, CRLF everywhere, encoded-words and quoted-printable UTF-8.
        const QByteArray &bytes = raw.value();
        for (char c : bytes)
            QVERIFY2(uchar(c) < 0x80, "8-bit byte on the wire");
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QVERIFY(bytes.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(bytes.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        QVERIFY(bytes.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
        QVERIFY(bytes.contains("Message-Id: <sd.42.7f3a@agency.example>\r\n") ||
                bytes.contains("Message-ID: <sd.42.7f3a@agency.example>\r\n"));
        QVERIFY(bytes.contains("Date: Tue, 01 Dec 2026 09:30:00 +0000\r\n"));
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= 999, "line longer than RFC 5322 allows");
        const bool nonAscii =
            std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7f; });
        if (nonAscii)
            QVERIFY(bytes.toLower().contains("=?utf-8?"));

        const IncomingMail in = parsed(bytes);
        QCOMPARE(in.fromName, name);
        QCOMPARE(in.fromAddress, QStringLiteral("ana@agency.example"));
        QCOMPARE(in.toAddresses, QStringList{QStringLiteral("jan@example.pl")});
        QCOMPARE(in.subject, subject);
        // The body always ends with a line break.
        QCOMPARE(in.bodyText, body.endsWith(QLatin1Char('\n')) ? body : body + QLatin1Char('\n'));
        QCOMPARE(in.messageId, QStringLiteral("sd.42.7f3a@agency.example"));
        QCOMPARE(in.date, m.date);
    }

    void threadingAndUnsubscribeHeaders()
    {
        OutgoingMail m = outgoing();
        m.inReplyTo = QStringLiteral("sd.41.aaaa@agency.example");
        m.references = {QStringLiteral("CAH+w=7Zb@mail.gmail.com"),
                        QStringLiteral("sd.41.aaaa@agency.example")};
        m.unsubscribeMailto = QStringLiteral("ana@agency.example?subject=unsubscribe");
        const QByteArray raw = buildMessage(m).value();
        QVERIFY(raw.contains("In-Reply-To: <sd.41.aaaa@agency.example>\r\n"));
        QVERIFY(raw.contains("List-Unsubscribe: <mailto:ana@agency.example?subject=unsubscribe>\r\n"));
        QVERIFY(!raw.contains("List-Unsubscribe-Post"));
        const IncomingMail in = parsed(raw);
        QCOMPARE(in.inReplyTo, m.inReplyTo);
        QCOMPARE(in.references, m.references);

        // Without them there are no empty headers.
        const QByteArray plain = buildMessage(outgoing()).value();
        QVERIFY(!plain.contains("In-Reply-To"));
        QVERIFY(!plain.contains("References"));
        QVERIFY(!plain.contains("List-Unsubscribe"));
    }

    void invalidDateMeansNow()
    {
        OutgoingMail m = outgoing();
        m.date = {};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const IncomingMail in = parsed(buildMessage(m).value());
        QVERIFY(in.date >= before);
        QVERIFY(in.date <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void headerInjectionIsFlattened()
    {
        OutgoingMail m = outgoing();
        m.subject = QStringLiteral("Hello\r\nBcc: victim@example.org");
        m.toName = QStringLiteral("Jan\nX-Evil: 1");
        const QByteArray raw = buildMessage(m).value();
        QVERIFY(!raw.contains("\r\nBcc:"));
        QVERIFY(!raw.contains("\r\nX-Evil:"));
        const IncomingMail in = parsed(raw);
        QCOMPARE(in.subject, QStringLiteral("Hello  Bcc: victim@example.org"));
    }

    void malformedInputsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("from empty") << QStringLiteral("fromAddress") << QString();
        QTest::newRow("from no at") << QStringLiteral("fromAddress") << QStringLiteral("ana.agency.example");
        QTest::newRow("to two ats") << QStringLiteral("toAddress") << QStringLiteral("a@b@example.org");
        QTest::newRow("to space") << QStringLiteral("toAddress") << QStringLiteral("jan kowalski@example.pl");
        QTest::newRow("to crlf") << QStringLiteral("toAddress")
                                 << QStringLiteral("jan@example.pl\r\nBcc: x@y.z");
        QTest::newRow("to brackets") << QStringLiteral("toAddress") << QStringLiteral("<jan@example.pl>");
        QTest::newRow("to double dot") << QStringLiteral("toAddress") << QStringLiteral("jan..k@example.pl");
        QTest::newRow("to bad domain") << QStringLiteral("toAddress") << QStringLiteral("jan@-example.pl");
        QTest::newRow("to no domain") << QStringLiteral("toAddress") << QStringLiteral("jan@");
        QTest::newRow("id empty") << QStringLiteral("messageId") << QString();
        QTest::newRow("id brackets") << QStringLiteral("messageId") << QStringLiteral("<a@b>");
        QTest::newRow("id space") << QStringLiteral("messageId") << QStringLiteral("a b@c");
        QTest::newRow("reply no at") << QStringLiteral("inReplyTo") << QStringLiteral("justtext");
        QTest::newRow("reference bad") << QStringLiteral("references") << QStringLiteral("x@y>\r\nBcc: z");
        QTest::newRow("unsubscribe bad")
            << QStringLiteral("unsubscribeMailto") << QStringLiteral("nobody?subject=x");
        QTest::newRow("unsubscribe space") << QStringLiteral("unsubscribeMailto")
                                           << QStringLiteral("ana@agency.example?subject=un subscribe");
    }

    void malformedInputsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        OutgoingMail m = outgoing();
        if (field == QLatin1String("fromAddress"))
            m.fromAddress = value;
        else if (field == QLatin1String("toAddress"))
            m.toAddress = value;
        else if (field == QLatin1String("messageId"))
            m.messageId = value;
        else if (field == QLatin1String("inReplyTo"))
            m.inReplyTo = value;
        else if (field == QLatin1String("references"))
            m.references = {QStringLiteral("good@agency.example"), value};
        else
            m.unsubscribeMailto = value;
        const Result<QByteArray> r = buildMessage(m);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QCOMPARE(r.error().where, field);
    }

    void newMessageIdsAreUniqueAndValid()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString id = newMessageId(QStringLiteral("Ana@Agency.Example"));
            QVERIFY(id.startsWith(QLatin1String("sd.")));
            QVERIFY(id.endsWith(QLatin1String("@agency.example")));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            OutgoingMail m = outgoing();
            m.messageId = id;
            QVERIFY(buildMessage(m).ok());
        }
        QVERIFY(newMessageId(QStringLiteral("broken")).endsWith(QLatin1String("@sourcedesk.invalid")));
    }

    void notAMessageIsCorrupt()
    {
        QCOMPARE(parseMessage(QByteArray()).error().code, Error::Code::Corrupt);
        QCOMPARE(parseMessage(QByteArray("\r\n\r\njust a body\r\n")).error().code, Error::Code::Corrupt);
        QCOMPARE(parseMessage(QByteArray("\x01\x02\x03 binary garbage")).error().code, Error::Code::Corrupt);
    }

    void gmailReply()
    {
        const IncomingMail in = parsed(sample("gmail_reply.eml"));
        QCOMPARE(in.messageId, QStringLiteral("CAH+w=7ZbK2vX9fQ@mail.gmail.com"));
        QCOMPARE(in.inReplyTo, QStringLiteral("sd.m1a.0001@agency.example"));
        QCOMPARE(in.references, QStringList{QStringLiteral("sd.m1a.0001@agency.example")});
        QCOMPARE(in.fromAddress, QStringLiteral("jan.kowalski@gmail.com"));
        QCOMPARE(in.fromName, QStringLiteral("Jan Kowalski Łódź"));
        QCOMPARE(in.subject, QStringLiteral("Re: Rola inżyniera Rust w Krakowie"));
        QCOMPARE(in.date, QDateTime(QDate(2026, 12, 1), QTime(9, 14, 51), Qt::UTC));
        QVERIFY(in.bodyText.contains(QStringLiteral("> I am looking for a Rust engineer in Kraków.")));
        QCOMPARE(newTextOf(in.bodyText),
                 QStringLiteral("Cześć Ana,\n\nBrzmi ciekawie 😊 Możemy porozmawiać w czwartek?\n\nJan"));
        QVERIFY(!in.report.isReport);
        QVERIFY(!in.autoReplyHeaders);
        QVERIFY(in.autoSubmitted.isEmpty());
    }

    void outlookReplies()
    {
        const IncomingMail in = parsed(sample("outlook_reply.eml"));
        QCOMPARE(in.fromName, QStringLiteral("Meier, Thomas"));
        QCOMPARE(in.references, (QStringList{QStringLiteral("sd.m1a.0001@agency.example"),
                                             QStringLiteral("sd.m1a.0002@agency.example")}));
        QCOMPARE(
            newTextOf(in.bodyText),
            QStringLiteral("Hallo Ana,\n\ngerne können wir nächste Woche telefonieren.\n\nGrüße\nThomas"));
        const IncomingMail de = parsed(sample("outlook_de_reply.eml"));
        QCOMPARE(newTextOf(de.bodyText), QStringLiteral("Danke, passt."));
    }

    void legacyCharsets()
    {
        const IncomingMail b64 = parsed(sample("latin1_base64.eml"));
        QCOMPARE(b64.fromName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(b64.subject, QStringLiteral("Re: Grüße aus München"));
        QCOMPARE(b64.date, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(newTextOf(b64.bodyText),
                 QStringLiteral("Sehr geehrte Frau Recruiter,\n\nvielen Dank. Grüße aus München!"));
        const IncomingMail qp = parsed(sample("latin1_qp.eml"));
        QCOMPARE(newTextOf(qp.bodyText), QStringLiteral("Très intéressé, merci !"));
    }

    void htmlOnlyReply()
    {
        const IncomingMail in = parsed(sample("html_only_reply.eml"));
        QVERIFY(!in.bodyText.contains(QLatin1String("<p")));
        QVERIFY(!in.bodyText.contains(QLatin1String("<div")));
        QVERIFY(!in.bodyText.contains(QLatin1String("&lt;")));
        QCOMPARE(in.bodyText,
                 QStringLiteral("Hola Ana,\n\nSí, me interesa & tengo tiempo el jueves.\n\n"
                                "El lun, 30 nov 2026 a las 10:00, Ana Recruiter (<ana@agency.example>) "
                                "escribió:\n\n> Hola Carlos,\n> tenemos un puesto."));
        QVERIFY(!in.bodyText.contains(QLatin1String("color")));
        QCOMPARE(newTextOf(in.bodyText),
                 QStringLiteral("Hola Ana,\n\nSí, me interesa & tengo tiempo el jueves."));
    }

    void newTextCutsQuotes_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gmail one line")
            << QStringLiteral("Yes!\n\nOn Mon, 30 Nov 2026 at 10:00, Ana <a@b.c> wrote:\n> Hi")
            << QStringLiteral("Yes!");
        QTest::newRow("german") << QStringLiteral(
                                       "Ja gerne.\nAm 30.11.2026 um 10:00 schrieb Ana <a@b.c>:\n> Hallo")
                                << QStringLiteral("Ja gerne.");
        QTest::newRow("spanish") << QStringLiteral("Vale.\n\nEl lun, 30 nov 2026, Ana escribió:\n> Hola")
                                 << QStringLiteral("Vale.");
        QTest::newRow("polish") << QStringLiteral("Tak.\n\nW dniu 30.11.2026 o 10:00, Ana pisze:\n> Cześć")
                                << QStringLiteral("Tak.");
        QTest::newRow("french") << QStringLiteral("Oui.\nLe 30/11/2026 à 10:00, Ana a écrit :\n> Bonjour")
                                << QStringLiteral("Oui.");
        QTest::newRow("apple quoted attribution")
            << QStringLiteral("Sure.\n\n> On 30 Nov 2026, at 10:00, Ana <a@b.c> wrote:\n>\n> Hi")
            << QStringLiteral("Sure.");
        QTest::newRow("bare quote") << QStringLiteral("Fine by me\n> old text")
                                    << QStringLiteral("Fine by me");
        QTest::newRow("signature") << QStringLiteral("Unsubscribe\n-- \nJan Kowalski\nCTO")
                                   << QStringLiteral("Unsubscribe");
        QTest::newRow("outlook header block")
            << QStringLiteral("OK\n\nFrom: Ana <a@b.c>\nSent: Monday\nTo: Jan\nSubject: Role\n\nHi")
            << QStringLiteral("OK");
        QTest::newRow("from in prose stays") << QStringLiteral("From: my side all good.\nSee you.")
                                             << QStringLiteral("From: my side all good.\nSee you.");
        QTest::newRow("wrote in prose stays")
            << QStringLiteral("On reflection I agree with what you wrote.\nThanks")
            << QStringLiteral("On reflection I agree with what you wrote.\nThanks");
        QTest::newRow("nothing to cut")
            << QStringLiteral("  Just text\r\nsecond line  ") << QStringLiteral("Just text\nsecond line");
    }

    void newTextCutsQuotes()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(newTextOf(body), expected);
    }

    void postfixDsn()
    {
        const IncomingMail in = parsed(sample("postfix_dsn.eml"));
        QVERIFY(in.report.isReport);
        QVERIFY(in.report.permanent);
        QCOMPARE(in.report.failedRecipients, QStringList{QStringLiteral("nobody@example.org")});
        QCOMPARE(in.report.originalMessageId, QStringLiteral("sd.m1a.0042@agency.example"));
        QCOMPARE(in.report.status, QStringLiteral("5.1.1"));
        QCOMPARE(
            in.report.diagnostic,
            QStringLiteral("smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown"));
        QVERIFY(in.bodyText.startsWith(QLatin1String("This is the mail system")));
        QCOMPARE(in.fromAddress, QStringLiteral("mailer-daemon@mail.agency.example"));
    }

    void exchangeNdr()
    {
        const IncomingMail in = parsed(sample("exchange_ndr.eml"));
        QVERIFY(in.report.isReport);
        QVERIFY(in.report.permanent);
        QCOMPARE(in.report.failedRecipients, QStringList{QStringLiteral("john.doe@contoso.example.com")});
        QCOMPARE(in.report.originalMessageId, QStringLiteral("sd.m1a.0077@agency.example"));
        QCOMPARE(in.report.status, QStringLiteral("5.1.10"));
        QVERIFY(
            in.report.diagnostic.startsWith(QLatin1String("smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound")));
        QVERIFY(in.report.diagnostic.endsWith(QLatin1String("not found by SMTP address lookup")));
    }

    void delayDsn()
    {
        const IncomingMail in = parsed(sample("delay_dsn.eml"));
        QVERIFY(in.report.isReport);
        QVERIFY(!in.report.permanent);
        QCOMPARE(in.report.status, QStringLiteral("4.4.1"));
        QCOMPARE(in.report.failedRecipients, QStringList{QStringLiteral("slow@example.net")});
        QCOMPARE(in.report.originalMessageId, QStringLiteral("sd.m1a.0099@agency.example"));
    }

    void eximClassicBounce()
    {
        const IncomingMail in = parsed(sample("exim_bounce.eml"));
        QVERIFY(in.report.isReport);
        QVERIFY(in.report.permanent);
        QCOMPARE(in.report.failedRecipients, QStringList{QStringLiteral("gone@old-company.example")});
        QCOMPARE(in.report.originalMessageId, QStringLiteral("sd.m1a.0123@agency.example"));
        QCOMPARE(in.report.status, QStringLiteral("5.1.1"));
        QVERIFY(in.report.diagnostic.contains(QLatin1String("User unknown")));
    }

    void xFailedRecipientsFromAPersonIsNoBounce()
    {
        const QByteArray raw = "From: Jan <jan@example.pl>\r\nTo: ana@agency.example\r\nSubject: hi\r\n"
                               "X-Failed-Recipients: someone@example.org\r\n\r\nHello\r\n";
        QVERIFY(!parsed(raw).report.isReport);
    }

    void autoReplyHeaders()
    {
        QCOMPARE(parsed(sample("ooo_auto_submitted.eml")).autoSubmitted, QStringLiteral("auto-replied"));
        QVERIFY(parsed(sample("ooo_x_autoreply.eml")).autoReplyHeaders);
        const QByteArray head = "From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\n";
        QVERIFY(parsed(head + "Precedence: bulk\r\n\r\nx").autoReplyHeaders);
        QVERIFY(parsed(head + "X-Autorespond: vacation\r\n\r\nx").autoReplyHeaders);
        QVERIFY(
            parsed(head + "In-Reply-To: <q@r>\r\nX-Auto-Response-Suppress: All\r\n\r\nx").autoReplyHeaders);
        QVERIFY(!parsed(head + "X-Auto-Response-Suppress: All\r\n\r\nx").autoReplyHeaders);
        QVERIFY(!parsed(head + "Precedence: list\r\n\r\nx").autoReplyHeaders);
        QVERIFY(!parsed(head + "X-Autoreply: no\r\n\r\nx").autoReplyHeaders);
        QCOMPARE(parsed(head + "Auto-Submitted: Auto-Generated; owner-email=x@y\r\n\r\nx").autoSubmitted,
                 QStringLiteral("auto-generated"));
    }

    void undeclaredCharsets()
    {
        // 8-bit text without a charset: UTF-8 when it is valid UTF-8, else Latin-1 (what old clients send).
        const QByteArray head = "From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n";
        QCOMPARE(parsed(head + "Gr\xfc\xdf"
                               "e\r\n")
                     .bodyText,
                 QStringLiteral("Grüße\n"));
        QCOMPARE(parsed(head + "Gr\xc3\xbc\xc3\x9f"
                               "e\r\n")
                     .bodyText,
                 QStringLiteral("Grüße\n"));
        // No Content-Type at all is text/plain; us-ascii.
        QCOMPARE(parsed("From: a@b.example\r\n\r\nhello\r\n").bodyText, QStringLiteral("hello\n"));
    }

    void brokenHeadersStillParse()
    {
        const QByteArray raw = "From: not an address\r\nDate: yesterday-ish\r\nSubject: =?utf-8?Q?broken\r\n"
                               "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nbody text\r\n";
        const IncomingMail in = parsed(raw);
        QVERIFY(!in.date.isValid());
        QVERIFY(in.bodyText.contains(QLatin1String("body text")));
        QVERIFY(in.messageId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
