#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>

namespace Recension::Ui {

/// @brief How a finding reads in the window and on the clipboard: its kind, gist, places
/// and speaker, shared by the Findings tab, the summary line and "Copy as evidence".
class FindingText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Ui::FindingText)
public:
    /// @brief The translated, lower-case name of a finding's kind ("name", "quotation").
    static QString kindName(FindingKind kind);
    /// @brief What a quote or claim finding says happened ("altered", "dropped"); empty
    /// for the other kinds.
    static QString outcome(const Comparison &comparison, const Finding &finding);
    /// @brief The kind and, for quotes and claims, what happened: "quotation altered".
    static QString kindLabel(const Comparison &comparison, const Finding &finding);
    /// @brief The gist, left → right ("Harbour Safety Board → Harbour Security Board").
    static QString gist(const Finding &finding);
    /// @brief Places to check: the changes of a grouped fact; one quotation or sentence.
    static int places(const Finding &finding);
    /// @brief The speaker of a quote finding's quotation, or empty.
    static QString speaker(const Comparison &comparison, const Finding &finding);
    /// @brief The quotation (index into Comparison::quotes) holding a change id, or -1.
    static int quoteOfChange(const Comparison &comparison, int changeId);
    /// @brief The finding indices in the order to look at them: high before medium, then
    /// as the engine listed them (reading order).
    static QVector<int> order(const Comparison &comparison);
};

} // namespace Recension::Ui
