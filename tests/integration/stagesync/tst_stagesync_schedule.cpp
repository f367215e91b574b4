// StageSchedule: the daily slot in a zone, across DST changes, and "a run was missed".
#include "StageSchedule.h"

#include <QTest>

using sd::stagesync::StageSchedule;

namespace {

QDateTime utc(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestStageSchedule : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        QCOMPARE(StageSchedule::defaultTime(), QTime(17, 0));
        QCOMPARE(StageSchedule::defaultZone().id(), QByteArrayLiteral("Europe/Paris"));
        const StageSchedule s;
        // 17:00 in Paris is 16:00 UTC in winter and 15:00 UTC in summer.
        QCOMPARE(s.slotOn(QDate(2025, 1, 15)), utc(QStringLiteral("2025-01-15T16:00:00Z")));
        QCOMPARE(s.slotOn(QDate(2025, 7, 15)), utc(QStringLiteral("2025-07-15T15:00:00Z")));
    }

    void table_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("lastRun"); // '' = never ran
        QTest::addColumn<QString>("lastSlot");
        QTest::addColumn<QString>("nextSlot");
        QTest::addColumn<bool>("missed");

        const QByteArray paris = "Europe/Paris";
        const QTime five(17, 0);
        QTest::newRow("winter, before the slot, ran yesterday")
            << paris << five << "2024-01-15T15:00:00Z" << "2024-01-14T16:05:00Z"
            << "2024-01-14T16:00:00Z" << "2024-01-15T16:00:00Z" << false;
        QTest::newRow("winter, slot passed while closed")
            << paris << five << "2024-01-15T16:30:00Z" << "2024-01-14T16:05:00Z"
            << "2024-01-15T16:00:00Z" << "2024-01-16T16:00:00Z" << true;
        QTest::newRow("ran on demand before today's slot: slot still missed")
            << paris << five << "2024-01-15T18:00:00Z" << "2024-01-15T15:30:00Z"
            << "2024-01-15T16:00:00Z" << "2024-01-16T16:00:00Z" << true;
        QTest::newRow("summer")
            << paris << five << "2024-07-01T15:00:01Z" << "2024-07-01T15:00:00Z"
            << "2024-07-01T15:00:00Z" << "2024-07-02T15:00:00Z" << false;
        // 31 March 2024: 02:00 CET -> 03:00 CEST. The day has 23 hours.
        QTest::newRow("spring forward: today's slot an hour earlier in UTC")
            << paris << five << "2024-03-31T15:30:00Z" << "2024-03-30T16:01:00Z"
            << "2024-03-31T15:00:00Z" << "2024-04-01T15:00:00Z" << true;
        QTest::newRow("spring forward: just before the slot")
            << paris << five << "2024-03-31T14:59:00Z" << "2024-03-30T16:01:00Z"
            << "2024-03-30T16:00:00Z" << "2024-03-31T15:00:00Z" << false;
        // 27 October 2024: 03:00 CEST -> 02:00 CET. The day has 25 hours.
        QTest::newRow("fall back: 17:00 CET is 16:00 UTC, not yet at 15:30")
            << paris << five << "2024-10-27T15:30:00Z" << "2024-10-26T15:01:00Z"
            << "2024-10-26T15:00:00Z" << "2024-10-27T16:00:00Z" << false;
        QTest::newRow("fall back: after the slot")
            << paris << five << "2024-10-27T16:00:00Z" << "2024-10-26T15:01:00Z"
            << "2024-10-27T16:00:00Z" << "2024-10-28T16:00:00Z" << true;
        // A time inside the spring gap runs shifted by the gap: 02:30 -> 03:30 CEST (01:30 UTC).
        QTest::newRow("time in the spring gap")
            << paris << QTime(2, 30) << "2024-03-31T01:00:00Z" << "2024-03-30T01:31:00Z"
            << "2024-03-30T01:30:00Z" << "2024-03-31T01:30:00Z" << false;
        // A time that happens twice runs once, at the first occurrence (02:30 CEST = 00:30 UTC).
        QTest::newRow("repeated hour: first occurrence only")
            << paris << QTime(2, 30) << "2024-10-27T01:40:00Z" << "2024-10-27T00:31:00Z"
            << "2024-10-27T00:30:00Z" << "2024-10-28T01:30:00Z" << false;
        QTest::newRow("never ran: due")
            << paris << five << "2024-01-15T10:00:00Z" << ""
            << "2024-01-14T16:00:00Z" << "2024-01-15T16:00:00Z" << true;
        QTest::newRow("last run in the future (clock moved back)")
            << paris << five << "2024-01-15T10:00:00Z" << "2024-01-16T10:00:00Z"
            << "2024-01-14T16:00:00Z" << "2024-01-15T16:00:00Z" << false;
        // Another zone with another DST date (10 March 2024 in New York).
        QTest::newRow("New York, DST start")
            << QByteArray("America/New_York") << QTime(9, 0) << "2024-03-10T12:00:00Z" << "2024-03-09T14:05:00Z"
            << "2024-03-09T14:00:00Z" << "2024-03-10T13:00:00Z" << false;
    }

    void table()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QTime, time);
        QFETCH(QString, now);
        QFETCH(QString, lastRun);
        QFETCH(QString, lastSlot);
        QFETCH(QString, nextSlot);
        QFETCH(bool, missed);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const StageSchedule s(time, tz);
        const QDateTime n = utc(now);
        const QDateTime last = utc(lastRun);
        QCOMPARE(s.lastSlotAtOrBefore(n), utc(lastSlot));
        QCOMPARE(s.nextSlotAfter(n), utc(nextSlot));
        QCOMPARE(s.runMissed(last, n), missed);
        QCOMPARE(s.nextRun(last, n), missed ? n : utc(nextSlot));
        QCOMPARE(s.msecsUntilNextRun(last, n), missed ? 0 : n.msecsTo(utc(nextSlot)));
    }
};

QTEST_GUILESS_MAIN(TestStageSchedule)
#include "tst_stagesync_schedule.moc"
