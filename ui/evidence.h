#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>

namespace Recension::Ui {

/// @brief Plain-text descriptions of one change, for tooltips and "Copy as evidence".
class Evidence final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::Evidence)
public:
    /// @brief One line naming the change: `synonym: security → safety`.
    static QString summary(const Comparison &comparison, const Change &change);
    /// @brief The texts of both sides: `security → safety`.
    static QString transition(const Comparison &comparison, const Change &change);
    /// @brief Both sides with file names and source lines, ready to paste into a message.
    static QString text(const Comparison &comparison, const Change &change);
    /// @brief The sentence around [start, end) of a text, shortened around the span when long.
    static QString context(const QString &text, int start, int end);
    /// @brief "line 12" or "lines 12–14" of a paragraph.
    static QString lines(const Paragraph &paragraph);
};

} // namespace Recension::Ui
