// Benchmark: the Analytics page on 1,000,000 candidates and 5,000,000 activities (AnalyticsDataset),
// offscreen. For all campaigns and the largest one, over all time and the last 90 days: the time
// from a refresh to chartsReady() (the first one also includes building and showing the page),
// and the longest stall of the UI thread, measured by a 5 ms heartbeat timer on it (the largest gap
// between two ticks, from before the page is built to after the charts are painted).
// Targets (printed, not asserted): charts ready < 500 ms, no stall > 50 ms.
//
//   bench_analytics_ui [--cache-dir DIR] [--runs N]
//   env: SOURCEDESK_BENCH_ANALYTICS_CANDIDATES, SOURCEDESK_BENCH_ANALYTICS_ACTIVITIES
#include "AnalyticsDataset.h"

#include "AnalyticsCharts.h"
#include "AnalyticsView.h"
#include "CampaignRepository.h"
#include "Workspace.h"

#include <QChart>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace sd;

namespace {

// The largest gap between ticks of a 5 ms timer on the UI thread since the last reset().
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_maxGapNs = 0;
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

// Runs the event loop until chartsReady() (or 120 s), then 300 ms more so the charts get painted
// while the heartbeat watches. Returns the milliseconds to chartsReady(), -1 on timeout.
double waitForCharts(ui::AnalyticsView &view, const QElapsedTimer &since)
{
    QEventLoop loop;
    double readyMs = -1;
    const auto connection = QObject::connect(&view, &ui::AnalyticsView::chartsReady, &loop, [&] {
        readyMs = double(since.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    return readyMs;
}

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// Where a refresh's time goes, measured on this thread for all campaigns over all time: the
// worker's campaign list (CampaignRepository::list, for the campaign picker) and Analytics calls,
// and the chart building that showResults() does on the UI thread.
void breakdown(const Workspace &ws, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    const bool listed = CampaignRepository(ws).list(true).ok();
    const double listMs = msSince(t);
    // The names alone, without the member counts per status (what the picker needs).
    t.restart();
    const bool named = CampaignRepository(ws).matching(QString(), 0).ok();
    const double namesMs = msSince(t);
    const Analytics analytics(ws);
    const AnalyticsFilter all;
    t.restart();
    auto funnel = analytics.funnel(all);
    const double funnelMs = msSince(t);
    t.restart();
    auto rates = analytics.ratesOverTime(all);
    const double ratesMs = msSince(t);
    t.restart();
    auto activity = analytics.activity(all);
    const double activityMs = msSince(t);
    t.restart();
    auto replies = analytics.timeToFirstReply(all);
    const double repliesMs = msSince(t);
    t.restart();
    auto stages = analytics.stageDistribution(all);
    const double stagesMs = msSince(t);
    if (!listed || !named || !funnel.ok() || !rates.ok() || !activity.ok() || !replies.ok() || !stages.ok()) {
        out << "breakdown: a query failed" << Qt::endl;
        return;
    }
    t.restart();
    const ui::BuiltChart charts[] = {ui::AnalyticsCharts::funnel(*funnel), ui::AnalyticsCharts::rates(*rates),
                                     ui::AnalyticsCharts::activity(*activity), ui::AnalyticsCharts::replyTime(*replies),
                                     ui::AnalyticsCharts::stages(*stages)};
    const double chartsMs = msSince(t);
    for (const ui::BuiltChart &c : charts)
        delete c.chart;
    out << "breakdown (all campaigns, all time, on one thread): worker: campaign list "
        << QString::number(listMs, 'f', 1) << " ms (names only, CampaignRepository::matching: " << QString::number(namesMs, 'f', 1)
        << " ms), analytics " << QString::number(funnelMs + ratesMs + activityMs + repliesMs + stagesMs, 'f', 1)
        << " ms (funnel " << QString::number(funnelMs, 'f', 1) << ", rates " << QString::number(ratesMs, 'f', 1)
        << ", activity " << QString::number(activityMs, 'f', 1) << ", reply times " << QString::number(repliesMs, 'f', 1)
        << ", stages " << QString::number(stagesMs, 'f', 1) << "); UI thread: building the 5 charts "
        << QString::number(chartsMs, 'f', 1) << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_analytics_ui"));
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), QStringLiteral("Where the generated workspace is cached."),
                                         QStringLiteral("DIR"), QStringLiteral(SOURCEDESK_BENCH_CACHE_DIR));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Refreshes per case (median)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(cacheOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString path = bench::AnalyticsDataset::upgraded(parser.value(cacheOption), bench::benchCandidates(),
                                                           bench::benchActivities());
    if (path.isEmpty())
        return 1;
    auto opened = Workspace::open(path);
    if (!opened.ok()) {
        out << "cannot open " << path << ": " << opened.error().toString() << Qt::endl;
        return 1;
    }
    const std::shared_ptr<Workspace> workspace = opened.value();
    qint64 largest = 0;
    {
        QSqlQuery q(workspace->connection());
        if (q.exec(QStringLiteral("SELECT campaign_id FROM campaign_members GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1"))
            && q.next())
            largest = q.value(0).toLongLong();
    }
    out << "workspace " << path << Qt::endl;
    breakdown(*workspace, out);

    Heartbeat heartbeat;
    QElapsedTimer clock;
    // Building and showing the page: the first refresh starts from showEvent().
    heartbeat.reset();
    clock.start();
    ui::AnalyticsView view(workspace, nullptr);
    view.setRangePreset(ui::AnalyticsView::AllTime);
    view.resize(1280, 900);
    view.show();
    const double firstMs = waitForCharts(view, clock);
    out << QStringLiteral("%1 %2 %3").arg(QStringLiteral("case"), -44).arg(QStringLiteral("ready ms"), 9).arg(QStringLiteral("max stall ms"), 13)
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3").arg(QStringLiteral("open the page (all campaigns, all time)"), -44).arg(firstMs, 9, 'f', 1).arg(heartbeat.maxGapMs(), 13, 'f', 1)
        << Qt::endl;
    double worstReady = firstMs < 0 ? 1e9 : firstMs;
    double worstStall = heartbeat.maxGapMs();

    for (qint64 campaign : {qint64(0), largest}) {
        for (auto preset : {ui::AnalyticsView::AllTime, ui::AnalyticsView::Last90Days}) {
            // Switch (the setters refresh when something changes), then refresh again `runs` times.
            view.setCampaignId(campaign);
            view.setRangePreset(preset);
            clock.restart();
            if (view.isLoading())
                waitForCharts(view, clock);
            QList<double> ready;
            double stall = 0;
            for (int i = 0; i < runs; ++i) {
                heartbeat.reset();
                clock.restart();
                view.refresh();
                ready << waitForCharts(view, clock);
                stall = std::max(stall, heartbeat.maxGapMs());
            }
            std::sort(ready.begin(), ready.end());
            const double median = ready.at(ready.size() / 2);
            const QString name = QStringLiteral("%1, %2")
                                     .arg(campaign == 0 ? QStringLiteral("all campaigns") : QStringLiteral("campaign %1").arg(campaign),
                                          preset == ui::AnalyticsView::AllTime ? QStringLiteral("all time")
                                                                               : QStringLiteral("last 90 days"));
            out << QStringLiteral("%1 %2 %3").arg(name, -44).arg(median, 9, 'f', 1).arg(stall, 13, 'f', 1) << Qt::endl;
            worstReady = std::max(worstReady, median < 0 ? 1e9 : median);
            worstStall = std::max(worstStall, stall);
        }
    }
    out << Qt::endl << "slowest charts ready " << QString::number(worstReady, 'f', 1) << " ms (target < 500), longest UI stall "
        << QString::number(worstStall, 'f', 1) << " ms (target < 50)" << Qt::endl;
    if (!view.results().error.isEmpty())
        out << "the page showed an error: " << view.results().error << Qt::endl;
    return view.results().error.isEmpty() && firstMs >= 0 ? 0 : 1;
}
