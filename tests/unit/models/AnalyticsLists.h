#pragma once
// The analytics results as short lists, so tests compare them with QCOMPARE and print the
// difference readably (shared by tst_analytics and tst_analytics_rollups).
#include "Analytics.h"

#include <QList>
#include <QStringList>

namespace sd::test {

inline QList<qint64> funnelList(const FunnelStats &f)
{
    return {f.added, f.contacted, f.replied, f.interested, f.inSmartRecruiters, f.hired};
}

inline QStringList bucketList(const RatesOverTime &r)
{
    QStringList out;
    for (const RateBucket &b : r.buckets)
        out << QStringLiteral("%1:%2/%3/%4").arg(b.label).arg(b.contacted).arg(b.replied).arg(b.interested);
    return out;
}

inline QStringList stageList(const StageDistribution &d)
{
    QStringList out;
    for (const StageCount &s : d.stages)
        out << QStringLiteral("%1/%2=%3").arg(s.status, s.subStatus).arg(s.count);
    return out;
}

} // namespace sd::test
