#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Recension::Ui {

/// @brief A bar above the columns, shown when files of open versions changed on disk: it
/// names them and offers to reload them, without stopping the work at hand (not modal).
class ReloadBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ReloadBar(QWidget *parent = nullptr);

    /// @brief Adds a changed file (its path, and the name to show) and shows the bar.
    void addChangedFile(const QString &path, const QString &name);
    QStringList paths() const { return m_paths; }
    QString text() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    /// The user asked to reload the file at `path`, once per changed file.
    void reloadRequested(const QString &path);

private:
    void refresh();
    void clear();

    QLabel *m_label = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_dismiss = nullptr;
    QStringList m_paths;
    QStringList m_names;
};

} // namespace Recension::Ui
