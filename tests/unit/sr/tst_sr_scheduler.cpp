// Pacing logic with a manual clock: window, concurrency, the single GET /candidates, pauses.
#include "RateScheduler.h"

#include <QTest>

using namespace sd::sr;

class TestSrScheduler : public QObject
{
    Q_OBJECT
private slots:
    void slidingWindow()
    {
        qint64 now = 1000;
        RateLimits limits;
        limits.windowMarginMs = 0;
        limits.maxInFlight = 100;
        RateScheduler s(limits, nullptr, [&now] { return now; });
        int started = 0;
        for (int i = 0; i < 25; ++i)
            s.submit(false, [&started] { ++started; });
        QCOMPARE(started, 10);
        QCOMPARE(s.waitFor(false), -1); // ten in flight hold the window
        now = 1040;
        for (int i = 0; i < 10; ++i)
            s.release(false);
        QCOMPARE(s.waitFor(false), 1000); // one window after the answers
        now += 999;
        s.pump();
        QCOMPARE(started, 10);
        now += 1;
        s.pump();
        QCOMPARE(started, 20);
        for (int i = 0; i < 10; ++i)
            s.release(false);
        now += 500;
        s.pump();
        QCOMPARE(started, 20);
        now += 500;
        s.pump();
        QCOMPARE(started, 25);
    }

    void inFlightHoldsItsSlot()
    {
        // A slow request may reach the server late; until it is answered its slot stays taken.
        qint64 now = 0;
        RateLimits limits;
        limits.maxInFlight = 100;
        RateScheduler s(limits, nullptr, [&now] { return now; });
        for (int i = 0; i < 10; ++i) {
            s.submit(false, [] {});
            if (i < 5)
                s.release(false);
        }
        now = 60000;
        QCOMPARE(s.waitFor(false), 0); // the five answered long ago left the window
        s.submit(false, [] {});
        s.submit(false, [] {});
        s.submit(false, [] {});
        s.submit(false, [] {});
        s.submit(false, [] {});
        QCOMPARE(s.inFlight(), 10);
        QCOMPARE(s.waitFor(false), -1);
    }

    void marginWidensWindow()
    {
        qint64 now = 0;
        RateLimits limits;
        limits.windowMarginMs = 30;
        RateScheduler s(limits, nullptr, [&now] { return now; });
        int started = 0;
        for (int i = 0; i < 11; ++i) {
            s.submit(false, [&started] { ++started; });
            if (started == i + 1)
                s.release(false);
        }
        QCOMPARE(started, 10);
        QCOMPARE(s.waitFor(false), 1030);
    }

    void concurrency()
    {
        qint64 now = 0;
        RateLimits limits;
        limits.perWindow = 1000;
        RateScheduler s(limits, nullptr, [&now] { return now; });
        int started = 0;
        for (int i = 0; i < 12; ++i)
            s.submit(false, [&started] { ++started; });
        QCOMPARE(started, 8);
        QCOMPARE(s.waitFor(false), -1);
        s.release(false);
        s.pump();
        QCOMPARE(started, 9);
    }

    void oneCandidateSearch()
    {
        qint64 now = 0;
        RateScheduler s(RateLimits{}, nullptr, [&now] { return now; });
        QStringList order;
        s.submit(true, [&order] { order << QStringLiteral("search1"); });
        s.submit(true, [&order] { order << QStringLiteral("search2"); });
        s.submit(false, [&order] { order << QStringLiteral("get"); });
        // The second search waits for the first; the GET behind it is not held up.
        QCOMPARE(order, QStringList({QStringLiteral("search1"), QStringLiteral("get")}));
        s.release(true);
        s.pump();
        QCOMPARE(order.last(), QStringLiteral("search2"));
    }

    void pausesOn429AndRemainingZero()
    {
        qint64 now = 0;
        RateScheduler s(RateLimits{}, nullptr, [&now] { return now; });
        s.observe(429, -1, -1, -1);
        QCOMPARE(s.waitFor(false), 1000);
        now = 5000;
        s.observe(200, -1, -1, 2500); // Retry-After
        QCOMPARE(s.waitFor(false), 2500);
        now = 10000;
        s.observe(200, 0, 5, -1);
        QVERIFY(s.waitFor(false) > 0);
        now = 20000;
        QCOMPARE(s.waitFor(false), 0);
    }

    void remainingZeroWaitsForOldestStart()
    {
        // Another client on the same key filled the server's window: wait for our oldest start
        // to leave it, although our own count (3) is below the limit.
        qint64 now = 0;
        RateScheduler s(RateLimits{}, nullptr, [&now] { return now; });
        for (int i = 0; i < 3; ++i)
            s.submit(false, [] {});
        now = 50;
        for (int i = 0; i < 3; ++i)
            s.release(false);
        now = 100;
        QCOMPARE(s.waitFor(false), 0);
        s.observe(200, 0, 5, -1);
        QCOMPARE(s.waitFor(false), 960);
    }

    void cancelQueued()
    {
        qint64 now = 0;
        RateLimits limits;
        limits.maxInFlight = 1;
        RateScheduler s(limits, nullptr, [&now] { return now; });
        int started = 0;
        s.submit(false, [&started] { ++started; });
        const quint64 t = s.submit(false, [&started] { started += 100; });
        QVERIFY(s.cancel(t));
        QVERIFY(!s.cancel(t));
        s.release(false);
        s.pump();
        QCOMPARE(started, 1);
        QCOMPARE(s.queued(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSrScheduler)
#include "tst_sr_scheduler.moc"
