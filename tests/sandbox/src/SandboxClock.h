#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

namespace sr::sandbox {

// The sandbox's notion of "now": wall time plus an offset that tests move
// forward to expire tokens or refill rate-limit windows without sleeping.
class SandboxClock
{
public:
    SandboxClock() { m_monotonic.start(); }

    QDateTime now() const { return (m_frozen ? m_frozenWall : QDateTime::currentDateTimeUtc()).addMSecs(m_offsetMs); }
    // Monotonic milliseconds (not wall time) for rate windows; moved by advance() too.
    qint64 monotonicMs() const { return (m_frozen ? m_frozenMonotonic : m_monotonic.elapsed()) + m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }
    // A frozen clock only moves with advance(): rate-limit tests stay exact on a slow machine.
    void setFrozen(bool frozen)
    {
        if (frozen && !m_frozen) {
            m_frozenWall = QDateTime::currentDateTimeUtc();
            m_frozenMonotonic = m_monotonic.elapsed();
        } else if (!frozen && m_frozen) {
            // Keep time continuous: what passed while frozen is taken back.
            m_offsetMs -= m_monotonic.elapsed() - m_frozenMonotonic;
        }
        m_frozen = frozen;
    }
    qint64 offsetMs() const { return m_offsetMs; }

    // SmartRecruiters writes dates with milliseconds and a literal Z.
    static QString format(const QDateTime &t)
    {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    // Accepts the documented `yyyy-MM-ddTHH:mm:ss.SSSZZ` and its common variants.
    static QDateTime parse(const QString &s)
    {
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(s, Qt::ISODate);
        return t.isValid() && t.timeSpec() != Qt::LocalTime ? t.toUTC() : QDateTime();
    }

private:
    QElapsedTimer m_monotonic;
    qint64 m_offsetMs = 0;
    bool m_frozen = false;
    QDateTime m_frozenWall;
    qint64 m_frozenMonotonic = 0;
};

} // namespace sr::sandbox
