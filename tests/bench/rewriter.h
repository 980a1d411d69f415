#pragma once

#include "gold.h"
#include "textgenerator.h"

#include <QHash>

namespace Recension::Bench {

/// The three kinds of second version the benchmark generates.
enum class EditKind { Light, Heavy, Restructured, Spin, Translate };

/// @brief Lower-case name of an edit kind ("light", "heavy", "restructured").
QString toString(EditKind kind);

/// A generated second version and where its paragraphs came from.
struct Rewrite
{
    QVector<GeneratedParagraph> paragraphs;
    Gold gold;
};

/// @brief Makes a second version of a generated document, deterministic for a seed:
/// a light edit (a few synonyms, respellings, numbers, words), a heavy paraphrase (most
/// listed synonyms swapped, words reworded, dropped and added, clauses turned round) or
/// a restructured light edit (paragraphs deleted, split, merged and inserted at about 2 %
/// each, and one block of three paragraphs moved from about 30 % to about 70 %), or a
/// spun copy (about a third of the listed synonyms swapped one way, nothing else: what a
/// spinner does), or a translation-like rewrite (synonyms, new words, clauses turned round).
class Rewriter final
{
public:
    Rewriter(const QStringList &sources, quint32 seed);

    Rewrite rewrite(const QVector<GeneratedParagraph> &original, EditKind kind);

private:
    Sentence lightEdit(Sentence tokens);
    Sentence paraphrase(Sentence tokens);
    Sentence spin(Sentence tokens);
    Sentence translate(Sentence tokens);
    Sentence turnClauses(Sentence out);
    Rewrite restructure(const QVector<GeneratedParagraph> &edited);
    QString respelled(const QString &word) const;
    int randomWord(const Sentence &tokens, int minLength);

    TextGenerator m_generator; ///< invented words and inserted paragraphs
    QRandomGenerator &m_random;
    QHash<QString, QString> m_synonyms; ///< both ways round
    QHash<QString, QString> m_forward;  ///< one way only: a spinner never swaps a word back
};

} // namespace Recension::Bench
