#include "compare/wordrelation.h"

#include "compare/keyfacts.h"

#include "text/keytable.h"
#include "text/lexicon.h"
#include "text/wordlists.h"

#include <QHash>
#include <QLocale>
#include <QStringTokenizer>

#include <algorithm>

namespace Recension {

namespace {

/// A token's answer kept in its slot (-1 until worked out). Each answer is a pure function
/// of the documents, so whichever thread stores it first stores the same.
template <typename Find>
bool keptAnswer(std::atomic<qint8> &slot, Find find)
{
    qint8 answer = slot.load(std::memory_order_relaxed);
    if (answer < 0) {
        answer = find() ? 1 : 0;
        slot.store(answer, std::memory_order_relaxed);
    }
    return answer == 1;
}

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

/// The value of digits with optional thousands commas ("3,600"), up to 15 digits: exact
/// in a double, so the same value QLocale's parser gives, at a fraction of its cost (a
/// table of figures asks this of every cell, many times).
std::optional<double> wholeNumber(const QString &text)
{
    quint64 value = 0;
    int digits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(','))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9') || ++digits > 15)
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (digits == 0)
        return std::nullopt;
    return double(value);
}

/// The value of a number token's key ("3,600", "2.5"), if it has one.
std::optional<double> parseNumber(const QString &text)
{
    if (const std::optional<double> whole = wholeNumber(text))
        return whole;
    bool ok = false;
    QString digits = text;
    digits.remove(QLatin1Char(','));
    const double value = QLocale::c().toDouble(digits, &ok);
    if (ok)
        return value;
    return std::nullopt;
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
    , m_keyLimit(quint32(keys.size()) + 1)
{
    for (int side = 0; side < 2; ++side) {
        int tokens = 0;
        for (const AnalysedParagraph &paragraph : documents[side]->paragraphs) {
            m_titleCase[side].append(isTitleCase(paragraph));
            m_firstToken[side].append(tokens);
            tokens += int(paragraph.tokens.size());
        }
        const size_t count = size_t(std::max(tokens, 0));
        m_institutionModifier[side] = std::make_unique<std::atomic<qint8>[]>(count);
        m_nameWord[side] = std::make_unique<std::atomic<qint8>[]>(count);
        for (size_t t = 0; t < count; ++t) {
            m_institutionModifier[side][t].store(-1, std::memory_order_relaxed);
            m_nameWord[side][t].store(-1, std::memory_order_relaxed);
        }
    }
    // Lists relate a word of one side to a word of the other, so they come through the
    // comparison's lexicon: across languages (a lexicon of no language) they claim nothing,
    // as the thesaurus claims no synonym.
    for (int kind = 0; kind < WordListKindCount; ++kind) {
        m_lists[kind] = &m_lexicon->wordList(WordListKind(kind));
        for (const QString &entry : m_lists[kind]->keys())
            if (entry.contains(QLatin1Char(' '))) {
                m_listedPhrases.insert(StringKey{entry});
                m_listedPhraseHashes.insert(PieceHasher::of(entry));
            }
    }
    // Number words by key id, each side's language's: every word of a book is asked
    // whether it is one.
    m_numberWords.resize(m_keyLimit);
    for (int side = 0; side < 2; ++side) {
        const QHash<QString, double> &values = numberWords(documents[side]->language);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (const quint32 id = keys.find(it.key()))
                m_numberWords[id] = it.value();
    }
    m_keyFactsById = std::make_unique<std::atomic<const KeyFacts *>[]>(m_keyLimit);
    for (quint32 id = 0; id < m_keyLimit; ++id)
        m_keyFactsById[id].store(nullptr, std::memory_order_relaxed);
    // The value of each number token's key, parsed once: the classifier and the audits ask
    // it of every figure again and again ("item5", a number token to ICU, has none).
    m_numberKeys.resize(m_keyLimit);
    m_numberParsed.resize(m_numberKeys.size());
    for (int side = 0; side < 2; ++side) {
        for (const AnalysedParagraph &paragraph : documents[side]->paragraphs) {
            for (const Token &token : paragraph.tokens) {
                if (token.kind != TokenKind::Number || token.key >= m_numberParsed.size()
                    || m_numberParsed[token.key])
                    continue;
                m_numberKeys[token.key] = parseNumber(keys.text(token.key));
                m_numberParsed[token.key] = true;
            }
        }
    }
}

QStringView WordFacts::display(Side side, int paragraph, int index) const
{
    const Token &t = token(side, paragraph, index);
    return QStringView(m_documents[side]->document->paragraphs[paragraph].text).mid(t.start, t.length);
}

QString WordFacts::keyText(quint32 key) const
{
    return m_keys.text(key);
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

int WordFacts::neighbourWord(Side side, int paragraph, int index, int step) const
{
    // Dots and hyphens stay inside a name ("U.S. Navy", "Jean-Luc Moreau").
    const QVector<Token> &tokens = m_documents[side]->paragraphs[paragraph].tokens;
    for (int t = index + step; t >= 0 && t < tokens.size(); t += step) {
        const Token &token = tokens[t];
        if (token.isWord())
            return t;
        if (token.kind == TokenKind::Space)
            continue;
        const QString key = keyText(token);
        if (key != QLatin1String(".") && key != QLatin1String("-"))
            return -1;
    }
    return -1;
}

bool WordFacts::isCalendarWord(Side side, int paragraph, int index) const
{
    const Token &t = token(side, paragraph, index);
    if (t.kind != TokenKind::Word || !t.capitalised)
        return false;
    const auto calendar = [this](const Token &word) {
        const QString key = keyText(word);
        return list(WordListKind::Months).contains(key) || list(WordListKind::Weekdays).contains(key);
    };
    if (!calendar(t))
        return false;
    // "June Smith", "April Ryan": a first name beside a capitalised word is a name.
    for (int step : {-1, 1}) {
        const int next = neighbourWord(side, paragraph, index, step);
        if (next >= 0 && token(side, paragraph, next).capitalised
            && !calendar(token(side, paragraph, next)))
            return false;
    }
    return true;
}

bool WordFacts::isNameWord(Side side, int paragraph, int index) const
{
    // Asked of each word of a replaced run against every word it may face.
    return keptAnswer(m_nameWord[side][size_t(m_firstToken[side][paragraph] + index)],
                      [&] { return findNameWord(side, paragraph, index); });
}

bool WordFacts::findNameWord(Side side, int paragraph, int index) const
{
    if (!isProperName(side, paragraph, index) || isCalendarWord(side, paragraph, index))
        return false;
    if (m_lexicon->hasDictionary() && !m_lexicon->isKnownWord(keyText(token(side, paragraph, index))))
        return true;
    for (int step : {-1, 1}) {
        const int next = neighbourWord(side, paragraph, index, step);
        if (next >= 0 && token(side, paragraph, next).capitalised)
            return true;
    }
    return false;
}

bool WordFacts::isInstitutionModifier(Side side, int paragraph, int index) const
{
    // Asked of the same tokens again and again by the phrase pass.
    return keptAnswer(m_institutionModifier[side][size_t(m_firstToken[side][paragraph] + index)],
                      [&] { return findInstitutionModifier(side, paragraph, index); });
}

bool WordFacts::findInstitutionModifier(Side side, int paragraph, int index) const
{
    const Token &t = token(side, paragraph, index);
    if (t.kind != TokenKind::Word || numberValue(t))
        return false;
    const QString key = keyText(t);
    if (list(WordListKind::FunctionWords).contains(key)
        || list(WordListKind::Volatile).contains(key)
        || list(WordListKind::Honorifics).contains(key))
        return false;
    const WordList &institutions = list(WordListKind::Institutions);
    auto isInstitution = [&](int i) {
        if (i < 0)
            return false;
        const QString noun = keyText(token(side, paragraph, i));
        return institutions.contains(noun) || institutions.contains(m_lexicon->dictionaryForm(noun));
    };
    if (institutions.contains(key))
        return false;
    // The office follows in the same sentence: "in fact. Mayor Gororo" names no office.
    const QVector<int> &starts = m_documents[side]->paragraphs[paragraph].sentenceStarts;
    const auto sentenceOf = [&starts](int token) {
        return std::upper_bound(starts.cbegin(), starts.cend(), token) - starts.cbegin();
    };
    const int next = neighbourWord(side, paragraph, index, 1);
    if (next >= 0 && sentenceOf(next) == sentenceOf(index) && isInstitution(next))
        return true;
    // "the Ministry of Trade"
    const int of = neighbourWord(side, paragraph, index, -1);
    return of >= 0 && keyText(token(side, paragraph, of)) == QLatin1String("of")
        && isInstitution(neighbourWord(side, paragraph, of, -1));
}

WordFacts::~WordFacts()
{
    for (quint32 id = 0; id < m_keyLimit; ++id)
        delete m_keyFactsById[id].load(std::memory_order_relaxed);
}

const QString &WordFacts::language() const
{
    return m_documents[Left]->language;
}

bool WordFacts::isNegation(const QString &key) const
{
    // A phrase is a negation when one of its words is. The words are looked up in place
    // (a string over the key's own characters): every phrase's facts ask this.
    const WordList &negations = list(WordListKind::Negations);
    for (const QStringView word : QStringTokenizer(key, u' ')) {
        if (negations.contains(QString::fromRawData(word.data(), word.size()))
            || (word.size() > 3 && word.endsWith(QLatin1String("n't"))))
            return true;
    }
    return false;
}

Relation WordFacts::listRelation(const QString &a, const QString &b) const
{
    // A word is an interned key whose facts are looked up once; a phrase costs no lexicon.
    std::array<std::optional<KeyFacts>, 2> phrases;
    auto factsOf = [this](const QString &key, std::optional<KeyFacts> *phrase) -> const KeyFacts & {
        if (const quint32 id = m_keys.find(key))
            return keyFacts(id);
        return phrase->emplace(key, *this);
    };
    return KeyFacts::listRelation(factsOf(a, &phrases[0]), factsOf(b, &phrases[1]), *m_lexicon);
}

const KeyFacts &WordFacts::keyFacts(quint32 key) const
{
    if (key >= m_keyLimit)
        return *m_keyFacts.value(key, [&] { return std::make_shared<const KeyFacts>(m_keys.text(key), *this); });
    std::atomic<const KeyFacts *> &slot = m_keyFactsById[key];
    if (const KeyFacts *facts = slot.load(std::memory_order_acquire))
        return *facts;
    // Worked out outside any lock: two threads may both work out one key, with one result
    // (the facts depend on the key alone), and the first published is kept.
    auto made = std::make_unique<const KeyFacts>(m_keys.text(key), *this);
    const KeyFacts *published = nullptr;
    if (slot.compare_exchange_strong(published, made.get(), std::memory_order_acq_rel))
        return *made.release();
    return *published;
}

std::optional<double> WordFacts::numberValue(const Token &token) const
{
    if (token.kind == TokenKind::Word) {
        return token.key < m_numberWords.size() ? m_numberWords[token.key] : std::nullopt;
    }
    if (token.kind == TokenKind::Number) {
        if (token.key < m_numberParsed.size() && m_numberParsed[token.key])
            return m_numberKeys[token.key];
        return parseNumber(keyText(token));
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
            return Relation::Format;
        return Relation::Number;
    }
    // By the spec's precedence: format, (number,) name, polarity, hedge, then the rest.
    const KeyPair pair = keyPair(a.key, b.key);
    if (pair.listed == Relation::Format)
        return pair.listed;
    // "the Authority's office" -> "the Authority office": the same name, another form.
    if (pair.possessive)
        return Relation::Inflection;
    if (isNameWord(leftSide, lp, lt) || isNameWord(rightSide, rp, rt))
        return pair.close ? Relation::NameSpelling : Relation::Name;
    if (pair.listed != Relation::Unrelated)
        return pair.listed;
    const bool sameForm = a.stem == b.stem || pair.sameForm;
    const bool inflection = sameForm || pair.sharedForm;
    // The word that says which office or body: "Trade Minister" -> "Commerce Minister"
    // names another minister, however close the two words are as synonyms. Both words
    // must say it: "foreign interference" -> "overseas navy exercise" names no body.
    if (!inflection && isInstitutionModifier(leftSide, lp, lt) && isInstitutionModifier(rightSide, rp, rt))
        return Relation::Name;
    // A respelling makes a word the dictionary does not know; two real words a letter
    // apart ("trade", "grade") are a replacement, and "monitor"/"monitors" an inflection.
    if (pair.close && !sameForm && pair.unknown)
        return Relation::Spelling;
    // Two words facing each other in aligned text are already likely swaps, so broader
    // terms count here ("trade"/"commerce") though they would be too loose on their own.
    if (pair.related)
        return Relation::Synonym;
    if (inflection)
        return Relation::Inflection;
    return Relation::Unrelated;
}

namespace {

/// True when `word` is `base` with a possessive ending: "emirate's", "ministers'".
bool isPossessiveOf(const QString &word, const QString &base)
{
    if (base.isEmpty() || !word.startsWith(base))
        return false;
    const QStringView ending = QStringView(word).mid(base.size());
    const auto apostrophe = [](QChar c) { return c == u'\'' || c == QChar(0x2019); };
    if (ending.size() == 2)
        return apostrophe(ending.at(0)) && ending.at(1) == u's';
    return ending.size() == 1 && apostrophe(ending.at(0)) && base.endsWith(u's');
}

} // namespace

WordFacts::KeyPair WordFacts::keyPair(quint32 a, quint32 b) const
{
    return m_keyPairs.value(quint64(a) << 32 | b, [&] {
        const KeyFacts *factsA = &keyFacts(a);
        const KeyFacts *factsB = &keyFacts(b);
        const QString &ka = factsA->text();
        const QString &kb = factsB->text();
        KeyPair pair;
        pair.listed = KeyFacts::listRelation(*factsA, *factsB, *m_lexicon);
        const int longest = std::max(ka.size(), kb.size());
        const int limit = longest <= 6 ? 1 : 2;
        pair.close = std::min(ka.size(), kb.size()) >= 4 && editDistance(ka, kb, limit) <= limit;
        pair.sameForm = factsA->dictionaryForm() == factsB->dictionaryForm();
        pair.sharedForm = pair.sameForm || factsA->sharesDictionaryForm(*factsB);
        pair.unknown = !factsA->isKnown() || !factsB->isKnown();
        pair.related = m_lexicon->link(factsA->thesaurus(), factsB->thesaurus()).related();
        pair.possessive = isPossessiveOf(ka, kb) || isPossessiveOf(kb, ka);
        return pair;
    });
}

} // namespace Recension
