#pragma once

#include "compare/comparison.h"

#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension {

/// A watch list read or checked, or the reason it could not be.
struct WatchListResult
{
    WatchList list;
    QString error; ///< empty on success; otherwise names the file (or the term) and the reason

    bool ok() const { return error.isEmpty(); }
};

/// @brief Reads a watch file: UTF-8 (a BOM allowed), one term a line, blank lines dropped.
/// A missing, unreadable, empty, binary or non-UTF-8 file is an error naming it.
WatchListResult loadWatchList(const QString &path);

/// @brief Like loadWatchList for bytes already read; `path` names them in messages.
WatchListResult watchListFromBytes(const QByteArray &bytes, const QString &path);

/// @brief A watch list from terms typed in (the window's settings): trimmed, blanks
/// dropped; the SHA-256 is that of the terms written one a line, as a watch file would hold them.
WatchListResult watchListFromTerms(const QStringList &terms);

/// @brief Finds the terms of a watch list in a text: case-insensitive, whole words, a
/// multi-word term matching across any white space, either apostrophe.
class WatchMatcher final
{
public:
    explicit WatchMatcher(const WatchList &watch);

    bool isEmpty() const { return m_empty; }
    /// @brief The [start, end) UTF-16 ranges of the terms in `text`, in order.
    QVector<QPair<int, int>> find(const QString &text) const;

private:
    QRegularExpression m_pattern;
    bool m_empty = true;
};

/// @brief Marks every change whose text on either side touches a watched term (case-
/// insensitive, whole words, a multi-word term matching across any white space): `watched`
/// and severity high. Case, punctuation and format changes are left alone: they change
/// no fact, whatever they touch.
void markWatchedChanges(const WatchList &watch, Comparison *comparison);

} // namespace Recension
