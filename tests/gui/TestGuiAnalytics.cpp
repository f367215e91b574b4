// The Analytics page standalone: every chart's numbers against plain SQL over the same workspace
// (not against Analytics), the campaign filter, stale answers dropped, "No data for this range",
// and the PNG and CSV exports through the FileDialog seam.
#include "GuiTestSupport.h"

#include "ActivityRepository.h"
#include "AnalyticsCharts.h"
#include "AnalyticsView.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "ChartPanel.h"
#include "FileDialog.h"
#include "Labels.h"
#include "StageSyncStore.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace sd;
using namespace sd::ui;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

// 10:00 local time, `days` days before today.
qint64 daysAgo(int days)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(10, 0)).toMSecsSinceEpoch();
}

// The expected range of "Last 30 days", worked out here: local midnights, today included.
struct Range
{
    qint64 from = 0;
    qint64 to = 0;
    QDate firstDay;
};

Range last30Days()
{
    const QDate today = QDate::currentDate();
    return {QDateTime(today.addDays(-29), QTime(0, 0)).toMSecsSinceEpoch(),
            QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(), today.addDays(-29)};
}

// Everything the tests read from the database is a list of rows of numbers or text.
QList<QVariantList> rows(const Workspace &ws, const QString &text, const QVariantList &values = {})
{
    QSqlQuery q(ws.connection());
    QList<QVariantList> out;
    if (!q.prepare(text)) {
        qWarning("cannot prepare %s", qUtf8Printable(text));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("cannot run %s", qUtf8Printable(text));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

qint64 scalar(const Workspace &ws, const QString &text, const QVariantList &values)
{
    const QList<QVariantList> r = rows(ws, text, values);
    return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
}

// "Members added in the range (of the campaign)", with `?` placeholders for from, to, campaign.
QString cohort(qint64 campaignId)
{
    return campaignId > 0 ? QStringLiteral("m.added_at >= ? AND m.added_at < ? AND m.campaign_id = ?")
                          : QStringLiteral("m.added_at >= ? AND m.added_at < ? AND ? = 0");
}

// Statuses that show a member went at least that far.
const QString kContactedSet = QStringLiteral("(1,2,3,4,5,6)");
const QString kRepliedSet = QStringLiteral("(2,3,4)");
const QString kInterestedSet = QStringLiteral("(3)");

QList<qint64> expectedFunnel(const Workspace &ws, const Range &r, qint64 campaignId)
{
    const QVariantList v{r.from, r.to, campaignId};
    auto reached = [&](const QString &set) {
        return scalar(ws,
                      QStringLiteral("SELECT count(*) FROM campaign_members m WHERE %1 AND (m.status IN %2 OR EXISTS("
                                     "SELECT 1 FROM member_status_history h WHERE h.campaign_id = m.campaign_id "
                                     "AND h.candidate_id = m.candidate_id AND h.status IN %2))")
                          .arg(cohort(campaignId), set),
                      v);
    };
    return {scalar(ws, QStringLiteral("SELECT count(*) FROM campaign_members m WHERE %1").arg(cohort(campaignId)), v),
            reached(kContactedSet), reached(kRepliedSet), reached(kInterestedSet),
            scalar(ws,
                   QStringLiteral("SELECT count(*) FROM campaign_members m JOIN sr_candidate_links l "
                                  "ON l.candidate_id = m.candidate_id WHERE %1")
                       .arg(cohort(campaignId)),
                   v),
            scalar(ws,
                   QStringLiteral("SELECT count(*) FROM campaign_members m WHERE %1 AND EXISTS(SELECT 1 FROM "
                                  "sr_applications a LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                                  "WHERE a.candidate_id = m.candidate_id AND a.status = 'HIRED' AND "
                                  "(j.sr_job_id IS NULL OR j.sr_job_id = '' OR j.sr_job_id = a.sr_job_id))")
                       .arg(cohort(campaignId)),
                   v)};
}

// Per local day of the range: how many members first reached the stage (from the history).
QMap<QDate, qint64> firstReached(const Workspace &ws, const Range &r, qint64 campaignId, const QString &set)
{
    const int offsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    QMap<QDate, qint64> out;
    const auto found = rows(ws,
                            QStringLiteral("SELECT min(changed_at) FROM member_status_history WHERE status IN %1 "
                                           "AND (? = 0 OR campaign_id = ?) GROUP BY campaign_id, candidate_id")
                                .arg(set),
                            {campaignId, campaignId});
    for (const QVariantList &row : found) {
        const qint64 t = row.value(0).toLongLong();
        if (t >= r.from && t < r.to)
            ++out[QDateTime::fromMSecsSinceEpoch(t, Qt::OffsetFromUTC, offsetSeconds).date()];
    }
    return out;
}

struct ReplyTimes
{
    qint64 outreached = 0;
    QList<double> hours;
    std::array<qint64, 4> histogram{};
};

ReplyTimes expectedReplyTimes(const Workspace &ws, const Range &r, qint64 campaignId)
{
    ReplyTimes out;
    const auto firsts = rows(ws,
                             QStringLiteral("SELECT campaign_id, candidate_id, min(occurred_at) FROM activities WHERE "
                                            "campaign_id IS NOT NULL AND kind IN (0,2,3,4,5) AND (? = 0 OR campaign_id = ?) "
                                            "GROUP BY campaign_id, candidate_id"),
                             {campaignId, campaignId});
    for (const QVariantList &f : firsts) {
        const qint64 t0 = f.value(2).toLongLong();
        if (t0 < r.from || t0 >= r.to)
            continue;
        ++out.outreached;
        const auto reply = rows(ws,
                                QStringLiteral("SELECT occurred_at FROM activities WHERE campaign_id = ? AND "
                                               "candidate_id = ? AND kind = 1 AND occurred_at >= ? ORDER BY occurred_at"),
                                {f.value(0), f.value(1), t0});
        if (reply.isEmpty())
            continue;
        const qint64 ms = reply.first().value(0).toLongLong() - t0;
        out.hours << double(ms) / double(kHour);
        ++out.histogram[ms < kDay ? 0 : ms < 3 * kDay ? 1 : ms < 7 * kDay ? 2 : 3];
    }
    std::sort(out.hours.begin(), out.hours.end());
    return out;
}

QMap<QString, qint64> expectedStages(const Workspace &ws, const Range &r, qint64 campaignId)
{
    QMap<QString, qint64> out;
    const auto found = rows(ws,
                            QStringLiteral("SELECT a.status, a.sub_status FROM sr_applications a WHERE a.candidate_id IN "
                                           "(SELECT candidate_id FROM sr_candidate_links) AND EXISTS(SELECT 1 FROM "
                                           "campaign_members m LEFT JOIN campaign_sr_jobs j ON j.campaign_id = m.campaign_id "
                                           "WHERE m.candidate_id = a.candidate_id AND %1 AND (j.sr_job_id IS NULL OR "
                                           "j.sr_job_id = '' OR j.sr_job_id = a.sr_job_id))")
                                .arg(cohort(campaignId)),
                            {r.from, r.to, campaignId});
    for (const QVariantList &row : found)
        ++out[AnalyticsCharts::stageName({row.value(0).toString(), row.value(1).toString(), 0})];
    return out;
}

QChart *chartOf(AnalyticsView &view, const QString &key)
{
    auto *chartView = view.findChild<QChartView *>(key + QStringLiteral("ChartView"));
    return chartView ? chartView->chart() : nullptr;
}

// The bar values of one set, by category name.
QMap<QString, qint64> barsByCategory(QChart *chart, int setIndex = 0)
{
    QMap<QString, qint64> out;
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    const auto axes = series ? series->attachedAxes() : QList<QAbstractAxis *>();
    QBarCategoryAxis *categories = nullptr;
    for (QAbstractAxis *axis : axes)
        categories = categories ? categories : qobject_cast<QBarCategoryAxis *>(axis);
    if (!series || !categories || setIndex >= series->count())
        return out;
    QBarSet *set = series->barSets().at(setIndex);
    for (int i = 0; i < categories->count(); ++i)
        out[categories->at(i)] = qint64(std::llround(set->at(i)));
    return out;
}

} // namespace

class TestGuiAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GuiFixture> m_f;
    qint64 m_a = 0; // "Backend", on job J-A
    qint64 m_b = 0; // "Frontend", no job
    qint64 m_empty = 0;
    QList<qint64> m_p;

    const Workspace &ws() { return m_f->workspace(); }

    bool log(qint64 campaignId, qint64 candidateId, ActivityKind kind, qint64 ms, const QString &author)
    {
        Activity a;
        a.campaignId = campaignId;
        a.candidateId = candidateId;
        a.kind = kind;
        a.occurredAt = QDateTime::fromMSecsSinceEpoch(ms);
        a.author = author;
        return !ActivityRepository(ws()).log(a);
    }

    // The repositories stamp changes with the wall clock; the test moves them back in time.
    bool reached(qint64 campaignId, qint64 candidateId, MemberStatus status, qint64 ms)
    {
        QSqlQuery q(ws().connection());
        const QVariantList v{ms, campaignId, candidateId, int(status)};
        bool ok = q.prepare(QStringLiteral("UPDATE member_status_history SET changed_at = ? WHERE campaign_id = ? "
                                           "AND candidate_id = ? AND status = ?"));
        for (const QVariant &x : v)
            q.addBindValue(x);
        ok = ok && q.exec();
        if (status == MemberStatus::Added) {
            QSqlQuery m(ws().connection());
            ok = ok && m.prepare(QStringLiteral("UPDATE campaign_members SET added_at = ? WHERE campaign_id = ? "
                                                "AND candidate_id = ?"));
            m.addBindValue(ms);
            m.addBindValue(campaignId);
            m.addBindValue(candidateId);
            ok = ok && m.exec();
        }
        return ok;
    }

    void seed()
    {
        m_a = m_f->addCampaign(QStringLiteral("Backend"));
        m_b = m_f->addCampaign(QStringLiteral("Frontend"));
        m_empty = m_f->addCampaign(QStringLiteral("Nobody yet"));
        QVERIFY(m_a > 0 && m_b > 0 && m_empty > 0);
        m_p = {0};
        for (int i = 1; i <= 6; ++i) {
            m_p << m_f->addCandidate(QStringLiteral("P%1").arg(i), QStringLiteral("Test"),
                                     QStringLiteral("p%1@example.org").arg(i), QStringLiteral("Acme"));
            QVERIFY(m_p.last() > 0);
        }
        CampaignRepository campaigns(ws());
        const QString alice = QStringLiteral("alice"), bob = QStringLiteral("bob"), nobody;
        QCOMPARE(campaigns.addMembers(m_a, {m_p[1], m_p[2], m_p[3], m_p[4], m_p[5]}, alice).value(), 5);
        QCOMPARE(campaigns.addMembers(m_b, {m_p[1], m_p[6]}, alice).value(), 2);
        // Backend: p1 emailed, replied after 5 h, marked interested; p2 messaged, replied after 30 h;
        // p3 sent a connection request; p4 marked interested straight away; p5 only a note, added
        // 60 days ago (outside "Last 30 days").
        QVERIFY(log(m_a, m_p[1], ActivityKind::EmailSent, daysAgo(15), alice));
        QVERIFY(log(m_a, m_p[1], ActivityKind::EmailReply, daysAgo(15) + 5 * kHour, nobody));
        QCOMPARE(campaigns.setStatus(m_a, {m_p[1]}, MemberStatus::Interested, alice).value(), 1);
        QVERIFY(log(m_a, m_p[2], ActivityKind::LinkedInMessage, daysAgo(14), bob));
        QVERIFY(log(m_a, m_p[2], ActivityKind::EmailReply, daysAgo(14) + 30 * kHour, nobody));
        QVERIFY(log(m_a, m_p[3], ActivityKind::ConnectionRequest, daysAgo(12), bob));
        QCOMPARE(campaigns.setStatus(m_a, {m_p[4]}, MemberStatus::Interested, bob).value(), 1);
        QVERIFY(log(m_a, m_p[5], ActivityKind::Note, daysAgo(5), alice));
        // Frontend: p1 emailed, replied after 8 days; p6 not interested. A call outside campaigns.
        QVERIFY(log(m_b, m_p[1], ActivityKind::EmailSent, daysAgo(10), alice));
        QVERIFY(log(m_b, m_p[1], ActivityKind::EmailReply, daysAgo(2), nobody));
        QCOMPARE(campaigns.setStatus(m_b, {m_p[6]}, MemberStatus::NotInterested, bob).value(), 1);
        QVERIFY(log(0, m_p[6], ActivityKind::Call, daysAgo(4), QStringLiteral("carol")));

        for (qint64 p : {m_p[1], m_p[2], m_p[3], m_p[4]})
            QVERIFY(reached(m_a, p, MemberStatus::Added, daysAgo(20)));
        QVERIFY(reached(m_a, m_p[5], MemberStatus::Added, daysAgo(60)));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Added, daysAgo(20)));
        QVERIFY(reached(m_b, m_p[6], MemberStatus::Added, daysAgo(19)));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Contacted, daysAgo(15)));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Replied, daysAgo(15) + 5 * kHour));
        QVERIFY(reached(m_a, m_p[1], MemberStatus::Interested, daysAgo(13)));
        QVERIFY(reached(m_a, m_p[2], MemberStatus::Contacted, daysAgo(14)));
        QVERIFY(reached(m_a, m_p[2], MemberStatus::Replied, daysAgo(14) + 30 * kHour));
        QVERIFY(reached(m_a, m_p[3], MemberStatus::Contacted, daysAgo(12)));
        QVERIFY(reached(m_a, m_p[4], MemberStatus::Interested, daysAgo(11)));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Contacted, daysAgo(10)));
        QVERIFY(reached(m_b, m_p[1], MemberStatus::Replied, daysAgo(2)));
        QVERIFY(reached(m_b, m_p[6], MemberStatus::NotInterested, daysAgo(3)));

        // SmartRecruiters: p1, p4 and p6 linked; Backend pushes to job J-A, Frontend to none.
        sync::SyncStore links(ws());
        for (qint64 p : {m_p[1], m_p[4], m_p[6]})
            QVERIFY(!links.setLink(p, QStringLiteral("sr-%1").arg(p), QStringLiteral("created")));
        sync::CampaignJob job;
        job.campaignId = m_a;
        job.srJobId = QStringLiteral("J-A");
        QVERIFY(!links.setCampaignJob(job));
        stagesync::StageSyncStore stages(ws());
        QVERIFY(!stages.saveApplication(m_p[1], QStringLiteral("J-A"), {QStringLiteral("HIRED"), {}}, {}));
        QVERIFY(!stages.saveApplication(m_p[4], QStringLiteral("J-A"),
                                        {QStringLiteral("INTERVIEW"), QStringLiteral("Onsite")}, {}));
        QVERIFY(!stages.saveApplication(m_p[6], QStringLiteral("J-B"),
                                        {QStringLiteral("REJECTED"), QStringLiteral("Not a fit")}, {}));
    }

    // Every chart of the view against the database, for one campaign (0: all) and "Last 30 days".
    void checkCharts(AnalyticsView &view, qint64 campaignId)
    {
        const Range r = last30Days();
        const AnalyticsFilter filter = view.currentFilter();
        QCOMPARE(filter.campaignId, campaignId);
        QCOMPARE(filter.from.toMSecsSinceEpoch(), r.from);
        QCOMPARE(filter.to.toMSecsSinceEpoch(), r.to);

        // Funnel: one bar per stage, in order.
        const QList<qint64> funnel = expectedFunnel(ws(), r, campaignId);
        const QMap<QString, qint64> funnelBars = barsByCategory(chartOf(view, QStringLiteral("funnel")));
        const QStringList stages = AnalyticsCharts::funnelStages();
        QCOMPARE(funnelBars.size(), stages.size());
        for (int i = 0; i < stages.size(); ++i)
            QCOMPARE(funnelBars.value(stages.at(i), -1), funnel.at(i));
        const QString spoken = view.findChild<QChartView *>(QStringLiteral("funnelChartView"))->accessibleDescription();
        QVERIFY2(spoken.contains(QStringLiteral("Added %1").arg(QLocale().toString(funnel.at(0)))), qPrintable(spoken));

        // Reply and interest rates: one point per day of the range, in percent of those contacted.
        const QMap<QDate, qint64> contacted = firstReached(ws(), r, campaignId, kContactedSet);
        const QMap<QDate, qint64> replied = firstReached(ws(), r, campaignId, kRepliedSet);
        const QMap<QDate, qint64> interested = firstReached(ws(), r, campaignId, kInterestedSet);
        QChart *rates = chartOf(view, QStringLiteral("rates"));
        QCOMPARE(rates->series().size(), 2);
        auto *reply = qobject_cast<QLineSeries *>(rates->series().at(0));
        auto *interest = qobject_cast<QLineSeries *>(rates->series().at(1));
        QVERIFY(reply && interest);
        QCOMPARE(reply->count(), 30);
        QCOMPARE(interest->count(), 30);
        int daysWithContacts = 0;
        for (int i = 0; i < 30; ++i) {
            const QDate day = r.firstDay.addDays(i);
            const qint64 c = contacted.value(day);
            daysWithContacts += c > 0 ? 1 : 0;
            const double replyPercent = c > 0 ? 100.0 * double(replied.value(day)) / double(c) : 0.0;
            const double interestPercent = c > 0 ? 100.0 * double(interested.value(day)) / double(c) : 0.0;
            QVERIFY2(std::abs(reply->at(i).y() - replyPercent) < 1e-9, qPrintable(day.toString(Qt::ISODate)));
            QVERIFY2(std::abs(interest->at(i).y() - interestPercent) < 1e-9, qPrintable(day.toString(Qt::ISODate)));
        }
        QVERIFY(daysWithContacts > 0);

        // Activity: stacked bars per recruiter, one band per kind that occurs.
        QMap<QString, QMap<QString, qint64>> activity; // kind label -> recruiter -> count
        const auto found = rows(ws(),
                                QStringLiteral("SELECT author, kind, count(*) FROM activities WHERE occurred_at >= ? AND "
                                               "occurred_at < ? AND (? = 0 OR campaign_id = ?) GROUP BY author, kind"),
                                {r.from, r.to, campaignId, campaignId});
        for (const QVariantList &row : found)
            activity[label(ActivityKind(row.value(1).toInt()))][AnalyticsCharts::recruiterName(row.value(0).toString())] =
                row.value(2).toLongLong();
        QChart *activityChart = chartOf(view, QStringLiteral("activity"));
        auto *stacked = qobject_cast<QAbstractBarSeries *>(activityChart->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), activity.size());
        for (int s = 0; s < stacked->count(); ++s) {
            const QString kind = stacked->barSets().at(s)->label();
            QVERIFY2(activity.contains(kind), qPrintable(kind));
            QMap<QString, qint64> bars;
            const QMap<QString, qint64> all = barsByCategory(activityChart, s);
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (it.value() != 0)
                    bars.insert(it.key(), it.value());
            }
            QCOMPARE(bars, activity.value(kind));
        }

        // Time to first reply: the histogram and the median in the summary.
        const ReplyTimes times = expectedReplyTimes(ws(), r, campaignId);
        const QMap<QString, qint64> histogram = barsByCategory(chartOf(view, QStringLiteral("replyTime")));
        const QStringList buckets = ReplyTimeStats::bucketLabels();
        for (int i = 0; i < buckets.size(); ++i)
            QCOMPARE(histogram.value(buckets.at(i), -1), times.histogram[std::size_t(i)]);
        QVERIFY(times.outreached > 0);
        const QString summary = view.findChild<QLabel *>(QStringLiteral("replyTimeSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("%1 of %2").arg(times.hours.size()).arg(times.outreached)),
                 qPrintable(summary));
        if (!times.hours.isEmpty()) {
            const qsizetype n = times.hours.size();
            const double median = n % 2 ? times.hours.at(n / 2) : (times.hours.at(n / 2 - 1) + times.hours.at(n / 2)) / 2;
            const QString shown = median < 48 ? QLocale().toString(median, 'f', 1)
                                              : QLocale().toString(median / 24, 'f', 1);
            QVERIFY2(summary.contains(QStringLiteral("Median %1").arg(shown)), qPrintable(summary));
        }

        // SmartRecruiters stages.
        const QMap<QString, qint64> stagesExpected = expectedStages(ws(), r, campaignId);
        QVERIFY(!stagesExpected.isEmpty());
        QCOMPARE(barsByCategory(chartOf(view, QStringLiteral("stages"))), stagesExpected);
    }

    bool refreshed(AnalyticsView &view, QSignalSpy &spy, const std::function<void()> &change)
    {
        spy.clear();
        change();
        return QTest::qWaitFor([&] { return spy.count() > 0 && !view.isLoading(); }, 10000);
    }

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
        QVERIFY(m_f->isValid());
        seed();
        QVERIFY(!QTest::currentTestFailed());
    }

    void cleanup() { m_f.reset(); }

    void chartsMatchTheDatabase()
    {
        AnalyticsView view(m_f->sharedWorkspace());
        QSignalSpy ready(&view, &AnalyticsView::chartsReady);
        view.resize(1200, 1100);
        view.show(); // the first show reads the numbers
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        QCOMPARE(view.rangePreset(), AnalyticsView::Last30Days);
        QVERIFY(!view.findChild<QProgressBar *>(QStringLiteral("analyticsBusy"))->isVisible());
        checkCharts(view, 0);
        QVERIFY(!QTest::currentTestFailed());

        // One campaign: the numbers change and still match.
        const QList<qint64> all = expectedFunnel(ws(), last30Days(), 0);
        QVERIFY(refreshed(view, ready, [&] { view.setCampaignId(m_a); }));
        QCOMPARE(ready.count(), 1);
        const QList<qint64> backend = expectedFunnel(ws(), last30Days(), m_a);
        QVERIFY(backend != all);
        checkCharts(view, m_a);
        QVERIFY(!QTest::currentTestFailed());
        auto *picker = view.findChild<QComboBox *>(QStringLiteral("analyticsCampaign"));
        QCOMPARE(picker->currentText(), QStringLiteral("Backend"));
        QCOMPARE(picker->count(), 4); // All campaigns + three

        QVERIFY(refreshed(view, ready, [&] { view.setCampaignId(m_b); }));
        checkCharts(view, m_b);
    }

    void staleAnswersAreDropped()
    {
        AnalyticsView view(m_f->sharedWorkspace());
        QSignalSpy ready(&view, &AnalyticsView::chartsReady);
        view.resize(1200, 1100);
        // Three refreshes before any answer can arrive (they come back through the event loop):
        // only the last one is shown, the other two are dropped.
        view.refresh();
        view.setCampaignId(m_b);
        view.refresh();
        QVERIFY(QTest::qWaitFor([&] { return view.droppedResults() == 2 && !view.isLoading(); }, 10000));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(view.results().filter.campaignId, m_b);
        const QList<qint64> frontend = expectedFunnel(ws(), last30Days(), m_b);
        QCOMPARE(AnalyticsCharts::funnelValues(view.results().funnel), frontend);
    }

    void emptyRangeSaysSo()
    {
        AnalyticsView view(m_f->sharedWorkspace());
        QSignalSpy ready(&view, &AnalyticsView::chartsReady);
        view.resize(1200, 1100);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        QVERIFY(refreshed(view, ready, [&] { view.setCampaignId(m_empty); }));
        for (const QString &key : {QStringLiteral("funnel"), QStringLiteral("rates"), QStringLiteral("activity"),
                                  QStringLiteral("replyTime"), QStringLiteral("stages")}) {
            auto *stack = view.findChild<QStackedWidget *>(key + QStringLiteral("Stack"));
            auto *empty = view.findChild<QLabel *>(key + QStringLiteral("Empty"));
            QVERIFY2(stack && empty, qPrintable(key));
            QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(empty));
            QVERIFY(empty->isVisible());
            QCOMPARE(empty->text(), QStringLiteral("No data for this range"));
            QVERIFY(!view.findChild<QPushButton *>(key + QStringLiteral("ExportPng"))->isEnabled());
        }
        // Back to all campaigns: the charts are shown again.
        QVERIFY(refreshed(view, ready, [&] { view.setCampaignId(0); }));
        auto *funnelView = view.findChild<QChartView *>(QStringLiteral("funnelChartView"));
        QVERIFY(funnelView->isVisible());
    }

    void exportsPngAndCsv()
    {
        AnalyticsView view(m_f->sharedWorkspace());
        QSignalSpy ready(&view, &AnalyticsView::chartsReady);
        view.resize(1200, 1100);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);

        // PNG of the funnel: the chart view as shown.
        const QString png = m_f->path(QStringLiteral("funnel.png"));
        FileDialog::setNextFileName(png);
        auto *exportPng = view.findChild<QPushButton *>(QStringLiteral("funnelExportPng"));
        QVERIFY(exportPng && exportPng->isEnabled());
        QTest::mouseClick(exportPng, Qt::LeftButton);
        QCOMPARE(FileDialog::pendingFileNames(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        auto *chartView = view.findChild<QChartView *>(QStringLiteral("funnelChartView"));
        QCOMPARE(image.size(), chartView->size() * chartView->devicePixelRatio());

        // CSV of the funnel: header and one row per stage with the database's numbers.
        const QString csv = m_f->path(QStringLiteral("funnel.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("funnelExportCsv")), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QList<qint64> funnel = expectedFunnel(ws(), last30Days(), 0);
        const QStringList names{QStringLiteral("Added"), QStringLiteral("Contacted"), QStringLiteral("Replied"),
                                QStringLiteral("Interested"), QStringLiteral("In SmartRecruiters"),
                                QStringLiteral("Hired")};
        QStringList expected{QStringLiteral("Stage,Count")};
        for (int i = 0; i < names.size(); ++i)
            expected << QStringLiteral("%1,%2").arg(names.at(i)).arg(funnel.at(i));
        QCOMPARE(lines, expected);

        // CSV of the stages, through the panel's keyboard shortcut (focus inside the panel).
        const QString stagesCsv = m_f->path(QStringLiteral("stages.csv"));
        FileDialog::setNextFileName(stagesCsv);
        auto *stagesView = view.findChild<QChartView *>(QStringLiteral("stagesChartView"));
        stagesView->setFocus();
        QTest::keyClick(stagesView, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QFile stagesFile(stagesCsv);
        QVERIFY(stagesFile.open(QIODevice::ReadOnly));
        QStringList stageLines = QString::fromUtf8(stagesFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(stageLines.takeFirst(), QStringLiteral("Status,Sub-status,Applications"));
        QMap<QString, qint64> fromCsv;
        for (const QString &line : std::as_const(stageLines)) {
            const QStringList fields = line.split(u',');
            QCOMPARE(fields.size(), 3);
            fromCsv[AnalyticsCharts::stageName({fields.at(0), fields.at(1), 0})] = fields.at(2).toLongLong();
        }
        QCOMPARE(fromCsv, expectedStages(ws(), last30Days(), 0));

        // F5 inside the page reads everything again; the charts are reachable by Tab.
        QCOMPARE(stagesView->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        ready.clear();
        QTest::keyClick(stagesView, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 && !view.isLoading(), 10000);

        // A cancelled chooser writes nothing.
        FileDialog::setNextFileName(QString());
        QVERIFY(!view.panel(AnalyticsView::ActivityChart)->exportCsv());
    }
};

QTEST_MAIN(TestGuiAnalytics)
#include "TestGuiAnalytics.moc"
