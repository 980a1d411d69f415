#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension::Bench {

/// A sentence as tokens: words, numbers and punctuation marks, rendered by joinSentence().
using Sentence = QStringList;
/// A paragraph as its sentences.
using GeneratedParagraph = QVector<Sentence>;

/// @brief Renders tokens as prose: a space between words, none before closing punctuation
/// or after an opening quotation mark.
QString joinSentence(const Sentence &tokens);

/// @brief Renders paragraphs in the web-copy style of the sample articles: one paragraph a
/// line, a blank line between paragraphs, UTF-8 with a final newline.
QByteArray renderText(const QVector<GeneratedParagraph> &paragraphs);

/// @brief Counts the words of tokens as ICU would, near enough (tokens with a letter or digit).
int countWords(const Sentence &tokens);

/// @brief Writes long news-like text from the project's own sample articles, deterministic
/// for a seed: an order-2 word chain over the samples' sentences, with content words and
/// names drawn from a Zipf-distributed invented vocabulary so that a book-length text has a
/// book's share of rare words, and some sentences turned into attributed quotations.
class TextGenerator final
{
public:
    /// `sources` are the texts of the sample articles (one paragraph a line).
    TextGenerator(const QStringList &sources, quint32 seed);

    /// @brief A title line (paragraph 0 of a generated document).
    GeneratedParagraph title();
    /// @brief A paragraph of one to four sentences.
    GeneratedParagraph paragraph();
    /// @brief Title plus paragraphs until at least `words` words.
    QVector<GeneratedParagraph> document(int words);

    /// @brief The generator's random source, shared with rewriters for one seeded stream.
    QRandomGenerator &random() { return m_random; }
    /// @brief An invented word of the Zipf vocabulary (capitalised for a name).
    QString inventedWord(bool name);

private:
    Sentence chainSentence();
    Sentence sentence();

    QRandomGenerator m_random;
    QHash<QString, QStringList> m_next; ///< "w1\tw2" -> tokens that followed
    QVector<double> m_zipf;             ///< cumulative weights of the invented vocabulary
};

} // namespace Recension::Bench
