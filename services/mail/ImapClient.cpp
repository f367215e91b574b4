#include "ImapClient.h"

#include "CurlSession.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace sd::mail {

namespace {

using Kind = SendFailure::Kind;

size_t appendTo(char *data, size_t size, size_t count, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
    std::atomic_bool *cancelled = nullptr;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *u = static_cast<Upload *>(userdata);
    if (u->cancelled->load())
        return CURL_READFUNC_ABORT;
    const qsizetype n = qMin<qsizetype>(u->data->size() - u->offset, static_cast<qsizetype>(size * count));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, u->data->constData() + u->offset, static_cast<size_t>(n));
    u->offset += n;
    return static_cast<size_t>(n);
}

// RFC 3501 5.1.3: folder names travel in modified UTF-7 ("Éléments envoyés" -> "&AMk-l&AOk-ments ...").
QByteArray toModifiedUtf7(const QString &name)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c >= 0x20 && c <= 0x7e) {
            out += c == u'&' ? QByteArray("&-") : QByteArray(1, static_cast<char>(c));
            ++i;
            continue;
        }
        QByteArray utf16;
        while (i < name.size() && (name.at(i).unicode() < 0x20 || name.at(i).unicode() > 0x7e)) {
            const char16_t u = name.at(i).unicode();
            utf16 += static_cast<char>(u >> 8);
            utf16 += static_cast<char>(u & 0xff);
            ++i;
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
    }
    return out;
}

QByteArray quoted(const QByteArray &s)
{
    QByteArray q = s;
    q.replace('\\', "\\\\");
    q.replace('"', "\\\"");
    return '"' + q + '"';
}

// The whole response of a custom command, as curl passed it to the header callback line by line.
// For "UID FETCH n BODY.PEEK[]" the message is the literal "{size}\r\n" + size bytes after the FETCH
// line; curl drops literal lines from the body output, so the header stream is where they survive.
bool literalAfterFetch(const QByteArray &stream, QByteArray *out, bool *found)
{
    static const QRegularExpression fetchLine(
        QStringLiteral("^\\* \\d+ FETCH \\(.*BODY\\[\\] \\{(\\d+)\\}\\r?$"),
        QRegularExpression::CaseInsensitiveOption);
    *found = false;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype end = stream.indexOf('\n', pos);
        if (end < 0)
            end = stream.size();
        const QByteArray line = stream.mid(pos, end - pos);
        const auto m = fetchLine.match(QString::fromLatin1(line));
        if (m.hasMatch()) {
            *found = true;
            const qsizetype size = m.captured(1).toLongLong();
            const qsizetype start = end + 1;
            if (start + size > stream.size())
                return false;
            *out = stream.mid(start, size);
            return true;
        }
        pos = end + 1;
    }
    return true;
}

// The text of the last tagged NO/BAD, without the tag: "NO [TRYCREATE] Mailbox doesn't exist: X".
QString lastTaggedText(const QByteArray &stream)
{
    const QList<QByteArray> lines = stream.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        const qsizetype sp = line.indexOf(' ');
        if (line.startsWith('*') || line.startsWith('+') || sp <= 0)
            continue;
        const QByteArray rest = line.mid(sp + 1);
        if (rest.startsWith("NO ") || rest.startsWith("BAD "))
            return QString::fromUtf8(rest).left(300);
    }
    return {};
}

} // namespace

struct ImapClient::Private
{
    CURL *curl = nullptr;
    MailAccount account;
    QString secret;
    std::atomic_bool cancelled{false};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray body;
    QByteArray lines;

    QString where() const
    {
        return QStringLiteral("%1:%2").arg(account.imap.host.trimmed()).arg(account.imap.port);
    }

    ImapFailure configFailure() const
    {
        if (const auto e = validate(account)) {
            ImapFailure f;
            f.kind = Kind::Config;
            f.message = QObject::tr("The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.")
                            .arg(e->toString());
            return f;
        }
        return {};
    }

    // One command on the reused handle. `folder` empty: no mailbox in the URL. Otherwise curl selects
    // the folder first (unless it already is) and then sends `command`; with `upload` it APPENDs.
    ImapFailure run(const QString &folder, const QByteArray &command, const QByteArray *upload = nullptr)
    {
        if (ImapFailure f = configFailure(); !f.ok())
            return f;
        detail::ensureCurlInitialized();
        if (!curl)
            curl = curl_easy_init();
        cancelled = false;
        errorBuffer[0] = 0;
        body.clear();
        lines.clear();
        QByteArray url = detail::baseUrl(account.imap, "imap") + '/';
        if (!folder.isEmpty())
            url += QUrl::toPercentEncoding(QString::fromLatin1(toModifiedUtf7(folder)));
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendTo);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &appendTo);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &lines);
        // A literal line longer than the buffer would be clipped by curl; mail lines are short (RFC
        // 5322 says 998), and the literal size is checked against what arrived.
        curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 512L * 1024L);
        detail::applyAccount(curl, account, account.imap, secret, &cancelled);
        Upload up;
        up.data = upload;
        up.cancelled = &cancelled;
        if (upload) {
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
            curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload->size()));
            curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readBody);
            curl_easy_setopt(curl, CURLOPT_READDATA, &up);
        } else {
            curl_easy_setopt(curl, CURLOPT_UPLOAD, 0L);
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.constData());
        }
        const CURLcode code = curl_easy_perform(curl);
        curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 0L);

        long response = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
        ImapFailure f = detail::failureFrom(code, 0, account.imap, errorBuffer, account.auth);
        f.smtpCode = 0;
        const QString serverText = lastTaggedText(lines);
        // curl reports a failed SELECT as a login failure; the folder is what is wrong.
        if (code == CURLE_LOGIN_DENIED && QByteArray(errorBuffer).contains("Select failed")) {
            f.kind = Kind::Rejected;
            f.message = QObject::tr("The folder \"%1\" could not be opened on the mail server %2 (%3). "
                                    "Check the folder names in Settings → Mailbox.")
                            .arg(folder, where(), serverText);
        } else if (code == CURLE_QUOTE_ERROR || (upload && code == CURLE_UPLOAD_FAILED)) {
            f.kind = Kind::Rejected;
            f.message = QObject::tr("The mail server %1 refused the request for the folder \"%2\" (%3).")
                            .arg(where(), folder, serverText);
        }
        f.message = detail::redacted(f.message, secret);
        return f;
    }

    // The untagged "* <name> ..." lines of the last command, e.g. "* SEARCH 3 4".
    QList<QByteArray> untagged(const char *name) const
    {
        QList<QByteArray> out;
        const QByteArray prefix = QByteArray("* ") + name;
        for (const QByteArray &raw : body.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith(prefix) && (line.size() == prefix.size() || line.at(prefix.size()) == ' '))
                out << line.mid(prefix.size()).trimmed();
        }
        return out;
    }
};

ImapClient::ImapClient()
    : d(std::make_unique<Private>())
{}

ImapClient::~ImapClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
}

void ImapClient::setAccount(const MailAccount &account, const QString &secret)
{
    d->account = account;
    d->secret = secret;
    if (d->curl) {
        curl_easy_cleanup(d->curl);
        d->curl = nullptr;
    }
}

ImapFailure ImapClient::status(const QString &folder, FolderStatus *out)
{
    // curl SELECTs the folder from the URL first; EXAMINE then makes it read-only, so the fetches
    // that follow on this connection cannot change flags, and curl's idea of the selected folder
    // stays right.
    ImapFailure f = d->run(folder, "EXAMINE " + quoted(toModifiedUtf7(folder)));
    if (!f.ok())
        return f;
    static const QRegularExpression code(QStringLiteral("\\[(UIDVALIDITY|UIDNEXT) (\\d+)\\]"));
    FolderStatus s;
    for (const QByteArray &raw : d->body.split('\n')) {
        const QString line = QString::fromLatin1(raw.trimmed());
        if (const auto m = code.match(line); m.hasMatch()) {
            if (m.captured(1) == QLatin1StringView("UIDVALIDITY"))
                s.uidValidity = m.captured(2).toLongLong();
            else
                s.uidNext = m.captured(2).toLongLong();
        } else if (line.startsWith(QLatin1StringView("* ")) && line.endsWith(QLatin1StringView(" EXISTS"))) {
            s.messages = line.mid(2, line.size() - 9).toLongLong();
        }
    }
    if (s.uidValidity == 0) {
        f.kind = Kind::Temporary;
        f.message = QObject::tr("The mail server %1 did not say which messages the folder \"%2\" holds.")
                        .arg(d->where(), folder);
        return f;
    }
    *out = s;
    return f;
}

ImapFailure ImapClient::uidsFrom(const QString &folder, qint64 firstUid, QList<qint64> *out)
{
    firstUid = qMax<qint64>(1, firstUid);
    // SEARCH only sees messages the server has announced; on a reused connection that has the
    // folder open already, NOOP lets the server announce what arrived since the last poll.
    ImapFailure f = d->run(folder, "NOOP");
    if (!f.ok())
        return f;
    f = d->run(folder, "UID SEARCH UID " + QByteArray::number(firstUid) + ":*");
    if (!f.ok())
        return f;
    QList<qint64> uids;
    for (const QByteArray &rest : d->untagged("SEARCH"))
        for (const QByteArray &n : rest.split(' '))
            if (const qint64 uid = n.toLongLong(); uid >= firstUid) // "n:*" includes the last UID below n
                uids << uid;
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    *out = uids;
    return f;
}

ImapFailure ImapClient::fetch(const QString &folder, qint64 uid, QByteArray *out)
{
    ImapFailure f = d->run(folder, "UID FETCH " + QByteArray::number(uid) + " BODY.PEEK[]");
    if (!f.ok())
        return f;
    bool found = false;
    QByteArray message;
    if (!literalAfterFetch(d->lines, &message, &found)) {
        f.kind = Kind::Temporary;
        f.message = QObject::tr("The message %1 in \"%2\" on the mail server %3 arrived incomplete.")
                        .arg(uid)
                        .arg(folder, d->where());
        return f;
    }
    if (!found) {
        f.kind = Kind::Rejected;
        f.message = QObject::tr("The message %1 is no longer in the folder \"%2\" on the mail server %3.")
                        .arg(uid)
                        .arg(folder, d->where());
        return f;
    }
    *out = message;
    return f;
}

ImapFailure ImapClient::findByMessageId(const QString &folder, const QString &messageId, QList<qint64> *out)
{
    QString id = messageId.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    const bool printable = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\') &&
               c != QLatin1Char('<') && c != QLatin1Char('>');
    });
    if (id.isEmpty() || !printable) {
        ImapFailure f;
        f.kind = Kind::Config;
        f.message = QObject::tr("\"%1\" is not a message id.").arg(messageId);
        return f;
    }
    ImapFailure f = d->run(folder, "NOOP"); // see uidsFrom()
    if (!f.ok())
        return f;
    f = d->run(folder, "UID SEARCH HEADER Message-ID " + quoted('<' + id.toLatin1() + '>'));
    if (!f.ok())
        return f;
    QList<qint64> uids;
    for (const QByteArray &rest : d->untagged("SEARCH"))
        for (const QByteArray &n : rest.split(' '))
            if (const qint64 uid = n.toLongLong(); uid > 0)
                uids << uid;
    std::sort(uids.begin(), uids.end());
    *out = uids;
    return f;
}

ImapFailure ImapClient::append(const QString &folder, const QByteArray &message)
{
    if (message.isEmpty()) {
        ImapFailure f;
        f.kind = Kind::Rejected;
        f.message = QObject::tr("The message is empty.");
        return f;
    }
    // curl sends "APPEND <folder> (\Seen) {size}" for an upload to imap://host/<folder>.
    return d->run(folder, QByteArray(), &message);
}

ImapFailure ImapClient::check()
{
    FolderStatus ignored;
    return status(d->account.inboxFolder, &ignored);
}

void ImapClient::cancel()
{
    d->cancelled = true;
}

} // namespace sd::mail
