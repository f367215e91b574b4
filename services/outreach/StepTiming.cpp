#include "StepTiming.h"

#include "CandidateRepository.h"
#include "Workspace.h"

#include <QLocale>

namespace sd::outreach {

SendWindow windowOf(const SequenceStep &step)
{
    SendWindow w;
    w.days = step.windowDays;
    w.startMinute = step.windowStartMinute;
    w.endMinute = step.windowEndMinute;
    return w;
}

QTimeZone zoneFor(const Sequence &sequence, const Candidate &candidate)
{
    if (sequence.timeZoneMode == TimeZoneMode::Candidate && candidate.countryCode.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(candidate.countryCode.toUpper());
        if (territory != QLocale::AnyTerritory) {
            const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
            if (!ids.isEmpty())
                return QTimeZone(ids.first());
        }
    }
    const QTimeZone recruiter(sequence.recruiterTimeZone.toUtf8());
    if (!sequence.recruiterTimeZone.isEmpty() && recruiter.isValid())
        return recruiter;
    return QTimeZone::systemTimeZone();
}

QDateTime dueTimeFor(const Sequence &sequence, const SequenceStep &step, const Candidate &candidate,
                     const QDateTime &fromUtc)
{
    SendWindow w = windowOf(step);
    if (!w.isValid())
        w = SendWindow{};
    return nextSendTime(fromUtc, step.delayBusinessDays, w, zoneFor(sequence, candidate));
}

Status advanceAfter(const Workspace &workspace, const Enrollment &enrollment, int donePosition,
                    const QDateTime &fromUtc)
{
    SequenceRepository sequences(workspace);
    auto seq = sequences.forCampaign(enrollment.campaignId);
    if (!seq.ok())
        return seq.error();
    if (!seq->has_value())
        return Error(Error::Code::NotFound, QObject::tr("Campaign %1 has no sequence.").arg(enrollment.campaignId));
    auto steps = sequences.steps((*seq)->id);
    if (!steps.ok())
        return steps.error();
    const int next = donePosition + 1;
    if (next >= steps->size())
        return sequences.setProgress(enrollment.campaignId, enrollment.candidateId, next, EnrollmentState::Finished, {});
    auto candidate = CandidateRepository(workspace).get(enrollment.candidateId);
    if (!candidate.ok())
        return candidate.error();
    const QDateTime due = dueTimeFor(**seq, steps->at(next), *candidate, fromUtc);
    return sequences.setProgress(enrollment.campaignId, enrollment.candidateId, next, EnrollmentState::Active, due);
}

} // namespace sd::outreach
