// Search over 1,000,000 candidates through the repository API: p50 and p95 per query, for names,
// company, title, city and prefix terms. Prints; asserts only that the searches work.
//   SOURCEDESK_BENCH_ROWS   candidates in the workspace (default 1,000,000)
#include "CandidateGenerator.h"
#include "CandidateRepository.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace sd;

namespace {

constexpr auto kGeneratorVersion = "v2"; // bump when the data or the schema changes
constexpr int kBatch = 10000;
constexpr int kRepeats = 15;
constexpr int kLimit = 50;

qint64 rowsWanted()
{
    const qint64 n = qEnvironmentVariableIntValue("SOURCEDESK_BENCH_ROWS");
    return n > 0 ? n : 1000000;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())));
    return v.at(i);
}

} // namespace

class BenchSearch : public QObject
{
    Q_OBJECT

private slots:
    void searchOverAMillion()
    {
        const qint64 rows = rowsWanted();
        const QString path = QDir(QStringLiteral(SOURCEDESK_BENCH_CACHE))
                                 .filePath(QStringLiteral("search-%1-%2.sqlite").arg(rows).arg(QLatin1StringView(kGeneratorVersion)));
        const testdata::CandidateGenerator gen(7);
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        CandidateRepository repo(*ws.value());
        // Generation resumes where a killed run stopped. Progress is counted in generator indices,
        // not rows: the few generated name+company duplicates are skipped, as in any import.
        const QString progressKey = QStringLiteral("bench.generated");
        qint64 generated = ws.value()->setting(progressKey, QStringLiteral("0")).toLongLong();
        if (generated < rows) {
            QElapsedTimer t;
            t.start();
            for (; generated < rows; generated += kBatch) {
                auto out = repo.importBatch(gen.make(generated, std::min<qint64>(kBatch, rows - generated)),
                                            DuplicatePolicy::Skip, {});
                QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
                QVERIFY(!ws.value()->setSetting(progressKey, QString::number(std::min(rows, generated + kBatch))));
            }
            qInfo("generated %lld candidates in %.1f s (importBatch, %d a batch)", rows, double(t.elapsed()) / 1000, kBatch);
        }
        const qint64 stored = repo.count({}).value();
        QVERIFY(stored > rows * 99 / 100);

        // Queries taken from the data itself, so each one has matches: whole words and prefixes.
        QStringList queries;
        for (qint64 i = 0; i < 8; ++i) {
            const Candidate c = gen.make(i * 104729 % rows);
            queries << c.lastName << c.firstName.left(3) << c.company << c.title.section(u' ', 0, 0)
                    << c.city << c.firstName + u' ' + c.lastName.left(2) << c.lastName.left(4) + u' ' + c.city.left(3)
                    << c.primaryEmail().section(u'@', 0, 0);
        }
        queries.removeDuplicates();

        QList<double> all;
        qint64 hits = 0;
        for (int r = 0; r < kRepeats; ++r) {
            for (const QString &q : std::as_const(queries)) {
                QElapsedTimer t;
                t.start();
                auto found = repo.search(q, kLimit);
                all << double(t.nsecsElapsed()) / 1e6;
                QVERIFY2(found.ok(), qPrintable(q));
                hits += found->size();
            }
        }
        QVERIFY(hits > 0);
        qInfo("search over %lld candidates: %lld queries (%lld distinct x %d), limit %d", stored, qint64(all.size()),
              qint64(queries.size()), kRepeats, kLimit);
        qInfo("search p50 %.2f ms, p95 %.2f ms, max %.2f ms", percentile(all, 0.5), percentile(all, 0.95),
              *std::max_element(all.cbegin(), all.cend()));
        // The slowest query kinds, to see what a p95 is made of.
        for (const QString &q : std::as_const(queries).mid(0, 8)) {
            QList<double> one;
            for (int r = 0; r < 5; ++r) {
                QElapsedTimer t;
                t.start();
                (void)repo.search(q, kLimit);
                one << double(t.nsecsElapsed()) / 1e6;
            }
            qInfo("  %-28s median %.2f ms", qPrintable(q), percentile(one, 0.5));
        }
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "BenchSearch.moc"
