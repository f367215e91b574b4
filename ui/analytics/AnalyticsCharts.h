#pragma once
// Builds the Analytics page's charts from the data layer's results, with the localised numbers a
// screen reader reads out instead of the picture.
#include "Analytics.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace sd::ui {

struct BuiltChart
{
    QChart *chart = nullptr; // the caller owns it
    bool empty = true;       // nothing to draw: show "No data for this range"
    QString description;     // the numbers, for the accessible description
    QString summary;         // a line of text under the chart, or empty
};

class AnalyticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::AnalyticsCharts)
public:
    // The funnel stages in order, as the funnel's categories show them.
    static QStringList funnelStages();
    static QList<qint64> funnelValues(const FunnelStats &funnel);
    // The recruiter as the activity chart names them ('' is "No author").
    static QString recruiterName(const QString &author);
    // "INTERVIEW / Onsite", or just the status.
    static QString stageName(const StageCount &stage);
    // A bucket's axis label: the localised day, or "Week of" its Monday.
    static QString periodLabel(const RateBucket &bucket, RatesOverTime::Granularity granularity);
    // 0.256 -> "25.6%" in the current locale.
    static QString percent(double ratio);
    // Hours as "5.0 h" or, from two days, "3.2 days".
    static QString duration(double hours);

    static BuiltChart funnel(const FunnelStats &funnel);
    static BuiltChart rates(const RatesOverTime &rates);
    static BuiltChart activity(const ActivityBreakdown &activity);
    static BuiltChart replyTime(const ReplyTimeStats &replyTime);
    static BuiltChart stages(const StageDistribution &stages);
};

} // namespace sd::ui
