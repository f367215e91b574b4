#pragma once
// Pure decisions of the stage sync: which catalogue stage an application's (status, sub-status)
// is, and whether that stage may change the campaign member's status or is "drift" to report.
#include "StageCatalog.h"

#include <QDateTime>

#include <optional>

namespace sd::stagesync {

enum class DriftKind {
    None,
    UnknownStage,    // the (status, sub-status) is not in the catalogue at all
    Unmapped,        // the stage has no pipeline status yet
    Flagged,         // renamed or no longer in SmartRecruiters: not applied until the user looks
    Ambiguous,       // the sub-status label exists in several processes with different mappings
    LocalDiffers,    // SmartRecruiters did not move, but the member's status was changed here
    ApplicationGone, // the application is no longer in SmartRecruiters
};

QString driftKindKey(DriftKind kind); // stable machine name for summaries and logs
QString driftText(DriftKind kind);    // translated explanation for the user

struct StageMatch
{
    QStringList stageIds; // the catalogue stages the application can be in
    std::optional<MemberStatus> status;
    DriftKind drift = DriftKind::None;
};

// An application only says status + sub-status label, not its hiring process (the public API
// does not link a job to its process), so a sub-status label found in several processes is
// accepted only when all of them map to the same pipeline status.
StageMatch matchStage(const QList<Stage> &stages, const QString &status, const QString &subStatus);

struct RemoteStage
{
    QString status;
    QString subStatus;
    bool operator==(const RemoteStage &o) const { return status == o.status && subStatus == o.subStatus; }
};

enum class Action { Nothing, Apply, Drift };

struct Decision
{
    Action action = Action::Nothing;
    DriftKind drift = DriftKind::None;
};

// `previous` is what the last sync stored for this application (none the first time). A remote
// stage is applied only when it is new or moved since then: a stage that did not move never
// overwrites a status the recruiter changed here afterwards (that is reported as drift).
Decision decide(const StageMatch &match, const std::optional<RemoteStage> &previous, const RemoteStage &now,
                MemberStatus local);

// SmartRecruiters dates ("2018-06-08T04:55:28.000Z"); invalid when unreadable.
QDateTime parseSrDate(const QString &text);

} // namespace sd::stagesync
