#pragma once

#include <QDialog>

class QMenu;
class QTextBrowser;

namespace Recension::Ui {

/// @brief Help › User Guide: the offline guide (the README's user part and
/// resources/guide/user-guide.md, compiled in as a resource) in a window beside the main one.
class UserGuide final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    /// @brief The guide's Markdown, as compiled into the program.
    static QString markdown();
    /// @brief Adds "User Guide" (F1) to `help`; the guide opens beside `window`, once.
    static QAction *addTo(QMenu *help, QWidget *window);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Recension::Ui
