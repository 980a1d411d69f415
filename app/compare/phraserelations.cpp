#include "compare/phraserelations.h"

#include "compare/phrasealigner.h"
#include "text/lexicon.h"
#include "text/wordlists.h"

namespace Recension {

PhraseRelations::PhraseRelations(const WordFacts &facts) : m_facts(facts) { }

PhraseRelations::Candidates PhraseRelations::candidatesOf(Side side, const QVector<PassageToken> &words) const
{
    // What a phrase needs to relate as a unit, worked out once per word and per phrase
    // start, so the bounded search asks the lists and the thesaurus only where it can match.
    Candidates out;
    const WordList &light = m_facts.list(WordListKind::LightWords);
    QStringList keys;
    for (const PassageToken &pt : words) {
        const Token &token = m_facts.token(side, pt.paragraph, pt.token);
        keys << m_facts.keyText(token);
        out.light.append(light.contains(keys.last()));
    }
    const Lexicon &lexicon = m_facts.lexicon();
    out.listed.resize(words.size() * kLongestPhrase);
    out.head.resize(words.size() * kLongestPhrase);
    for (int i = 0; i < words.size(); ++i) {
        QString phrase = keys[i];
        for (int k = 2; k <= kLongestPhrase && i + k <= words.size(); ++k) {
            phrase += QLatin1Char(' ') + keys[i + k - 1];
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

Relation PhraseRelations::relate(const std::array<QVector<PassageToken>, 2> &words) const
{
    const std::array<QString, 2> key{{phraseKey(Left, words[Left]), phraseKey(Right, words[Right])}};
    const Relation listed = m_facts.listRelation(key[Left], key[Right]);
    if (listed == Relation::Format)
        return listed;
    for (int side = 0; side < 2; ++side)
        for (const PassageToken &pt : words[side])
            if (m_facts.isNameWord(Side(side), pt.paragraph, pt.token)
                || m_facts.numberValue(m_facts.token(Side(side), pt.paragraph, pt.token)))
                return Relation::Unrelated;
    if (listed == Relation::Hedge || listed == Relation::Synonym)
        return listed;
    // The thesaurus's phrases face one word ("state of affairs" for "situation"): asking
    // it only then keeps the cost of the bounded search to what can match.
    const Lexicon &lexicon = m_facts.lexicon();
    const int shorter = std::min(words[Left].size(), words[Right].size());
    const int longer = std::max(words[Left].size(), words[Right].size());
    if (shorter == 1 && longer <= 3 && lexicon.areSynonyms(key[Left], key[Right]))
        return Relation::Synonym;
    // A light verb or a preposition around one word means what the word means: "do
    // damage to" for "harm", "give help" for "assist". The list's three lines are light
    // verbs and articles, which never end such a phrase, and prepositions, which never
    // begin one: "instantly do" is no phrase.
    const WordList &light = m_facts.list(WordListKind::LightWords);
    enum LightGroup { Verb = 0, Article = 1, Preposition = 2 };
    std::array<QStringList, 2> core;
    for (int side = 0; side < 2; ++side) {
        const QStringList parts = key[side].split(QLatin1Char(' '));
        const int last = light.group(parts.last());
        if (last == Verb || last == Article || light.group(parts.first()) == Preposition)
            return Relation::Unrelated;
        for (const QString &part : parts)
            if (!light.contains(part))
                core[side] << part;
    }
    if (core[Left].size() != 1 || core[Right].size() != 1 || core[Left] == core[Right])
        return Relation::Unrelated;
    const QString &x = core[Left].first();
    const QString &y = core[Right].first();
    if (lexicon.areRelated(x, y) || lexicon.dictionaryForm(x) == lexicon.dictionaryForm(y))
        return Relation::Synonym;
    return Relation::Unrelated;
}

} // namespace Recension
