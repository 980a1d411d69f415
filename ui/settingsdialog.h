#pragma once

#include "ui/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Recension::Ui {

/// @brief Edits the comparison options and the view's colour scheme and text size.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    Preferences m_initial;
    QCheckBox *m_ignoreCase = nullptr;
    QCheckBox *m_ignorePunctuation = nullptr;
    QCheckBox *m_hideSynonyms = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_fontSize = nullptr;
};

} // namespace Recension::Ui
