#include "compare/wordrelation.h"

#include "compare/functionwords.h"
#include "text/keytable.h"
#include "text/lexicon.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Recension {

namespace {

bool isTitleCase(const AnalysedParagraph &paragraph)
{
    int words = 0, capitalised = 0;
    for (const Token &token : paragraph.tokens) {
        if (token.kind != TokenKind::Word)
            continue;
        ++words;
        capitalised += token.capitalised ? 1 : 0;
    }
    return words >= 2 && capitalised * 10 >= words * 6;
}

const QHash<QString, double> &numberWords()
{
    static const QHash<QString, double> words = {
        {QStringLiteral("zero"), 0},       {QStringLiteral("one"), 1},
        {QStringLiteral("two"), 2},        {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},       {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},        {QStringLiteral("seven"), 7},
        {QStringLiteral("eight"), 8},      {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},       {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},    {QStringLiteral("thirteen"), 13},
        {QStringLiteral("fourteen"), 14},  {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16},   {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18},  {QStringLiteral("nineteen"), 19},
        {QStringLiteral("twenty"), 20},    {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty"), 40},     {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},     {QStringLiteral("seventy"), 70},
        {QStringLiteral("eighty"), 80},    {QStringLiteral("ninety"), 90},
        {QStringLiteral("hundred"), 100},  {QStringLiteral("thousand"), 1e3},
        {QStringLiteral("million"), 1e6},  {QStringLiteral("billion"), 1e9},
        {QStringLiteral("dozen"), 12},     {QStringLiteral("half"), 0.5},
    };
    return words;
}

} // namespace

int editDistance(QStringView a, QStringView b, int limit)
{
    const int n = a.size();
    const int m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

WordFacts::WordFacts(const std::array<const AnalysedDocument *, 2> &documents,
                     const KeyTable &keys, std::shared_ptr<const Lexicon> lexicon)
    : m_documents(documents)
    , m_keys(keys)
    , m_lexicon(std::move(lexicon))
{
    for (int side = 0; side < 2; ++side)
        for (const AnalysedParagraph &paragraph : documents[side]->paragraphs)
            m_titleCase[side].append(isTitleCase(paragraph));
    // Number words by key id: every word of a book is asked whether it is one.
    for (auto it = numberWords().cbegin(); it != numberWords().cend(); ++it)
        if (const quint32 id = keys.find(it.key()))
            m_numberWords.insert(id, it.value());
}

QStringView WordFacts::display(Side side, int paragraph, int index) const
{
    const Token &t = token(side, paragraph, index);
    return QStringView(m_documents[side]->document->paragraphs[paragraph].text).mid(t.start, t.length);
}

QString WordFacts::keyText(const Token &token) const
{
    return m_keys.text(token.key);
}

bool WordFacts::isSentenceInitial(Side side, int paragraph, int index) const
{
    const AnalysedParagraph &para = m_documents[side]->paragraphs[paragraph];
    auto it = std::upper_bound(para.sentenceStarts.cbegin(), para.sentenceStarts.cend(), index);
    const int start = it == para.sentenceStarts.cbegin() ? 0 : *(it - 1);
    for (int t = start; t < index; ++t)
        if (para.tokens[t].isWord())
            return false;
    return true;
}

bool WordFacts::isProperName(Side side, int paragraph, int index) const
{
    const Token &t = token(side, paragraph, index);
    if (t.kind != TokenKind::Word || !t.capitalised || t.length < 2)
        return false;
    // A capitalised word that is no dictionary word in lower case is a name wherever it
    // stands; a dictionary word is part of a name ("Foreign Ministry") only where
    // capitalisation means something: mid-sentence, outside a headline.
    const bool known = !m_lexicon->hasDictionary() || m_lexicon->isKnownWord(keyText(t));
    // German capitalises every noun and its dictionary lists nouns capitalised: a word the
    // dictionary knows as written is a common noun there, wherever it stands.
    const QString &language = m_documents[side]->language;
    if (language.startsWith(QLatin1String("de"), Qt::CaseInsensitive)
        || language.startsWith(QLatin1String("lb"), Qt::CaseInsensitive))
        return !known && !m_lexicon->isKnownWord(display(side, paragraph, index).toString());
    if (!known)
        return true;
    return !m_titleCase[side][paragraph] && !isSentenceInitial(side, paragraph, index);
}

std::optional<double> WordFacts::numberValue(const Token &token) const
{
    if (token.kind == TokenKind::Word) {
        const auto it = m_numberWords.constFind(token.key);
        if (it != m_numberWords.cend())
            return it.value();
        return std::nullopt;
    }
    const QString text = keyText(token);
    if (token.kind == TokenKind::Number) {
        bool ok = false;
        QString digits = text;
        digits.remove(QLatin1Char(','));
        const double value = QLocale::c().toDouble(digits, &ok);
        if (ok)
            return value;
        return std::nullopt;
    }
    return std::nullopt;
}

Relation WordFacts::relate(int lp, int lt, int rp, int rt) const
{
    const Side leftSide = Left;
    const Side rightSide = Right;
    const Token &a = token(leftSide, lp, lt);
    const Token &b = token(rightSide, rp, rt);
    if (a.key == b.key)
        return Relation::Equal;
    if (a.kind == TokenKind::Punctuation && b.kind == TokenKind::Punctuation)
        return Relation::Punctuation;
    if (!a.isWord() || !b.isWord())
        return Relation::Unrelated;
    const auto va = numberValue(a);
    const auto vb = numberValue(b);
    if (va || vb) {
        if (va && vb && *va == *vb)
            return Relation::NumberStyle;
        return Relation::Number;
    }
    const QString ka = keyText(a);
    const QString kb = keyText(b);
    const int longest = std::max(ka.size(), kb.size());
    const int limit = longest <= 6 ? 1 : 2;
    const bool close = std::min(ka.size(), kb.size()) >= 4 && editDistance(ka, kb, limit) <= limit;
    if (isProperName(leftSide, lp, lt) || isProperName(rightSide, rp, rt))
        return close ? Relation::NameSpelling : Relation::Name;
    const Lexicon &lex = *m_lexicon;
    const bool sameForm = a.stem == b.stem || lex.dictionaryForm(ka) == lex.dictionaryForm(kb);
    // A respelling makes a word the dictionary does not know; two real words a letter
    // apart ("trade", "grade") are a replacement, and "monitor"/"monitors" an inflection.
    if (close && !sameForm && (!lex.hasDictionary() || !lex.isKnownWord(ka) || !lex.isKnownWord(kb)))
        return Relation::Spelling;
    // Two words facing each other in aligned text are already likely swaps, so broader
    // terms count here ("trade"/"commerce") though they would be too loose on their own.
    if (lex.areRelated(ka, kb) || areFunctionSynonyms(ka, kb, m_documents[Left]->language))
        return Relation::Synonym;
    if (sameForm)
        return Relation::Inflection;
    const QStringList formsA = lex.dictionaryForms(ka);
    const QStringList formsB = lex.dictionaryForms(kb);
    for (const QString &form : formsA)
        if (formsB.contains(form))
            return Relation::Inflection;
    return Relation::Unrelated;
}

} // namespace Recension
