// 2,000 GET /jobs/{id} through the API client against the sandbox with production limits
// (10 requests/s, 8 concurrent): how close the client gets to the limit, and how many 429s it
// provokes. Takes about 200 s by design.
#include "ApiClient.h"
#include "Credential.h"
#include "Jobs.h"
#include "Sandbox.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sd::sr;

class BenchSrThroughput : public QObject
{
    Q_OBJECT
private slots:
    void jobsAtTheRateLimit()
    {
        const int total = qEnvironmentVariableIntValue("SR_BENCH_REQUESTS") > 0 ? qEnvironmentVariableIntValue("SR_BENCH_REQUESTS")
                                                                                : 2000;
        sr::sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        ApiKeyCredential credential(sandbox.baseUrl().host(), sandbox.apiKey());
        ApiClient client(&credential, Hosts::single(sandbox.baseUrl()));
        JobsApi jobs(&client);

        QStringList ids;
        QObject ctx;
        JobQuery q;
        q.limit = 100;
        bool listed = false;
        jobs.list(q, &ctx, [&](const Result<JobPage> &r) {
            for (const Job &j : r.value.items)
                ids << j.id;
            listed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        QVERIFY(!ids.isEmpty());
        QTest::qWait(1100); // start with an empty rate window

        // Counted from the client: the sandbox's request log keeps only the last 2,000 entries.
        int done = 0, failed = 0, attempts = 0, tooMany = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < total; ++i) {
            ApiCall *call = client.send(client.prepare(ApiRequest::get(QStringLiteral("/jobs/") + ids.at(i % ids.size()))));
            connect(call, &ApiCall::finished, &ctx, [&, call] {
                ++done;
                failed += !call->result().ok();
                attempts += call->result().attempts;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, total, 390000);
        const double seconds = double(timer.elapsed()) / 1000.0;
        // No faults are injected, so every attempt beyond the first was a 429; the log confirms it.
        for (const QJsonValue &v : sandbox.requestLog())
            tooMany += v.toObject().value(QStringLiteral("status")).toInt() == 429;
        const double rps = double(total) / seconds;
        qInfo("%d GET /jobs/{id} in %.1f s: %.2f requests/s = %.3f of the 10/s limit; %d retried attempts; "
              "%d 429s in the last 2,000 logged; %d failed",
              total, seconds, rps, rps / 10.0, attempts - total, tooMany, failed);
        QCOMPARE(failed, 0);
        QCOMPARE(attempts - total, 0);
        QCOMPARE(tooMany, 0);
        QVERIFY2(rps / 10.0 >= 0.95, "below 95% of the rate limit");
    }
};

QTEST_GUILESS_MAIN(BenchSrThroughput)
#include "bench_sr_throughput.moc"
