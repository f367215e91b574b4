#pragma once
// What a stage sync run did, for the UI, the reconciliation view and sync_runs.summary.
#include "StageCatalog.h"
#include "StageRules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace sd::stagesync {

struct ApplicationRef
{
    qint64 candidateId = 0;
    QString srCandidateId;
    QString srJobId;
};

struct MemberUpdate
{
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    QString srCandidateId;
    QString srJobId;
    QStringList stageIds;
    MemberStatus from = MemberStatus::Added;
    MemberStatus to = MemberStatus::Added;
};

struct DriftItem
{
    qint64 candidateId = 0;
    qint64 campaignId = 0; // 0 when it concerns the application, not one campaign
    QString srCandidateId;
    QString srJobId;
    QString remoteStatus;
    QString remoteSubStatus;
    QStringList stageIds;
    std::optional<MemberStatus> localStatus;
    DriftKind kind = DriftKind::None;
    QString why; // translated
};

struct StageSyncReport
{
    qint64 runId = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime updatedAfter; // the delta cut sent to SmartRecruiters; invalid = everything
    bool ok = false;
    bool cancelled = false;
    RefreshChanges stageChanges;
    int candidates = 0;   // linked candidates returned by the delta
    int applications = 0; // their applications on campaign jobs
    int skippedOld = 0;   // created before `since`
    QList<MemberUpdate> updated;
    QList<DriftItem> drift;
    QList<ApplicationRef> pending; // stage drift to re-check next run
    QStringList errors; // ApiError messages (translated), each once

    QJsonObject summary() const;
};

// "srCandidateId/jobId": one application.
QString applicationKey(const QString &srCandidateId, const QString &jobId);
// The "pending" list of a run's summary.
QHash<QString, ApplicationRef> pendingFromSummary(const QJsonObject &summary);

} // namespace sd::stagesync

Q_DECLARE_METATYPE(sd::stagesync::StageSyncReport)
