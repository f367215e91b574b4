#include "SendWindow.h"

#include <QTest>

using namespace sd::outreach;

namespace {

constexpr int kWeekdays = SendWindow::Mon | SendWindow::Tue | SendWindow::Wed | SendWindow::Thu | SendWindow::Fri;

QDateTime localToUtc(const QString &local, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromString(local, Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), zone).toUTC();
}

} // namespace

class TestSendWindow : public QObject
{
    Q_OBJECT

private slots:
    void nextSendTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("fromLocal");
        QTest::addColumn<int>("delay");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expectedUtc");
        const QByteArray paris("Europe/Paris"), ny("America/New_York");
        // March 2024: Wed 6, Thu 7, Fri 8, Sat 9, Sun 10 (US DST starts 02:00), Mon 11.
        // Paris is UTC+1 until Sun 31 March 02:00, then UTC+2.
        QTest::newRow("inside") << paris << QStringLiteral("2024-03-06T10:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-06T09:00:00Z");
        QTest::newRow("before window") << paris << QStringLiteral("2024-03-06T07:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-06T08:00:00Z");
        QTest::newRow("after window") << paris << QStringLiteral("2024-03-06T18:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-07T08:00:00Z");
        QTest::newRow("end is exclusive") << paris << QStringLiteral("2024-03-06T17:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-07T08:00:00Z");
        QTest::newRow("friday evening") << paris << QStringLiteral("2024-03-08T18:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T08:00:00Z");
        QTest::newRow("saturday") << paris << QStringLiteral("2024-03-09T12:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T08:00:00Z");
        QTest::newRow("saturday allowed") << paris << QStringLiteral("2024-03-09T12:00") << 0 << (kWeekdays | SendWindow::Sat) << 540 << 1020 << QStringLiteral("2024-03-09T11:00:00Z");
        QTest::newRow("tuesday only") << paris << QStringLiteral("2024-03-06T10:00") << 0 << int(SendWindow::Tue) << 540 << 1020 << QStringLiteral("2024-03-12T08:00:00Z");
        QTest::newRow("delay 1 midweek") << paris << QStringLiteral("2024-03-07T10:00") << 1 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-08T09:00:00Z");
        QTest::newRow("delay 1 over weekend") << paris << QStringLiteral("2024-03-08T10:00") << 1 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T09:00:00Z");
        QTest::newRow("delay 3 over weekend") << paris << QStringLiteral("2024-03-07T10:00") << 3 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-12T09:00:00Z");
        QTest::newRow("delay 1 from saturday") << paris << QStringLiteral("2024-03-09T10:00") << 1 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T09:00:00Z");
        QTest::newRow("delay 1 lands after window") << paris << QStringLiteral("2024-03-07T18:00") << 1 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T08:00:00Z");
        QTest::newRow("midnight end") << paris << QStringLiteral("2024-03-06T23:30") << 0 << kWeekdays << 1320 << 1440 << QStringLiteral("2024-03-06T22:30:00Z");
        // Across the Paris spring-forward weekend: Monday 09:00 is now 07:00 UTC.
        QTest::newRow("paris after DST change") << paris << QStringLiteral("2024-03-29T18:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-04-01T07:00:00Z");
        // A window opening at 02:30 on the DST day opens when the clocks reach 03:00.
        QTest::newRow("paris start in DST gap") << paris << QStringLiteral("2024-03-31T00:30") << 0 << int(SendWindow::Sun) << 150 << 240 << QStringLiteral("2024-03-31T01:00:00Z");
        QTest::newRow("new york delay over DST") << ny << QStringLiteral("2024-03-08T10:00") << 1 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-11T14:00:00Z");
        QTest::newRow("new york before DST") << ny << QStringLiteral("2024-03-08T07:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-03-08T14:00:00Z");
        QTest::newRow("new york start in DST gap") << ny << QStringLiteral("2024-03-09T12:00") << 0 << int(SendWindow::Sun) << 150 << 240 << QStringLiteral("2024-03-10T07:00:00Z");
        QTest::newRow("new york autumn") << ny << QStringLiteral("2024-11-01T18:00") << 0 << kWeekdays << 540 << 1020 << QStringLiteral("2024-11-04T14:00:00Z");
    }

    void nextSendTime()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, fromLocal);
        QFETCH(int, delay);
        QFETCH(int, days);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expectedUtc);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const SendWindow w{days, start, end};
        const QDateTime got = sd::outreach::nextSendTime(localToUtc(fromLocal, tz), delay, w, tz);
        QVERIFY(got.isValid());
        QCOMPARE(got.timeSpec(), Qt::UTC);
        QCOMPARE(got.toString(Qt::ISODate), expectedUtc);
        QVERIFY(insideWindow(got, w, tz));
    }

    void invalidInputs()
    {
        const QTimeZone tz("Europe/Paris");
        const QDateTime from = QDateTime(QDate(2024, 3, 6), QTime(10, 0), Qt::UTC);
        QVERIFY(!sd::outreach::nextSendTime(from, 0, SendWindow{0, 540, 1020}, tz).isValid());
        QVERIFY(!sd::outreach::nextSendTime(from, 0, SendWindow{kWeekdays, 600, 600}, tz).isValid());
        QVERIFY(!sd::outreach::nextSendTime(from, -1, SendWindow{}, tz).isValid());
        QVERIFY(!sd::outreach::nextSendTime(QDateTime(), 0, SendWindow{}, tz).isValid());
    }

    void insideWindowEdges()
    {
        const QTimeZone tz("Europe/Paris");
        const SendWindow w;
        QVERIFY(insideWindow(localToUtc(QStringLiteral("2024-03-06T09:00"), tz), w, tz));
        QVERIFY(!insideWindow(localToUtc(QStringLiteral("2024-03-06T08:59"), tz), w, tz));
        QVERIFY(!insideWindow(localToUtc(QStringLiteral("2024-03-06T17:00"), tz), w, tz));
        QVERIFY(!insideWindow(localToUtc(QStringLiteral("2024-03-09T10:00"), tz), w, tz));
    }
};

QTEST_GUILESS_MAIN(TestSendWindow)
#include "tst_sendwindow.moc"
