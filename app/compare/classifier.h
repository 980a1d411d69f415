#pragma once

#include "compare/comparison.h"
#include "compare/gapwords.h"
#include "compare/phraserelations.h"
#include "compare/quoteindex.h"
#include "compare/watchlist.h"
#include "compare/worddiff.h"
#include "compare/wordrelation.h"

#include <array>

namespace Recension {

/// The changes of one passage and what its similarity is made of.
struct PassageResult
{
    QVector<Change> changes;  ///< ids unset; in passage order
    int equivalentWords = 0;  ///< words of both sides that are equal or equivalent
    std::array<int, 2> words{{0, 0}};
    QVector<QPair<int, int>> order; ///< per change: its place in the diff sequences
};

/// @brief Names the divergences of one passage: category, severity and inQuote by the spec.
class Classifier final
{
public:
    /// `links`, when given, are all the passages in left order: a moved passage's
    /// severity depends on how many of them it moved past.
    Classifier(const WordFacts &facts, const std::array<QuoteIndex, 2> &quotes,
               const CompareOptions &options, const QVector<Link> *links = nullptr);

    /// @brief The changes of the link at `linkIndex`, given its word diff.
    PassageResult classify(const Link &link, int linkIndex, const PassageDiff &diff) const;

private:
    struct Piece
    {
        std::array<QVector<PassageToken>, 2> tokens;
        /// The stems of each side of the passage: a name that still stands elsewhere in
        /// the other side ("Norway's" counts) was moved within it, not changed.
        const std::array<QSet<quint32>, 2> *passageKeys = nullptr;
        bool typedWhole = false; ///< of a repetitive passage (PassageDiff::repetitive)
    };

    bool isChangedName(const Piece &piece, Side side, const PassageToken &word) const;
    Relation relateWords(const Piece &piece, const PassageToken &a, const PassageToken &b) const;
    Category gapCategory(const Piece &piece, const std::array<QVector<PassageToken>, 2> &words,
                         bool *valueChanged) const;
    void classifyGap(const Piece &piece, const std::array<QVector<PassageToken>, 2> &tokens,
                     PassageResult *result) const;
    void addMatch(Relation relation, const std::array<QVector<PassageToken>, 2> &words,
                  PassageResult *result) const;
    void classifyHunk(const PassageDiff &diff, const Hunk &hunk,
                      const std::array<QSet<quint32>, 2> &passageKeys, PassageResult *result) const;
    void classifyPiece(const Piece &piece, PassageResult *result) const;
    void addCaseChanges(const PassageDiff &diff, PassageResult *result) const;
    void addWholeParagraphs(const Link &link, Side side, Category category, PassageResult *result) const;
    Change makeChange(Category category, const std::array<QVector<PassageToken>, 2> &tokens,
                      bool valueChanged = true) const;
    Span spanOf(Side side, const QVector<PassageToken> &tokens) const;
    void finish(Change *change, bool valueChanged) const;
    bool isUnimportant(const Change &change) const;
    bool joinsNameParts(const std::array<QVector<PassageToken>, 2> &tokens) const;
    int movedPast(const Link &link) const;
    void markMovedNumbers(PassageResult *result) const;
    /// Numbers written out in words facing their digits ("twenty-two" / "22", "3 million" /
    /// "3,000,000"): the changes inside both are format when the values read whole agree,
    /// and join the number change into one when they differ ("twenty two" / "23").
    void markNumbersWrittenOut(PassageResult *result) const;

    const WordFacts &m_facts;
    const std::array<QuoteIndex, 2> &m_quotes;
    CompareOptions m_options;
    WatchMatcher m_watch; ///< the options' watch list, matched once for every passage
    const QVector<Link> *m_links;
    PhraseRelations m_phrases;
    GapWords m_gapWords; ///< the list facts of gaps' words, shared by every passage
};

} // namespace Recension
