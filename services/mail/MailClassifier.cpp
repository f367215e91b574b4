#include "MailClassifier.h"

#include <QRegularExpression>
#include <QSet>

namespace sd::mail {

namespace {

bool isAutoReplySubject(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral("^(out of (the )?office|automatic reply|auto(matic)?[ -]?reply|auto:|autoreply|"
                       "abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique|"
                       "absence du bureau|respuesta automática|respuesta automatica|fuera de la oficina|"
                       "autoodpowiedź|automatyczna odpowiedź|nieobecność|vacation reply)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(subject.trimmed()).hasMatch();
}

// Lower case, punctuation and courtesy words removed, single spaces: "Please, remove me!" -> "remove me".
QString normalized(const QString &text)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\s]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression courtesy(
        QStringLiteral("\\b(please|pls|plz|kindly|thanks|thank you|thx|bitte|danke|merci|s il vous plait|"
                       "s il vous plaît|svp|por favor|gracias|proszę|prosze|dziękuję|dziekuje|dzięki)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = text.toLower();
    s.replace(QChar(0x2019), QLatin1Char(' ')); // typographic apostrophe
    s.replace(punctuation, QStringLiteral(" "));
    s.replace(courtesy, QStringLiteral(" "));
    s.replace(spaces, QStringLiteral(" "));
    return s.trimmed();
}

bool isUnsubscribePhrase(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:i want to |i d like to |i would like to )?"
            "(?:unsubscribe(?: me)?|remove me|take me off|opt out|stop|stop (?:emailing|e mailing|mailing|"
            "contacting|writing to) me|do not contact me|don t contact me|dont contact me|no more emails|"
            "abmelden|abbestellen|austragen|(?:bitte )?(?:mich )?(?:austragen|abmelden|entfernen)|"
            "tragen sie mich aus|entfernen sie mich|nehmen sie mich (?:raus|heraus)|keine (?:weiteren "
            ")?e?mails(?: mehr)?|"
            "kontaktieren sie mich nicht mehr|nicht mehr kontaktieren|"
            "(?:me )?désabonner|désabonnez moi|désabonnement|(?:me )?désinscrire|désinscrivez moi|"
            "retirez moi|supprimez moi|ne plus me contacter|ne me contactez plus|"
            "(?:darme|dar|dame|denme|darse) de baja|baja|eliminarme|elimíname|eliminadme|"
            "cancelar (?:la )?suscripción|no me contacten más|no me contacten mas|desuscribir(?:me)?|"
            "wypisz mnie|wypisz|wypiszcie mnie|wypisać|wypisac|(?:mnie )?wypisać|usuń mnie|usuńcie mnie|"
            "usun mnie|rezygnuję|rezygnuje|rezygnacja|nie kontaktuj(?:cie)? się ze mną|"
            "proszę mnie wypisać|mnie wypisać))"
            "(?: (?:from|off) (?:your|the|this) (?:mailing |email |e mail )?(?:list|database|mailing list)|"
            " aus (?:ihrem|dem|ihrer|der) (?:verteiler|liste|datenbank)|"
            " de (?:votre|la|cette) (?:liste|base)(?: de diffusion)?|"
            " de (?:su|la|esta) (?:lista|base de datos)|"
            " z (?:listy|waszej listy|bazy|mailingu))?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString n = normalized(text);
    return !n.isEmpty() && re.match(n).hasMatch();
}

QString withoutReplyPrefixes(QString subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(re|aw|wg|fw|fwd|sv|odp|rv|tr|r|res|enc)\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    while (true) {
        const QRegularExpressionMatch m = prefix.match(subject);
        if (!m.hasMatch())
            return subject.trimmed();
        subject = subject.mid(m.capturedEnd());
    }
}

// The first line of the new text is the request; what follows may only be a short sign-off.
bool asksToUnsubscribe(const QString &newText)
{
    const QStringList lines = newText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    qsizetype first = 0;
    while (first < lines.size() && normalized(lines[first]).isEmpty())
        ++first;
    if (first >= lines.size() || !isUnsubscribePhrase(lines[first]))
        return false;
    qsizetype restWords = 0;
    for (qsizetype i = first + 1; i < lines.size(); ++i)
        restWords += normalized(lines[i]).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    return restWords <= 30;
}

} // namespace

MailKind classify(const IncomingMail &mail)
{
    if (mail.report.isReport)
        return mail.report.permanent ? MailKind::Bounce : MailKind::DelayNotice;
    if ((!mail.autoSubmitted.isEmpty() && mail.autoSubmitted != QLatin1String("no")) ||
        mail.autoReplyHeaders || isAutoReplySubject(mail.subject))
        return MailKind::OutOfOffice;
    if (asksToUnsubscribe(newTextOf(mail.bodyText)) ||
        isUnsubscribePhrase(withoutReplyPrefixes(mail.subject)))
        return MailKind::Unsubscribe;
    return MailKind::Reply;
}

} // namespace sd::mail
