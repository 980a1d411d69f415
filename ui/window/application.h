#pragma once

namespace Recension::Ui {

/// @brief Runs the desktop application (or, with --screenshot, renders it to a PNG).
int runApplication(int argc, char **argv);

} // namespace Recension::Ui
