// Rate limits, retries, timeouts and cancel against the sandbox with production limits.
#include "Candidates.h"
#include "Jobs.h"
#include "SrTestSupport.h"

#include <algorithm>
#include <memory>

using namespace sd::sr;
using srtest::await;

namespace {

struct Fixture
{
    sr::sandbox::Sandbox sandbox;
    std::unique_ptr<ApiKeyCredential> credential;
    std::unique_ptr<ApiClient> client;
    QStringList jobIds;

    bool start()
    {
        if (!sandbox.start())
            return false;
        credential = std::make_unique<ApiKeyCredential>(sandbox.baseUrl().host(), sandbox.apiKey());
        client = std::make_unique<ApiClient>(credential.get(), Hosts::single(sandbox.baseUrl()));
        RetryPolicy retry;
        retry.baseDelayMs = 100;
        retry.maxAttempts = 6;
        client->setDefaultRetry(retry);
        JobQuery q;
        q.limit = 100;
        const auto page = await<JobPage>([&](QObject *c, Done<JobPage> d) { return JobsApi(client.get()).list(q, c, d); });
        for (const Job &j : page.value.items)
            jobIds << j.id;
        return !jobIds.isEmpty();
    }
};

// Fires n GET /jobs/{id} at once and waits for all; returns the results.
QList<Result<Job>> fireJobs(Fixture &f, int n, int timeoutMs)
{
    QList<Result<Job>> results;
    QObject ctx;
    JobsApi jobs(f.client.get());
    for (int i = 0; i < n; ++i)
        jobs.get(f.jobIds.at(i % f.jobIds.size()), &ctx, [&results](const Result<Job> &r) { results.append(r); });
    (void)QTest::qWaitFor([&] { return results.size() == n; }, timeoutMs);
    return results;
}

int maxInAnyWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    qsizetype lo = 0;
    for (qsizetype hi = 0; hi < times.size(); ++hi) {
        while (times[hi] - times[lo] >= windowMs)
            ++lo;
        best = std::max(best, int(hi - lo + 1));
    }
    return best;
}

} // namespace

class TestSrLimitsSandbox : public QObject
{
    Q_OBJECT
private slots:
    void burstStaysWithinLimits()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::qWait(1100); // the jobs list above counts in the window
        QList<qint64> times;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QList<Result<Job>> results = fireJobs(f, 200, 60000);
        QCOMPARE(results.size(), 200);
        int retried = 0;
        for (const auto &r : results) {
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
            retried += r.status != 200;
        }
        const auto log = srtest::loggedRequests(f.sandbox);
        int tooMany = 0;
        for (const auto &e : log) {
            tooMany += e.status == 429;
            if (e.target.startsWith(QLatin1String("/jobs/")))
                times << e.timeMs;
        }
        QCOMPARE(tooMany, 0);
        QCOMPARE(times.size(), 200);
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - before;
        qInfo("200 requests in %lld ms; at most %d answers in any 1 s", elapsed, maxInAnyWindow(times, 1000));
        QVERIFY(elapsed >= 18500); // paced: 20 windows of 10
        QVERIFY(maxInAnyWindow(times, 1000) <= 11); // answers, so one of jitter
    }

    void honours429Faults()
    {
        Fixture f;
        QVERIFY(f.start());
        f.sandbox.setFaults({0.2, 0.0, 0});
        const QList<Result<Job>> results = fireJobs(f, 200, 120000);
        QCOMPARE(results.size(), 200);
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
        int injected = 0;
        for (const auto &e : srtest::loggedRequests(f.sandbox))
            injected += e.status == 429;
        QVERIFY(injected > 0); // the faults happened and were absorbed
    }

    void serverErrorsRetriedForGetNotPost()
    {
        Fixture f;
        QVERIFY(f.start());
        f.sandbox.addFaultRule({sr::sandbox::Faults::Kind::Status, "GET", QStringLiteral("/jobs/"), 2, 503});
        const auto got = await<Job>([&](QObject *c, Done<Job> d) { return JobsApi(f.client.get()).get(f.jobIds.first(), c, d); });
        QVERIFY2(got.ok(), qPrintable(got.error.detail));

        f.sandbox.addFaultRule({sr::sandbox::Faults::Kind::Status, "POST", QStringLiteral("/candidates"), 1, 503});
        CandidateInput in;
        in.firstName = QStringLiteral("Ada");
        in.lastName = QStringLiteral("Lovelace");
        in.email = QStringLiteral("ada@example.org");
        const auto posted = await<Candidate>([&](QObject *c, Done<Candidate> d) { return CandidatesApi(f.client.get()).createInPool(in, c, d); });
        QCOMPARE(posted.error.kind, ApiError::Kind::Server);
        int getJobs = 0, postCandidates = 0;
        for (const auto &e : srtest::loggedRequests(f.sandbox)) {
            getJobs += e.method == u"GET" && e.target.startsWith(QLatin1String("/jobs/"));
            postCandidates += e.method == u"POST" && e.target == u"/candidates";
        }
        QCOMPARE(getJobs, 3);
        QCOMPARE(postCandidates, 1);
    }

    void hangTimesOut()
    {
        Fixture f;
        QVERIFY(f.start());
        f.client->setDefaultTimeoutMs(1000);
        RetryPolicy once;
        once.mode = RetryPolicy::Never;
        f.client->setDefaultRetry(once);
        f.sandbox.addFaultRule({sr::sandbox::Faults::Kind::Hang, "GET", QStringLiteral("/jobs/"), 1, 0});
        QElapsedTimer t;
        t.start();
        const auto r = await<Job>([&](QObject *c, Done<Job> d) { return JobsApi(f.client.get()).get(f.jobIds.first(), c, d); });
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(r.error.message.contains(QLatin1String("did not answer")), qPrintable(r.error.message));

        // With retries the next attempt gets through.
        RetryPolicy retry;
        retry.baseDelayMs = 50;
        f.client->setDefaultRetry(retry);
        f.sandbox.addFaultRule({sr::sandbox::Faults::Kind::Hang, "GET", QStringLiteral("/jobs/"), 1, 0});
        const auto ok = await<Job>([&](QObject *c, Done<Job> d) { return JobsApi(f.client.get()).get(f.jobIds.first(), c, d); });
        QVERIFY2(ok.ok(), qPrintable(ok.error.detail));
    }

    void cancelInFlightAndQueued()
    {
        Fixture f;
        QVERIFY(f.start());
        f.sandbox.addFaultRule({sr::sandbox::Faults::Kind::Hang, "GET", QStringLiteral("/jobs/"), 1, 0});
        std::optional<Result<Job>> hung;
        QObject ctx;
        ApiCall *call = JobsApi(f.client.get()).get(f.jobIds.first(), &ctx, [&hung](const Result<Job> &r) { hung = r; });
        QTest::qWait(300);
        QVERIFY(!hung);
        call->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(hung.has_value(), 2000);
        QCOMPARE(hung->error.kind, ApiError::Kind::Cancelled);

        // Queued calls: cancel 40 of 50 before they start; only about 10 reach the server.
        QTest::qWait(1100);
        const auto countJobGets = [&f] {
            int n = 0;
            for (const auto &e : srtest::loggedRequests(f.sandbox))
                n += e.target.startsWith(QLatin1String("/jobs/"));
            return n;
        };
        const int before = countJobGets();
        int cancelled = 0, done = 0;
        QList<QPointer<ApiCall>> calls;
        for (int i = 0; i < 50; ++i)
            calls << JobsApi(f.client.get()).get(f.jobIds.first(), &ctx, [&](const Result<Job> &r) {
                ++done;
                cancelled += r.error.kind == ApiError::Kind::Cancelled;
            });
        for (int i = 10; i < 50; ++i)
            calls[i]->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 10000);
        QCOMPARE(cancelled, 40);
        QCOMPARE(countJobGets() - before, 10);
    }
};

QTEST_GUILESS_MAIN(TestSrLimitsSandbox)
#include "tst_sr_limits_sandbox.moc"
