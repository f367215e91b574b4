#include "MemberOutcomes.h"

#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "DoNotContact.h"
#include "OutreachQueue.h"
#include "SequenceRepository.h"
#include "SqlUtil.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QLocale>
#include <QObject>

namespace sd::outreach {

namespace {

// Ends the member's run (when they have one that is still going) and drops what is still queued.
Status endRun(const Workspace &ws, const MemberRef &m, EnrollmentState state, const QString &why)
{
    SequenceRepository sequences(ws);
    auto e = sequences.enrollment(m.campaignId, m.candidateId);
    if (!e.ok())
        return e.error();
    if (e->has_value() && ((*e)->state == EnrollmentState::Active || (*e)->state == EnrollmentState::Paused))
        if (Status s = sequences.setProgress(m.campaignId, m.candidateId, (*e)->currentStep, state, {}, why))
            return s;
    auto cancelled = OutreachQueue(ws).cancelPending(m.campaignId, m.candidateId, why);
    if (!cancelled.ok())
        return cancelled.error();
    auto skipped = TaskRepository(ws).skipOpen(m.campaignId, m.candidateId, why);
    if (!skipped.ok())
        return skipped.error();
    return std::nullopt;
}

Status logActivity(const Workspace &ws, const MemberRef &m, ActivityKind kind, const QString &subject,
                   const QString &body, const QDateTime &atUtc)
{
    Activity a;
    a.candidateId = m.candidateId;
    a.campaignId = m.campaignId;
    a.kind = kind;
    a.subject = subject;
    a.body = body;
    a.occurredAt = atUtc;
    a.author = m.actor;
    return ActivityRepository(ws).log(a);
}

} // namespace

Status recordReply(const Workspace &ws, const MemberRef &m, const QString &subject, const QString &text,
                   const QDateTime &atUtc)
{
    sql::Transaction tx(ws.connection());
    if (!tx.isActive())
        return tx.error();
    if (Status s = logActivity(ws, m, ActivityKind::EmailReply, subject, text, atUtc))
        return s;
    if (Status s = endRun(ws, m, EnrollmentState::Replied, QObject::tr("Replied")))
        return s;
    return tx.commit();
}

Status recordBounce(const Workspace &ws, const MemberRef &m, qint64 emailId, const QString &diagnostic,
                    const QDateTime &atUtc)
{
    Q_UNUSED(atUtc)
    sql::Transaction tx(ws.connection());
    if (!tx.isActive())
        return tx.error();
    const QString why = diagnostic.isEmpty() ? QObject::tr("The email bounced.")
                                             : QObject::tr("The email bounced: %1").arg(diagnostic);
    if (emailId > 0) {
        auto email = OutreachQueue(ws).get(emailId);
        if (!email.ok())
            return email.error();
        if (email->state != EmailState::Bounced)
            if (Status s = OutreachQueue(ws).markBounced(emailId, diagnostic))
                return s;
    }
    auto changed = CampaignRepository(ws).setStatus(m.campaignId, {m.candidateId}, MemberStatus::Bounced, m.actor);
    if (!changed.ok())
        return changed.error();
    if (Status s = endRun(ws, m, EnrollmentState::Bounced, why))
        return s;
    return tx.commit();
}

Status recordUnsubscribe(const Workspace &ws, const MemberRef &m, const QString &address, const QString &text,
                         const QDateTime &atUtc)
{
    sql::Transaction tx(ws.connection());
    if (!tx.isActive())
        return tx.error();
    DoNotContact dnc(ws);
    auto blocked = dnc.blocks(address);
    if (!blocked.ok())
        return blocked.error();
    if (!*blocked) {
        const QString reason = QObject::tr("Asked to unsubscribe on %1")
                                   .arg(QLocale::c().toString(atUtc.date(), QStringLiteral("yyyy-MM-dd")));
        auto added = dnc.add(DoNotContactEntry::Kind::Email, address, reason, m.actor);
        if (!added.ok())
            return added.error();
    }
    if (Status s = logActivity(ws, m, ActivityKind::Note, QObject::tr("Asked to unsubscribe"), text, atUtc))
        return s;
    auto changed = CampaignRepository(ws).setStatus(m.campaignId, {m.candidateId}, MemberStatus::Unsubscribed, m.actor);
    if (!changed.ok())
        return changed.error();
    if (Status s = endRun(ws, m, EnrollmentState::Unsubscribed, QObject::tr("Asked to unsubscribe")))
        return s;
    return tx.commit();
}

} // namespace sd::outreach
