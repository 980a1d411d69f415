#pragma once

// The GUI-thread stall timer the window benches share: a timer asks for the GUI thread
// every 5 ms; a stall is the longest gap between two of its ticks. On a shared machine a
// gap also holds the time the GUI thread waited for a core, so each gap is measured twice:
// by the wall clock and by the CPU time the GUI thread itself spent in it (its own work,
// whatever the load).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <ctime>

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
        m_cpuPhases.append({QString::fromLatin1(name), 0.0});
    }

    double now() const { return m_clock.nsecsElapsed() / 1e6; }
    /// Prints each stall longer than `milliseconds` as it ends (0: none), with its phase
    /// and when it began: the longest alone does not tell a slot from a wait on a lock.
    void reportStallsOver(double milliseconds) { m_reportOver = milliseconds; }
    /// When the GUI thread last came round to the timer: the start of a stall in progress.
    double lastTick() const { return m_last; }
    /// The longest gap of each phase by the wall clock (milliseconds).
    const QVector<std::pair<QString, double>> &phases() const { return m_phases; }
    /// The most CPU time the GUI thread spent in one gap of each phase (milliseconds).
    const QVector<std::pair<QString, double>> &cpuPhases() const { return m_cpuPhases; }

private:
    static double threadCpu()
    {
        timespec spent{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent);
        return spent.tv_sec * 1e3 + spent.tv_nsec / 1e6;
    }

    void tick()
    {
        const double t = now();
        if (m_reportOver > 0 && t - m_last > m_reportOver)
            std::fprintf(stderr, "stall of %.0f ms from %.0f ms (%s)\n", t - m_last, m_last,
                         m_phases.isEmpty() ? "start" : qPrintable(m_phases.last().first));
        const double cpu = threadCpu();
        if (!m_phases.isEmpty()) {
            m_phases.last().second = std::max(m_phases.last().second, t - m_last);
            m_cpuPhases.last().second = std::max(m_cpuPhases.last().second, cpu - m_lastCpu);
        }
        m_last = t;
        m_lastCpu = cpu;
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_last = 0;
    double m_reportOver = 0;
    double m_lastCpu = threadCpu();
    QVector<std::pair<QString, double>> m_phases;
    QVector<std::pair<QString, double>> m_cpuPhases;
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
