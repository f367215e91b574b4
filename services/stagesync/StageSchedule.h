#pragma once
// When the daily stage sync runs: a wall-clock time in a time zone (default 17:00 Europe/Paris,
// which is what users call "5 PM CET", summer time included). Pure: the caller passes "now".
//
// DST rules (explicit, so that the schedule never depends on the platform's gap handling):
//  * a time that does not exist that day (spring forward, e.g. 02:30 on the last Sunday of March
//    in Paris) runs shifted by the gap: 03:30 local;
//  * a time that exists twice (fall back, 02:30 on the last Sunday of October) runs once, at the
//    first occurrence.
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace sd::stagesync {

class StageSchedule
{
public:
    static QTime defaultTime();     // 17:00
    static QTimeZone defaultZone(); // Europe/Paris (a fixed UTC+1 if the system has no tz data)

    explicit StageSchedule(QTime daily = defaultTime(), QTimeZone zone = defaultZone());

    QTime dailyTime() const { return m_time; }
    QTimeZone zone() const { return m_zone; }

    // The UTC instant of the slot on a local calendar date of the zone.
    QDateTime slotOn(QDate localDate) const;
    // The latest slot at or before `now`, and the first slot strictly after it.
    QDateTime lastSlotAtOrBefore(const QDateTime &now) const;
    QDateTime nextSlotAfter(const QDateTime &now) const;

    // True when a slot passed since the last successful run without a run (run at start-up).
    // A sync that never ran is due as well. A last run in the future (clock moved back) is not
    // "missed".
    bool runMissed(const QDateTime &lastRun, const QDateTime &now) const;
    // `now` when a run was missed, otherwise the next slot.
    QDateTime nextRun(const QDateTime &lastRun, const QDateTime &now) const;
    // Milliseconds from now to nextRun() (0 when due), for a single-shot timer.
    qint64 msecsUntilNextRun(const QDateTime &lastRun, const QDateTime &now) const;

private:
    QTime m_time;
    QTimeZone m_zone;
};

} // namespace sd::stagesync
