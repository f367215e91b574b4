#include "AnalyticsResults.h"

#include "CampaignRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sd::ui {

namespace {

// Keeps the first error; the other results stay as they are (empty).
template<typename T> void take(Result<T> &&result, T &out, QString &error)
{
    if (result.ok())
        out = std::move(result).value();
    else if (error.isEmpty())
        error = result.error().message;
}

} // namespace

AnalyticsResults computeAnalytics(const Workspace &workspace, const AnalyticsFilter &filter, int generation)
{
    ThreadConnectionGuard guard(workspace);
    AnalyticsResults out;
    out.generation = generation;
    out.filter = filter;
    // Names only: list() would count every campaign's members per status, half a second on a
    // million members, for a picker that shows none of it.
    Result<QList<Campaign>> campaigns = CampaignRepository(workspace).matching(QString(), 0);
    if (campaigns.ok()) {
        for (const Campaign &c : campaigns.value())
            out.campaigns.append({c.id, c.archived ? QCoreApplication::translate("sd::ui::AnalyticsView", "%1 (archived)")
                                                         .arg(c.name)
                                                   : c.name});
        std::sort(out.campaigns.begin(), out.campaigns.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.second, b.second) < 0;
        });
    } else {
        out.error = campaigns.error().message;
    }
    // Two threads share the five queries (each with its own connection; WAL lets reads run side
    // by side), so the charts are ready in about half the time on two cores. Waiting here is on a
    // worker, never the UI thread; if the pool is busy, Qt runs the task in this thread instead.
    struct Second
    {
        ActivityBreakdown activity;
        ReplyTimeStats replyTime;
        StageDistribution stages;
        QString error;
    };
    QFuture<Second> second = QtConcurrent::run([&workspace, filter] {
        ThreadConnectionGuard secondGuard(workspace);
        const Analytics analytics(workspace);
        Second s;
        take(analytics.activity(filter), s.activity, s.error);
        take(analytics.timeToFirstReply(filter), s.replyTime, s.error);
        take(analytics.stageDistribution(filter), s.stages, s.error);
        return s;
    });
    const Analytics analytics(workspace);
    take(analytics.funnel(filter), out.funnel, out.error);
    take(analytics.ratesOverTime(filter), out.rates, out.error);
    Second rest = second.result();
    out.activity = std::move(rest.activity);
    out.replyTime = std::move(rest.replyTime);
    out.stages = std::move(rest.stages);
    if (out.error.isEmpty())
        out.error = rest.error;
    return out;
}

} // namespace sd::ui
