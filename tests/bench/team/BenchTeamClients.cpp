// Five concurrent clients (processes) working one workspace of 1,000,000 candidates, on a
// PostgreSQL team workspace and on a local SQLite file: search p50/p95 over every client's
// searches (newest first, as the search box; and sorted by name, as the Candidates list can be),
// and each client's 10,000-member bulk status change. Prints; asserts only that every
// client finished without errors.
//   SOURCEDESK_BENCH_ROWS     candidates (default 1,000,000)
//   SOURCEDESK_BENCH_CLIENTS  concurrent clients (default 5)
//   SOURCEDESK_BENCH_PG       a team workspace location to reuse (default: a new database on the
//                             throw-away server of scripts/with-postgres.sh, filled each run)
#include "CampaignRepository.h"
#include "CandidateGenerator.h"
#include "CandidateRepository.h"
#include "TeamBenchClient.h"
#include "TestPostgres.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace sd;

namespace {

constexpr auto kGeneratorVersion = "v2"; // bump when the data or the schema changes
constexpr int kBatch = 10000;
constexpr int kMembersPerClient = 10000;
constexpr int kSearchesPerClient = 200;

qint64 envOr(const char *name, qint64 fallback)
{
    const qint64 n = qEnvironmentVariableIntValue(name);
    return n > 0 ? n : fallback;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Fills a workspace once (resumable): the candidates, and one campaign of 10,000 members per client.
QList<qint64> prepare(Workspace &ws, qint64 rows, int clients)
{
    CandidateRepository repo(ws);
    CampaignRepository campaigns(ws);
    const testdata::CandidateGenerator gen(7);
    const QString progressKey = QStringLiteral("bench.generated");
    qint64 generated = ws.setting(progressKey, QStringLiteral("0")).toLongLong();
    if (generated < rows) {
        QElapsedTimer t;
        t.start();
        for (; generated < rows; generated += kBatch) {
            auto out = repo.importBatch(gen.make(generated, std::min<qint64>(kBatch, rows - generated)),
                                        DuplicatePolicy::Skip, {});
            if (!out.ok())
                qFatal("import failed: %s", qPrintable(out.error().toString()));
            ws.setSetting(progressKey, QString::number(std::min(rows, generated + kBatch)));
        }
        // The generator repeats a few people; the import skips them as duplicates.
        qInfo("generated %lld candidates (%lld stored, the rest were duplicates) in %.1f s", rows,
              repo.count({}).value(), double(t.elapsed()) / 1000);
    }
    QList<qint64> ids;
    for (int c = 0; c < clients; ++c) {
        const QString name = QStringLiteral("Bench client %1").arg(c);
        std::optional<qint64> id;
        for (const Campaign &found : campaigns.matching(name, 10).value()) {
            if (found.name == name)
                id = found.id;
        }
        if (!id) {
            Campaign campaign;
            campaign.name = name;
            campaign.owner = QStringLiteral("bench");
            if (campaigns.create(campaign))
                qFatal("cannot create a campaign");
            id = campaign.id;
        }
        MemberQuery mq;
        mq.campaignId = *id;
        if (campaigns.memberCount(mq).value() < kMembersPerClient) {
            // Disjoint slices of the candidates, spread over the whole table.
            QList<qint64> add;
            CandidateQuery cq;
            cq.sort = CandidateSort::Newest;
            PageCursor after;
            const qint64 stored = repo.count({}).value();
            const qint64 stride = std::max<qint64>(1, stored / (qint64(clients) * kMembersPerClient));
            qint64 seen = 0;
            while (add.size() < kMembersPerClient) {
                auto page = repo.page(cq, after, 5000);
                if (!page.ok() || page->isEmpty())
                    break;
                for (const Candidate &cand : page.value()) {
                    if (seen++ % (stride * clients) == c * stride && add.size() < kMembersPerClient)
                        add << cand.id;
                }
                after = CandidateRepository::cursorAfter(page->constLast(), cq);
            }
            if (!campaigns.addMembers(*id, add, QStringLiteral("bench")).ok())
                qFatal("cannot add members");
        }
        ids << *id;
    }
    return ids;
}

// Every member back to Added (not timed), so each run changes all 10,000.
void reset(Workspace &ws, const QList<qint64> &campaignIds)
{
    CampaignRepository campaigns(ws);
    for (qint64 id : campaignIds) {
        if (!campaigns.setStatus(id, bench::memberIds(ws, id), MemberStatus::Added, QStringLiteral("bench-reset")).ok())
            qFatal("cannot reset the members' status");
    }
}

void runClients(const QString &label, const QString &location, const QList<qint64> &campaignIds)
{
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 3000;
    QList<QProcess *> procs;
    for (int i = 0; i < campaignIds.size(); ++i) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), location, QString::number(i), QString::number(campaignIds.at(i)),
                  QString::number(kSearchesPerClient), QString::number(startAt)});
        procs << p;
    }
    QList<double> searches;
    QList<double> sorted;
    QList<double> bulks;
    int failures = 0;
    int searchFailures = 0;
    QStringList bulkErrors;
    QElapsedTimer wall;
    wall.start();
    for (QProcess *p : std::as_const(procs)) {
        p->waitForFinished(-1);
        const QByteArray out = p->readAllStandardOutput().trimmed();
        const QJsonObject o = QJsonDocument::fromJson(out.split('\n').constLast()).object();
        if (o.isEmpty()) {
            ++failures;
            qWarning("client failed (%d): %s %s", p->exitCode(), out.constData(), p->readAllStandardError().constData());
        }
        searchFailures += o.value(QStringLiteral("searchFailures")).toInt();
        for (const QJsonValue &v : o.value(QStringLiteral("searchMs")).toArray())
            searches << v.toDouble();
        for (const QJsonValue &v : o.value(QStringLiteral("sortedMs")).toArray())
            sorted << v.toDouble();
        // A bulk change that fails (SQLite: the write lock not free within its busy timeout) is a
        // result worth reporting, not a broken benchmark.
        if (o.value(QStringLiteral("bulkChanged")).toInt() == o.value(QStringLiteral("members")).toInt())
            bulks << o.value(QStringLiteral("bulkMs")).toDouble();
        else
            bulkErrors << QStringLiteral("client %1 after %2 s: %3")
                              .arg(o.value(QStringLiteral("client")).toInt())
                              .arg(o.value(QStringLiteral("bulkMs")).toDouble() / 1000, 0, 'f', 2)
                              .arg(o.value(QStringLiteral("bulkError")).toString().isEmpty()
                                       ? QStringLiteral("%1 of %2 members changed")
                                             .arg(o.value(QStringLiteral("bulkChanged")).toInt())
                                             .arg(o.value(QStringLiteral("members")).toInt())
                                       : o.value(QStringLiteral("bulkError")).toString());
        delete p;
    }
    std::sort(bulks.begin(), bulks.end());
    QStringList each;
    for (double b : std::as_const(bulks))
        each << QString::number(b / 1000, 'f', 2);
    qInfo("%s, %d clients: search p50 %.2f ms, p95 %.2f ms, max %.2f ms (%lld searches); bulk status change of "
          "%d members: median %.2f s, slowest %.2f s (each: %s s)",
          qPrintable(label), int(campaignIds.size()), percentile(searches, 0.5), percentile(searches, 0.95),
          searches.isEmpty() ? 0.0 : *std::max_element(searches.cbegin(), searches.cend()), qint64(searches.size()),
          kMembersPerClient, percentile(bulks, 0.5) / 1000, bulks.isEmpty() ? 0.0 : bulks.constLast() / 1000,
          qPrintable(each.join(QStringLiteral(", "))));
    qInfo("%s: searches sorted by name p50 %.2f ms, p95 %.2f ms, max %.2f ms (%lld)", qPrintable(label),
          percentile(sorted, 0.5), percentile(sorted, 0.95),
          sorted.isEmpty() ? 0.0 : *std::max_element(sorted.cbegin(), sorted.cend()), qint64(sorted.size()));
    for (const QString &e : std::as_const(bulkErrors))
        qInfo("%s: bulk status change FAILED for %s", qPrintable(label), qPrintable(e));
    QCOMPARE(failures, 0);
    QCOMPARE(searchFailures, 0);
}

} // namespace

class BenchTeamClients : public QObject
{
    Q_OBJECT

private slots:
    void sqliteFile()
    {
        const qint64 rows = envOr("SOURCEDESK_BENCH_ROWS", 1000000);
        const int clients = int(envOr("SOURCEDESK_BENCH_CLIENTS", 5));
        const QString path = QDir(QStringLiteral(SOURCEDESK_BENCH_CACHE))
                                 .filePath(QStringLiteral("team-%1-%2.sqlite").arg(rows).arg(QLatin1StringView(kGeneratorVersion)));
        QList<qint64> ids;
        {
            auto ws = Workspace::open(path);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            ids = prepare(*ws.value(), rows, clients);
            reset(*ws.value(), ids);
        }
        runClients(QStringLiteral("SQLite file"), path, ids);
    }

    void postgresTeam()
    {
        SD_REQUIRE_POSTGRES();
        const qint64 rows = envOr("SOURCEDESK_BENCH_ROWS", 1000000);
        const int clients = int(envOr("SOURCEDESK_BENCH_CLIENTS", 5));
        QString location = qEnvironmentVariable("SOURCEDESK_BENCH_PG");
        const bool throwAway = location.isEmpty();
        if (throwAway)
            location = test::createDatabase(QStringLiteral("sdbench"));
        QList<qint64> ids;
        {
            auto ws = Workspace::open(location);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            ids = prepare(*ws.value(), rows, clients);
            reset(*ws.value(), ids);
            QSqlQuery analyze(ws.value()->connection());
            analyze.exec(QStringLiteral("ANALYZE"));
        }
        runClients(QStringLiteral("PostgreSQL team workspace"), location, ids);
        if (throwAway)
            test::dropDatabase(location);
    }
};

int main(int argc, char **argv)
{
    if (argc == 7 && qstrcmp(argv[1], "--client") == 0) {
        QCoreApplication app(argc, argv);
        bench::ClientOrder order;
        order.location = QString::fromLocal8Bit(argv[2]);
        order.index = QByteArray(argv[3]).toInt();
        order.campaignId = QByteArray(argv[4]).toLongLong();
        order.searches = QByteArray(argv[5]).toInt();
        order.startAtMs = QByteArray(argv[6]).toLongLong();
        return bench::runClient(order);
    }
    QCoreApplication app(argc, argv);
    BenchTeamClients bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "BenchTeamClients.moc"
