#include "textgenerator.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Recension::Bench {

namespace {

/// Size of the invented vocabulary; 40 syllables to the third power must exceed it.
constexpr int kVocabulary = 40'000;
constexpr double kZipfExponent = 1.05;
/// The longest chain sentence, in tokens, before it is cut short with a full stop.
constexpr int kMaxTokens = 45;

const QString kEnd; // the chain's end-of-sentence marker (and its start state)

bool isClosing(const QString &token)
{
    static const QStringList closing{QStringLiteral(","), QStringLiteral("."), QStringLiteral(";"),
                                     QStringLiteral(":"), QStringLiteral("!"), QStringLiteral("?"),
                                     QStringLiteral(")"), QStringLiteral("\u201D")};
    return closing.contains(token);
}

bool isOpening(const QString &token)
{
    return token == u"(" || token == u"\u201C";
}

bool isSentenceEnd(const QString &token)
{
    return token == u"." || token == u"!" || token == u"?";
}

QString stateKey(const QString &first, const QString &second)
{
    return first + QLatin1Char('\t') + second;
}

/// Splits a line of prose into word and punctuation tokens (quotation marks dropped:
/// the generator adds its own, always balanced).
QStringList tokensOf(QString line)
{
    line.remove(QLatin1Char('"')).remove(QChar(0x201C)).remove(QChar(0x201D));
    QStringList tokens;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString piece : line.split(space, Qt::SkipEmptyParts)) {
        if (piece.startsWith(QLatin1Char('('))) {
            tokens.append(QStringLiteral("("));
            piece.remove(0, 1);
        }
        QStringList trailing;
        while (!piece.isEmpty() && QStringLiteral(",.;:!?)").contains(piece.back())) {
            trailing.prepend(QString(piece.back()));
            piece.chop(1);
        }
        if (!piece.isEmpty())
            tokens.append(piece);
        tokens += trailing;
    }
    return tokens;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

} // namespace

QString joinSentence(const Sentence &tokens)
{
    QString out;
    for (int i = 0; i < tokens.size(); ++i) {
        if (i > 0 && !isClosing(tokens[i]) && !isOpening(tokens[i - 1]))
            out += QLatin1Char(' ');
        out += tokens[i];
    }
    return out;
}

QByteArray renderText(const QVector<GeneratedParagraph> &paragraphs)
{
    QStringList lines;
    lines.reserve(paragraphs.size());
    for (const GeneratedParagraph &paragraph : paragraphs) {
        QStringList sentences;
        for (const Sentence &sentence : paragraph)
            sentences.append(joinSentence(sentence));
        lines.append(sentences.join(QLatin1Char(' ')));
    }
    return (lines.join(QStringLiteral("\n\n")) + QLatin1Char('\n')).toUtf8();
}

int countWords(const Sentence &tokens)
{
    int words = 0;
    for (const QString &token : tokens)
        if (std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++words;
    return words;
}

TextGenerator::TextGenerator(const QStringList &sources, quint32 seed)
    : m_random(seed)
{
    for (const QString &source : sources) {
        for (const QString &line : source.split(QLatin1Char('\n'))) {
            const QStringList tokens = tokensOf(line);
            QString first = kEnd, second = kEnd;
            for (const QString &token : tokens) {
                m_next[stateKey(first, second)].append(token);
                first = second;
                second = token;
                if (isSentenceEnd(token)) {
                    m_next[stateKey(first, second)].append(kEnd);
                    first = second = kEnd;
                }
            }
            if (second != kEnd)
                m_next[stateKey(first, second)].append(kEnd);
        }
    }
    m_zipf.reserve(kVocabulary);
    double sum = 0.0;
    for (int rank = 1; rank <= kVocabulary; ++rank) {
        sum += 1.0 / std::pow(rank, kZipfExponent);
        m_zipf.append(sum);
    }
}

QString TextGenerator::inventedWord(bool name)
{
    static const char *const syllables[40] = {
        "ka", "ve", "lor", "min", "sta", "ro", "dal", "ne", "ti", "bur", "go", "sel", "an", "mi",
        "tor", "pe", "ri", "lan", "cho", "du", "ber", "fa", "kin", "lo", "mar", "nu", "pol", "ra",
        "sen", "to", "vil", "wen", "ya", "zor", "el", "or", "un", "is", "har", "gla"};
    const double draw = m_random.generateDouble() * m_zipf.last();
    const int rank = int(std::lower_bound(m_zipf.cbegin(), m_zipf.cend(), draw) - m_zipf.cbegin());
    // A bijection of the rank onto three syllables, so frequent words are not all alike.
    int code = int((qint64(rank) * 7919 + (name ? 31'337 : 13)) % 64'000);
    QString word;
    for (int k = 0; k < 3; ++k) {
        word += QLatin1String(syllables[code % 40]);
        code /= 40;
    }
    return name ? capitalised(word) : word;
}

Sentence TextGenerator::chainSentence()
{
    Sentence tokens;
    QString first = kEnd, second = kEnd;
    while (tokens.size() < kMaxTokens) {
        const QStringList &choices = m_next[stateKey(first, second)];
        if (choices.isEmpty())
            break;
        const QString &token = choices[int(m_random.bounded(choices.size()))];
        if (token == kEnd)
            break;
        tokens.append(token);
        first = second;
        second = token;
    }
    while (!tokens.isEmpty() && isClosing(tokens.last()) && !isSentenceEnd(tokens.last()))
        tokens.removeLast();
    if (tokens.isEmpty() || !isSentenceEnd(tokens.last()))
        tokens.append(QStringLiteral("."));
    return tokens;
}

Sentence TextGenerator::sentence()
{
    Sentence tokens = chainSentence();
    for (int i = 1; i < tokens.size(); ++i) {
        QString &token = tokens[i];
        if (token.isEmpty() || !token[0].isLetterOrNumber())
            continue;
        if (token[0].isDigit()) {
            if (m_random.generateDouble() < 0.7) {
                const int value = int(m_random.bounded(1, 1000));
                token = token.contains(QLatin1Char(','))
                    ? QStringLiteral("%1,%2").arg(value).arg(m_random.bounded(1000), 3, 10, QLatin1Char('0'))
                    : token.contains(QLatin1Char('.'))
                    ? QStringLiteral("%1.%2").arg(value % 100).arg(m_random.bounded(10))
                    : QString::number(value);
            }
        } else if (token[0].isUpper()) {
            if (m_random.generateDouble() < 0.6)
                token = inventedWord(true);
        } else if (token.size() >= 5 && m_random.generateDouble() < 0.3) {
            token = inventedWord(false);
        }
    }
    if (m_random.generateDouble() < 0.12 && tokens.size() > 3) {
        // An attributed quotation: “Sentence,” said Name Name.
        tokens.removeLast();
        tokens.prepend(QStringLiteral("\u201C"));
        tokens << QStringLiteral(",") << QStringLiteral("\u201D") << QStringLiteral("said")
               << inventedWord(true) << inventedWord(true) << QStringLiteral(".");
    }
    return tokens;
}

GeneratedParagraph TextGenerator::title()
{
    Sentence words;
    for (const QString &token : sentence())
        if (!token.isEmpty() && token[0].isLetterOrNumber() && words.size() < 9)
            words.append(token);
    if (!words.isEmpty())
        words[0] = capitalised(words[0]);
    return {words};
}

GeneratedParagraph TextGenerator::paragraph()
{
    const double r = m_random.generateDouble();
    const int count = r < 0.3 ? 1 : r < 0.65 ? 2 : r < 0.9 ? 3 : 4;
    GeneratedParagraph paragraph;
    for (int s = 0; s < count; ++s)
        paragraph.append(sentence());
    return paragraph;
}

QVector<GeneratedParagraph> TextGenerator::document(int words)
{
    QVector<GeneratedParagraph> paragraphs{title()};
    int total = countWords(paragraphs.first().first());
    while (total < words) {
        paragraphs.append(paragraph());
        for (const Sentence &s : paragraphs.last())
            total += countWords(s);
    }
    return paragraphs;
}

} // namespace Recension::Bench
