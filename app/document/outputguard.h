#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Recension {

/// @brief The one gate every file Recension writes passes through (reports, the
/// screenshot, and any later writer such as a .docx export or a session file).
///
/// Invariants it keeps: an output never replaces one of the inputs (compared by canonical
/// path through symbolic links and by device and inode, so hard links count too); a
/// character device or FIFO is written into as a stream and stays what it is; a regular
/// file is replaced atomically (QSaveFile), so a failed write leaves the old file whole.
class OutputGuard final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::OutputGuard)
public:
    /// How a path that may be written is written.
    enum class Mode { Refused, Atomic, Stream };

    /// Writes the whole output into `device`; on failure returns false and may set `reason`.
    using Writer = std::function<bool(QIODevice &device, QString *reason)>;

    explicit OutputGuard(QStringList inputs = {});

    /// @brief Empty when `path` may be written, else a translated sentence naming the file
    /// and the reason.
    QString check(const QString &path) const;
    /// @brief How `path` would be written; `Refused` with `problem` set when it may not be.
    Mode mode(const QString &path, QString *problem = nullptr) const;
    /// @brief Checks `path`, opens it the right way, runs `writer`, and commits; on failure
    /// returns false with a translated reason naming the file in `error`.
    bool write(const QString &path, const Writer &writer, QString *error = nullptr) const;
    /// @brief True when `path` is one of the inputs (through links, relative paths, hard links).
    bool isInput(const QString &path) const;

private:
    QStringList m_inputs;
};

} // namespace Recension
