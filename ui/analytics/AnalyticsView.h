#pragma once
// The "Analytics" page: the pipeline funnel, reply and interest rates over time, activity per
// recruiter, time to first reply and the SmartRecruiters stages of one campaign (or all) over a
// date range. Every query runs on a worker thread; a newer refresh supersedes a running one. Each
// chart panel exports its chart as PNG and its numbers as CSV. F5 refreshes while the focus is
// inside the page.
#include "AnalyticsResults.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sd {
class Workspace;
}

namespace sd::ui {

class ChartPanel;

class AnalyticsView : public QWidget
{
    Q_OBJECT
public:
    // The date range presets, in the order of the range picker.
    enum RangePreset { Last7Days, Last30Days, Last90Days, ThisYear, AllTime };
    Q_ENUM(RangePreset)

    enum Chart { FunnelChart, RatesChart, ActivityChart, ReplyTimeChart, StagesChart, ChartCount };

    explicit AnalyticsView(std::shared_ptr<sd::Workspace> workspace, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    // Reads everything again for the chosen campaign and range, off the UI thread.
    void refresh();

    // The filter the controls describe now (campaign, range in local days, UTC offset).
    AnalyticsFilter currentFilter() const;
    qint64 campaignId() const;
    void setCampaignId(qint64 campaignId); // 0: all campaigns; refreshes when it changes
    RangePreset rangePreset() const;
    void setRangePreset(RangePreset preset); // refreshes when it changes

    bool isLoading() const { return m_shownGeneration != m_generation; }
    // How many results arrived after a newer refresh had started (and were dropped).
    int droppedResults() const { return m_dropped; }
    const AnalyticsResults &results() const { return m_results; }
    ChartPanel *panel(Chart chart) const { return m_panels[chart]; }

signals:
    // Once per refresh, after every chart shows its new data (or the error is shown).
    void chartsReady();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void showResults(const AnalyticsResults &results);
    void showChart(int index, int generation);
    // False when the selected campaign is no longer there (All campaigns is selected then).
    bool fillCampaigns(const QList<QPair<qint64, QString>> &campaigns);
    void setBusy(bool busy);

    std::shared_ptr<Workspace> m_workspace;
    QComboBox *m_campaign;
    QComboBox *m_range;
    QPushButton *m_refresh;
    QProgressBar *m_busy;
    QLabel *m_status;
    ChartPanel *m_panels[ChartCount] = {};
    AnalyticsResults m_results;
    int m_generation = 0;
    int m_shownGeneration = 0;
    int m_dropped = 0;
    bool m_refreshedOnce = false;
};

} // namespace sd::ui
