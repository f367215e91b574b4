#pragma once
// "Don't contact the same person twice": what to tell the recruiter before people are enrolled in
// a campaign's sequence. Reads only; the caller decides (warn, skip, or refuse).
#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sd {

class Workspace;

struct ContactWarning
{
    enum class Kind {
        DoNotContact,       // an email or its domain is on the list: enrolling is refused
        TeammateCampaign,   // enrolled (active) in another campaign owned by someone else
        OwnCampaign,        // enrolled (active) in another campaign of the same owner
        ContactedRecently,  // an outreach activity within the last N days
        ActiveApplication,  // SmartRecruiters shows an application that is not closed
        NoEmail,            // nothing to send an automatic email to
    };
    Kind kind = Kind::DoNotContact;
    qint64 candidateId = 0;
    QString detail;       // campaign name and owner, activity kind and date, the email, the job and status
    QDateTime when;       // the activity date, when there is one
    bool blocking() const { return kind == Kind::DoNotContact; }
};

class ContactGuard
{
public:
    explicit ContactGuard(const Workspace &workspace);

    // Warnings for enrolling `candidateIds` into `campaignId`, in candidate order. `recentDays`
    // (0: skip that check) counts back from `nowUtc`. Closed applications are REJECTED, WITHDRAWN
    // and HIRED (the statuses SmartRecruiters ends a process with).
    Result<QList<ContactWarning>> check(qint64 campaignId, const QList<qint64> &candidateIds, int recentDays,
                                        const QDateTime &nowUtc) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd
