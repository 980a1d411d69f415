#include "text/sentences.h"

#include "text/breakiteratorcache.h"

#include <QSet>

#include <unicode/utext.h>

namespace Recension {

namespace {

// Abbreviations that ICU 72's suppressions miss or only sometimes honour. Written
// without the final period; matched case-sensitively against the word before a ".".
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Gov",
              "Sen", "Rep", "Reps", "Sens", "Jr", "Sr", "No", "Nos", "vs", "etc", "Capt", "Maj",
              "Cmdr", "Adm", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr",
              "Msgr", "Mt", "Ft", "Ave", "Blvd", "Rd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep",
              "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ",
              "approx", "cf", "al", "ca", "Vol", "vol", "pp", "p", "Fig", "fig", "Ph", "Esq"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Words that, capitalised after an abbreviation, almost always open a new sentence
// ("... in the U.S. The talks ..."); any other next word keeps the sentence going.
const QSet<QString> &sentenceOpeners()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
              "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On",
              "At", "For", "From", "With", "His", "Her", "Its", "Their", "Our", "My", "Your",
              "When", "While", "After", "Before", "If", "As", "However", "Meanwhile", "Then",
              "Now", "Some", "Many", "Most", "All", "No", "Not", "What", "Who", "Why", "How",
              "Where", "Since", "Although", "Though", "According", "Also", "Still", "Last",
              "Earlier", "Later"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

/// "J." of "J. R. R. Tolkien", or "z." of German "z. B.".
bool isInitial(QStringView word)
{
    return word.size() == 1 && word.at(0).isLetter();
}

/// True when the word before the boundary's period is an abbreviation or an initial.
/// "U.S" and "e.g" (periods inside: ICU keeps them one word) count as abbreviations.
bool endsWithAbbreviation(QStringView text, const QVector<Token> &tokens, int boundary)
{
    int t = boundary - 1;
    while (t >= 0 && tokens[t].kind == TokenKind::Space)
        --t;
    if (t < 1 || tokens[t].length != 1 || text.at(tokens[t].start) != u'.')
        return false;
    const Token &word = tokens[t - 1];
    if (word.kind != TokenKind::Word || word.end() != tokens[t].start)
        return false;
    // The abbreviation must stand alone: "…the end.J. Smith" is not worth the doubt.
    if (t >= 2 && tokens[t - 2].kind != TokenKind::Space && tokens[t - 2].kind != TokenKind::Punctuation)
        return false;
    const QStringView w = text.mid(word.start, word.length);
    return isInitial(w) || w.contains(u'.') || abbreviations().contains(w.toString());
}

/// True when the sentence after the boundary clearly starts anew.
bool opensSentence(QStringView text, const QVector<Token> &tokens, int boundary)
{
    for (int t = boundary; t < tokens.size(); ++t) {
        const Token &token = tokens[t];
        if (token.kind == TokenKind::Number)
            return false; // "Jan. 5", "No. 10"
        if (token.kind != TokenKind::Word)
            continue;
        const QStringView word = text.mid(token.start, token.length);
        return token.capitalised && sentenceOpeners().contains(word.toString());
    }
    return true;
}

/// Index of the token that starts at or contains `offset`, moved to the next token
/// start when `offset` falls inside a token (a boundary never splits one).
int tokenAt(const QVector<Token> &tokens, int offset, int from)
{
    int t = from;
    while (t < tokens.size() && tokens[t].start < offset)
        ++t;
    return t;
}

} // namespace

QVector<int> sentenceStarts(QStringView text, const QVector<Token> &tokens,
                            const QString &language)
{
    QVector<int> starts{0};
    if (tokens.isEmpty())
        return starts;
    UBreakIterator *iterator = BreakIteratorCache::forThread(BreakKind::Sentence, language);
    if (!iterator)
        return starts;
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    ubrk_setUText(iterator, &utext, &status);
    if (U_FAILURE(status)) {
        utext_close(&utext);
        return starts;
    }

    int t = 0;
    ubrk_first(iterator);
    for (int offset = ubrk_next(iterator); offset != UBRK_DONE; offset = ubrk_next(iterator)) {
        if (offset >= text.size())
            break;
        t = tokenAt(tokens, offset, t);
        if (t >= tokens.size())
            break;
        if (t <= starts.last())
            continue;
        if (endsWithAbbreviation(text, tokens, t) && !opensSentence(text, tokens, t))
            continue;
        starts.append(t);
    }
    utext_close(&utext);
    return starts;
}

} // namespace Recension
