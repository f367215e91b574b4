#pragma once

#include "csv/ImportReport.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace sd::csv {
class CsvImporter;
}

namespace sd::ui {

// Step 4: the import runs in the importer's worker thread; this page shows progress and Cancel,
// then the report: counts, and every bad, skipped or merged row with its line number and reason.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const csv::ImportReport &report() const { return m_report; }

public slots:
    void cancel();

signals:
    void started();
    void progressed(int percent, qint64 rows);
    void done(const QString &summary);

private:
    void onProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal);
    void onFinished(const csv::ImportReport &report);
    QString summaryOf(const csv::ImportReport &report) const;

    QPointer<csv::CsvImporter> m_importer;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTreeWidget *m_issues;
    csv::ImportReport m_report;
    bool m_finished = false;
};

} // namespace sd::ui
