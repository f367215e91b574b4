#include "MailMessage.h"

// GLib's D-Bus headers name a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <memory>
#include <mutex>

namespace sd::mail {

namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

QString fromGChar(char *owned)
{
    if (!owned)
        return {};
    const QString s =
        g_utf8_validate(owned, -1, nullptr) ? QString::fromUtf8(owned) : QString::fromLatin1(owned);
    g_free(owned);
    return s;
}

QString fromConst(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// dot-atom text of RFC 5322 (local parts, message ids); ASCII only, no quoted strings.
bool isDotAtom(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    return re.match(s).hasMatch();
}

bool isDomain(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

bool isAddress(const QString &s)
{
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    return at > 0 && s.size() <= 254 && isDotAtom(s.left(at)) && isDomain(s.mid(at + 1));
}

bool isMessageId(const QString &s)
{
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    return at > 0 && s.size() <= 900 && isDotAtom(s.left(at)) && isDotAtom(s.mid(at + 1));
}

Error invalid(const char *field, const QString &message)
{
    return Error(Error::Code::InvalidArgument, message, QLatin1StringView(field));
}

// Display names and subjects are single header lines: a line break in them would end the header.
QByteArray oneLine(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.trimmed().toUtf8();
}

void addMailbox(InternetAddressList *list, const QString &name, const QString &address)
{
    const QByteArray n = oneLine(name);
    InternetAddress *ia =
        internet_address_mailbox_new(n.isEmpty() ? nullptr : n.constData(), address.toUtf8().constData());
    internet_address_set_charset(ia, "utf-8");
    internet_address_list_add(list, ia);
    g_object_unref(ia);
}

QString bracketed(const QString &id)
{
    return QLatin1Char('<') + id + QLatin1Char('>');
}

QStringList referencesOf(const char *value)
{
    QStringList out;
    if (!value)
        return out;
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return out;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        out << fromConst(g_mime_references_get_message_id(refs, i));
    g_mime_references_free(refs);
    return out;
}

// The first mailbox of an address list, descending into groups.
InternetAddressMailbox *firstMailbox(InternetAddressList *list)
{
    for (int i = 0; list && i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            return INTERNET_ADDRESS_MAILBOX(ia);
        if (INTERNET_ADDRESS_IS_GROUP(ia))
            if (InternetAddressMailbox *m =
                    firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia))))
                return m;
    }
    return nullptr;
}

void allMailboxes(InternetAddressList *list, QStringList &out)
{
    for (int i = 0; list && i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            out << fromConst(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).toLower();
        else if (INTERNET_ADDRESS_IS_GROUP(ia))
            allMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out);
    }
}

bool isType(GMimeObject *o, const char *type, const char *subtype)
{
    GMimeContentType *ct = g_mime_object_get_content_type(o);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

// The content of a leaf part with its transfer encoding undone, in its own charset.
QByteArray decodedContent(GMimeObject *o)
{
    if (!GMIME_IS_PART(o))
        return {};
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(o));
    if (!content)
        return {};
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, mem.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString textOf(GMimeObject *o)
{
    if (!GMIME_IS_TEXT_PART(o))
        return {};
    return fromGChar(g_mime_text_part_get_text(GMIME_TEXT_PART(o)));
}

QString decodeEntity(const QString &name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("auml"), QStringLiteral("ä")},   {QStringLiteral("ouml"), QStringLiteral("ö")},
        {QStringLiteral("uuml"), QStringLiteral("ü")},   {QStringLiteral("Auml"), QStringLiteral("Ä")},
        {QStringLiteral("Ouml"), QStringLiteral("Ö")},   {QStringLiteral("Uuml"), QStringLiteral("Ü")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},  {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")}, {QStringLiteral("agrave"), QStringLiteral("à")},
        {QStringLiteral("ccedil"), QStringLiteral("ç")}, {QStringLiteral("ntilde"), QStringLiteral("ñ")},
        {QStringLiteral("aacute"), QStringLiteral("á")}, {QStringLiteral("iacute"), QStringLiteral("í")},
        {QStringLiteral("oacute"), QStringLiteral("ó")}, {QStringLiteral("uacute"), QStringLiteral("ú")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},  {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},  {QStringLiteral("euro"), QStringLiteral("€")},
    };
    return named.value(name);
}

// Visible text of an HTML body: block elements end lines, <blockquote> content becomes "> " lines
// so that newTextOf() treats it as a quote, script/style are dropped, entities are decoded.
QString htmlToText(const QString &html)
{
    static const QRegularExpression dropped(
        QStringLiteral("<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(
        QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>|&(#?[A-Za-z0-9]+);"));
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n]+"));
    QString src = html;
    src.remove(dropped);
    QString out;
    int quoteDepth = 0;
    auto newline = [&] {
        out += QLatin1Char('\n');
        if (quoteDepth > 0)
            out += QString(QStringLiteral("> ")).repeated(quoteDepth);
    };
    qsizetype pos = 0;
    auto it = tag.globalMatch(src);
    auto plain = [&](qsizetype from, qsizetype to) {
        QString chunk = src.mid(from, to - from);
        chunk.replace(space, QStringLiteral(" "));
        out += chunk;
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        plain(pos, m.capturedStart());
        pos = m.capturedEnd();
        if (m.capturedLength(3) > 0) {
            const QString e = decodeEntity(m.captured(3));
            out += e.isNull() ? m.captured(0) : e;
            continue;
        }
        const QString name = m.captured(2).toLower();
        const bool closing = !m.captured(1).isEmpty();
        if (name == QLatin1String("blockquote")) {
            quoteDepth = closing ? qMax(0, quoteDepth - 1) : quoteDepth + 1;
            newline();
        } else if (name == QLatin1String("br") || name == QLatin1String("p") ||
                   name == QLatin1String("div") || name == QLatin1String("tr") ||
                   name == QLatin1String("li") || name == QLatin1String("hr") ||
                   (name.size() == 2 && name[0] == QLatin1Char('h') && name[1].isDigit())) {
            newline();
        }
    }
    plain(pos, src.size());
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    // Runs of empty lines (nested divs) collapse to one.
    QStringList kept;
    for (const QString &l : lines)
        if (!(l.isEmpty() && (kept.isEmpty() || kept.last().isEmpty())))
            kept << l;
    return kept.join(QLatin1Char('\n')).trimmed();
}

struct TextParts
{
    QString plain;
    QString html;
};

// Text of the message itself; attached or returned messages (message/rfc822) are not its body.
void collectText(GMimeObject *o, TextParts &out)
{
    if (GMIME_IS_MULTIPART(o)) {
        GMimeMultipart *mp = GMIME_MULTIPART(o);
        for (int i = 0; i < g_mime_multipart_get_count(mp); ++i)
            collectText(g_mime_multipart_get_part(mp, i), out);
        return;
    }
    if (!GMIME_IS_TEXT_PART(o) || g_mime_part_is_attachment(GMIME_PART(o)))
        return;
    if (out.plain.isEmpty() && isType(o, "text", "plain"))
        out.plain = textOf(o);
    else if (out.html.isEmpty() && isType(o, "text", "html"))
        out.html = textOf(o);
}

// RFC 3464 fields: header-like "Name: value" lines with folding, blocks separated by empty lines.
QList<QHash<QString, QString>> dsnBlocks(const QByteArray &content)
{
    QList<QHash<QString, QString>> blocks(1);
    QString lastKey;
    const QStringList lines = QString::fromUtf8(content).split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!blocks.last().isEmpty())
                blocks.append(QHash<QString, QString>());
            lastKey.clear();
        } else if ((line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t')) && !lastKey.isEmpty()) {
            blocks.last()[lastKey] += QLatin1Char(' ') + line.trimmed();
        } else if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon > 0) {
            lastKey = line.left(colon).trimmed().toLower();
            blocks.last()[lastKey] = line.mid(colon + 1).trimmed();
        }
    }
    return blocks;
}

// "rfc822; Ana@Example.org" -> "ana@example.org"
QString addressField(const QString &value)
{
    QString v = value.mid(value.indexOf(QLatin1Char(';')) + 1).trimmed();
    if (v.startsWith(QLatin1Char('<')) && v.endsWith(QLatin1Char('>')))
        v = v.mid(1, v.size() - 2);
    return v.toLower();
}

QString messageIdOfHeaders(const QByteArray &headers)
{
    static const QRegularExpression re(QStringLiteral("^Message-ID:\\s*<([^>\\s]+)>"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(headers)).captured(1);
}

void readReportParts(GMimeObject *o, DeliveryReport &report, QList<QHash<QString, QString>> &recipients)
{
    if (GMIME_IS_MULTIPART(o)) {
        GMimeMultipart *mp = GMIME_MULTIPART(o);
        for (int i = 0; i < g_mime_multipart_get_count(mp); ++i)
            readReportParts(g_mime_multipart_get_part(mp, i), report, recipients);
    } else if (GMIME_IS_MESSAGE_PART(o)) {
        if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(o)))
            if (report.originalMessageId.isEmpty())
                report.originalMessageId = fromConst(g_mime_message_get_message_id(inner));
    } else if (isType(o, "message", "delivery-status") || isType(o, "message", "global-delivery-status")) {
        const QList<QHash<QString, QString>> blocks = dsnBlocks(decodedContent(o));
        for (const QHash<QString, QString> &b : blocks)
            if (b.contains(QStringLiteral("final-recipient")) ||
                b.contains(QStringLiteral("original-recipient")))
                recipients << b;
    } else if (isType(o, "text", "rfc822-headers") || isType(o, "message", "rfc822-headers")) {
        if (report.originalMessageId.isEmpty())
            report.originalMessageId = messageIdOfHeaders(decodedContent(o));
    }
}

void readDsn(GMimeObject *top, DeliveryReport &report)
{
    QList<QHash<QString, QString>> recipients;
    readReportParts(top, report, recipients);
    report.isReport = true;
    // Failed recipients when there are any; otherwise (a delay or success notice) the reported ones.
    bool anyFailed = false;
    for (const auto &r : recipients) {
        const QString action = r.value(QStringLiteral("action")).toLower();
        anyFailed |= action == QLatin1String("failed") ||
                     (action.isEmpty() && r.value(QStringLiteral("status")).startsWith(QLatin1Char('5')));
    }
    for (const auto &r : recipients) {
        const QString action = r.value(QStringLiteral("action")).toLower();
        const bool failed =
            action == QLatin1String("failed") ||
            (action.isEmpty() && r.value(QStringLiteral("status")).startsWith(QLatin1Char('5')));
        if (anyFailed && !failed)
            continue;
        const QString who = r.contains(QStringLiteral("final-recipient"))
                                ? addressField(r.value(QStringLiteral("final-recipient")))
                                : addressField(r.value(QStringLiteral("original-recipient")));
        if (!who.isEmpty() && !report.failedRecipients.contains(who))
            report.failedRecipients << who;
        if (report.status.isEmpty()) {
            report.status = r.value(QStringLiteral("status")).section(QLatin1Char(' '), 0, 0);
            report.diagnostic = r.value(QStringLiteral("diagnostic-code")).trimmed();
        }
    }
    report.permanent = anyFailed || report.status.startsWith(QLatin1Char('5'));
}

// Exim and friends: a plain text bounce from the mailer daemon naming the recipients in a header.
void readClassicBounce(GMimeMessage *msg, const QString &fromAddress, const QString &body,
                       DeliveryReport &report)
{
    const QString failed = fromConst(g_mime_object_get_header(GMIME_OBJECT(msg), "X-Failed-Recipients"));
    const QString local = fromAddress.section(QLatin1Char('@'), 0, 0);
    if (failed.trimmed().isEmpty() ||
        (local != QLatin1String("mailer-daemon") && local != QLatin1String("postmaster")))
        return;
    report.isReport = true;
    report.permanent = true;
    for (const QString &a : failed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        report.failedRecipients << a.trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>')).toLower();
    static const QRegularExpression status(QStringLiteral("\\b([45]\\.\\d{1,3}\\.\\d{1,3})\\b"));
    const QRegularExpressionMatch m = status.match(body);
    report.status = m.hasMatch() ? m.captured(1) : QStringLiteral("5.0.0");
    if (m.hasMatch()) {
        const qsizetype start = body.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
        const qsizetype end = body.indexOf(QLatin1Char('\n'), m.capturedEnd());
        report.diagnostic = body.mid(start, end < 0 ? -1 : end - start).trimmed();
    }
    if (report.originalMessageId.isEmpty()) {
        DeliveryReport scratch;
        QList<QHash<QString, QString>> none;
        readReportParts(g_mime_message_get_mime_part(msg), scratch, none);
        report.originalMessageId = scratch.originalMessageId;
    }
    // The returned message is often pasted into the text below "This is a copy of the message".
    if (report.originalMessageId.isEmpty())
        report.originalMessageId = messageIdOfHeaders(body.toUtf8());
}

} // namespace

Result<QByteArray> buildMessage(const OutgoingMail &mail)
{
    ensureGMime();
    if (!isAddress(mail.fromAddress))
        return invalid("fromAddress",
                       QObject::tr("\"%1\" is not a valid e-mail address.").arg(mail.fromAddress));
    if (!isAddress(mail.toAddress))
        return invalid("toAddress", QObject::tr("\"%1\" is not a valid e-mail address.").arg(mail.toAddress));
    if (!isMessageId(mail.messageId))
        return invalid("messageId", QObject::tr("\"%1\" is not a valid message id.").arg(mail.messageId));
    if (!mail.inReplyTo.isEmpty() && !isMessageId(mail.inReplyTo))
        return invalid("inReplyTo", QObject::tr("\"%1\" is not a valid message id.").arg(mail.inReplyTo));
    for (const QString &ref : mail.references)
        if (!isMessageId(ref))
            return invalid("references", QObject::tr("\"%1\" is not a valid message id.").arg(ref));
    if (!mail.unsubscribeMailto.isEmpty()) {
        const QString address = mail.unsubscribeMailto.section(QLatin1Char('?'), 0, 0);
        const QString query = mail.unsubscribeMailto.section(QLatin1Char('?'), 1);
        static const QRegularExpression queryChars(QStringLiteral("^[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*$"));
        if (!isAddress(address) || !queryChars.match(query).hasMatch())
            return invalid(
                "unsubscribeMailto",
                QObject::tr("\"%1\" is not a valid unsubscribe address.").arg(mail.unsubscribeMailto));
    }

    GPtr<GMimeMessage> msg(g_mime_message_new(TRUE));
    GMimeObject *obj = GMIME_OBJECT(msg.get());
    addMailbox(g_mime_message_get_from(msg.get()), mail.fromName, mail.fromAddress);
    addMailbox(g_mime_message_get_to(msg.get()), mail.toName, mail.toAddress);
    g_mime_message_set_subject(msg.get(), oneLine(mail.subject).constData(), "utf-8");
    const QDateTime when = mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc();
    GDateTime *date = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    g_mime_message_set_date(msg.get(), date);
    g_date_time_unref(date);
    g_mime_message_set_message_id(msg.get(), mail.messageId.toUtf8().constData());
    if (!mail.inReplyTo.isEmpty())
        g_mime_object_set_header(obj, "In-Reply-To", bracketed(mail.inReplyTo).toUtf8().constData(), nullptr);
    if (!mail.references.isEmpty()) {
        QStringList refs;
        for (const QString &r : mail.references)
            refs << bracketed(r);
        g_mime_object_set_header(obj, "References", refs.join(QLatin1Char(' ')).toUtf8().constData(),
                                 nullptr);
    }
    if (!mail.unsubscribeMailto.isEmpty())
        g_mime_object_set_header(
            obj, "List-Unsubscribe",
            (QStringLiteral("<mailto:") + mail.unsubscribeMailto + QLatin1Char('>')).toUtf8().constData(),
            nullptr);
    g_mime_object_set_header(obj, "MIME-Version", "1.0", nullptr);

    QString text = mail.bodyText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    // Not g_mime_text_part_set_text(): it would convert to the "best" charset (ISO-8859-1 for German).
    const QByteArray utf8 = text.toUtf8();
    GPtr<GMimeStream> content(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    GPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(content.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    GPtr<GMimeTextPart> part(g_mime_text_part_new_with_subtype("plain"));
    g_mime_part_set_content(GMIME_PART(part.get()), wrapper.get());
    g_mime_text_part_set_charset(part.get(), "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(msg.get(), GMIME_OBJECT(part.get()));

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *raw = g_mime_object_to_string(obj, options);
    g_mime_format_options_free(options);
    QByteArray out(raw);
    g_free(raw);
    return out;
}

QString newMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), -1).toLower();
    if (!fromAddress.contains(QLatin1Char('@')) || !isDomain(domain))
        domain = QStringLiteral("sourcedesk.invalid");
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r);
    return QStringLiteral("sd.%1.%2%3@%4")
        .arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36))
        .arg(r[0], 16, 16, QLatin1Char('0'))
        .arg(r[1], 16, 16, QLatin1Char('0'))
        .arg(domain);
}

Result<IncomingMail> parseMessage(const QByteArray &raw)
{
    ensureGMime();
    QByteArray data = raw;
    if (data.startsWith("From ")) // an mbox separator line
        data = data.mid(data.indexOf('\n') + 1);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
    GMimeObject *obj = msg ? GMIME_OBJECT(msg.get()) : nullptr;
    if (!obj || g_mime_header_list_get_count(g_mime_object_get_header_list(obj)) == 0)
        return Error(Error::Code::Corrupt, QObject::tr("This is not an e-mail message: it has no headers."));

    IncomingMail m;
    m.messageId = fromConst(g_mime_message_get_message_id(msg.get()));
    const QStringList inReplyTo = referencesOf(g_mime_object_get_header(obj, "In-Reply-To"));
    m.inReplyTo = inReplyTo.value(0);
    m.references = referencesOf(g_mime_object_get_header(obj, "References"));
    if (InternetAddressMailbox *from = firstMailbox(g_mime_message_get_from(msg.get()))) {
        m.fromAddress = fromConst(internet_address_mailbox_get_addr(from)).toLower();
        m.fromName = fromConst(internet_address_get_name(INTERNET_ADDRESS(from))).trimmed();
    }
    allMailboxes(g_mime_message_get_to(msg.get()), m.toAddresses);
    m.subject = fromConst(g_mime_message_get_subject(msg.get())).trimmed();
    if (GDateTime *d = g_mime_message_get_date(msg.get()))
        m.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(d), Qt::UTC);

    TextParts text;
    if (GMimeObject *top = g_mime_message_get_mime_part(msg.get()))
        collectText(top, text);
    m.bodyText = !text.plain.isEmpty() ? text.plain : htmlToText(text.html);
    m.bodyText.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    auto header = [obj](const char *name) {
        return fromConst(g_mime_object_get_header(obj, name)).trimmed();
    };
    m.autoSubmitted = header("Auto-Submitted").section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const QString precedence = header("Precedence").toLower();
    const QString autoreply = header("X-Autoreply").toLower();
    m.autoReplyHeaders =
        (!autoreply.isEmpty() && autoreply != QLatin1String("no")) ||
        g_mime_object_get_header(obj, "X-Autorespond") || precedence == QLatin1String("auto_reply") ||
        precedence == QLatin1String("bulk") || precedence == QLatin1String("junk") ||
        (g_mime_object_get_header(obj, "X-Auto-Response-Suppress") && !m.inReplyTo.isEmpty());

    GMimeObject *top = g_mime_message_get_mime_part(msg.get());
    if (top && isType(top, "multipart", "report")) {
        const QString reportType =
            fromConst(g_mime_object_get_content_type_parameter(top, "report-type")).toLower();
        if (reportType == QLatin1String("delivery-status") ||
            reportType == QLatin1String("global-delivery-status"))
            readDsn(top, m.report);
    }
    if (!m.report.isReport)
        readClassicBounce(msg.get(), m.fromAddress, m.bodyText, m.report);
    return m;
}

QString newTextOf(const QString &bodyText)
{
    static const QRegularExpression attribution(
        QStringLiteral(
            "^(On\\s.+\\swrote|Am\\s.+\\sschrieb.*|Le\\s.+\\sa\\s[ée]crit\\s?|El\\s.+\\sescribi[óo]|"
            "W dniu\\s.+\\spisze)\\s?:$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributionStart(QStringLiteral("^(On|Am|Le|El|W dniu)\\s"),
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(
        QStringLiteral(
            "^(-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|"
            "Wiadomość oryginalna|Forwarded message|Weitergeleitete Nachricht)\\s*-{2,}|_{10,}|--)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerFrom(QStringLiteral("^\\*?(From|Von|De|Od)\\s?:"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerOther(
        QStringLiteral(
            "^\\*?(Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Envoyé|Date|À|Objet|Enviado|Fecha|Para|"
            "Asunto|Wysłano|Data|Do|Temat)\\s?:"),
        QRegularExpression::CaseInsensitiveOption);

    QString text = bodyText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.startsWith(QLatin1Char('>'))) {
            // An attribution right above a quote, possibly wrapped over two lines.
            while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
                kept.removeLast();
            if (!kept.isEmpty() && kept.last().trimmed().endsWith(QLatin1Char(':'))) {
                const QString last = kept.last().trimmed();
                const QString two =
                    kept.size() > 1 ? kept[kept.size() - 2].trimmed() + QLatin1Char(' ') + last : last;
                if (attribution.match(last).hasMatch()) {
                    kept.removeLast();
                } else if (kept.size() > 1 && attribution.match(two).hasMatch()) {
                    kept.removeLast();
                    kept.removeLast();
                }
            }
            continue;
        }
        if (attribution.match(line).hasMatch() || separator.match(line).hasMatch())
            break;
        if (i + 1 < lines.size() && attributionStart.match(line).hasMatch() &&
            attribution.match(line + QLatin1Char(' ') + lines[i + 1].trimmed()).hasMatch())
            break;
        if (headerFrom.match(line).hasMatch()) {
            bool block = false;
            for (qsizetype j = i + 1; j < lines.size() && j <= i + 4 && !block; ++j)
                block = headerOther.match(lines[j].trimmed()).hasMatch();
            if (block)
                break;
        }
        kept << lines[i];
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}

} // namespace sd::mail
