#pragma once

#include <QMainWindow>

namespace Recension::Ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Recension::Ui
