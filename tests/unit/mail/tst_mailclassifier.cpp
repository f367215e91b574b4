#include "MailClassifier.h"

#include <QFile>
#include <QTest>

using namespace sd;
using namespace sd::mail;

namespace {

IncomingMail parsed(const QByteArray &raw)
{
    Result<IncomingMail> r = parseMessage(raw);
    if (!r.ok())
        qFatal("parse failed: %s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

IncomingMail sample(const char *name)
{
    QFile f(QStringLiteral(MAIL_SAMPLES_DIR "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return parsed(f.readAll());
}

// A person's reply as a mail client would send it: UTF-8, 8bit, quoting our message below.
IncomingMail reply(const QString &subject, const QString &newText, const QByteArray &extraHeaders = {})
{
    const QString body =
        newText + QStringLiteral("\n\nOn Mon, 30 Nov 2026 at 10:00, Ana <ana@agency.example> wrote:\n"
                                 "> Hi, are you open to a new role?\n");
    QByteArray raw = "From: Jan <jan@example.pl>\r\nTo: ana@agency.example\r\nSubject: " + subject.toUtf8() +
                     "\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <r1@example.pl>\r\n"
                     "In-Reply-To: <sd.1@agency.example>\r\n" +
                     extraHeaders +
                     "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                     body.toUtf8();
    return parsed(raw);
}

} // namespace

Q_DECLARE_METATYPE(sd::mail::MailKind)

class TestMailClassifier : public QObject
{
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<MailKind>("kind");
        QTest::newRow("gmail reply") << QStringLiteral("gmail_reply.eml") << MailKind::Reply;
        QTest::newRow("outlook reply") << QStringLiteral("outlook_reply.eml") << MailKind::Reply;
        QTest::newRow("outlook de reply") << QStringLiteral("outlook_de_reply.eml") << MailKind::Reply;
        QTest::newRow("latin1 base64") << QStringLiteral("latin1_base64.eml") << MailKind::Reply;
        QTest::newRow("latin1 qp") << QStringLiteral("latin1_qp.eml") << MailKind::Reply;
        QTest::newRow("html only") << QStringLiteral("html_only_reply.eml") << MailKind::Reply;
        QTest::newRow("postfix dsn") << QStringLiteral("postfix_dsn.eml") << MailKind::Bounce;
        QTest::newRow("exchange ndr") << QStringLiteral("exchange_ndr.eml") << MailKind::Bounce;
        QTest::newRow("delay dsn") << QStringLiteral("delay_dsn.eml") << MailKind::DelayNotice;
        QTest::newRow("exim bounce") << QStringLiteral("exim_bounce.eml") << MailKind::Bounce;
        QTest::newRow("auto-submitted") << QStringLiteral("ooo_auto_submitted.eml") << MailKind::OutOfOffice;
        QTest::newRow("x-autoreply") << QStringLiteral("ooo_x_autoreply.eml") << MailKind::OutOfOffice;
        QTest::newRow("outlook automatic reply")
            << QStringLiteral("ooo_outlook.eml") << MailKind::OutOfOffice;
        QTest::newRow("abwesenheitsnotiz") << QStringLiteral("ooo_german.eml") << MailKind::OutOfOffice;
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(MailKind, kind);
        QCOMPARE(classify(sample(file.toUtf8().constData())), kind);
    }

    void unsubscribeRequests_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<MailKind>("kind");
        const QString re = QStringLiteral("Re: Rust role");
        QTest::newRow("unsubscribe") << re << QStringLiteral("Unsubscribe") << MailKind::Unsubscribe;
        QTest::newRow("UNSUBSCRIBE!") << re << QStringLiteral("UNSUBSCRIBE!") << MailKind::Unsubscribe;
        QTest::newRow("please remove me")
            << re << QStringLiteral("Please remove me from your list.\n\nJan") << MailKind::Unsubscribe;
        QTest::newRow("stop") << re << QStringLiteral("stop") << MailKind::Unsubscribe;
        QTest::newRow("bitte austragen")
            << re << QStringLiteral("Bitte austragen.\n\nMit freundlichen Grüßen\nJan Meier")
            << MailKind::Unsubscribe;
        QTest::newRow("aus dem verteiler")
            << re << QStringLiteral("Bitte entfernen Sie mich aus Ihrem Verteiler") << MailKind::Unsubscribe;
        QTest::newRow("désabonner") << re << QStringLiteral("Me désabonner, merci") << MailKind::Unsubscribe;
        QTest::newRow("désabonnez-moi")
            << re << QStringLiteral("Désabonnez-moi s'il vous plaît") << MailKind::Unsubscribe;
        QTest::newRow("darme de baja")
            << re << QStringLiteral("Por favor, darme de baja. Gracias") << MailKind::Unsubscribe;
        QTest::newRow("wypisz mnie") << re << QStringLiteral("Proszę, wypisz mnie z listy.")
                                     << MailKind::Unsubscribe;
        QTest::newRow("subject unsubscribe")
            << QStringLiteral("Unsubscribe") << QString() << MailKind::Unsubscribe;
        QTest::newRow("subject re unsubscribe")
            << QStringLiteral("AW: abmelden") << QStringLiteral(" ") << MailKind::Unsubscribe;
        QTest::newRow("quoted unsubscribe line does not count")
            << re << QStringLiteral("Sounds good, call me Thursday.\n> Unsubscribe") << MailKind::Reply;
        QTest::newRow("mentions unsubscribe in a sentence")
            << re
            << QStringLiteral(
                   "Thanks, I was about to unsubscribe from job mails but this role actually sounds great. "
                   "Can we talk on Friday?")
            << MailKind::Reply;
        QTest::newRow("remove me as a word in a sentence")
            << re
            << QStringLiteral(
                   "Please remove me from the cc of the other thread, but I'm interested in this one.")
            << MailKind::Reply;
        QTest::newRow("stop then a long answer")
            << re
            << QStringLiteral(
                   "Stop.\nActually no wait, I reconsidered and would like to hear more about the team, the "
                   "salary range, the remote policy, the on-call rotation, the tech stack, the interview "
                   "process, the start date and whether relocation support is offered for my family.")
            << MailKind::Reply;
        QTest::newRow("plain reply") << re << QStringLiteral("Yes, interested!") << MailKind::Reply;
    }

    void unsubscribeRequests()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(MailKind, kind);
        QCOMPARE(classify(reply(subject, text)), kind);
    }

    void autoSubmittedNoIsAReply()
    {
        QCOMPARE(classify(reply(QStringLiteral("Re: Rust role"), QStringLiteral("Happy to talk."),
                                "Auto-Submitted: no\r\n")),
                 MailKind::Reply);
        QCOMPARE(classify(reply(QStringLiteral("Re: Rust role"), QStringLiteral("Happy to talk."),
                                "Auto-Submitted: auto-generated\r\n")),
                 MailKind::OutOfOffice);
    }

    void autoReplySubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<MailKind>("kind");
        QTest::newRow("out of office") << QStringLiteral("Out of Office: Rust role") << MailKind::OutOfOffice;
        QTest::newRow("automatic reply")
            << QStringLiteral("Automatic reply: Rust role") << MailKind::OutOfOffice;
        QTest::newRow("abwesenheitsnotiz")
            << QStringLiteral("Abwesenheitsnotiz: Rust role") << MailKind::OutOfOffice;
        QTest::newRow("réponse automatique")
            << QStringLiteral("Réponse automatique : Rust role") << MailKind::OutOfOffice;
        QTest::newRow("respuesta automática")
            << QStringLiteral("Respuesta automática: Rust role") << MailKind::OutOfOffice;
        QTest::newRow("autoodpowiedź") << QStringLiteral("Autoodpowiedź: Rust role") << MailKind::OutOfOffice;
        QTest::newRow("reply about being out of office")
            << QStringLiteral("Re: Out of office next week?") << MailKind::Reply;
    }

    void autoReplySubjects()
    {
        QFETCH(QString, subject);
        QFETCH(MailKind, kind);
        QCOMPARE(classify(reply(subject, QStringLiteral("I'm back on Monday."))), kind);
    }

    void reportWinsOverAutoReplyAndUnsubscribe()
    {
        IncomingMail m = reply(QStringLiteral("Unsubscribe"), QStringLiteral("Unsubscribe"),
                               "Auto-Submitted: auto-replied\r\n");
        QCOMPARE(classify(m), MailKind::OutOfOffice);
        m.report.isReport = true;
        m.report.permanent = true;
        QCOMPARE(classify(m), MailKind::Bounce);
        m.report.permanent = false;
        QCOMPARE(classify(m), MailKind::DelayNotice);
    }
};

QTEST_GUILESS_MAIN(TestMailClassifier)
#include "tst_mailclassifier.moc"
