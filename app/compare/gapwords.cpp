#include "compare/gapwords.h"

#include "compare/keyfacts.h"
#include "text/wordlists.h"

#include <algorithm>

namespace Recension {

GapWords::GapWords(const WordFacts &facts)
    : m_facts(facts), m_bits(std::make_unique<std::atomic<quint8>[]>(facts.keyLimit()))
{
    for (size_t k = 0; k < m_facts.keyLimit(); ++k)
        m_bits[k].store(0, std::memory_order_relaxed);
}

quint8 GapWords::computeBits(const QString &key) const
{
    quint8 bits = Known;
    if (m_facts.isNegation(key))
        bits |= Negation;
    if (m_facts.list(WordListKind::FunctionWords).contains(key))
        bits |= FunctionWord;
    if (m_facts.list(WordListKind::Honorifics).contains(key))
        bits |= Honorific;
    if (key.isEmpty() || key.contains(QLatin1Char(' '))
        || m_facts.list(WordListKind::Qualifiers).startsEntry(key)
        || m_facts.list(WordListKind::Modals).startsEntry(key))
        bits |= Strength;
    return bits;
}

quint8 GapWords::bitsOf(quint32 key) const
{
    if (key >= m_facts.keyLimit())
        return computeBits(m_facts.keyText(key));
    // Each answer is a pure function of the key: whichever thread stores it stores the same.
    quint8 bits = m_bits[key].load(std::memory_order_relaxed);
    if (!(bits & Known)) {
        bits = computeBits(m_facts.keyText(key));
        m_bits[key].store(bits, std::memory_order_relaxed);
    }
    return bits;
}

GapSide GapWords::of(Side side, const QVector<PassageToken> &words) const
{
    GapSide out;
    bool plain = true;
    QVarLengthArray<quint8, 8> bits;
    QStringList keys;
    keys.reserve(words.size());
    for (const PassageToken &pt : words) {
        const quint32 key = m_facts.token(side, pt.paragraph, pt.token).key;
        bits.append(bitsOf(key));
        plain = plain && !(bits.back() & Strength);
        keys << m_facts.keyText(key);
    }
    if (words.size() == 1)
        out.single = m_facts.token(side, words[0].paragraph, words[0].token).key;
    if (!plain) {
        // A qualifier or modal (perhaps of several words), or a key with a space in it:
        // read the words as text.
        readStrength(keys, &out);
        return out;
    }
    for (qsizetype k = 0; k < bits.size(); ++k) {
        out.negations += (bits[k] & Negation) ? 1 : 0;
        out.otherWords = out.otherWords || !(bits[k] & (Negation | FunctionWord));
        out.honorifics = out.honorifics && (bits[k] & Honorific);
    }
    out.key = keys.join(QLatin1Char(' '));
    return out;
}

void GapWords::readStrength(const QStringList &keys, GapSide *out) const
{
    // The parts of a key with a space in it are what lies between the spaces.
    bool plain = true;
    for (const QString &key : keys)
        plain = plain && !key.isEmpty() && !key.contains(QLatin1Char(' '));
    out->key = keys.join(QLatin1Char(' '));
    const QStringList parts = plain ? keys : out->key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int k = 0; k < parts.size(); ++k) {
        out->negations += m_facts.isNegation(parts[k]) ? 1 : 0;
        // The longest qualifier or modal starting here ("at least", "may well").
        bool listed = false;
        int offset = 0;
        for (WordListKind kind : {WordListKind::Qualifiers, WordListKind::Modals}) {
            const WordList &list = m_facts.list(kind);
            const int longest = list.startsEntry(parts[k]) ? list.longestEntry() : 0;
            for (int n = std::min<int>(longest, parts.size() - k); n >= 1 && !listed; --n) {
                const int group = list.group(parts.mid(k, n).join(QLatin1Char(' ')));
                if (group >= 0) {
                    out->strength.append(offset + group);
                    listed = true;
                    k += n - 1;
                }
            }
            offset += 1000;
        }
        if (!listed && !m_facts.isNegation(parts[k])
            && !m_facts.list(WordListKind::FunctionWords).contains(parts[k]))
            out->otherWords = true;
    }
    std::sort(out->strength.begin(), out->strength.end());
    out->strength.erase(std::unique(out->strength.begin(), out->strength.end()), out->strength.end());
    for (const QString &part : plain ? keys : out->key.split(QLatin1Char(' ')))
        out->honorifics = out->honorifics && m_facts.list(WordListKind::Honorifics).contains(part);
}

Relation GapWords::listRelation(const GapSide &a, const GapSide &b) const
{
    if (a.single && b.single)
        return KeyFacts::listRelation(m_facts.keyFacts(a.single), m_facts.keyFacts(b.single), m_facts.lexicon());
    return m_facts.listRelation(a.key, b.key);
}

} // namespace Recension
