#include "compare/factfinder.h"

#include "compare/finderwords.h"

#include <QRegularExpression>

#include <algorithm>

namespace Recension {

namespace {

/// Words from which a paragraph ending in a full stop reads as prose, not a headline.
constexpr int kProseWords = 12;

class Scanner final
{
public:
    Scanner(const WordFacts &facts, Side side, const QSet<quint32> &functionWords, int paragraph,
            const FinderWords &words)
        : m_facts(facts)
        , m_side(side)
        , m_functionWords(functionWords)
        , m_paragraph(paragraph)
        , m_tokens(facts.document(side).paragraphs[paragraph].tokens)
        , m_words(words)
    {
        // A long paragraph of sentences is prose however many capitals it has (a report
        // full of names and titles): there a capital inside a sentence means a name.
        const AnalysedParagraph &analysed = facts.document(side).paragraphs[paragraph];
        const QString &text = facts.document(side).document->paragraphs[paragraph].text;
        int end = int(text.size()) - 1;
        while (end >= 0 && (text.at(end).isSpace() || QStringLiteral("\"'\u201D\u2019)").contains(text.at(end))))
            --end;
        m_prose = analysed.wordCount >= kProseWords && end >= 0
            && QStringLiteral(".!?\u2026").contains(text.at(end));
        for (int start : analysed.sentenceStarts) {
            for (int t = start; t < m_tokens.size(); ++t) {
                if (m_tokens[t].isWord()) {
                    m_sentenceInitial.append(t); // ascending: the starts are
                    break;
                }
            }
        }
    }

    void scan(QVector<FactTokens> *out)
    {
        for (int t = 0; t < m_tokens.size();) {
            const int next = date(t, out);
            if (next > t) {
                t = next;
                continue;
            }
            const int afterNumber = number(t, out);
            if (afterNumber > t) {
                t = afterNumber;
                continue;
            }
            const int afterName = name(t, out);
            t = afterName > t ? afterName : t + 1;
        }
    }

private:
    /// The token's key without a possessive ("ministry's" is "ministry").
    QString key(int t) const
    {
        QString k = m_facts.keyText(m_tokens[t]);
        if (k.endsWith(QLatin1String("'s")) || k.endsWith(QStringLiteral("\u2019s")))
            k.chop(2);
        return k;
    }
    QStringView text(int t) const { return m_facts.display(m_side, m_paragraph, t); }
    bool isWord(int t) const { return t >= 0 && t < m_tokens.size() && m_tokens[t].isWord(); }
    bool isPunct(int t, QChar c) const
    {
        return t >= 0 && t < m_tokens.size() && m_tokens[t].kind == TokenKind::Punctuation
            && text(t) == QString(c);
    }

    /// The token after one space (or none) following `t`, when it is a word; else -1.
    int nextWord(int t) const
    {
        int u = t + 1;
        if (u < m_tokens.size() && m_tokens[u].kind == TokenKind::Space && m_tokens[u].length == 1)
            ++u;
        return isWord(u) ? u : -1;
    }
    int previousWord(int t) const
    {
        int u = t - 1;
        if (u >= 0 && m_tokens[u].kind == TokenKind::Space && m_tokens[u].length == 1)
            --u;
        return isWord(u) ? u : -1;
    }

    bool isDay(int t) const
    {
        static const QRegularExpression day(QStringLiteral("^\\d{1,2}(st|nd|rd|th)?$"));
        if (!isWord(t) || !day.match(text(t)).hasMatch())
            return false;
        const int value = text(t).left(text(t).size() > 2 && !text(t).at(1).isDigit() ? 1 : 2).toInt();
        return value >= 1 && value <= 31;
    }
    bool isYear(int t) const
    {
        if (!isWord(t) || m_tokens[t].kind != TokenKind::Number || text(t).size() != 4)
            return false;
        const int value = text(t).toInt();
        return value >= 1800 && value <= 2100;
    }
    bool isMonth(int t) const
    {
        return isWord(t) && m_tokens[t].capitalised && m_words.months.contains(key(t));
    }
    /// A lower-case word that counts what a number counts ("containers", "metres").
    bool isUnit(int t) const
    {
        return isWord(t) && m_tokens[t].kind == TokenKind::Word && !m_tokens[t].capitalised
            && !m_functionWords.contains(m_tokens[t].key) && !m_facts.numberValue(m_tokens[t]);
    }

    void add(QVector<FactTokens> *out, FactKind kind, int first, int last) const
    {
        out->append(FactTokens{kind, m_paragraph, first, last, -1});
    }

    /// "January 5", "5 January 2022", "Jan. 5, 2022", "Thursday", "2021"; returns the token
    /// after the date, or `t` when none starts here.
    int date(int t, QVector<FactTokens> *out) const
    {
        if (!isWord(t))
            return t;
        int first = t;
        int last = t;
        if (m_tokens[t].capitalised && m_words.weekdays.contains(key(t))) {
            // "Thursday, January 6"
            if (isPunct(t + 1, u',') && isMonth(nextWord(t + 1)))
                last = monthDate(nextWord(t + 1), &first, t);
            add(out, FactKind::Date, first, last);
            return last + 1;
        }
        if (isMonth(t)) {
            bool attached = false;
            last = monthDate(t, &first, -1, &attached);
            // "may" stands for a month only beside a day or a year.
            if (!attached && key(t) == QLatin1String("may"))
                return t;
            add(out, FactKind::Date, first, last);
            return last + 1;
        }
        // The month first: a day is a pattern match, asked of every number of a table.
        if (isMonth(nextWord(t)) && isDay(t)) {
            last = monthDate(nextWord(t), &first, t);
            add(out, FactKind::Date, first, last);
            return last + 1;
        }
        if (isYear(t) && !isUnit(nextWord(t))) {
            add(out, FactKind::Date, t, t);
            return t + 1;
        }
        return t;
    }

    /// Extends a month name over its day and year; returns its last token.
    int monthDate(int month, int *first, int start, bool *attached = nullptr) const
    {
        int last = month;
        if (last + 1 < m_tokens.size() && isPunct(last + 1, u'.'))
            ++last;
        const int day = nextWord(last);
        bool withDay = false;
        if (isDay(day)) {
            last = day;
            withDay = true;
            if (isPunct(day + 1, u',') && isYear(nextWord(day + 1)))
                last = nextWord(day + 1);
        } else if (isYear(day)) {
            last = day;
            withDay = true;
        }
        const int before = previousWord(month);
        if (start < 0 && isDay(before)) {
            *first = before;
            withDay = true;
        } else {
            *first = start < 0 ? month : start;
        }
        if (attached)
            *attached = withDay;
        return last;
    }

    int number(int t, QVector<FactTokens> *out) const
    {
        if (!isWord(t) || !m_facts.numberValue(m_tokens[t]))
            return t;
        int first = t;
        if (t > 0 && m_tokens[t - 1].kind != TokenKind::Space && m_tokens[t - 1].length == 1
            && text(t - 1).at(0).category() == QChar::Symbol_Currency)
            first = t - 1;
        int last = t;
        const bool words = m_tokens[t].kind == TokenKind::Word;
        for (;;) {
            // "five hundred", "2.5 million", "twenty-five", "one hundred and twenty"
            int u = nextWord(last);
            if (u < 0 && isPunct(last + 1, u'-') && isWord(last + 2))
                u = last + 2;
            if (u >= 0 && key(u) == QLatin1String("and") && isWord(nextWord(u))
                && m_tokens[nextWord(u)].kind == TokenKind::Word && m_facts.numberValue(m_tokens[nextWord(u)]))
                u = nextWord(u);
            // Only number words continue a number ("2.5 million"); "5 4" are two numbers.
            if (u < 0 || m_tokens[u].kind != TokenKind::Word || !m_facts.numberValue(m_tokens[u]))
                break;
            last = u;
        }
        const int valueLast = last;
        bool unit = false;
        if (isPunct(last + 1, u'%')) {
            ++last;
            unit = true;
        } else if (const int u = nextWord(last); u >= 0) {
            if (key(u) == QLatin1String("per") && nextWord(u) >= 0 && key(nextWord(u)) == QLatin1String("cent")) {
                last = nextWord(u);
                unit = true;
            } else if (isUnit(u)) {
                last = u;
                unit = true;
            }
        }
        // "one" and "half" are as often pronouns as numbers: a fact only when they count something.
        const double value = *m_facts.numberValue(m_tokens[t]);
        if (words && !unit && last == t && (value == 1 || value == 0.5))
            return t + 1;
        out->append(FactTokens{FactKind::Number, m_paragraph, first, last, valueLast});
        return last + 1;
    }

    bool isName(int t) const
    {
        // Names are capitalised (isProperName() says so too): the cheap test goes first,
        // before any look-up by the word's text.
        if (!isWord(t) || !m_tokens[t].capitalised || m_words.weekdays.contains(key(t))
            || m_words.months.contains(key(t)))
            return false;
        if (m_prose && m_tokens[t].kind == TokenKind::Word && m_tokens[t].capitalised
            && m_tokens[t].length >= 2
            && !std::binary_search(m_sentenceInitial.cbegin(), m_sentenceInitial.cend(), t))
            return true;
        return m_facts.isProperName(m_side, m_paragraph, t);
    }

    int name(int t, QVector<FactTokens> *out) const
    {
        if (!isWord(t))
            return t;
        // A title in lower case, or opening a sentence, before a name: "harbour master Ingrid Solberg".
        if (!isName(t) && m_words.personTitles.contains(key(t)) && isName(nextWord(t))) {
            add(out, FactKind::Title, t, t);
            return t + 1;
        }
        if (!isName(t))
            return t;
        int last = t;
        bool institution = m_words.bodies.contains(key(t));
        for (;;) {
            int u = nextWord(last);
            if (u < 0 && isPunct(last + 1, u'-') && isName(last + 2))
                u = last + 2;
            if (u >= 0 && institution && (key(u) == QLatin1String("of") || key(u) == QLatin1String("for"))
                && isName(nextWord(u)))
                u = nextWord(u);
            if (u < 0 || !isName(u))
                break;
            last = u;
            institution = institution || m_words.bodies.contains(key(u));
        }
        split(t, last, out);
        return last + 1;
    }

    /// Emits a run of capitalised words as an organisation, or a title and a name, or a name.
    void split(int first, int last, QVector<FactTokens> *out) const
    {
        int title = -1;
        int institution = -1;
        for (int u = first; u <= last; ++u) {
            if (!isWord(u))
                continue;
            if (m_words.personTitles.contains(key(u)))
                title = u;
            if (m_words.bodies.contains(key(u)))
                institution = u;
        }
        if (institution >= 0 && institution > title) {
            add(out, FactKind::Organisation, first, last);
            return;
        }
        if (title < 0) {
            add(out, FactKind::Name, first, last);
            return;
        }
        if (title == last)
            return; // a title naming nobody ("the Prime Minister") is no fact by itself
        if (institution >= 0) {
            // "Foreign Ministry Spokesperson Zahin"
            int end = title - 1;
            while (end > first && !isWord(end))
                --end;
            add(out, FactKind::Organisation, first, end);
            add(out, FactKind::Title, title, title);
        } else {
            add(out, FactKind::Title, first, title);
        }
        int name = title + 1;
        while (name <= last && !isWord(name))
            ++name;
        add(out, FactKind::Name, name, last);
    }

    const WordFacts &m_facts;
    Side m_side;
    const QSet<quint32> &m_functionWords;
    int m_paragraph;
    const QVector<Token> &m_tokens;
    const FinderWords &m_words; ///< the word lists of the paragraph's language
    bool m_prose = false;
    QVector<int> m_sentenceInitial; ///< first word token of each sentence, ascending
};

} // namespace

QVector<FactTokens> findFacts(const WordFacts &facts, Side side, const QSet<quint32> &functionWords)
{
    QVector<FactTokens> found;
    const FinderWords &words = finderWords(facts.document(side).language);
    const int paragraphs = facts.document(side).paragraphs.size();
    for (int p = 0; p < paragraphs; ++p) {
        Scanner scanner(facts, side, functionWords, p, words);
        scanner.scan(&found);
    }
    return found;
}

} // namespace Recension
