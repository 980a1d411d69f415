#include "compare/keyfacts.h"

#include "text/wordlists.h"

#include <algorithm>

namespace Recension {

namespace {

/// British and American spellings of one word ("colour"/"color", "organise"/"organize",
/// "centre"/"center", "travelled"/"traveled"): one suffix-like substitution, never in the
/// first three letters, so "four"/"for" and "filled"/"filed" stay different words.
bool isRegionalVariant(const QString &a, const QString &b)
{
    if (a.size() < 5 || b.size() < 4 || a == b)
        return false;
    // Every rule below changes the length by at most two and never the first three
    // letters: most pairs of words fail here, before any search.
    if (std::abs(a.size() - b.size()) > 2 || QStringView(a).left(3) != QStringView(b).left(3))
        return false;
    static const std::pair<QLatin1String, QLatin1String> rules[] = {
        {QLatin1String("our"), QLatin1String("or")},   {QLatin1String("ise"), QLatin1String("ize")},
        {QLatin1String("isa"), QLatin1String("iza")},  {QLatin1String("isi"), QLatin1String("izi")},
        {QLatin1String("yse"), QLatin1String("yze")},  {QLatin1String("tre"), QLatin1String("ter")},
        {QLatin1String("ogue"), QLatin1String("og")},  {QLatin1String("ence"), QLatin1String("ense")},
        {QLatin1String("lled"), QLatin1String("led")}, {QLatin1String("lling"), QLatin1String("ling")},
        {QLatin1String("ller"), QLatin1String("ler")}, {QLatin1String("ae"), QLatin1String("e")},
        {QLatin1String("oe"), QLatin1String("e")}};
    for (const auto &[british, american] : rules) {
        for (const auto &[from, to] : {std::pair{a, b}, std::pair{b, a}}) {
            for (qsizetype at = from.indexOf(british, 3); at >= 0; at = from.indexOf(british, at + 1)) {
                if (QString(from).replace(at, british.size(), american) == to)
                    return true;
            }
        }
    }
    return false;
}

/// True when two keys have the same letters and digits, ignoring the dots, hyphens,
/// apostrophes and spaces a name may be written with, and have at least one (compared
/// in place: the phrase pass asks this of every pair it tries).
bool sameLetters(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0, matched = 0;
    for (;;) {
        while (i < a.size() && !a[i].isLetterOrNumber())
            ++i;
        while (j < b.size() && !b[j].isLetterOrNumber())
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size() && matched > 0;
        if (a[i++] != b[j++])
            return false;
        ++matched;
    }
}

bool sameGroup(int a, int b)
{
    return a >= 0 && a == b;
}

} // namespace

KeyFacts::KeyFacts(const QString &key, const WordFacts &facts) : m_text(key)
{
    const Lexicon &lexicon = facts.lexicon();
    m_single = !key.contains(QLatin1Char(' '));
    m_negation = facts.isNegation(key);
    m_contraction = facts.list(WordListKind::Contractions).group(key);
    m_demonym = facts.list(WordListKind::Demonyms).group(key);
    m_modal = facts.list(WordListKind::Modals).group(key);
    m_qualifier = facts.list(WordListKind::Qualifiers).group(key);
    m_synonym = facts.list(WordListKind::Synonyms).group(key);
    m_functionSynonym = facts.list(WordListKind::FunctionSynonyms).group(key);
    m_light = facts.list(WordListKind::LightWords).group(key);
    m_forms = QStringList{key};
    if (m_single) {
        m_forms += lexicon.dictionaryForms(key);
        m_known = lexicon.hasDictionary() && lexicon.isKnownWord(key);
        m_thesaurus = lexicon.entry(key);
    }
    m_dictionaryForm = m_forms.size() > 1 ? m_forms[1] : key;
    const WordList &stance = facts.list(WordListKind::StanceVerbs);
    const WordList &antonyms = facts.list(WordListKind::Antonyms);
    m_stance = stance.group(key);
    for (const QString &form : m_forms) {
        m_formStance = m_formStance < 0 ? stance.group(form) : m_formStance;
        m_antonyms.append(antonyms.group(form));
    }
}

bool KeyFacts::sharesDictionaryForm(const KeyFacts &other) const
{
    for (qsizetype i = 1; i < m_forms.size(); ++i)
        for (qsizetype j = 1; j < other.m_forms.size(); ++j)
            if (m_forms[i] == other.m_forms[j])
                return true;
    return false;
}

Relation KeyFacts::listRelation(const KeyFacts &a, const KeyFacts &b, const Lexicon &lexicon)
{
    // The same answers, in the same order, as WordFacts::listRelation() over the strings.
    if (a.m_text == b.m_text)
        return Relation::Equal;
    if (sameGroup(a.m_contraction, b.m_contraction) || sameGroup(a.m_demonym, b.m_demonym)
        || isRegionalVariant(a.m_text, b.m_text)
        || (std::abs(a.m_text.size() - b.m_text.size()) <= 3 && sameLetters(a.m_text, b.m_text)))
        return Relation::Format;
    if (a.m_negation != b.m_negation)
        return Relation::Polarity;
    // A phrase on either side: the keys as written only, no dictionary forms.
    const bool single = a.m_single && b.m_single;
    const qsizetype formsA = single ? a.m_forms.size() : 1;
    const qsizetype formsB = single ? b.m_forms.size() : 1;
    for (qsizetype i = 0; i < formsA; ++i)
        for (qsizetype j = 0; j < formsB; ++j)
            if (a.m_forms[i] == b.m_forms[j])
                return Relation::Unrelated;
    for (qsizetype i = 0; i < formsA; ++i)
        for (qsizetype j = 0; j < formsB; ++j)
            if (sameGroup(a.m_antonyms[i], b.m_antonyms[j]))
                return Relation::Polarity;
    // A claim's strength: modals and qualifiers as written, attribution verbs by their
    // dictionary form ("claimed" is "claim").
    if (a.m_modal >= 0 && b.m_modal >= 0)
        return a.m_modal == b.m_modal ? Relation::Synonym : Relation::Hedge;
    if (a.m_qualifier >= 0 && b.m_qualifier >= 0)
        return a.m_qualifier == b.m_qualifier ? Relation::Synonym : Relation::Hedge;
    const int stanceA = single ? a.m_formStance : a.m_stance;
    const int stanceB = single ? b.m_formStance : b.m_stance;
    if (stanceA >= 0 && stanceB >= 0)
        return stanceA == stanceB ? Relation::Synonym : Relation::Hedge;
    // After the lists: the thesaurus calls "all" the antonym of "some", a hedge.
    if (single && lexicon.link(a.m_thesaurus, b.m_thesaurus).antonyms())
        return Relation::Polarity;
    if (single && sameGroup(a.m_synonym, b.m_synonym))
        return Relation::Synonym;
    if (sameGroup(a.m_functionSynonym, b.m_functionSynonym))
        return Relation::Synonym;
    return Relation::Unrelated;
}

} // namespace Recension
