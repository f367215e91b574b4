#include "AnalyticsView.h"

#include "AnalyticsCharts.h"
#include "ChartPanel.h"
#include "Named.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd::ui {

namespace {

constexpr int kBusyWidth = 120;
constexpr int kColumns = 2;

bool isRefreshKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers held =
        key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    return key->key() == Qt::Key_F5 && held == Qt::KeyboardModifiers();
}

} // namespace

AnalyticsView::AnalyticsView(std::shared_ptr<sd::Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_campaign(named(new QComboBox(this), QStringLiteral("analyticsCampaign"), tr("Campaign")))
    , m_range(named(new QComboBox(this), QStringLiteral("analyticsRange"), tr("Date range")))
    , m_refresh(named(new QPushButton(tr("&Refresh"), this), QStringLiteral("analyticsRefresh"),
                      tr("Refresh the analytics")))
    , m_busy(named(new QProgressBar(this), QStringLiteral("analyticsBusy"), tr("Loading the analytics")))
    , m_status(named(new QLabel(this), QStringLiteral("analyticsStatus"), tr("Analytics status")))
{
    named(this, QStringLiteral("analyticsView"), tr("Analytics"));
    buildControls();

    const QString keys[ChartCount] = {QStringLiteral("funnel"), QStringLiteral("rates"), QStringLiteral("activity"),
                                      QStringLiteral("replyTime"), QStringLiteral("stages")};
    const QString titles[ChartCount] = {tr("Pipeline funnel"), tr("Reply and interest rates"),
                                        tr("Activity per recruiter"), tr("Time to first reply"),
                                        tr("SmartRecruiters stages")};
    auto *scroll = named(new QScrollArea(this), QStringLiteral("analyticsScroll"), tr("Analytics charts"));
    auto *page = named(new QWidget(scroll), QStringLiteral("analyticsCharts"), tr("Analytics charts"));
    auto *grid = new QGridLayout(page);
    for (int i = 0; i < ChartCount; ++i) {
        m_panels[i] = new ChartPanel(keys[i], titles[i], page);
        grid->addWidget(m_panels[i], i / kColumns, i % kColumns);
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto *campaignLabel = named(new QLabel(tr("&Campaign:"), this), QStringLiteral("analyticsCampaignLabel"),
                                tr("Campaign"));
    campaignLabel->setBuddy(m_campaign);
    auto *rangeLabel = named(new QLabel(tr("&Period:"), this), QStringLiteral("analyticsRangeLabel"), tr("Date range"));
    rangeLabel->setBuddy(m_range);
    controls->addWidget(campaignLabel);
    controls->addWidget(m_campaign, 1);
    controls->addSpacing(12);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(m_refresh);
    controls->addWidget(m_busy);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

AnalyticsView::~AnalyticsView() = default;

void AnalyticsView::buildControls()
{
    m_campaign->addItem(tr("All campaigns"), qint64(0));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(20);
    m_campaign->setAccessibleDescription(tr("Which campaign the charts count: all of them or one"));
    // In the order of RangePreset.
    m_range->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("This year"), tr("All time")});
    m_range->setCurrentIndex(Last30Days);
    m_range->setAccessibleDescription(tr("The days the charts count, ending today"));
    m_refresh->setToolTip(tr("Read the numbers again (F5)"));
    m_busy->setRange(0, 0); // busy, without a known end
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(kBusyWidth);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_status->hide();

    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsView::refresh);
}

qint64 AnalyticsView::campaignId() const
{
    return m_campaign->currentData().toLongLong();
}

void AnalyticsView::setCampaignId(qint64 id)
{
    int index = m_campaign->findData(id);
    if (index < 0) {
        // Not listed yet (the list arrives with the first results): listed now, named then.
        m_campaign->addItem(tr("Campaign %1").arg(id), id);
        index = m_campaign->count() - 1;
    }
    m_campaign->setCurrentIndex(index); // refreshes when it changes
}

AnalyticsView::RangePreset AnalyticsView::rangePreset() const
{
    return RangePreset(m_range->currentIndex());
}

void AnalyticsView::setRangePreset(RangePreset preset)
{
    m_range->setCurrentIndex(int(preset));
}

AnalyticsFilter AnalyticsView::currentFilter() const
{
    AnalyticsFilter filter;
    filter.campaignId = campaignId();
    const QDateTime now = QDateTime::currentDateTime();
    filter.utcOffsetSeconds = now.offsetFromUtc();
    // Whole local days, today included.
    const QDate today = now.date();
    const QDateTime end(today.addDays(1), QTime(0, 0));
    auto daysBack = [&](int days) { return QDateTime(today.addDays(1 - days), QTime(0, 0)); };
    switch (rangePreset()) {
    case Last7Days:
        filter.from = daysBack(7);
        break;
    case Last30Days:
        filter.from = daysBack(30);
        break;
    case Last90Days:
        filter.from = daysBack(90);
        break;
    case ThisYear:
        filter.from = QDateTime(QDate(today.year(), 1, 1), QTime(0, 0));
        break;
    case AllTime:
        return filter;
    }
    filter.to = end;
    return filter;
}

void AnalyticsView::refresh()
{
    m_refreshedOnce = true;
    const int generation = ++m_generation;
    const AnalyticsFilter filter = currentFilter();
    setBusy(true);
    // Off the UI thread, on the worker's own connection. Only the newest refresh is shown.
    auto *watcher = new QFutureWatcher<AnalyticsResults>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const AnalyticsResults results = watcher->result();
        watcher->deleteLater();
        if (results.generation != m_generation) {
            ++m_dropped; // the campaign or range changed meanwhile: a newer answer is on its way
            return;
        }
        showResults(results);
    });
    watcher->setFuture(QtConcurrent::run([workspace = m_workspace, filter, generation] {
        return computeAnalytics(*workspace, filter, generation);
    }));
}

bool AnalyticsView::fillCampaigns(const QList<QPair<qint64, QString>> &campaigns)
{
    const qint64 current = campaignId();
    const QSignalBlocker blocker(m_campaign); // the shown results already match the selection
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (const auto &[id, name] : campaigns)
        m_campaign->addItem(name, id);
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    return index >= 0;
}

void AnalyticsView::showResults(const AnalyticsResults &results)
{
    m_results = results;
    if (!fillCampaigns(results.campaigns) && results.error.isEmpty()) {
        refresh(); // the campaign is gone: show all campaigns instead
        return;
    }
    if (results.error.isEmpty()) {
        m_status->clear();
        m_status->hide();
    } else {
        m_status->setText(tr("The analytics could not be read: %1 Press F5 to try again; if it keeps failing, "
                             "reopen the workspace.")
                              .arg(results.error));
        m_status->show();
    }
    showChart(0, results.generation);
}

void AnalyticsView::showChart(int index, int generation)
{
    if (generation != m_generation)
        return; // a newer refresh took over
    // One chart per turn of the event loop, each painted before the next is built, so the UI
    // thread never stops for all five at once.
    const auto build = [this](int i) -> std::pair<BuiltChart, QString> {
        switch (i) {
        case 0: return {AnalyticsCharts::funnel(m_results.funnel), m_results.funnel.toCsv()};
        case 1: return {AnalyticsCharts::rates(m_results.rates), m_results.rates.toCsv()};
        case 2: return {AnalyticsCharts::activity(m_results.activity), m_results.activity.toCsv()};
        case 3: return {AnalyticsCharts::replyTime(m_results.replyTime), m_results.replyTime.toCsv()};
        default: return {AnalyticsCharts::stages(m_results.stages), m_results.stages.toCsv()};
        }
    };
    const auto [chart, csv] = build(index);
    m_panels[index]->setChart(chart.chart, chart.empty);
    m_panels[index]->setDescription(chart.description);
    m_panels[index]->setSummary(chart.summary);
    m_panels[index]->setCsv(csv);
    if (index + 1 < ChartCount) {
        QTimer::singleShot(0, this, [this, index, generation] { showChart(index + 1, generation); });
        return;
    }
    m_shownGeneration = generation;
    setBusy(false);
    emit chartsReady();
}

void AnalyticsView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (ChartPanel *panel : m_panels)
        panel->setExportsEnabled(!busy);
    setAccessibleDescription(busy ? tr("Loading the analytics…") : QString());
}

bool AnalyticsView::event(QEvent *event)
{
    // F5 anywhere inside the page refreshes it (claimed before the main window's Reload).
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isRefreshKey(key)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                refresh();
            return true;
        }
    }
    return QWidget::event(event);
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshedOnce)
        refresh(); // the first time the page is shown
}

} // namespace sd::ui
