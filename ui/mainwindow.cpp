#include "ui/mainwindow.h"

namespace Recension::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Recension"));
}

} // namespace Recension::Ui
