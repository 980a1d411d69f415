#include "text/lexicon.h"

#include "text/dictionaryfinder.h"
#include "text/inflections.h"
#include "text/stringkey.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QVector>

#include <cstdio> // mythes.hxx uses FILE without including it
#include <hunspell.hxx>
#include <libstemmer.h>
#include <mythes.hxx>

#include <algorithm>
#include <mutex>
#include <thread>

namespace Recension {

namespace {

/// A string-keyed cache that many threads read and now and then write.
template <typename V>
class Cache final
{
public:
    bool find(const QString &key, V *value) const
    {
        const StringKey wanted{key};
        const QReadLocker lock(&m_lock);
        const auto it = m_map.constFind(wanted);
        if (it == m_map.cend())
            return false;
        *value = it.value();
        return true;
    }
    void insert(const QString &key, const V &value)
    {
        const QWriteLocker lock(&m_lock);
        m_map.insert(StringKey{key}, value);
    }

private:
    mutable QReadWriteLock m_lock;
    QHash<StringKey, V> m_map;
};

/// How a MyThes entry relates a term to its head word.
enum Relation : quint8 {
    Synonym = 1, ///< no tag: a true synonym of one sense
    Similar = 2, ///< "(similar term)"
    Related = 4, ///< "(related term)"
    Broader = 8, ///< "(generic term)": a hypernym ("house" for "publisher")
    Antonym = 16 ///< "(antonym)"
};
/// Which relations make a synonym. Antonyms never do ("increase"/"decrease"). Broader
/// terms are half of MyThes' links and mostly noise. Measured: among 700 words of real
/// news (244,650 pairs) synonyms and similar terms link 479 pairs, with broader terms
/// 1,605, nearly all of the extra nonsense ("game"/"activity", "publisher"/"house");
/// yet of the 71 swaps in resources/samples/harbour-spun.txt they link 57 without and
/// 70 with (ships/vessels, inspect/examine). Keeping only broader terms that few senses
/// use still added mostly noise. areRelated() offers the wider net.
constexpr quint8 SynonymRelations = Synonym | Similar;

using Relations = QHash<StringKey, quint8>; ///< term -> Relation bits

/// Converts between QString and a dictionary's 8-bit encoding.
class Codec final
{
public:
    void setEncoding(const QByteArray &name)
    {
        const QByteArray upper = name.trimmed().toUpper();
        m_utf8 = upper.isEmpty() || upper == "UTF-8" || upper == "UTF8";
        m_name = name.trimmed();
    }
    QByteArray encode(const QString &text) const
    {
        if (m_utf8)
            return text.toUtf8();
        QStringEncoder encoder(m_name.constData());
        return encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toLatin1();
    }
    QString decode(const char *data, qsizetype size) const
    {
        if (m_utf8)
            return QString::fromUtf8(data, size);
        QStringDecoder decoder(m_name.constData());
        return decoder.isValid() ? QString(decoder.decode(QByteArrayView(data, size)))
                                 : QString::fromLatin1(data, size);
    }

private:
    QByteArray m_name;
    bool m_utf8 = true;
};

/// Hunspell also strips prefixes: en_US derives "increase" and "decrease" from "crease"
/// and "unrest" from "rest". A prefix changes the meaning, so only stems that keep the
/// word's beginning (suffix forms: "published" -> "publish") are dictionary forms.
bool keepsMeaning(const QString &word, const QString &stem)
{
    const qsizetype shared = std::min<qsizetype>(3, std::min(word.size(), stem.size()));
    return QStringView(word).left(shared) == QStringView(stem).left(shared);
}

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerHandle = std::unique_ptr<sb_stemmer, StemmerDeleter>;

/// The word and the dictionary forms to look up in the thesaurus, the word first. The
/// verbs with dozens of senses are left out: through "held" -> "hold" or "given" ->
/// "give" nearly any two verbs would be synonyms.
QStringList formsOf(const Lexicon &lexicon, const QString &word)
{
    static const QSet<StringKey> vague = {
        {QStringLiteral("be")},   {QStringLiteral("have")}, {QStringLiteral("do")},
        {QStringLiteral("get")},  {QStringLiteral("make")}, {QStringLiteral("give")},
        {QStringLiteral("take")}, {QStringLiteral("go")},
        {QStringLiteral("hold")}, {QStringLiteral("break")}, {QStringLiteral("keep")}};
    QStringList forms{word};
    for (const QString &form : lexicon.dictionaryForms(word))
        if (!forms.contains(form) && !vague.contains(StringKey{form}))
            forms.append(form);
    return forms;
}

} // namespace

/// The loaded dictionaries of one Lexicon and its caches. Hunspell, MyThes and Snowball
/// are not thread-safe: each is used under its own mutex (Snowball: one per user).
class LexiconData final
{
public:
    explicit LexiconData(DictionaryFiles files) : m_files(std::move(files)) { }

    Hunspell *dictionary()
    {
        std::call_once(m_dictionaryOnce, [this] {
            if (m_files.wordFile.isEmpty())
                return;
            m_hunspell = std::make_unique<Hunspell>(m_files.affixFile.toLocal8Bit().constData(),
                                                    m_files.wordFile.toLocal8Bit().constData());
            m_dictionaryCodec.setEncoding(QByteArray::fromStdString(m_hunspell->get_dict_encoding()));
        });
        return m_hunspell.get();
    }

    MyThes *thesaurus()
    {
        std::call_once(m_thesaurusOnce, [this] {
            if (m_files.thesaurusData.isEmpty())
                return;
            m_mythes = std::make_unique<MyThes>(m_files.thesaurusIndex.toLocal8Bit().constData(),
                                                m_files.thesaurusData.toLocal8Bit().constData());
            const char *encoding = m_mythes->get_th_encoding();
            m_thesaurusCodec.setEncoding(encoding ? QByteArray(encoding) : QByteArray());
        });
        return m_mythes.get();
    }

    QStringList hunspellStems(const QString &word)
    {
        Hunspell *hunspell = dictionary();
        if (!hunspell)
            return {};
        std::vector<std::string> stems;
        {
            const QMutexLocker lock(&m_hunspellMutex);
            stems = hunspell->stem(m_dictionaryCodec.encode(word).toStdString());
        }
        QStringList forms;
        for (const std::string &stem : stems) {
            const QString form = m_dictionaryCodec.decode(stem.data(), qsizetype(stem.size())).toLower();
            if (!form.isEmpty() && !forms.contains(form) && keepsMeaning(word, form))
                forms.append(form);
        }
        return forms;
    }

    bool hunspellKnows(const QString &word)
    {
        Hunspell *hunspell = dictionary();
        if (!hunspell)
            return false;
        const std::string encoded = m_dictionaryCodec.encode(word).toStdString();
        const QMutexLocker lock(&m_hunspellMutex);
        return hunspell->spell(encoded);
    }

    Relations thesaurusRelations(const QString &word)
    {
        MyThes *mythes = thesaurus();
        Relations relations;
        if (!mythes)
            return relations;
        const QByteArray encoded = m_thesaurusCodec.encode(word);
        const QMutexLocker lock(&m_thesaurusMutex);
        mentry *meanings = nullptr;
        const int count = mythes->Lookup(encoded.constData(), int(encoded.size()), &meanings);
        for (int m = 0; m < count; ++m) {
            for (int s = 0; s < meanings[m].count; ++s) {
                const char *term = meanings[m].psyns[s];
                if (!term)
                    continue;
                QString text = m_thesaurusCodec.decode(term, qsizetype(qstrlen(term))).toLower();
                quint8 relation = Synonym;
                static const std::pair<const char16_t *, Relation> tags[] = {
                    {u" (similar term)", Similar}, {u" (related term)", Related},
                    {u" (generic term)", Broader}, {u" (antonym)", Antonym}};
                for (const auto &[tag, kind] : tags) {
                    const QStringView suffix(tag);
                    if (text.endsWith(suffix)) {
                        text.chop(suffix.size());
                        relation = kind;
                        break;
                    }
                }
                text = text.trimmed();
                if (!text.isEmpty() && text != word)
                    relations[StringKey{text}] |= relation;
            }
        }
        mythes->CleanUpAfterLookup(&meanings, count);
        return relations;
    }

    /// MyThes' terms for a head word, cached.
    Relations relationsOf(const QString &head)
    {
        Relations relations;
        if (!m_relations.find(head, &relations)) {
            relations = thesaurusRelations(head);
            m_relations.insert(head, relations);
        }
        return relations;
    }

    QString snowballStem(const QString &word)
    {
        if (m_files.stemmer.isEmpty())
            return word;
        StemmerHandle stemmer;
        {
            const QMutexLocker lock(&m_stemmerMutex);
            if (!m_idleStemmers.empty()) {
                stemmer = std::move(m_idleStemmers.back());
                m_idleStemmers.pop_back();
            }
        }
        if (!stemmer)
            stemmer.reset(sb_stemmer_new(m_files.stemmer.constData(), "UTF_8"));
        if (!stemmer)
            return word;
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *stemmed = sb_stemmer_stem(
            stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        const QString result = stemmed
            ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer.get()))
            : word;
        const QMutexLocker lock(&m_stemmerMutex);
        m_idleStemmers.push_back(std::move(stemmer));
        return result;
    }

    /// The thesaurus's heads of several words ("state of affairs"), read once from its
    /// index (head|offset a line after the encoding): MyThes has no call that lists them,
    /// and asking it phrase by phrase costs a lookup for every phrase of a passage.
    const QSet<StringKey> &phraseHeads()
    {
        std::call_once(m_phraseHeadsOnce, [this] {
            QFile index(m_files.thesaurusIndex);
            if (m_files.thesaurusIndex.isEmpty() || !index.open(QIODevice::ReadOnly))
                return;
            // Read whole and scanned in place: line by line, QIODevice took most of the time.
            const QByteArray data = index.readAll();
            const QByteArrayView all(data);
            qsizetype end = all.indexOf('\n');
            Codec codec;
            codec.setEncoding(all.first(end < 0 ? all.size() : end).trimmed().toByteArray());
            for (qsizetype begin = end + 1; end >= 0 && begin < all.size(); begin = end + 1) {
                end = all.indexOf('\n', begin);
                const QByteArrayView line = all.sliced(begin, (end < 0 ? all.size() : end) - begin);
                const qsizetype bar = line.indexOf('|');
                if (bar > 0 && line.first(bar).contains(' ')) {
                    StringKey head{codec.decode(line.data(), bar).toLower()};
                    m_phraseHeadHashes.push_back(PieceHasher::of(head.text));
                    m_phraseHeads.insert(std::move(head));
                }
                if (end < 0)
                    break;
            }
            std::sort(m_phraseHeadHashes.begin(), m_phraseHeadHashes.end());
        });
        return m_phraseHeads;
    }

    /// The PieceHasher hashes of phraseHeads(), sorted.
    const std::vector<quint64> &phraseHeadHashes()
    {
        phraseHeads();
        return m_phraseHeadHashes;
    }

    /// The Relation bits that link two words through their forms; cached.
    quint8 pairRelation(const Lexicon &lexicon, const QString &a, const QString &b);
    /// The same bits from the two words' entries.
    quint8 linkBits(const Lexicon::Entry &a, const Lexicon::Entry &b);

    const DictionaryFiles &files() const { return m_files; }

    // Caches of the Lexicon's answers, filled by the Lexicon itself.
    Cache<QStringList> m_forms;
    Cache<bool> m_known;
    Cache<QString> m_stems;

private:
    Cache<quint8> m_pairs;
    Cache<Relations> m_relations;
    DictionaryFiles m_files;
    std::once_flag m_dictionaryOnce;
    std::once_flag m_thesaurusOnce;
    std::once_flag m_phraseHeadsOnce;
    QSet<StringKey> m_phraseHeads;
    std::vector<quint64> m_phraseHeadHashes;
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<MyThes> m_mythes;
    Codec m_dictionaryCodec;
    Codec m_thesaurusCodec;
    QMutex m_hunspellMutex;
    QMutex m_thesaurusMutex;
    QMutex m_stemmerMutex;
    std::vector<StemmerHandle> m_idleStemmers; ///< one per thread that stemmed at once
};

std::shared_ptr<Lexicon> Lexicon::forLanguage(const QString &language)
{
    static QMutex mutex;
    // Never destroyed: the lexicons live as long as the process, and freeing a book's
    // worth of caches and two dictionaries at exit only delays the exit.
    static auto &byLanguage = *new QHash<QString, std::shared_ptr<Lexicon>>;
    static auto &byFiles = *new QHash<QString, std::shared_ptr<Lexicon>>;

    const QMutexLocker lock(&mutex);
    if (const auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return it.value();
    DictionaryFiles files = DictionaryFinder::find(language);
    const QString identity = files.identity();
    std::shared_ptr<Lexicon> lexicon = byFiles.value(identity);
    if (!lexicon) {
        lexicon = std::make_shared<Lexicon>(Passkey(), std::make_unique<LexiconData>(std::move(files)));
        byFiles.insert(identity, lexicon);
    }
    byLanguage.insert(language, lexicon);
    return lexicon;
}

Lexicon::Lexicon(Passkey, std::unique_ptr<LexiconData> data) : m_data(std::move(data)) { }

Lexicon::~Lexicon() = default;

const WordList &Lexicon::wordList(WordListKind kind) const
{
    return Recension::wordList(kind, m_data->files().language);
}

void Lexicon::preload() const
{
    std::thread thesaurus([this] {
        m_data->thesaurus();
        m_data->phraseHeads();
    });
    m_data->dictionary();
    thesaurus.join();
}

bool Lexicon::hasDictionary() const
{
    return !m_data->files().wordFile.isEmpty();
}

bool Lexicon::hasThesaurus() const
{
    return !m_data->files().thesaurusData.isEmpty();
}

bool Lexicon::hasStemmer() const
{
    return !m_data->files().stemmer.isEmpty();
}

QString Lexicon::dictionaryName() const
{
    return m_data->files().name;
}

QStringList Lexicon::dictionaryForms(const QString &word) const
{
    QStringList forms;
    if (m_data->m_forms.find(word, &forms))
        return forms;
    // Irregular forms first: Hunspell knows "said" only as a word of its own. Where there
    // are suffix rules, the candidates the dictionary knows, those Hunspell also names
    // first ("closing": "close" before "clos"); Hunspell alone would answer "port" for
    // "reports" and "new" for "news". Elsewhere Hunspell's stems, reductions
    // ("published" -> "publish") before the word itself, which Hunspell lists first
    // whenever it is an entry of its own ("published", adjective).
    const QString &language = m_data->files().language;
    forms = irregularLemmas(word, language);
    // A phrase ("state of affairs"): no Hunspell dictionary holds an entry with a space
    // in it (their lines show morphology after a space, never a second word), so neither
    // its stems nor its suffix candidates can be known words. The thesaurus's phrases are
    // looked up as written. (The phrase pass asks this of every phrase it pairs: at
    // 200,000 words a tenth of the whole run was Hunspell answering nothing.)
    if (word.contains(QLatin1Char(' '))) {
        m_data->m_forms.insert(word, forms);
        return forms;
    }
    QStringList stems = m_data->hunspellStems(word);
    // German dictionaries list nouns capitalised only ("Fahrgast" for "fahrgäste").
    if (stems.isEmpty() && language == QLatin1String("de") && !word.isEmpty())
        stems = m_data->hunspellStems(word.front().toUpper() + word.mid(1));
    if (hasSuffixRules(language)) {
        QStringList known;
        for (const QString &candidate : suffixCandidates(word, language))
            if (!forms.contains(candidate) && isKnownWord(candidate))
                known.append(candidate);
        std::stable_sort(known.begin(), known.end(), [&](const QString &x, const QString &y) {
            return stems.contains(x) && !stems.contains(y);
        });
        forms += known;
    } else {
        for (const QString &form : stems)
            if (form != word && !forms.contains(form))
                forms.append(form);
        if (stems.contains(word) && !forms.contains(word))
            forms.append(word);
    }
    m_data->m_forms.insert(word, forms);
    return forms;
}

QString Lexicon::dictionaryForm(const QString &word) const
{
    const QStringList forms = dictionaryForms(word);
    return forms.isEmpty() ? word : forms.first();
}

bool Lexicon::isKnownWord(const QString &word) const
{
    bool known = false;
    if (m_data->m_known.find(word, &known))
        return known;
    known = m_data->hunspellKnows(word);
    m_data->m_known.insert(word, known);
    return known;
}

QString Lexicon::stem(const QString &word) const
{
    QString stemmed;
    if (m_data->m_stems.find(word, &stemmed))
        return stemmed;
    stemmed = m_data->snowballStem(word);
    m_data->m_stems.insert(word, stemmed);
    return stemmed;
}

quint8 LexiconData::pairRelation(const Lexicon &lexicon, const QString &a, const QString &b)
{
    if (a == b || a.isEmpty() || b.isEmpty() || m_files.thesaurusData.isEmpty())
        return 0;
    const QString pair = a < b ? a + u'\t' + b : b + u'\t' + a;
    quint8 relation = 0;
    if (m_pairs.find(pair, &relation))
        return relation;
    relation = linkBits(lexicon.entry(a), lexicon.entry(b));
    m_pairs.insert(pair, relation);
    return relation;
}

quint8 LexiconData::linkBits(const Lexicon::Entry &a, const Lexicon::Entry &b)
{
    if (a.word == b.word || a.word.isEmpty() || b.word.isEmpty() || m_files.thesaurusData.isEmpty())
        return 0;
    for (const QString &form : a.forms)
        if (b.forms.contains(form))
            return 0;
    quint8 relation = 0;
    auto relate = [&](const Lexicon::Entry &heads, const Lexicon::Entry &terms) {
        for (const QHash<StringKey, quint8> &relations : heads.terms)
            for (const QString &term : terms.forms)
                relation |= relations.value(StringKey{term}, 0);
    };
    relate(a, b);
    relate(b, a);
    return relation;
}

Lexicon::Entry Lexicon::entry(const QString &word) const
{
    Entry entry;
    entry.word = word;
    if (word.isEmpty() || !hasThesaurus())
        return entry;
    entry.forms = formsOf(*this, word);
    for (const QString &head : entry.forms)
        entry.terms.append(m_data->relationsOf(head));
    return entry;
}

Lexicon::Link Lexicon::link(const Entry &a, const Entry &b) const
{
    return Link(m_data->linkBits(a, b));
}

bool Lexicon::Link::synonyms() const
{
    // An antonym in any sense vetoes the link.
    return (m_bits & SynonymRelations) && !(m_bits & Antonym);
}

bool Lexicon::Link::related() const
{
    return (m_bits & (SynonymRelations | Broader)) && !(m_bits & Antonym);
}

bool Lexicon::Link::antonyms() const
{
    return (m_bits & Antonym) && !(m_bits & SynonymRelations);
}

bool Lexicon::areSynonyms(const QString &a, const QString &b) const
{
    return Link(m_data->pairRelation(*this, a, b)).synonyms();
}

bool Lexicon::areRelated(const QString &a, const QString &b) const
{
    return Link(m_data->pairRelation(*this, a, b)).related();
}

bool Lexicon::isThesaurusHead(const QString &phrase) const
{
    if (!phrase.contains(QLatin1Char(' ')))
        return hasThesaurus() && !m_data->relationsOf(phrase).isEmpty();
    return m_data->phraseHeads().contains(StringKey{phrase});
}

bool Lexicon::mayBeThesaurusHead(quint64 phraseHash) const
{
    const std::vector<quint64> &hashes = m_data->phraseHeadHashes();
    return std::binary_search(hashes.cbegin(), hashes.cend(), phraseHash);
}

bool Lexicon::areAntonyms(const QString &a, const QString &b) const
{
    // "force" is "push"'s antonym in one sense (force = pull) and its synonym in another: a
    // pair the thesaurus also links as synonyms is no reversal of meaning (polarity is high).
    return Link(m_data->pairRelation(*this, a, b)).antonyms();
}

QStringList Lexicon::synonyms(const QString &word) const
{
    QSet<QString> found;
    for (const QString &head : formsOf(*this, word)) {
        const Relations relations = m_data->relationsOf(head);
        for (auto it = relations.cbegin(); it != relations.cend(); ++it)
            if ((it.value() & SynonymRelations) && !(it.value() & Antonym))
                found.insert(it.key().text);
    }
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

} // namespace Recension
