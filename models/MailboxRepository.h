#pragma once
// The recruiters' mailboxes (table mailboxes): connection settings as JSON (never the secret:
// that is in the keychain under the address), sending limits, and the IMAP cursor of reply
// detection (UIDVALIDITY + last UID seen), so a restart neither misses nor re-reads replies.
#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

class Workspace;

struct MailboxRecord
{
    QString address;
    QString owner; // the recruiter (actor name) who sends from it
    QString displayName;
    QJsonObject settings; // hosts, ports, security, user, auth method, folders (see services/outreach)
    int dailyLimit = 200;  // 0: no limit
    int hourlyLimit = 40;  // 0: no limit
    int minSpacingSeconds = 60;
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
    QDateTime polledAt;
    QString lastError;
    QDateTime updatedAt;
};

class MailboxRepository
{
public:
    explicit MailboxRepository(const Workspace &workspace);

    // Insert or update by address (the cursor and poll fields are left alone on update).
    // InvalidArgument when settings hold a key named like a secret ("password", "token", "secret").
    Status save(const MailboxRecord &mailbox);
    Status remove(const QString &address);
    Result<std::optional<MailboxRecord>> get(const QString &address) const;
    Result<std::optional<MailboxRecord>> forOwner(const QString &owner) const;
    Result<QList<MailboxRecord>> all() const;

    // A new UIDVALIDITY resets the cursor to `lastUid` (the server renumbered the folder); under
    // the same UIDVALIDITY the last UID only moves forward. NotFound for an unknown address.
    Status setCursor(const QString &address, qint64 uidValidity, qint64 lastUid);
    Status setPollResult(const QString &address, const QDateTime &polledAtUtc, const QString &error);

private:
    const Workspace &m_workspace;
};

} // namespace sd
