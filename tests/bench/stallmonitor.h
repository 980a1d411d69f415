#pragma once

// The GUI-thread stall timer the window benches share: a timer asks for the GUI thread
// every 5 ms; a stall is the longest gap between two of its ticks.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

namespace Recension::Bench {

class StallMonitor final : public QObject
{
public:
    StallMonitor()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
    }

    void phase(const char *name)
    {
        tick();
        m_phases.append({QString::fromLatin1(name), 0.0});
    }

    double now() const { return m_clock.nsecsElapsed() / 1e6; }
    /// Prints each stall longer than `milliseconds` as it ends (0: none), with its phase
    /// and when it began: the longest alone does not tell a slot from a wait on a lock.
    void reportStallsOver(double milliseconds) { m_reportOver = milliseconds; }
    /// When the GUI thread last came round to the timer: the start of a stall in progress.
    double lastTick() const { return m_last; }
    const QVector<std::pair<QString, double>> &phases() const { return m_phases; }

private:
    void tick()
    {
        const double t = now();
        if (m_reportOver > 0 && t - m_last > m_reportOver)
            std::fprintf(stderr, "stall of %.0f ms from %.0f ms (%s)\n", t - m_last, m_last,
                         m_phases.isEmpty() ? "start" : qPrintable(m_phases.last().first));
        if (!m_phases.isEmpty())
            m_phases.last().second = std::max(m_phases.last().second, t - m_last);
        m_last = t;
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_last = 0;
    double m_reportOver = 0;
    QVector<std::pair<QString, double>> m_phases;
};

/// Runs the event loop until `done` holds or `seconds` pass; false on time-out.
inline bool waitFor(const std::function<bool()> &done, double seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// Lets the loop run for a while, as a user's pause between two keys.
inline void pause(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace Recension::Bench
