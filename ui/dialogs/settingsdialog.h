#pragma once

#include "ui/window/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;

namespace Recension::Ui {

class WatchListPage;

/// @brief Edits the comparison options, the view's colour scheme and text size (General)
/// and the watch list (Watch List).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    /// @brief Shows the Watch List page.
    void showWatchList();
    WatchListPage *watchListPage() const { return m_watchList; }

public slots:
    /// @brief Accepts unless the watch list is not valid; then shows why on its page.
    void accept() override;

private:
    Preferences m_initial;
    QCheckBox *m_ignoreCase = nullptr;
    QCheckBox *m_ignorePunctuation = nullptr;
    QCheckBox *m_hideSynonyms = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QTabWidget *m_pages = nullptr;
    WatchListPage *m_watchList = nullptr;
};

} // namespace Recension::Ui
