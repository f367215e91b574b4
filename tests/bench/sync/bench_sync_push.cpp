// Pushes N new candidates (create with an application, two notes, the outcome tag) through the
// outbox to the sandbox with SmartRecruiters' production limits, and compares the wall time with
// the floor the rate limit sets (requests sent / 10 per second). Then the same with 20% 429s and
// 10% 5xx: every candidate and note must land exactly once.
//   SOURCEDESK_BENCH_PUSH_N (default 2000), SOURCEDESK_BENCH_PUSH_FAULT_N (default 500).
#include "ActivityRepository.h"
#include "SyncFixture.h"
#include "SyncSettings.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Run
{
    int candidates = 0;
    qint64 requests = 0;
    qint64 wallMs = 0;
    int delivered = 0;
    int duplicates = 0;
    int notesDelivered = 0;
    int noteDuplicates = 0;
};

Run push(int n, bool faults)
{
    Fixture f(/*rateLimits=*/true);
    f.client->setRateLimits(sd::sr::RateLimits{}); // production: 10 per second, 8 in flight
    f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
    const qint64 camp = f.campaign(QStringLiteral("Bench push"));
    f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << f.candidate(QStringLiteral("Bea%1").arg(i), QStringLiteral("Bench"), QStringLiteral("bea%1.bench@example.org").arg(i));
    f.addMembers(camp, ids);
    for (qint64 id : ids)
        for (ActivityKind kind : {ActivityKind::EmailSent, ActivityKind::ConnectionRequest}) {
            Activity a;
            a.candidateId = id;
            a.campaignId = camp;
            a.kind = kind;
            a.subject = QStringLiteral("n-%1-%2-end").arg(id).arg(static_cast<int>(kind));
            if (ActivityRepository(f.ws()).log(a) || !SyncPlanner(f.tw.shared(), kActor).activityLogged(a).ok())
                qFatal("activity");
        }
    if (faults) {
        ::sr::sandbox::Faults::Config c;
        c.share429 = 0.2;
        c.share5xx = 0.1;
        f.sandbox.setFaults(c);
    }
    Run run;
    run.candidates = n;
    QObject::connect(f.client->network(), &QNetworkAccessManager::finished, f.client.get(), [&run] { ++run.requests; });
    QElapsedTimer t;
    t.start();
    if (!f.runUntilQuiet(4 * 3600 * 1000))
        qFatal("the outbox did not drain");
    run.wallMs = t.elapsed();
    const QJsonObject dump = f.sandbox.stateDump();
    QHash<QString, int> byEmail;
    for (const QJsonValue &v : dump.value(QStringLiteral("candidates")).toObject())
        ++byEmail[v.toObject().value(QStringLiteral("email")).toString()];
    QHash<QString, int> notes;
    for (const QJsonValue &v : dump.value(QStringLiteral("messages")).toObject()) {
        const QString content = v.toObject().value(QStringLiteral("content")).toString();
        const qsizetype at = content.indexOf(QStringLiteral("n-"));
        if (at >= 0)
            ++notes[content.mid(at, content.indexOf(QStringLiteral("-end"), at) - at)];
    }
    for (int i = 0; i < n; ++i) {
        const int c = byEmail.value(QStringLiteral("bea%1.bench@example.org").arg(i));
        run.delivered += c > 0;
        run.duplicates += qMax(0, c - 1);
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        run.notesDelivered += 1;
        run.noteDuplicates += it.value() - 1;
    }
    return run;
}

void report(const char *name, const Run &r)
{
    const double floorS = r.requests / 10.0;
    const double wallS = r.wallMs / 1000.0;
    qInfo("%s: %d candidates, %lld requests, wall %.1f s, floor %.1f s, ratio %.3f of the limit; "
          "delivered %d/%d, duplicates %d; notes %d/%d, duplicate notes %d",
          name, r.candidates, r.requests, wallS, floorS, floorS / wallS, r.delivered, r.candidates, r.duplicates,
          r.notesDelivered, 2 * r.candidates, r.noteDuplicates);
}

} // namespace

class BenchSyncPush : public QObject
{
    Q_OBJECT

private slots:
    void pushWithProductionLimits()
    {
        const Run r = push(envInt("SOURCEDESK_BENCH_PUSH_N", 2000), false);
        report("clean", r);
        QCOMPARE(r.delivered, r.candidates);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.noteDuplicates, 0);
    }

    void pushUnderFaults()
    {
        const Run r = push(envInt("SOURCEDESK_BENCH_PUSH_FAULT_N", 500), true);
        report("faults 20% 429 + 10% 5xx", r);
        QCOMPARE(r.delivered, r.candidates);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.notesDelivered, 2 * r.candidates);
        QCOMPARE(r.noteDuplicates, 0);
    }
};

QTEST_GUILESS_MAIN(BenchSyncPush)
#include "bench_sync_push.moc"
