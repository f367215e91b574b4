#include "AnalyticsCharts.h"

#include "Labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <climits>

namespace sd::ui {

namespace {

constexpr int kMaxDateTicks = 7;
constexpr int kDarkLightness = 128;
constexpr int kHalfDaySeconds = 12 * 3600;

QString number(qint64 n) { return QLocale().toString(n); }

QChart *newChart()
{
    auto *chart = new QChart;
    // Follow a dark palette instead of a white box in a dark window.
    if (QGuiApplication::palette().color(QPalette::Window).lightness() < kDarkLightness)
        chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation); // exports and tests see the final picture
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A value axis for counts: whole-number ticks, at most six of them, on a 1-2-5 step, so that the
// labels never crowd (Qt Charts elides crowded labels to "...").
QValueAxis *countAxis(qint64 max)
{
    qint64 step = 1;
    for (qint64 decade = 1;; decade *= 10) {
        const qint64 candidates[] = {decade, 2 * decade, 5 * decade};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [max](qint64 c) { return (max + c - 1) / c <= 5; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, double(top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    return axis;
}

// The locale's short date without its year ("M/d/yy" -> "M/d", "dd.MM.yy" -> "dd.MM"), for
// ranges inside one year.
QString withoutYear(QString format)
{
    static const QRegularExpression trailing(QStringLiteral("[^dM]*y+[^dM]*$"));
    static const QRegularExpression leading(QStringLiteral("^y+[^dM]*"));
    format.remove(trailing);
    format.remove(leading);
    return format.isEmpty() ? QStringLiteral("d") : format;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, Qt::Alignment xSide, QAbstractAxis *y,
            Qt::Alignment ySide)
{
    chart->addSeries(series);
    chart->addAxis(x, xSide);
    chart->addAxis(y, ySide);
    series->attachAxis(x);
    series->attachAxis(y);
}

// One bar set of counts, horizontal (first category on top) or vertical.
BuiltChart countBars(const QString &setName, const QStringList &categories, const QList<qint64> &values,
                     bool horizontal)
{
    BuiltChart out;
    out.chart = newChart();
    auto *set = new QBarSet(setName);
    qint64 max = 0;
    for (qint64 v : values) {
        set->append(double(v));
        max = std::max(max, v);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    QBarCategoryAxis *names = categoryAxis(categories);
    if (horizontal) {
        names->setReverse(true);
        attach(out.chart, series, countAxis(max), Qt::AlignBottom, names, Qt::AlignLeft);
    } else {
        attach(out.chart, series, names, Qt::AlignBottom, countAxis(max), Qt::AlignLeft);
    }
    return out;
}

} // namespace

QStringList AnalyticsCharts::funnelStages()
{
    return {tr("Added"), tr("Contacted"), tr("Replied"), tr("Interested"), tr("In SmartRecruiters"), tr("Hired")};
}

QList<qint64> AnalyticsCharts::funnelValues(const FunnelStats &f)
{
    return {f.added, f.contacted, f.replied, f.interested, f.inSmartRecruiters, f.hired};
}

QString AnalyticsCharts::recruiterName(const QString &author)
{
    return author.trimmed().isEmpty() ? tr("No author") : author;
}

QString AnalyticsCharts::stageName(const StageCount &stage)
{
    return stage.subStatus.isEmpty() ? stage.status : tr("%1 / %2").arg(stage.status, stage.subStatus);
}

QString AnalyticsCharts::periodLabel(const RateBucket &bucket, RatesOverTime::Granularity granularity)
{
    const QString day = QLocale().toString(bucket.start, QLocale::ShortFormat);
    return granularity == RatesOverTime::Granularity::Day ? day : tr("Week of %1").arg(day);
}

QString AnalyticsCharts::percent(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', 1) + locale.percent();
}

QString AnalyticsCharts::duration(double hours)
{
    const QLocale locale;
    if (hours < 48.0)
        return tr("%1 h").arg(locale.toString(hours, 'f', 1));
    return tr("%1 days").arg(locale.toString(hours / 24.0, 'f', 1));
}

BuiltChart AnalyticsCharts::funnel(const FunnelStats &f)
{
    const QStringList stages = funnelStages();
    const QList<qint64> values = funnelValues(f);
    BuiltChart out = countBars(tr("Members"), stages, values, true);
    out.empty = std::all_of(values.begin(), values.end(), [](qint64 v) { return v == 0; });
    QStringList parts;
    for (int i = 0; i < stages.size(); ++i)
        parts << tr("%1 %2").arg(stages.at(i), number(values.at(i)));
    out.description = out.empty ? tr("No members were added in this range.") : parts.join(tr(", "));
    if (!out.empty && f.added > 0)
        out.summary = tr("Replied: %1 of the members added; interested: %2")
                          .arg(percent(double(f.replied) / double(f.added)),
                               percent(double(f.interested) / double(f.added)));
    return out;
}

BuiltChart AnalyticsCharts::rates(const RatesOverTime &rates)
{
    BuiltChart out;
    out.chart = newChart();
    out.chart->legend()->setVisible(true);
    out.chart->legend()->setAlignment(Qt::AlignBottom);
    auto *reply = new QLineSeries;
    reply->setName(tr("Reply rate"));
    auto *interest = new QLineSeries;
    interest->setName(tr("Interest rate"));
    QStringList periods;
    QStringList spoken;
    double top = 100.0;
    qint64 contacted = 0, replied = 0, interested = 0;
    for (int i = 0; i < rates.buckets.size(); ++i) {
        const RateBucket &b = rates.buckets.at(i);
        const auto when = double(b.start.startOfDay().toMSecsSinceEpoch());
        reply->append(when, b.replyRate() * 100.0);
        interest->append(when, b.interestRate() * 100.0);
        top = std::max({top, b.replyRate() * 100.0, b.interestRate() * 100.0});
        periods << periodLabel(b, rates.granularity);
        contacted += b.contacted;
        replied += b.replied;
        interested += b.interested;
        if (b.contacted > 0)
            spoken << tr("%1: %2 contacted, reply rate %3, interest rate %4")
                          .arg(periods.last(), number(b.contacted), percent(b.replyRate()), percent(b.interestRate()));
    }
    for (QLineSeries *series : {reply, interest})
        series->setPointsVisible(true); // a single period is still visible
    // A time axis names a few days instead of crowding every period under the chart.
    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (!rates.buckets.isEmpty()) {
        const QDateTime first = rates.buckets.first().start.startOfDay();
        const QDateTime last = rates.buckets.last().start.startOfDay();
        if (first.date().year() == last.date().year())
            x->setFormat(withoutYear(QLocale().dateFormat(QLocale::ShortFormat)));
        x->setRange(first == last ? first.addSecs(-kHalfDaySeconds) : first,
                    first == last ? last.addSecs(kHalfDaySeconds) : last);
        x->setTickCount(int(std::clamp<qsizetype>(rates.buckets.size(), 2, kMaxDateTicks)));
    }
    x->setTitleText(rates.granularity == RatesOverTime::Granularity::Day ? tr("Day") : tr("Week starting"));
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Percent"));
    out.chart->addSeries(reply);
    out.chart->addSeries(interest);
    out.chart->addAxis(x, Qt::AlignBottom);
    out.chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {reply, interest}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    out.empty = contacted == 0 && replied == 0 && interested == 0;
    if (out.empty) {
        out.description = tr("Nobody was contacted in this range.");
        return out;
    }
    const QString per = rates.granularity == RatesOverTime::Granularity::Day ? tr("Per day.") : tr("Per week.");
    out.description = per + u' ' + spoken.join(tr("; "));
    out.summary = tr("Over the range: %1 contacted, %2 replied (%3), %4 interested (%5)")
                      .arg(number(contacted), number(replied),
                           percent(contacted > 0 ? double(replied) / double(contacted) : 0.0), number(interested),
                           percent(contacted > 0 ? double(interested) / double(contacted) : 0.0));
    return out;
}

BuiltChart AnalyticsCharts::activity(const ActivityBreakdown &activity)
{
    BuiltChart out;
    out.chart = newChart();
    out.chart->legend()->setVisible(true);
    out.chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QStackedBarSeries;
    QStringList recruiters;
    QStringList spoken;
    qint64 max = 0;
    for (const RecruiterActivity &r : activity.byRecruiter) {
        recruiters << recruiterName(r.author);
        max = std::max(max, r.total);
        QStringList kinds;
        for (int k = 0; k < ActivityKindCount; ++k) {
            if (r.byKind[std::size_t(k)] > 0)
                kinds << tr("%1 %2").arg(label(ActivityKind(k)), number(r.byKind[std::size_t(k)]));
        }
        spoken << tr("%1: %2 (%3)").arg(recruiters.last(), number(r.total), kinds.join(tr(", ")));
    }
    // One band per kind that occurs, so the legend lists only what happened.
    for (int k = 0; k < ActivityKindCount; ++k) {
        if (activity.byKind[std::size_t(k)] == 0)
            continue;
        auto *set = new QBarSet(label(ActivityKind(k)));
        for (const RecruiterActivity &r : activity.byRecruiter)
            set->append(double(r.byKind[std::size_t(k)]));
        series->append(set);
    }
    attach(out.chart, series, categoryAxis(recruiters), Qt::AlignBottom, countAxis(max), Qt::AlignLeft);
    out.empty = activity.total == 0;
    out.description = out.empty ? tr("No activities were logged in this range.") : spoken.join(tr("; "));
    if (!out.empty)
        out.summary = tr("%n activities in all", nullptr, int(std::min<qint64>(activity.total, INT_MAX)));
    return out;
}

BuiltChart AnalyticsCharts::replyTime(const ReplyTimeStats &s)
{
    const QStringList buckets = ReplyTimeStats::bucketLabels();
    const QList<qint64> values(s.histogram.begin(), s.histogram.end());
    BuiltChart out = countBars(tr("Members"), buckets, values, false);
    out.empty = s.outreached == 0;
    if (out.empty) {
        out.description = tr("Nobody was reached out to in this range.");
        return out;
    }
    out.summary = s.replied == 0
                      ? tr("None of the %1 members reached out to has replied yet.").arg(number(s.outreached))
                      : tr("%1 of %2 members replied (%3). Median %4, 90th percentile %5.")
                            .arg(number(s.replied), number(s.outreached),
                                 percent(double(s.replied) / double(s.outreached)), duration(s.medianHours),
                                 duration(s.p90Hours));
    QStringList parts;
    for (int i = 0; i < buckets.size(); ++i)
        parts << tr("%1: %2").arg(buckets.at(i), number(values.at(i)));
    out.description = parts.join(tr(", ")) + u' ' + out.summary;
    return out;
}

BuiltChart AnalyticsCharts::stages(const StageDistribution &d)
{
    QStringList names;
    QList<qint64> values;
    QStringList parts;
    for (const StageCount &s : d.stages) {
        names << stageName(s);
        values << s.count;
        parts << tr("%1 %2").arg(names.last(), number(s.count));
    }
    BuiltChart out = countBars(tr("Applications"), names, values, true);
    out.empty = d.total == 0;
    out.description = out.empty ? tr("No SmartRecruiters applications for the members added in this range.")
                                : parts.join(tr(", "));
    if (!out.empty)
        out.summary = tr("%1 applications in SmartRecruiters").arg(number(d.total));
    return out;
}

} // namespace sd::ui
