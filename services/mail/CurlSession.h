#pragma once
// What SMTP and IMAP share on top of libcurl: one-time global init, the URL and TLS options for an
// account, authentication (password or XOAUTH2), timeouts, cancellation, and the mapping of
// libcurl's result codes to SendFailure with messages that name the server and never the secret.
#include "SmtpClient.h"

#include <atomic>

using CURL = void;

namespace sd::mail::detail {

void ensureCurlInitialized();

// Applies host, port, security (CURLUSESSL_ALL for StartTls, smtps:// / imaps:// for Tls),
// user and secret (CURLOPT_PASSWORD or CURLOPT_XOAUTH2_BEARER), timeouts, and a progress callback
// that aborts when `cancelled` becomes true. `scheme` is "smtp" or "imap".
QByteArray baseUrl(const MailServer &server, const char *scheme);
void applyAccount(CURL *curl, const MailAccount &account, const MailServer &server, const QString &secret,
                  std::atomic_bool *cancelled);

// `auth` only changes the wording of Kind::Auth ("user name or password" or "sign in again").
SendFailure failureFrom(int curlCode, long responseCode, const MailServer &server, const char *errorBuffer,
                        AuthMethod auth = AuthMethod::Password);

// `text` with `secret` (and its base64 form) blanked out: the last guard before a message leaves.
QString redacted(QString text, const QString &secret);

} // namespace sd::mail::detail
