#pragma once
// Reads the mailbox over IMAP with libcurl. Blocking: use from a worker thread. libcurl has no
// IDLE, so new mail is found by polling UIDs (cheap: one UID SEARCH per poll).
#include "MailAccount.h"
#include "SmtpClient.h" // SendFailure doubles as the failure type here (Kind::Rejected: NO/BAD)

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace sd::mail {

using ImapFailure = SendFailure;

struct FolderStatus
{
    qint64 uidValidity = 0;
    qint64 uidNext = 0;
    qint64 messages = 0;
};

class ImapClient
{
public:
    ImapClient();
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    void setAccount(const MailAccount &account, const QString &secret);

    // EXAMINE (read-only) the folder.
    ImapFailure status(const QString &folder, FolderStatus *out);
    // UIDs >= firstUid in the folder, ascending.
    ImapFailure uidsFrom(const QString &folder, qint64 firstUid, QList<qint64> *out);
    // The whole message (BODY.PEEK[], so the \Seen flag is not set).
    ImapFailure fetch(const QString &folder, qint64 uid, QByteArray *out);
    // UIDs of messages whose Message-ID header is `messageId` (no brackets).
    ImapFailure findByMessageId(const QString &folder, const QString &messageId, QList<qint64> *out);
    // APPEND with the \Seen flag.
    ImapFailure append(const QString &folder, const QByteArray &message);
    ImapFailure check(); // log in and select the inbox

    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sd::mail
