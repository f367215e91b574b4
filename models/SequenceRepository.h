#pragma once

#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

class Workspace;

enum class StepKind { AutoEmail, ManualEmail, LinkedinConnect, LinkedinMessage, Call, Task };
enum class TimeZoneMode { Candidate, Recruiter };
enum class EnrollmentState { Active, Paused, Replied, Bounced, Unsubscribed, Finished, Stopped };

// Stable text keys as stored in the database ("autoEmail", "recruiter", "replied", ...).
QString toKey(StepKind kind);
QString toKey(TimeZoneMode mode);
QString toKey(EnrollmentState state);
std::optional<StepKind> stepKindFromKey(const QString &key);
std::optional<TimeZoneMode> timeZoneModeFromKey(const QString &key);
std::optional<EnrollmentState> enrollmentStateFromKey(const QString &key);

struct Sequence
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString name;
    QString senderName;
    TimeZoneMode timeZoneMode = TimeZoneMode::Candidate;
    QString recruiterTimeZone; // IANA id, e.g. "Europe/Paris"
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceStep
{
    qint64 id = 0;
    qint64 sequenceId = 0;
    int position = 0; // 0-based, dense
    StepKind kind = StepKind::AutoEmail;
    int delayBusinessDays = 0;
    int windowDays = 31; // Mon=1 .. Sun=64; Mon-Fri by default
    int windowStartMinute = 9 * 60;
    int windowEndMinute = 17 * 60;
    QString subject;
    QString body;
};

struct Enrollment
{
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    int currentStep = 0; // position of the next step to run
    EnrollmentState state = EnrollmentState::Active;
    QDateTime nextDueAt;
    QDateTime enrolledAt;
    QString stoppedReason;
};

// A campaign's sequence (at most one), its ordered steps, and the members enrolled in it.
class SequenceRepository
{
public:
    explicit SequenceRepository(const Workspace &workspace);

    Status create(Sequence &sequence); // Duplicate when the campaign already has one
    Status update(Sequence &sequence);
    Status remove(qint64 id);
    Result<Sequence> get(qint64 id) const;
    Result<std::optional<Sequence>> forCampaign(qint64 campaignId) const;

    // Appends at the end; step.position and step.id are set.
    Status addStep(qint64 sequenceId, SequenceStep &step);
    Status updateStep(const SequenceStep &step); // the position is kept; use reorderSteps
    Status removeStep(qint64 stepId);            // later steps move up
    Result<QList<SequenceStep>> steps(qint64 sequenceId) const;
    // `stepIds` must be exactly the sequence's steps, in the new order.
    Status reorderSteps(qint64 sequenceId, const QList<qint64> &stepIds);

    // Members only (others are refused, nothing written); already enrolled ones are left as they
    // are. Returns how many were enrolled. The campaign needs a sequence.
    Result<int> enroll(qint64 campaignId, const QList<qint64> &candidateIds, const QDateTime &firstDueAt);
    Result<int> unenroll(qint64 campaignId, const QList<qint64> &candidateIds);
    Result<std::optional<Enrollment>> enrollment(qint64 campaignId, qint64 candidateId) const;
    // Moves to the next step or ends the run; a state other than Active clears next_due_at.
    Status setProgress(qint64 campaignId, qint64 candidateId, int currentStep, EnrollmentState state,
                       const QDateTime &nextDueAt, const QString &stoppedReason = {});
    // Active enrollments due at `nowUtc`, oldest due first.
    Result<QList<Enrollment>> due(const QDateTime &nowUtc, int limit) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd
