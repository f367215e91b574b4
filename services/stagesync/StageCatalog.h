#pragma once
// The company's SmartRecruiters hiring stages and how each maps to a Sourcedesk pipeline status.
//
// Stage ids. SmartRecruiters has nine fixed main statuses (CandidateStatusEnum) and, per hiring
// process, sub-statuses under IN_REVIEW, INTERVIEW and OFFERED. Sub-statuses have NO id of their
// own in the API: GET /configuration/hiring-processes lists them as plain label strings, and
// applications, PUT .../status and the subStatus filter all use that label. So:
//   main status     -> "IN_REVIEW"                       (process independent)
//   sub-status      -> "<processId>|INTERVIEW|Onsite"    (process id is SR's stable UUID)
// Consequence: a sub-status renamed in SmartRecruiters is, for us, a stage that disappeared plus a
// new unmapped one (flagged and left for the user, never guessed). The only part of a stage that
// can change under a stable id is its process name; that is what "renamed" detects.
#include "Configuration.h"
#include "Error.h"
#include "Types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sd {
class Workspace;
}

namespace sd::stagesync {

// SmartRecruiters' CandidateStatusEnum, in pipeline order.
const QStringList &srStatuses();
// The sub-status parts of hiring processes exist only for these main statuses.
bool statusHasSubStatuses(const QString &status);
// "In review" etc., translated; the raw value for anything unknown.
QString statusDisplayName(const QString &status);

QString stageIdFor(const QString &processId, const QString &status, const QString &subStatus);

struct Stage
{
    QString id;
    QString processId;   // '' for main statuses
    QString processName; // as last acknowledged by the user (a rename is flagged, see flag)
    QString status;      // CandidateStatusEnum value
    QString subStatus;   // '' for main statuses
    QString label;       // what SmartRecruiters shows: the sub-status, or the status itself
    std::optional<MemberStatus> mapping;
    QString flag; // '' when the stage matches SmartRecruiters; else why not (see flag* below)
    QDateTime seenAt;

    bool isSubStatus() const { return !subStatus.isEmpty(); }
    bool isGone() const;
    bool isRenamed() const;
    // "Standard process › Interview › Onsite" or "Interview", for lists and reports.
    QString displayName() const;
    // The flag in the user's language.
    QString flagText() const;
};

// The stored (English, stable) flag texts; flagText() translates them for display.
QString flagGone();
QString flagRenamed(const QString &from, const QString &to);
// The new name a rename flag carries; empty when `flag` is not a rename flag.
QString renamedTo(const QString &flag);

// What SmartRecruiters has now: the nine main statuses plus every process's sub-statuses.
QList<Stage> stagesFromProcesses(const QList<sr::HiringProcess> &processes);

struct RefreshChanges
{
    QStringList added;    // new stages (unmapped)
    QStringList renamed;  // mapped stages whose process was renamed (flagged)
    QStringList gone;     // mapped stages no longer in SmartRecruiters (flagged)
    QStringList returned; // flagged-gone stages that came back as they were (flag cleared)
    QStringList removed;  // unmapped stages that disappeared (nothing to keep)
    bool isEmpty() const;
};

// Pure merge of the stored catalogue with SmartRecruiters' current stages. Mappings are never
// moved from one id to another; flags protect mapped stages only (an unmapped stage that changes
// or disappears has nothing to protect).
QList<Stage> mergeStages(const QList<Stage> &stored, const QList<Stage> &remote, const QDateTime &now,
                         RefreshChanges *changes);

// A pre-filled mapping for the UI (the user still has to save it):
//   LEAD, NEW            -> Added         (in SmartRecruiters but nobody has acted yet)
//   IN_REVIEW            -> Replied       (the recruiter is looking at the candidate's answer/CV)
//   INTERVIEW, OFFERED,
//   HIRED                -> Interested    (the candidate is in the process with us)
//   REJECTED, WITHDRAWN  -> NotInterested (the process ended without a hire, either side)
//   TRANSFERRED          -> Added         (moved to another job: neutral for this campaign)
// Sub-statuses take the suggestion of their main status.
MemberStatus suggestedStatusFor(const QString &srStatus);
QHash<QString, MemberStatus> suggestedMapping(const QList<Stage> &stages);
// For pushing back when several stages map to one status: the main-status stage that reads most
// naturally (Added -> NEW, Replied -> IN_REVIEW, Interested -> INTERVIEW, NotInterested ->
// REJECTED). Contacted, Bounced and Unsubscribed have no SmartRecruiters counterpart.
QHash<MemberStatus, QString> suggestedPreferred();

// The catalogue in the workspace (table sr_stages; the preferred stage per status lives in the
// workspace settings as stagesync.preferred.<status key>). Main thread or any thread with its own
// connection.
class StageCatalog
{
public:
    explicit StageCatalog(const Workspace &workspace);

    // Merges SmartRecruiters' current stages into the stored catalogue. A recruiter on a team
    // workspace gets the changes computed but nothing written (the catalogue is the admins').
    Result<RefreshChanges> refresh(const QList<sr::HiringProcess> &processes);
    // Every stored stage (gone ones too), main statuses first then by process and label.
    Result<QList<Stage>> stages() const;
    // Mapped stages only.
    Result<QHash<QString, MemberStatus>> mapping() const;
    // Saves the whole mapping. Refused unless every current (not gone) stage is mapped; unknown
    // ids are refused too. Gone stages keep their mapping unless the map names them.
    Status setMapping(const QHash<QString, MemberStatus> &mapping);
    // The user has seen the flag. A rename is accepted (the new process name is adopted); a stage
    // that is gone is removed with its mapping.
    Status clearFlag(const QString &stageId);

    Status setPreferredStage(MemberStatus status, const QString &stageId);
    QHash<MemberStatus, QString> preferredStages() const;

private:
    const Workspace &m_workspace;
};

} // namespace sd::stagesync
