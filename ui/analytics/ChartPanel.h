#pragma once
// One chart of the Analytics page: a title, the chart (or "No data for this range"), a line of
// summary text, and "Export PNG…" / "Export CSV…". Ctrl+Shift+P and Ctrl+Shift+C export while
// the focus is inside the panel. The chart view's accessible description carries the numbers.
#include <QFrame>
#include <QString>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace sd::ui {

class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    // key names the children: <key>Panel, <key>ChartView, <key>Empty, <key>ExportPng, ...
    ChartPanel(const QString &key, const QString &title, QWidget *parent = nullptr);

    // Shows the chart (the panel owns it) or, with empty, the "no data" message instead.
    void setChart(QChart *chart, bool empty);
    // Read out by screen readers: the numbers behind the chart.
    void setDescription(const QString &description);
    // A line under the chart (the median and 90th percentile, say); empty hides it.
    void setSummary(const QString &summary);
    void setCsv(const QString &csv) { m_csv = csv; }
    // While loading the exports wait for the new numbers.
    void setExportsEnabled(bool enabled);

    QString key() const { return m_key; }
    QString title() const { return m_title; }
    QChartView *chartView() const { return m_view; }
    bool isEmpty() const { return m_empty; }
    QString csv() const { return m_csv; }
    // What the PNG export writes: the chart view as shown.
    QImage renderImage() const;

public slots:
    // Ask for a file name through the FileDialog seam and write; false when cancelled or failed
    // (a failure is explained in a message box).
    bool exportPng();
    bool exportCsv();

protected:
    bool event(QEvent *event) override;

private:
    QString suggestedName(const QString &extension) const;

    QString m_key;
    QString m_title;
    QString m_csv;
    bool m_empty = true;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_summary;
    QPushButton *m_exportPng;
    QPushButton *m_exportCsv;
};

} // namespace sd::ui
