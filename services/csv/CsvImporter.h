#pragma once

#include "CandidateRepository.h"
#include "csv/ColumnMapping.h"
#include "csv/CsvReader.h"
#include "csv/ImportReport.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sd {
class Workspace;
}

namespace sd::csv {

// What the column-mapping step shows: the detected format, the guessed mapping and the first rows,
// mapped, with the reason next to each row that would not import.
struct CsvPreview
{
    QStringList headers;
    ColumnMapping mapping;
    QList<CsvRecord> rows;
    QList<Candidate> candidates; // one per row (empty candidate for a failed row)
    QStringList rowErrors;       // one per row, empty when the row imports
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator;
    qint64 bytesTotal = -1;
};

// Imports a CSV file into a workspace in batched transactions, off the UI thread.
// start() runs in a worker thread and reports through the signals, which are emitted in the
// importer's own thread; run() does the same work synchronously (the CLI). finished() is emitted
// exactly once per importer. A cancelled or failed import keeps the batches committed before it
// and nothing of the batch in progress.
class CsvImporter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::optional<ColumnMapping> mapping; // empty: detected from the headers
        DuplicatePolicy policy = DuplicatePolicy::Skip;
        QString actor;
        qint64 campaignId = 0;
        // Rows per transaction. Each commit rewrites every index page the batch touched (the
        // duplicate keys and the name and company indexes are written at random places), so
        // fewer, larger batches import much faster; 10,000 rows still commit in about a second,
        // which bounds how long a cancel waits and how often progress moves.
        int batchSize = 10000;
        qsizetype maxIssues = 10000;
        QString defaultSource; // stored as the source of rows that have none, e.g. "CSV: contacts.csv"
        CsvReader::Options reader;
        // Test seam: called after each committed batch with the rows stored so far.
        std::function<void(qint64)> afterBatch;
    };

    CsvImporter(std::shared_ptr<Workspace> workspace, QString filePath, Options options, QObject *parent = nullptr);
    ~CsvImporter() override;

    static Result<CsvPreview> preview(const QString &filePath, int maxRows = 20,
                                      const std::optional<ColumnMapping> &mapping = std::nullopt,
                                      const CsvReader::Options &readerOptions = {});

    void start();
    ImportReport run();
    // Thread-safe. The import stops before the next batch is written.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    void progress(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal);
    void rowFailed(qint64 line, const QString &reason);
    void finished(const sd::csv::ImportReport &report);

private:
    ImportReport work();
    void notify(std::function<void()> emitter);

    std::shared_ptr<Workspace> m_workspace;
    QString m_filePath;
    Options m_options;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    bool m_started = false;
    bool m_async = false;
    QPointer<QThread> m_thread;
};

} // namespace sd::csv
