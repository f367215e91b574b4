#pragma once
// Everything the Analytics page shows, read in one go on a worker thread.
#include "Analytics.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sd {
class Workspace;
}

namespace sd::ui {

struct AnalyticsResults
{
    int generation = 0;         // which refresh asked for it
    AnalyticsFilter filter;     // what was asked
    QString error;              // empty when every query worked
    QList<QPair<qint64, QString>> campaigns; // (id, name) for the campaign picker, by name
    FunnelStats funnel;
    RatesOverTime rates;
    ActivityBreakdown activity;
    ReplyTimeStats replyTime;
    StageDistribution stages;
};

// Runs the five analytics and lists the campaigns on the calling thread's own connection (which
// it releases). Call from a worker thread.
AnalyticsResults computeAnalytics(const Workspace &workspace, const AnalyticsFilter &filter, int generation);

} // namespace sd::ui
