// Import benchmark: 100,000 generated candidates through Sourcedesk's importer (duplicate
// detection and search index included) against the floor, the same file through sqlite3's .import.
// Prints the numbers; fails only if an import itself fails. Environment: SOURCEDESK_BENCH_ROWS (rows),
// SOURCEDESK_BENCH_BATCH (batch size), SOURCEDESK_BENCH_KEEP (keep the files).
#include "CandidateGenerator.h"
#include "CandidateRepository.h"
#include "Workspace.h"
#include "csv/ColumnMapping.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "csv/RecordMapper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/resource.h>
#include <time.h>

using namespace sd;
using namespace sd::csv;

namespace {

// CPU time next to wall time: on a shared build box the wall clock measures the neighbours too.
double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
         + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

} // namespace

class BenchCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importVersusSqliteFloor()
    {
        const qint64 rows = qEnvironmentVariableIsSet("SOURCEDESK_BENCH_ROWS")
                                ? qEnvironmentVariableIntValue("SOURCEDESK_BENCH_ROWS")
                                : 100000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // SOURCEDESK_BENCH_KEEP=1 keeps the CSV and both databases for profiling.
        dir.setAutoRemove(!qEnvironmentVariableIsSet("SOURCEDESK_BENCH_KEEP"));
        if (!dir.autoRemove())
            std::printf("files kept in %s\n", qPrintable(dir.path()));
        const QString csvPath = dir.filePath(QStringLiteral("candidates.csv"));

        QElapsedTimer t;
        t.start();
        const auto stats = testdata::CandidateGenerator(42).writeCsv(csvPath, rows, 0.02);
        QCOMPARE(stats.rows, rows);
        std::printf("generated %lld rows (%lld duplicates), %.1f MB in %lld ms\n", static_cast<long long>(rows),
                    static_cast<long long>(stats.duplicates), double(stats.bytes) / 1e6, static_cast<long long>(t.elapsed()));

        // Reading and mapping alone: Sourcedesk's share of the import before any database work.
        t.restart();
        {
            QFile f(csvPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            CsvReader reader(&f);
            QVERIFY(!reader.open());
            CsvRecord rec;
            QVERIFY(reader.readRecord(rec));
            const RecordMapper mapper(ColumnMapping::detect(rec.fields));
            qint64 mapped = 0;
            Candidate c;
            while (reader.readRecord(rec))
                mapped += mapper.map(rec.fields, c).isEmpty();
            QCOMPARE(mapped, rows);
        }
        const qint64 parseMs = t.elapsed();

        auto ws = Workspace::open(dir.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        CsvImporter::Options options;
        options.actor = QStringLiteral("bench");
        if (qEnvironmentVariableIsSet("SOURCEDESK_BENCH_BATCH"))
            options.batchSize = qEnvironmentVariableIntValue("SOURCEDESK_BENCH_BATCH");
        CsvImporter importer(ws.value(), csvPath, options);
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        t.restart();
        const ImportReport report = importer.run();
        const qint64 importMs = t.elapsed();
        const double importCpuMs = cpuMs(RUSAGE_SELF) - cpuBefore;
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->toString() : QStringLiteral("cancelled")));
        QCOMPARE(report.inserted + report.skipped + report.merged, rows);
        QCOMPARE(report.failed, 0);
        QCOMPARE(CandidateRepository(*ws.value()).count({}).value(), report.inserted);

        // The floor: no parsing in Qt, no duplicate keys, no search index, one table.
        const QString floorDb = dir.filePath(QStringLiteral("floor.db"));
        QProcess sqlite;
        sqlite.setWorkingDirectory(dir.path());
        const double childCpuBefore = cpuMs(RUSAGE_CHILDREN);
        t.restart();
        sqlite.start(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                                  QStringLiteral(".import %1 t").arg(csvPath)});
        QVERIFY2(sqlite.waitForFinished(600000), "sqlite3 did not finish");
        const qint64 floorMs = t.elapsed();
        const double floorCpuMs = cpuMs(RUSAGE_CHILDREN) - childCpuBefore;
        QVERIFY2(sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0,
                 sqlite.readAllStandardError().constData());
        QProcess count;
        count.start(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("SELECT count(*) FROM t")});
        QVERIFY(count.waitForFinished(60000));
        QCOMPARE(count.readAllStandardOutput().trimmed().toLongLong(), rows);

        std::printf("Sourcedesk import: %lld ms wall, %.0f ms CPU (%lld inserted, %lld duplicates skipped; batch %d; "
                    "read+map alone %lld ms wall)\n",
                    static_cast<long long>(importMs), importCpuMs, static_cast<long long>(report.inserted),
                    static_cast<long long>(report.skipped), options.batchSize, static_cast<long long>(parseMs));
        std::printf("sqlite3 .import floor: %lld ms wall, %.0f ms CPU\n", static_cast<long long>(floorMs), floorCpuMs);
        std::printf("ratio: %.2fx the floor by wall time, %.2fx by CPU time (target <= 2x)\n",
                    floorMs > 0 ? double(importMs) / double(floorMs) : 0.0,
                    floorCpuMs > 0 ? importCpuMs / floorCpuMs : 0.0);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchCsvImport)
#include "BenchCsvImport.moc"
