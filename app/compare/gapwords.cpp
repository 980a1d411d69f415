#include "compare/gapwords.h"

#include "compare/keyfacts.h"
#include "text/wordlists.h"

#include <algorithm>

namespace Recension {

GapWords::GapWords(const WordFacts &facts) : m_facts(facts) { }

std::shared_ptr<const GapSide> GapWords::of(Side side, const QVector<PassageToken> &words) const
{
    const auto keysOf = [&] {
        QStringList keys;
        keys.reserve(words.size());
        for (const PassageToken &pt : words)
            keys << m_facts.keyText(m_facts.token(side, pt.paragraph, pt.token));
        return keys;
    };
    if (words.size() > qsizetype(std::tuple_size<decltype(Ids::ids)>::value))
        return compute(keysOf());
    Ids ids;
    for (qsizetype k = 0; k < words.size(); ++k)
        ids.ids[size_t(k)] = m_facts.token(side, words[k].paragraph, words[k].token).key;
    return m_memo.value(ids, [&] { return compute(keysOf()); });
}

std::shared_ptr<const GapSide> GapWords::compute(const QStringList &keys) const
{
    auto out = std::make_shared<GapSide>();
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
    out->facts = m_facts.keyFacts(out->key);
    return out;
}

} // namespace Recension
