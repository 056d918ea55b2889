#pragma once
// The time the work store reads, injectable so claim expiry and "today's queue" are testable
// (after KeePassXC's Clock / MockClock). Production code uses Clock::system().
#include <QDateTime>

namespace wcw {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock& system();
};

// A clock that stands still until the test moves it.
class MockClock : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace wcw
