#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Recension::Ui {

/// @brief Settings › Watch List: the names and terms a newsroom watches, one a line,
/// typed or loaded from a file. A change touching one is high and a finding.
class WatchListPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WatchListPage(const WatchList &watch, QWidget *parent = nullptr);

    /// @brief The list as edited: a loaded file's hash while its terms stand unchanged,
    /// else the hash of the typed terms (written one a line); empty when nothing is typed
    /// or the terms are not valid (see error()).
    WatchList watchList() const;
    /// @brief Why the typed terms cannot be a watch list, or empty.
    QString error() const;
    /// @brief Reads a watch file into the editor; false (and a message shown on the page)
    /// when it is missing, empty or not text.
    bool loadFile(const QString &path);
    /// @brief Shows why the typed terms are no watch list; false when they are one.
    bool showError();
    QString message() const;

private:
    QStringList typedLines() const;
    void updateCount();

    QPlainTextEdit *m_terms = nullptr;
    QLabel *m_message = nullptr;
    WatchList m_loaded; ///< the terms and file hash of the last file loaded
};

} // namespace Recension::Ui
