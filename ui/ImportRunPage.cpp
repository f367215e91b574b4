#include "ImportRunPage.h"

#include "Actor.h"
#include "ChangeNotifier.h"
#include "ImportWizard.h"
#include "Named.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(named(new QLabel(this), QStringLiteral("importStatus"), tr("Import status")))
    , m_progress(named(new QProgressBar(this), QStringLiteral("importProgress"), tr("Import progress")))
    , m_cancel(named(new QPushButton(tr("&Cancel import"), this), QStringLiteral("importCancel"),
                     tr("Cancel import")))
    , m_summary(named(new QLabel(this), QStringLiteral("importSummary"), tr("Import result")))
    , m_issues(
          named(new QTreeWidget(this), QStringLiteral("importIssues"), tr("Rows not imported as they were")))
{
    named(this, QStringLiteral("importRunPage"), tr("Importing"));
    setTitle(tr("Importing"));
    m_progress->setRange(0, 100);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setHeaderLabels({tr("Line"), tr("What happened"), tr("Reason")});
    m_issues->setRootIsDecorated(false);
    m_issues->setAlternatingRowColors(true);
    m_issues->header()->setStretchLastSection(true);
    m_issues->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
}

ImportRunPage::~ImportRunPage()
{
    // The importer's destructor cancels and waits for its thread: only the batch in progress is lost.
    delete m_importer.data();
}

void ImportRunPage::initializePage()
{
    if (m_importer)
        return;
    auto *w = static_cast<ImportWizard *>(wizard());
    csv::CsvImporter::Options options;
    options.mapping = w->preview().mapping;
    options.policy = w->policy;
    options.actor = currentActor();
    options.campaignId = w->campaignId;
    options.defaultSource = tr("CSV: %1").arg(QFileInfo(w->filePath()).fileName());
    m_importer = new csv::CsvImporter(w->workspace(), w->filePath(), options, this);
    connect(m_importer, &csv::CsvImporter::progress, this, &ImportRunPage::onProgress);
    connect(m_importer, &csv::CsvImporter::finished, this, &ImportRunPage::onFinished);
    m_finished = false;
    m_status->setText(tr("Importing “%1”…").arg(QFileInfo(w->filePath()).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_summary->clear();
    m_issues->clear();
    m_issues->hide();
    m_importer->start();
    emit started();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

bool ImportRunPage::isRunning() const
{
    return m_importer && m_importer->isRunning();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_importer->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the current batch…"));
}

void ImportRunPage::onProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal)
{
    const int percent = bytesTotal > 0 ? int(std::clamp<qint64>(bytesDone * 100 / bytesTotal, 0, 100)) : 0;
    m_progress->setValue(percent);
    if (m_cancel->isEnabled())
        m_status->setText(tr("Imported %n rows…", nullptr, int(rows)));
    emit progressed(percent, rows);
}

QString ImportRunPage::summaryOf(const csv::ImportReport &r) const
{
    QStringList lines;
    if (r.error)
        lines << tr("The import stopped: %1").arg(r.error->toString());
    else if (r.cancelled)
        lines << tr("The import was cancelled. The rows below were stored before it stopped.");
    else
        lines << tr("Import complete.");
    lines << tr("%n rows read", nullptr, int(r.rowsRead)) + QStringLiteral(" · ") +
                 tr("%n new candidates", nullptr, int(r.inserted)) + QStringLiteral(" · ") +
                 tr("%n merged", nullptr, int(r.merged)) + QStringLiteral(" · ") +
                 tr("%n duplicates skipped", nullptr, int(r.skipped)) + QStringLiteral(" · ") +
                 tr("%n failed", nullptr, int(r.failed));
    if (r.doNotContact > 0)
        lines << tr("%n rows on the do-not-contact list were stored but not added to the campaign.", nullptr,
                    int(r.doNotContact));
    for (const QString &warning : r.warnings)
        lines << warning;
    if (r.issuesDropped > 0)
        lines << tr("%n more rows with problems are not listed.", nullptr, int(r.issuesDropped));
    return lines.join(u'\n');
}

void ImportRunPage::onFinished(const csv::ImportReport &report)
{
    m_report = report;
    m_finished = true;
    m_progress->setValue(report.ok() ? 100 : m_progress->value());
    m_cancel->hide();
    m_status->setText(report.ok() ? tr("Done in %1 s.").arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
                                  : tr("Stopped."));
    m_summary->setText(summaryOf(report));
    for (const csv::RowIssue &issue : report.issues) {
        QString what;
        switch (issue.kind) {
        case csv::RowIssue::Kind::Failed:
            what = tr("Not imported");
            break;
        case csv::RowIssue::Kind::Skipped:
            what = tr("Skipped (duplicate)");
            break;
        case csv::RowIssue::Kind::Merged:
            what = tr("Merged into existing");
            break;
        case csv::RowIssue::Kind::NotAdded:
            what = tr("Not added (do not contact)");
            break;
        }
        new QTreeWidgetItem(m_issues, {QString::number(issue.line), what, issue.reason});
    }
    m_issues->setVisible(!report.issues.isEmpty());
    setTitle(report.ok() ? tr("Import complete") : tr("Import stopped"));

    auto *w = static_cast<ImportWizard *>(wizard());
    if (ChangeNotifier *n = w->notifier(); n && report.stored() > 0) {
        emit n->candidatesChanged();
        emit n->campaignsChanged();
        emit n->membersChanged(w->campaignId);
    }
    emit completeChanged();
    emit done(tr("Import: %n new candidates", nullptr, int(report.inserted)) + QStringLiteral(", ") +
              tr("%n merged", nullptr, int(report.merged)) + QStringLiteral(", ") +
              tr("%n skipped", nullptr, int(report.skipped)) + QStringLiteral(", ") +
              tr("%n failed", nullptr, int(report.failed)));
}

} // namespace sd::ui
