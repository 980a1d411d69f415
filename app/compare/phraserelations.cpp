#include "compare/phraserelations.h"

#include "compare/keyfacts.h"
#include "text/lexicon.h"
#include "text/stringkey.h"
#include "text/wordlists.h"

#include <QVarLengthArray>

namespace Recension {

PhraseRelations::PhraseRelations(const WordFacts &facts) : m_facts(facts) { }

PhraseRelations::Candidates PhraseRelations::candidatesOf(Side side, const QVector<PassageToken> &words) const
{
    // What a phrase needs to relate as a unit, worked out once per word and per phrase
    // start, so the bounded search asks the lists and the thesaurus only where it can match.
    Candidates out;
    const int count = int(words.size());
    // Reserved: a run is short, and a long passage of short runs builds hundreds of
    // thousands of these (a million one-letter lines).
    out.nameOrNumber.reserve(count);
    out.ids.reserve(count);
    out.facts.reserve(count);
    QVarLengthArray<bool, 64> heavy;
    for (const PassageToken &pt : words) {
        const Token &token = m_facts.token(side, pt.paragraph, pt.token);
        const KeyFacts &facts = m_facts.keyFacts(token.key);
        out.facts.append(&facts);
        out.ids.append(token.key);
        heavy.append(facts.lightGroup() < 0);
        out.nameOrNumber.append(m_facts.isNameWord(side, pt.paragraph, pt.token) || m_facts.numberValue(token));
        out.spacedKeys = out.spacedKeys || facts.text().contains(QLatin1Char(' '));
    }
    out.shapes.resize(count * kLongestPhrase);
    out.phrases.resize(count * kLongestPhrase);
    out.entries.resize(count * kLongestPhrase);
    for (int i = 0; i < count; ++i) {
        int heavyWords = 0;
        PieceHasher phrase;
        for (int length = 1; length <= kLongestPhrase && i + length <= count; ++length) {
            heavyWords += heavy[i + length - 1] ? 1 : 0;
            quint8 &shape = out.shapes[i * kLongestPhrase + length - 1];
            if (length > 1)
                phrase.add(QLatin1Char(' '));
            phrase.add(out.facts[i + length - 1]->text());
            if (length > 1)
                shape = listedShape(out, i, length, phrase.value());
            if (heavyWords == 1)
                shape |= OneHeavyWord;
        }
    }
    return out;
}

quint8 PhraseRelations::listedShape(const Candidates &candidates, int begin, int length, quint64 hash) const
{
    // The phrase's hash, worked out from its words, rules out nearly every phrase before
    // any string is built: lists and thesaurus heads are few beside a book's phrases.
    const Lexicon &lexicon = m_facts.lexicon();
    const bool listed = m_facts.mayBeListedPhrase(hash);
    const bool head = length <= 3 && lexicon.mayBeThesaurusHead(hash);
    if (!listed && !head)
        return 0;
    const QString phrase = phraseText(candidates, begin, length);
    quint8 shape = 0;
    if (listed && m_facts.isListedPhrase(phrase))
        shape |= ListedPhrase;
    if (head && lexicon.isThesaurusHead(phrase))
        shape |= ThesaurusHead;
    return shape;
}

QString PhraseRelations::phraseText(const Candidates &candidates, int begin, int length)
{
    QString phrase = candidates.facts[begin]->text();
    for (int k = 1; k < length; ++k) {
        phrase += QLatin1Char(' ');
        phrase += candidates.facts[begin + k]->text();
    }
    return phrase;
}

QString PhraseRelations::phraseKey(Side side, const QVector<PassageToken> &words) const
{
    QStringList parts;
    for (const PassageToken &pt : words)
        parts << m_facts.keyText(m_facts.token(side, pt.paragraph, pt.token));
    return parts.join(QLatin1Char(' '));
}

PhraseRelations::PhraseIds PhraseRelations::idsOf(const Candidates &candidates, int begin, int length)
{
    PhraseIds ids;
    for (int k = 0; k < length; ++k)
        ids.ids[size_t(k)] = candidates.ids[begin + k];
    return ids;
}

const KeyFacts &PhraseRelations::phraseFacts(const Candidates &candidates, int begin, int length) const
{
    if (length == 1)
        return *candidates.facts[begin];
    std::shared_ptr<const KeyFacts> &facts = candidates.phrases[begin * kLongestPhrase + length - 1];
    if (!facts) {
        facts = m_phraseFacts.value(idsOf(candidates, begin, length), [&] {
            return std::make_shared<const KeyFacts>(phraseText(candidates, begin, length), m_facts);
        });
    }
    return *facts;
}

const Lexicon::Entry &PhraseRelations::thesaurusEntry(const Candidates &candidates, int begin, int length) const
{
    if (length == 1 && candidates.facts[begin]->isSingle())
        return candidates.facts[begin]->thesaurus();
    std::shared_ptr<const Lexicon::Entry> &entry = candidates.entries[begin * kLongestPhrase + length - 1];
    if (!entry) {
        entry = m_entries.value(idsOf(candidates, begin, length), [&] {
            return std::make_shared<const Lexicon::Entry>(m_facts.lexicon().entry(phraseFacts(candidates, begin, length).text()));
        });
    }
    return *entry;
}

const KeyFacts *PhraseRelations::lightCore(const Candidates &candidates, int begin, int length,
                                           std::vector<std::unique_ptr<const KeyFacts>> *owned) const
{
    const KeyFacts *const *parts = candidates.facts.constData() + begin;
    size_t count = size_t(length);
    std::vector<const KeyFacts *> split;
    if (candidates.spacedKeys) {
        // A key with a space in it: the phrase's parts are what lies between its spaces.
        for (const QString &part : phraseFacts(candidates, begin, length).text().split(QLatin1Char(' '))) {
            owned->push_back(std::make_unique<const KeyFacts>(part, m_facts));
            split.push_back(owned->back().get());
        }
        parts = split.data();
        count = split.size();
    }
    // The list's three lines are light verbs and articles, which never end such a phrase,
    // and prepositions, which never begin one: "instantly do" is no phrase.
    enum LightGroup { Verb = 0, Article = 1, Preposition = 2 };
    const int last = parts[count - 1]->lightGroup();
    if (last == Verb || last == Article || parts[0]->lightGroup() == Preposition)
        return nullptr;
    const KeyFacts *core = nullptr;
    int heavy = 0;
    for (size_t k = 0; k < count; ++k) {
        if (parts[k]->lightGroup() < 0) {
            core = parts[k];
            ++heavy;
        }
    }
    return heavy == 1 ? core : nullptr;
}

Relation PhraseRelations::relate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb, int re) const
{
    const std::array<int, 2> begin{{lb, rb}};
    const std::array<int, 2> length{{le - lb, re - rb}};
    const KeyFacts &left = phraseFacts(candidates[Left], lb, length[Left]);
    const KeyFacts &right = phraseFacts(candidates[Right], rb, length[Right]);
    const Lexicon &lexicon = m_facts.lexicon();
    const Relation listed = KeyFacts::listRelation(left, right, lexicon);
    if (listed == Relation::Format)
        return listed;
    for (int side = 0; side < 2; ++side)
        for (int k = begin[side]; k < begin[side] + length[side]; ++k)
            if (candidates[side].nameOrNumber[k])
                return Relation::Unrelated;
    if (listed == Relation::Hedge || listed == Relation::Synonym)
        return listed;
    // The thesaurus's phrases face one word ("state of affairs" for "situation"): asking
    // it only then keeps the cost of the bounded search to what can match.
    const int shorter = std::min(length[Left], length[Right]);
    const int longer = std::max(length[Left], length[Right]);
    if (shorter == 1 && longer <= 3
        && lexicon.link(thesaurusEntry(candidates[Left], lb, length[Left]),
                        thesaurusEntry(candidates[Right], rb, length[Right])).synonyms())
        return Relation::Synonym;
    // A light verb or a preposition around one word means what the word means: "do
    // damage to" for "harm", "give help" for "assist".
    std::array<std::vector<std::unique_ptr<const KeyFacts>>, 2> owned;
    std::array<const KeyFacts *, 2> core{};
    for (int side = 0; side < 2; ++side) {
        core[side] = lightCore(candidates[side], begin[side], length[side], &owned[side]);
        if (!core[side])
            return Relation::Unrelated;
    }
    const KeyFacts &x = *core[Left];
    const KeyFacts &y = *core[Right];
    if (x.text() == y.text())
        return Relation::Unrelated;
    if (lexicon.link(x.thesaurus(), y.thesaurus()).related() || x.dictionaryForm() == y.dictionaryForm())
        return Relation::Synonym;
    return Relation::Unrelated;
}

} // namespace Recension
