#pragma once

#include "compare/comparison.h"
#include "compare/finderwords.h"
#include "compare/wordrelation.h"
#include "text/analysedtext.h"

#include <QString>
#include <QVector>

namespace Recension {

/// Who a quotation is attributed to, as written next to it.
struct Attribution
{
    QString speaker;      ///< a surname ("Solberg") or a noun phrase ("the ministry"); empty: none
    QString key;          ///< case-folded surname, or the head of the noun phrase
    QStringList names;    ///< a noun phrase's capitalised words, case-folded ("northern", "ports")
    bool pronoun = false; ///< "he said": the speaker is an earlier quotation's
    int paragraph = -1;   ///< where the words naming the speaker are
    int firstToken = -1;  ///< first token naming the speaker (inclusive)
    int lastToken = -1;   ///< last token naming the speaker (inclusive)

    bool isNamed() const { return !speaker.isEmpty() && !pronoun; }
    /// @brief Whether two attributions name one speaker: the same surname, or noun phrases
    /// with one head whose names one holds all of ("the Northern Ports
    /// Authority's board" is "the Northern Ports Authority Board"; "the Boreal Ports Board" is not).
    bool sameSpeaker(const Attribution &other) const;
};

/// @brief Finds the speaker of quotations from the words around them, by the word lists of
/// the text's language (English examples): "the minister
/// said", "said Solberg", "according to the ministry", "she told reporters", "X, who added that".
class AttributionFinder final
{
public:
    AttributionFinder(const AnalysedDocument &text, const WordFacts &facts, Side side);

    /// @brief The attribution of a quotation made of `fragments` (in document order).
    /// `previous` and `next` are the neighbouring quotations, which bound the search (may be null).
    Attribution find(const QVector<QuoteSpan> &fragments, const QuoteSpan *previous,
                     const QuoteSpan *next) const;
    /// @brief Who a pronoun beside `quote` stands for when no quotation comes before it: the
    /// last person reported speaking earlier in its paragraph ("Dock worker Maria Lindqvist
    /// said the mood was calm. \"We watched…,\" she said."); empty when nobody is.
    Attribution antecedent(const QuoteSpan &quote) const;
    /// @brief True when only an attribution stands between two quotations of one paragraph
    /// ("We are worried," he said, "about the harbour."): they are one quotation.
    bool isSplitAttribution(const QuoteSpan &first, const QuoteSpan &second) const;

private:
    struct Region
    {
        int paragraph = -1;
        int begin = 0; ///< token indices, half-open
        int end = 0;
    };

    Region before(const QuoteSpan &quote, const QuoteSpan *previous) const;
    Region after(const QuoteSpan &quote, const QuoteSpan *next) const;
    int openingMark(const QuoteSpan &quote) const;
    int closingMark(const QuoteSpan &quote) const;
    int speechVerb(const Region &region, bool last) const;
    Attribution backward(const Region &region, int verb) const;
    Attribution forward(const Region &region, int from) const;
    Attribution subject(const Region &region, int verb) const;
    Attribution lastName(const Region &region, int verb) const;
    Attribution nameRun(int paragraph, int first, int last, bool withArticle) const;
    Attribution phrase(int paragraph, int first, int last) const;

    QString key(int paragraph, int token) const;
    bool isWord(int paragraph, int token) const;
    bool isNameWord(int paragraph, int token) const;
    int nextWord(int paragraph, int token, int limit) const;
    int previousWord(int paragraph, int token, int limit) const;

    const AnalysedDocument &m_text;
    const WordFacts &m_facts;
    Side m_side;
    const FinderWords &m_words; ///< the word lists of the text's language
};

} // namespace Recension
