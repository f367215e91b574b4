#pragma once

#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sd {

class Workspace;

struct DoNotContactEntry
{
    enum class Kind { Email, Domain };
    qint64 id = 0;
    Kind kind = Kind::Email;
    QString value; // lower-case; a domain without "@"
    QString reason;
    QString addedBy;
    QDateTime addedAt;
};

// The do-not-contact list (emails and whole domains). Every send and enroll path asks it, so the
// checks are case-insensitive and a listed domain also covers its subdomains.
class DoNotContact
{
public:
    explicit DoNotContact(const Workspace &workspace);

    // Refuses a value already listed (Duplicate) and malformed ones (InvalidArgument).
    // A domain may be written "@example.com".
    Result<qint64> add(DoNotContactEntry::Kind kind, const QString &value, const QString &reason,
                       const QString &actor);
    Status remove(qint64 id);
    // Emails first, then domains, each alphabetical.
    Result<QList<DoNotContactEntry>> list() const;

    Result<bool> blocks(const QString &email) const;
    // The emails of `emails` (as given) that are blocked; one pass for an import or a campaign.
    Result<QSet<QString>> blockedAmong(const QStringList &emails) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd
