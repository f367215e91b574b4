#include "Enroller.h"

#include "CandidateRepository.h"
#include "SequenceRepository.h"
#include "SqlUtil.h"
#include "StepTiming.h"
#include "Workspace.h"

#include <QObject>
#include <QSet>

namespace sd::outreach {

Result<EnrollOutcome> enroll(const Workspace &workspace, qint64 campaignId, const QList<qint64> &candidateIds,
                             bool confirmed, int recentDays, const QDateTime &nowUtc)
{
    SequenceRepository sequences(workspace);
    auto seq = sequences.forCampaign(campaignId);
    if (!seq.ok())
        return seq.error();
    if (!seq->has_value())
        return Error(Error::Code::NotFound, QObject::tr("This campaign has no sequence yet; add its steps first."));
    auto steps = sequences.steps((*seq)->id);
    if (!steps.ok())
        return steps.error();
    if (steps->isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("The campaign's sequence has no steps yet."));
    const SequenceStep &first = steps->first();

    auto warnings = ContactGuard(workspace).check(campaignId, candidateIds, recentDays, nowUtc);
    if (!warnings.ok())
        return warnings.error();
    EnrollOutcome out;
    out.warnings = *warnings;
    QSet<qint64> refused;
    bool confirmable = false;
    for (const ContactWarning &w : std::as_const(out.warnings)) {
        const bool noEmailForEmail = w.kind == ContactWarning::Kind::NoEmail && first.kind == StepKind::AutoEmail;
        if (w.blocking() || noEmailForEmail)
            refused.insert(w.candidateId);
        else if (w.kind != ContactWarning::Kind::NoEmail)
            confirmable = true;
    }
    for (qint64 id : candidateIds)
        if (refused.contains(id) && !out.refused.contains(id))
            out.refused << id;
    if (confirmable && !confirmed) {
        out.needsConfirmation = true;
        return out;
    }

    QSqlDatabase db = workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    CandidateRepository candidates(workspace);
    for (qint64 id : candidateIds) {
        if (refused.contains(id))
            continue;
        auto candidate = candidates.get(id);
        if (!candidate.ok())
            return candidate.error();
        const QDateTime due = dueTimeFor(**seq, first, *candidate, nowUtc);
        auto added = sequences.enroll(campaignId, {id}, due);
        if (!added.ok())
            return added.error();
        out.enrolled += *added;
    }
    if (Status s = tx.commit())
        return *s;
    return out;
}

} // namespace sd::outreach
