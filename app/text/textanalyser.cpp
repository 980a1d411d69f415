#include "text/textanalyser.h"

#include "text/keys.h"
#include "text/lexicon.h"
#include "text/quotations.h"
#include "text/sentences.h"
#include "text/stringkey.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QStringView>

namespace Recension {

namespace {

/// A token's displayed text as a hash key, hashed with fastStringHash() (see why there)
/// once: growing the table then rehashes without reading the texts again, and a probe
/// compares texts only when their hashes agree (a table of figures has a distinct text
/// on every row).
struct TokenText
{
    explicit TokenText(QStringView view) : text(view), hash(fastStringHash(view)) { }
    QStringView text;
    size_t hash = 0;
    bool operator==(const TokenText &other) const { return hash == other.hash && text == other.text; }
};

size_t qHash(const TokenText &key, size_t seed = 0) noexcept
{
    return key.hash ^ seed;
}

/// Keys a document's tokens. Remembers the ids of every distinct token text it has seen,
/// so the shared KeyTable (behind a lock) and the Lexicon are asked once per distinct
/// text, not once per token. The views point into the document's paragraphs, which
/// outlive the keyer.
class TokenKeyer final
{
public:
    TokenKeyer(KeyTable &keys, const Lexicon &lexicon)
        : m_keys(keys), m_lexicon(lexicon), m_space(keys.intern(u" "))
    {
    }

    void key(QStringView text, Token &token)
    {
        if (token.kind == TokenKind::Space && text.size() == 1 && text.at(0) == u' ') {
            token.key = token.stem = m_space;
            return;
        }
        // One probe: a text not seen yet gets a slot with key 0, which no key is.
        Ids &ids = m_seen[TokenText(text)];
        if (ids.key == 0) {
            const QString key = comparisonKey(text);
            ids.key = m_keys.intern(key);
            ids.stem = token.kind == TokenKind::Word ? m_keys.intern(m_lexicon.stem(key)) : ids.key;
        }
        token.key = ids.key;
        token.stem = ids.stem;
    }

private:
    struct Ids
    {
        quint32 key = 0;
        quint32 stem = 0;
    };
    KeyTable &m_keys;
    const Lexicon &m_lexicon;
    const quint32 m_space;
    QHash<TokenText, Ids> m_seen;
};

AnalysedParagraph analyseText(const QString &text, const QString &language, TokenKeyer &keyer)
{
    AnalysedParagraph paragraph;
    paragraph.tokens = tokenize(text, language, &paragraph.wordCount);
    for (Token &token : paragraph.tokens)
        keyer.key(QStringView(text).mid(token.start, token.length), token);
    paragraph.sentenceStarts = sentenceStarts(text, paragraph.tokens, language);
    return paragraph;
}

} // namespace

TextAnalyser::TextAnalyser(KeyTable &keys) : m_keys(keys) { }

AnalysedDocument TextAnalyser::analyse(const DocumentPtr &document, const QString &language) const
{
    AnalysedDocument analysed;
    analysed.document = document;
    if (!document)
        return analysed;
    analysed.language = language.isEmpty() ? document->language : language;
    if (analysed.language.isEmpty())
        analysed.language = QStringLiteral("en");

    const std::shared_ptr<Lexicon> lexicon = Lexicon::forLanguage(analysed.language);
    TokenKeyer keyer(m_keys, *lexicon);
    analysed.paragraphs.reserve(document->paragraphs.size());
    for (const Paragraph &paragraph : document->paragraphs)
        analysed.paragraphs.append(analyseText(paragraph.text, analysed.language, keyer));
    analysed.quotes = findQuotations(*document);
    return analysed;
}

AnalysedParagraph TextAnalyser::analyseParagraph(const QString &text, const QString &language) const
{
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    const std::shared_ptr<Lexicon> lexicon = Lexicon::forLanguage(lang);
    TokenKeyer keyer(m_keys, *lexicon);
    return analyseText(text, lang, keyer);
}

} // namespace Recension
