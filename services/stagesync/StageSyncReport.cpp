#include "StageSyncReport.h"

#include "Jobs.h"

#include <QJsonArray>

namespace sd::stagesync {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString applicationKey(const QString &srCandidateId, const QString &jobId)
{
    return srCandidateId + u'/' + jobId;
}

QHash<QString, ApplicationRef> pendingFromSummary(const QJsonObject &summary)
{
    QHash<QString, ApplicationRef> out;
    const QJsonArray list = summary.value(QStringLiteral("pending")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ApplicationRef ref{o.value(QStringLiteral("candidate")).toInteger(), o.value(QStringLiteral("srCandidate")).toString(),
                           o.value(QStringLiteral("srJob")).toString()};
        if (ref.candidateId > 0 && !ref.srCandidateId.isEmpty() && !ref.srJobId.isEmpty())
            out.insert(applicationKey(ref.srCandidateId, ref.srJobId), ref);
    }
    return out;
}

QJsonObject StageSyncReport::summary() const
{
    QJsonObject drifts;
    for (const DriftItem &d : drift) {
        const QString key = driftKindKey(d.kind);
        drifts.insert(key, drifts.value(key).toInt() + 1);
    }
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("stagesAdded"), stageChanges.added.size()},
                  {QStringLiteral("stagesRenamed"), toArray(stageChanges.renamed)},
                  {QStringLiteral("stagesGone"), toArray(stageChanges.gone)},
                  {QStringLiteral("candidates"), candidates},
                  {QStringLiteral("applications"), applications},
                  {QStringLiteral("skippedOld"), skippedOld},
                  {QStringLiteral("updated"), updated.size()},
                  {QStringLiteral("drift"), drift.size()},
                  {QStringLiteral("driftByKind"), drifts},
                  {QStringLiteral("errors"), toArray(errors)}};
    if (updatedAfter.isValid())
        o.insert(QStringLiteral("updatedAfter"), sr::formatApiDate(updatedAfter));
    QJsonArray refs;
    for (const ApplicationRef &p : pending)
        refs.append(QJsonObject{{QStringLiteral("candidate"), p.candidateId}, {QStringLiteral("srCandidate"), p.srCandidateId},
                                {QStringLiteral("srJob"), p.srJobId}});
    o.insert(QStringLiteral("pending"), refs);
    return o;
}

} // namespace sd::stagesync
