#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Recension::Ui {

/// @brief The recently opened files, newest first, kept in QSettings and listed in a menu
/// that is rebuilt each time it opens.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace Recension::Ui
