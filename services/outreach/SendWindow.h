#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace sd::outreach {

// When a step may run: on these weekdays, between these local minutes (end exclusive).
struct SendWindow
{
    enum Day { Mon = 1, Tue = 2, Wed = 4, Thu = 8, Fri = 16, Sat = 32, Sun = 64 };
    int days = Mon | Tue | Wed | Thu | Fri;
    int startMinute = 9 * 60;
    int endMinute = 17 * 60; // up to 24 * 60 (midnight)

    bool isValid() const { return days > 0 && days < 128 && startMinute >= 0 && endMinute <= 24 * 60 && startMinute < endMinute; }
};

// Adds `delayBusinessDays` (Saturday and Sunday do not count; the time of day is kept) to
// `fromUtc` in `zone`, then returns the first moment at or after it inside `w`, in UTC. A window
// boundary that falls in a DST gap opens at the first local time after the gap. Returns an
// invalid QDateTime for an invalid window, zone or start.
QDateTime nextSendTime(const QDateTime &fromUtc, int delayBusinessDays, const SendWindow &w, const QTimeZone &zone);

// Whether `utc` falls inside `w` in `zone`.
bool insideWindow(const QDateTime &utc, const SendWindow &w, const QTimeZone &zone);

} // namespace sd::outreach
