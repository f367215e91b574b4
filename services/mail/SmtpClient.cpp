#include "SmtpClient.h"

#include "CurlSession.h"

#include <QObject>
#include <QUrl>

#include <curl/curl.h>

#include <atomic>
#include <cstring>

namespace sd::mail {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
    bool finished = false; // the read callback reported the end: curl has the whole body
    std::atomic_bool *cancelled = nullptr;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *u = static_cast<Upload *>(userdata);
    if (u->cancelled->load())
        return CURL_READFUNC_ABORT;
    const qsizetype left = u->data->size() - u->offset;
    const qsizetype n = qMin<qsizetype>(left, static_cast<qsizetype>(size * count));
    if (n <= 0) {
        u->finished = true;
        return 0;
    }
    std::memcpy(buffer, u->data->constData() + u->offset, static_cast<size_t>(n));
    u->offset += n;
    return static_cast<size_t>(n);
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

bool isPlainAddress(const QString &a)
{
    const qsizetype at = a.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == a.size() - 1)
        return false;
    for (QChar c : a)
        if (c.unicode() <= 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(',') ||
            c.unicode() == 0x7f)
            return false;
    return true;
}

} // namespace

struct SmtpClient::Private
{
    CURL *curl = nullptr;
    MailAccount account;
    QString secret;
    std::atomic_bool cancelled{false};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    SendFailure configFailure() const
    {
        if (const auto e = validate(account)) {
            SendFailure f;
            f.kind = SendFailure::Kind::Config;
            f.message = QObject::tr("The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.")
                            .arg(e->toString());
            return f;
        }
        return {};
    }

    // Options that differ between a send and a check are set every time: the handle is reused.
    void prepare()
    {
        detail::ensureCurlInitialized();
        if (!curl)
            curl = curl_easy_init();
        cancelled = false;
        errorBuffer[0] = 0;
        QByteArray url = detail::baseUrl(account.smtp, "smtp");
        // The path is what curl says in EHLO; the sender's domain is what most servers expect.
        const QString domain = account.address.section(QLatin1Char('@'), -1).trimmed();
        url += '/' + QUrl::toPercentEncoding(domain);
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &discard);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &discard);
        detail::applyAccount(curl, account, account.smtp, secret, &cancelled);
    }

    SendFailure finish(int code, const Upload *upload)
    {
        long response = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
        SendFailure f = detail::failureFrom(code, response, account.smtp, errorBuffer, account.auth);
        // The body went (at least partly) to the server and no final reply came: the server may
        // have queued it. 354 is the "go ahead" before the body; a final reply replaces it.
        const bool handedOver = upload && upload->offset > 0;
        const bool finalReply = response >= 400 && response != 354;
        if (!f.ok() && handedOver && !finalReply) {
            if (f.kind == SendFailure::Kind::Cancelled && !upload->finished) {
                // Aborted before curl had the whole body: the end-of-data dot was never sent.
            } else {
                f.kind = SendFailure::Kind::Uncertain;
                f.message = QObject::tr("The connection to the mail server %1:%2 broke after the message "
                                        "was handed over, so it may have been sent. Check the Sent folder "
                                        "before sending it again.")
                                .arg(account.smtp.host.trimmed())
                                .arg(account.smtp.port);
            }
        }
        f.message = detail::redacted(f.message, secret);
        return f;
    }
};

SmtpClient::SmtpClient()
    : d(std::make_unique<Private>())
{}

SmtpClient::~SmtpClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
}

void SmtpClient::setAccount(const MailAccount &account, const QString &secret)
{
    d->account = account;
    d->secret = secret;
    if (d->curl) { // a different server or login must not reuse the old connection
        curl_easy_cleanup(d->curl);
        d->curl = nullptr;
    }
}

SendFailure SmtpClient::send(const QStringList &recipients, const QByteArray &message)
{
    if (SendFailure f = d->configFailure(); !f.ok())
        return f;
    SendFailure bad;
    bad.kind = SendFailure::Kind::Rejected;
    if (recipients.isEmpty()) {
        bad.message = QObject::tr("The message has no recipient.");
        return bad;
    }
    for (const QString &r : recipients) {
        if (!isPlainAddress(r.trimmed())) {
            bad.message = QObject::tr("\"%1\" is not an email address.").arg(r);
            return bad;
        }
    }
    if (message.isEmpty()) {
        bad.message = QObject::tr("The message is empty.");
        return bad;
    }

    d->prepare();
    curl_slist *rcpts = nullptr;
    for (const QString &r : recipients)
        rcpts = curl_slist_append(rcpts, ('<' + r.trimmed().toUtf8() + '>').constData());
    const QByteArray from = '<' + d->account.address.trimmed().toUtf8() + '>';
    Upload upload;
    upload.data = &message;
    upload.cancelled = &d->cancelled;
    curl_easy_setopt(d->curl, CURLOPT_CUSTOMREQUEST, nullptr);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, rcpts);
    curl_easy_setopt(d->curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    curl_easy_setopt(d->curl, CURLOPT_READFUNCTION, &readBody);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, &upload);
    const CURLcode code = curl_easy_perform(d->curl);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, nullptr);
    curl_slist_free_all(rcpts);
    return d->finish(code, &upload);
}

SendFailure SmtpClient::check()
{
    if (SendFailure f = d->configFailure(); !f.ok())
        return f;
    d->prepare();
    // Without recipients and upload, curl logs in and sends the custom command instead of a mail.
    curl_easy_setopt(d->curl, CURLOPT_UPLOAD, 0L);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_FROM, nullptr);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(d->curl, CURLOPT_CUSTOMREQUEST, "NOOP");
    const CURLcode code = curl_easy_perform(d->curl);
    curl_easy_setopt(d->curl, CURLOPT_CUSTOMREQUEST, nullptr);
    return d->finish(code, nullptr);
}

void SmtpClient::cancel()
{
    d->cancelled = true;
}

} // namespace sd::mail
