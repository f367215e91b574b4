#include "SendWindow.h"

namespace sd::outreach {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

bool dayAllowed(const SendWindow &w, const QDate &d)
{
    return (w.days & (1 << (d.dayOfWeek() - 1))) != 0;
}

// The first instant whose local date is `date` and local time is at or after `time`. Differs
// from QDateTime(date, time, zone) only in a DST gap, where local times between the old and the
// new offset never happen: there it is the end of the gap. Minute steps are exact enough, since
// every real gap starts and ends on a whole minute.
QDateTime firstInstantAtOrAfter(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime exact(date, time, zone);
    if (exact.isValid() && exact.date() == date && exact.time() == time)
        return exact;
    QTime t(time.hour(), time.minute());
    for (int i = 0; i < kMinutesPerDay; ++i) {
        t = t.addSecs(60);
        if (t < time) // wrapped past midnight: the rest of the day is a gap
            break;
        const QDateTime dt(date, t, zone);
        if (dt.isValid() && dt.date() == date && dt.time() == t)
            return dt;
    }
    return firstInstantAtOrAfter(date.addDays(1), QTime(0, 0), zone);
}

// The instant at local `minute` of `date`; minute 1440 is the next midnight.
QDateTime instantAt(const QDate &date, int minute, const QTimeZone &zone)
{
    if (minute >= kMinutesPerDay)
        return firstInstantAtOrAfter(date.addDays(1), QTime(0, 0), zone);
    return firstInstantAtOrAfter(date, QTime(minute / 60, minute % 60), zone);
}

} // namespace

QDateTime nextSendTime(const QDateTime &fromUtc, int delayBusinessDays, const SendWindow &w, const QTimeZone &zone)
{
    if (!w.isValid() || !zone.isValid() || !fromUtc.isValid() || delayBusinessDays < 0)
        return {};
    const QDateTime local = fromUtc.toTimeZone(zone);
    QDate date = local.date();
    for (int i = 0; i < delayBusinessDays; ++i) {
        date = date.addDays(1);
        while (isWeekend(date))
            date = date.addDays(1);
    }
    const QDateTime earliest = delayBusinessDays == 0 ? fromUtc : firstInstantAtOrAfter(date, local.time(), zone);
    // Any weekday mask repeats within a week; eight days covers starting after today's window.
    for (int k = 0; k <= 8; ++k) {
        const QDate d = date.addDays(k);
        if (!dayAllowed(w, d))
            continue;
        const QDateTime start = instantAt(d, w.startMinute, zone);
        const QDateTime end = instantAt(d, w.endMinute, zone);
        if (earliest < start)
            return start.toUTC();
        if (earliest < end)
            return earliest.toUTC();
    }
    return {};
}

bool insideWindow(const QDateTime &utc, const SendWindow &w, const QTimeZone &zone)
{
    if (!w.isValid() || !utc.isValid() || !zone.isValid())
        return false;
    const QDate d = utc.toTimeZone(zone).date();
    return dayAllowed(w, d) && instantAt(d, w.startMinute, zone) <= utc && utc < instantAt(d, w.endMinute, zone);
}

} // namespace sd::outreach
