#include "CsvExportRunner.h"

#include "Workspace.h"
#include "csv/CsvExporter.h"

namespace sd::ui {

CsvExportRunner::CsvExportRunner(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{}

CsvExportRunner::~CsvExportRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
}

template<typename Work> void CsvExportRunner::run(Work work)
{
    if (m_thread)
        return;
    const std::shared_ptr<Workspace> workspace = m_workspace;
    m_thread = QThread::create([this, workspace, work] {
        csv::CsvExporter::Options options;
        options.progress = [this](qint64 rows) {
            QMetaObject::invokeMethod(
                this, [this, rows] { emit progress(rows); }, Qt::QueuedConnection);
            return !m_cancel.load();
        };
        Result<qint64> result = Error(Error::Code::Cancelled, tr("Export cancelled"));
        {
            ThreadConnectionGuard guard(*workspace);
            csv::CsvExporter exporter(workspace, options);
            result = work(exporter);
        }
        const bool ok = result.ok();
        const qint64 rows = ok ? result.value() : 0;
        QString error;
        if (!ok)
            error = result.error().code == Error::Code::Cancelled
                        ? tr("The export was cancelled; no file was written.")
                        : tr("The export failed: %1").arg(result.error().toString());
        QMetaObject::invokeMethod(
            this, [this, ok, rows, error] { emit finished(ok, rows, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_thread->start();
}

void CsvExportRunner::exportCandidates(const CandidateQuery &query, const QString &path)
{
    run([query, path](csv::CsvExporter &exporter) { return exporter.exportCandidatesToFile(query, path); });
}

void CsvExportRunner::exportCampaign(const MemberQuery &query, const QString &path)
{
    run([query, path](csv::CsvExporter &exporter) { return exporter.exportCampaignToFile(query, path); });
}

} // namespace sd::ui
