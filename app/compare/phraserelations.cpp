#include "compare/phraserelations.h"

#include "compare/keyfacts.h"
#include "text/lexicon.h"
#include "text/wordlists.h"

namespace Recension {

PhraseRelations::PhraseRelations(const WordFacts &facts) : m_facts(facts) { }

PhraseRelations::Candidates PhraseRelations::candidatesOf(Side side, const QVector<PassageToken> &words) const
{
    // What a phrase needs to relate as a unit, worked out once per word and per phrase
    // start, so the bounded search asks the lists and the thesaurus only where it can match.
    Candidates out;
    // Reserved: a run is short, and a long passage of short runs builds hundreds of
    // thousands of these (a million one-letter lines).
    out.light.reserve(words.size());
    out.nameOrNumber.reserve(words.size());
    out.keys.reserve(words.size());
    out.ids.reserve(words.size());
    out.facts.reserve(words.size());
    for (const PassageToken &pt : words) {
        const Token &token = m_facts.token(side, pt.paragraph, pt.token);
        out.facts.append(m_facts.keyFacts(token.key));
        out.keys << out.facts.last()->text();
        out.ids.append(token.key);
        out.light.append(out.facts.last()->lightGroup() >= 0);
        out.nameOrNumber.append(m_facts.isNameWord(side, pt.paragraph, pt.token) || m_facts.numberValue(token));
        out.spacedKeys = out.spacedKeys || out.keys.last().contains(QLatin1Char(' '));
    }
    const Lexicon &lexicon = m_facts.lexicon();
    out.listed.resize(words.size() * kLongestPhrase);
    out.head.resize(words.size() * kLongestPhrase);
    out.phrases.resize(words.size() * kLongestPhrase);
    out.entries.resize(words.size() * kLongestPhrase);
    for (int i = 0; i < words.size(); ++i) {
        QString phrase = out.keys[i];
        for (int k = 2; k <= kLongestPhrase && i + k <= words.size(); ++k) {
            phrase += QLatin1Char(' ');
            phrase += out.keys[i + k - 1];
            const int at = i * kLongestPhrase + k - 1;
            out.listed[at] = m_facts.isListedPhrase(phrase);
            out.head[at] = k <= 3 && lexicon.isThesaurusHead(phrase);
        }
    }
    return out;
}

bool PhraseRelations::mayRelate(const std::array<Candidates, 2> &candidates, int lb, int le, int rb,
                           int re) const
{
    const std::array<int, 2> begin{{lb, rb}};
    const std::array<int, 2> length{{le - lb, re - rb}};
    bool lists = true, thesaurus = false;
    std::array<int, 2> heavy{{0, 0}};
    for (int side = 0; side < 2; ++side) {
        const Candidates &c = candidates[side];
        if (length[side] > 1) {
            const int at = begin[side] * kLongestPhrase + length[side] - 1;
            lists = lists && c.listed[at];
            thesaurus = thesaurus || (length[otherSide(Side(side))] == 1 && c.head[at]);
        }
        for (int k = begin[side]; k < begin[side] + length[side]; ++k)
            heavy[side] += c.light[k] ? 0 : 1;
    }
    const bool lightCore = heavy[Left] == 1 && heavy[Right] == 1;
    return lists || thesaurus || lightCore;
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
            return std::make_shared<const KeyFacts>(candidates.keys.mid(begin, length).join(QLatin1Char(' ')), m_facts);
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

QVector<std::shared_ptr<const KeyFacts>> PhraseRelations::partsOf(const Candidates &candidates, int begin,
                                                                  int length) const
{
    if (!candidates.spacedKeys)
        return candidates.facts.mid(begin, length);
    // A key with a space in it: the phrase's parts are what lies between its spaces.
    QVector<std::shared_ptr<const KeyFacts>> parts;
    for (const QString &part : phraseFacts(candidates, begin, length).text().split(QLatin1Char(' ')))
        parts.append(std::make_shared<const KeyFacts>(part, m_facts));
    return parts;
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
    // damage to" for "harm", "give help" for "assist". The list's three lines are light
    // verbs and articles, which never end such a phrase, and prepositions, which never
    // begin one: "instantly do" is no phrase.
    enum LightGroup { Verb = 0, Article = 1, Preposition = 2 };
    std::array<std::shared_ptr<const KeyFacts>, 2> core;
    for (int side = 0; side < 2; ++side) {
        const QVector<std::shared_ptr<const KeyFacts>> parts = partsOf(candidates[side], begin[side], length[side]);
        const int last = parts.last()->lightGroup();
        if (last == Verb || last == Article || parts.first()->lightGroup() == Preposition)
            return Relation::Unrelated;
        int heavy = 0;
        for (const std::shared_ptr<const KeyFacts> &part : parts) {
            if (part->lightGroup() < 0) {
                core[side] = part;
                ++heavy;
            }
        }
        if (heavy != 1)
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
