#pragma once

#include "text/stringkey.h"
#include "text/wordlists.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Recension {

class LexiconData;

/// @brief Hunspell + MyThes + Snowball for one language; loaded lazily once, thread-safe, cached.
/// Every function may be called from any thread at once. Words passed in are expected in
/// lower case (comparison keys will do). A language without dictionaries still works:
/// dictionary forms are the words themselves, nothing is a synonym, and stems come from
/// Snowball when it knows the language, else they are the words.
class Lexicon final
{
    struct Passkey
    {
        explicit Passkey() = default;
    };

public:
    /// @brief The shared lexicon of a BCP 47 language tag ("en", "en-US", "de"); never null.
    static std::shared_ptr<Lexicon> forLanguage(const QString &language);

    Lexicon(Passkey, std::unique_ptr<LexiconData> data);
    ~Lexicon();
    Lexicon(const Lexicon &) = delete;
    Lexicon &operator=(const Lexicon &) = delete;

    /// @brief Loads the dictionaries now, Hunspell and MyThes in parallel (call from a worker).
    void preload() const;
    /// @brief Whether a Hunspell dictionary was found for the language.
    bool hasDictionary() const;
    /// @brief Whether a MyThes thesaurus was found for the language.
    bool hasThesaurus() const;
    /// @brief Whether Snowball has a stemmer for the language.
    bool hasStemmer() const;
    /// @brief The dictionary's name ("en_US"), empty without one.
    QString dictionaryName() const;
    /// @brief The language's word list of one kind (resources/lang/<language>/), the same
    /// list wordList() gives; empty for a lexicon of no language ("zxx").
    const WordList &wordList(WordListKind kind) const;

    /// @brief The first of dictionaryForms(), or the word itself when it has none; cached.
    QString dictionaryForm(const QString &word) const;
    /// @brief The dictionary forms of a word, lower-cased, best first (may be empty): an
    /// irregular form's lemma ("said" -> "say"), then Hunspell's stems that keep the word's
    /// beginning (suffixes only: "increase" is not a form of "crease"), the word itself
    /// last when Hunspell lists it; cached.
    QStringList dictionaryForms(const QString &word) const;
    /// @brief Hunspell's spell check of a word; cached.
    bool isKnownWord(const QString &word) const;
    /// @brief True when a MyThes entry of a dictionary form of one word lists a dictionary
    /// form of the other as a synonym (not an antonym, not a broader term), either way
    /// round; never synonyms of synonyms, never two forms of one word; cached.
    bool areSynonyms(const QString &a, const QString &b) const;
    /// @brief Like areSynonyms() but broader terms count too ("ship"/"vessel",
    /// "inspect"/"examine"): twice the recall on spinner swaps, three times the false
    /// links among unrelated words ("game"/"activity"); never antonyms; cached.
    bool areRelated(const QString &a, const QString &b) const;
    /// @brief True when the thesaurus has an entry for a word or phrase as written
    /// ("state of affairs"); cached.
    bool isThesaurusHead(const QString &phrase) const;
    /// @brief False when no head of several words has this PieceHasher hash, so a phrase
    /// hashed from its words is ruled out without building it; true means "ask
    /// isThesaurusHead()".
    bool mayBeThesaurusHead(quint64 phraseHash) const;
    /// @brief True when MyThes lists one word (or a dictionary form) as an antonym of the
    /// other in any sense ("increase"/"decrease"); cached.
    bool areAntonyms(const QString &a, const QString &b) const;
    /// @brief The words MyThes lists as synonyms of a word or its dictionary forms, sorted.
    QStringList synonyms(const QString &word) const;
    /// @brief Snowball stem of a word (the word itself without a stemmer); cached.
    QString stem(const QString &word) const;

    /// A word's forms and their thesaurus entries, looked up once so that relating the
    /// word to many others (link()) costs no lookup of its own.
    struct Entry
    {
        QString word;
        QStringList forms;                        ///< the word, then its dictionary forms
        QVector<QHash<StringKey, quint8>> terms; ///< per form: its thesaurus terms
    };
    /// How the thesaurus links two words: what areSynonyms(), areRelated() and
    /// areAntonyms() answer of them.
    class Link
    {
    public:
        explicit Link(quint8 bits) : m_bits(bits) { }
        bool synonyms() const;
        bool related() const;
        bool antonyms() const;

    private:
        quint8 m_bits;
    };
    /// @brief The thesaurus entries of a word, for link().
    Entry entry(const QString &word) const;
    /// @brief How the thesaurus links two words, as areSynonyms() and the others would say.
    Link link(const Entry &a, const Entry &b) const;

private:
    std::unique_ptr<LexiconData> m_data;
};

} // namespace Recension
