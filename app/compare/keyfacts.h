#pragma once

#include "compare/wordrelation.h"
#include "text/lexicon.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace Recension {

/// @brief What the word lists, the dictionary and the thesaurus say of one key (a word, or
/// words joined by spaces), looked up once: relating it to the many keys the phrase pass
/// sets it against then costs comparisons of small integers, no lookups.
class KeyFacts final
{
public:
    KeyFacts(const QString &key, const WordFacts &facts);

    const QString &text() const { return m_text; }
    bool isSingle() const { return m_single; }
    /// @brief The dictionary's first form of a single word (the word itself without one).
    const QString &dictionaryForm() const { return m_dictionaryForm; }
    /// @brief True when two single words have a dictionary form in common.
    bool sharesDictionaryForm(const KeyFacts &other) const;
    /// @brief Whether the dictionary knows a single word.
    bool isKnown() const { return m_known; }
    const Lexicon::Entry &thesaurus() const { return m_thesaurus; }
    /// @brief The key's group in the light-word list, -1 when it is no light word.
    int lightGroup() const { return m_light; }

    /// @brief How two keys relate through the word lists alone: WordFacts::listRelation().
    static Relation listRelation(const KeyFacts &a, const KeyFacts &b, const Lexicon &lexicon);

private:
    QString m_text;
    bool m_single = true;
    bool m_negation = false;
    bool m_known = false;
    int m_contraction = -1;
    int m_demonym = -1;
    int m_modal = -1;
    int m_qualifier = -1;
    int m_synonym = -1;
    int m_functionSynonym = -1;
    int m_light = -1;
    int m_stance = -1;      ///< the stance group of the key as written
    int m_formStance = -1;  ///< of the first of m_forms that has one
    QStringList m_forms;    ///< the key, then a single word's dictionary forms
    QVarLengthArray<int, 4> m_antonyms; ///< per form: its antonym group
    QString m_dictionaryForm;
    Lexicon::Entry m_thesaurus; ///< a single word's thesaurus entries
};

} // namespace Recension
