#include "StageSchedule.h"

#include <algorithm>

namespace sd::stagesync {

QTime StageSchedule::defaultTime()
{
    return QTime(17, 0);
}

QTimeZone StageSchedule::defaultZone()
{
    QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone.isValid() ? zone : QTimeZone(3600);
}

StageSchedule::StageSchedule(QTime daily, QTimeZone zone)
    : m_time(daily.isValid() ? daily : defaultTime()), m_zone(zone.isValid() ? std::move(zone) : defaultZone())
{
}

QDateTime StageSchedule::slotOn(QDate localDate) const
{
    // The wall-clock time read as if it were UTC; the real instant is that minus the zone offset.
    const qint64 naive = QDateTime(localDate, m_time, Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 halfDay = 12LL * 3600 * 1000;
    // Offsets in force before and after any transition near that time (zones change at most
    // once within a day around a given wall time).
    const int before = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - halfDay, Qt::UTC));
    const int after = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive + halfDay, Qt::UTC));
    qint64 best = -1;
    bool found = false;
    for (const int offset : {before, after}) {
        const qint64 instant = naive - qint64(offset) * 1000;
        // A reading is real when the zone has that offset at that instant.
        if (m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC)) != offset)
            continue;
        best = found ? std::min(best, instant) : instant; // fall back: the first occurrence
        found = true;
    }
    if (!found) // in a spring-forward gap: with the old offset, i.e. shifted by the gap length
        best = naive - qint64(before) * 1000;
    return QDateTime::fromMSecsSinceEpoch(best, Qt::UTC);
}

QDateTime StageSchedule::lastSlotAtOrBefore(const QDateTime &now) const
{
    const QDate today = now.toTimeZone(m_zone).date();
    const QDateTime slot = slotOn(today);
    return slot <= now ? slot : slotOn(today.addDays(-1));
}

QDateTime StageSchedule::nextSlotAfter(const QDateTime &now) const
{
    const QDate today = now.toTimeZone(m_zone).date();
    const QDateTime slot = slotOn(today);
    return slot > now ? slot : slotOn(today.addDays(1));
}

bool StageSchedule::runMissed(const QDateTime &lastRun, const QDateTime &now) const
{
    if (!lastRun.isValid())
        return true;
    if (lastRun > now)
        return false;
    return lastRun < lastSlotAtOrBefore(now);
}

QDateTime StageSchedule::nextRun(const QDateTime &lastRun, const QDateTime &now) const
{
    return runMissed(lastRun, now) ? now.toUTC() : nextSlotAfter(now);
}

qint64 StageSchedule::msecsUntilNextRun(const QDateTime &lastRun, const QDateTime &now) const
{
    return std::max<qint64>(0, now.msecsTo(nextRun(lastRun, now)));
}

} // namespace sd::stagesync
