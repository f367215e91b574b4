#pragma once
// Building outgoing mail and reading incoming mail, with GMime. Plain data in and out; no network.
#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sd::mail {

struct OutgoingMail
{
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString bodyText;  // plain text, UTF-8; lines are not wrapped by the caller
    QString messageId; // without angle brackets, e.g. "sd.42.7f3a@agency.example"
    QString inReplyTo; // message id (no brackets) of the message this follows up, or empty
    QStringList references; // message ids, oldest first
    // When set, a "List-Unsubscribe: <mailto:...>" header (and List-Unsubscribe-Post is not used:
    // there is no web endpoint) is added. The visible unsubscribe line is part of bodyText.
    QString unsubscribeMailto; // e.g. "ana@agency.example?subject=unsubscribe"
    QDateTime date;            // sending time; the current time when invalid
};

// RFC 5322 message, CRLF line ends, quoted-printable UTF-8 body, encoded-words for non-ASCII
// headers. InvalidArgument when an address or the message id is malformed.
Result<QByteArray> buildMessage(const OutgoingMail &mail);

// A fresh globally unique message id "sd.<random>@<domain of fromAddress>", no brackets.
QString newMessageId(const QString &fromAddress);

struct DeliveryReport
{
    bool isReport = false;               // multipart/report; report-type=delivery-status, or a classic bounce
    QStringList failedRecipients;        // Final-Recipient / X-Failed-Recipients, lower-case
    QString originalMessageId;           // of the message that bounced, from the returned headers
    QString status;                      // e.g. "5.1.1"
    QString diagnostic;                  // Diagnostic-Code text, trimmed
    bool permanent = false;              // 5.x.x (or Action: failed)
};

struct IncomingMail
{
    QString messageId;         // no brackets
    QString inReplyTo;         // no brackets; first id when several
    QStringList references;    // no brackets, in order
    QString fromAddress;       // lower-case
    QString fromName;
    QStringList toAddresses;   // lower-case
    QString subject;           // decoded
    QDateTime date;            // UTC; invalid when missing or unreadable
    QString bodyText;          // text/plain part decoded to UTF-8, or the text of text/html
    QString autoSubmitted;     // Auto-Submitted header value, lower-case ("auto-replied", ...)
    bool autoReplyHeaders = false; // X-Autoreply, X-Autorespond, Precedence: auto_reply/bulk/junk, X-Auto-Response-Suppress on a reply
    DeliveryReport report;
};

// Parses any RFC 5322 message; Corrupt only when nothing message-like is in `raw`.
Result<IncomingMail> parseMessage(const QByteArray &raw);

// The reply text above the quoted part ("On ... wrote:", "> " lines, "-----Original Message-----",
// localized variants), trimmed; used for unsubscribe detection and the activity body.
QString newTextOf(const QString &bodyText);

} // namespace sd::mail
