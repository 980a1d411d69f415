#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

namespace Recension::Ui {

/// @brief `recension --screenshot FILE.png LEFT RIGHT`: renders the window on a pair.
class Screenshot final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::Screenshot)
public:
    /// Exit codes, as `recension compare` uses them.
    enum class Status { Ok = 0, Usage = 1, InputError = 2, OutputError = 3 };

    /// @brief True when the command line asks for a screenshot (checked before any
    /// QApplication exists, so that the offscreen platform can be chosen).
    static bool requested(int argc, char **argv);
    /// @brief Opens the files in a window of `size`, waits for the comparison, shows the
    /// lower `panel` ("findings", "changes", "quotations" or "facts"), grabs the window to `output`;
    /// problems are printed to standard error.
    static Status render(const QString &output, const QStringList &files,
                         const QString &panel = QStringLiteral("findings"),
                         const QSize &size = QSize(1400, 900));
};

} // namespace Recension::Ui
