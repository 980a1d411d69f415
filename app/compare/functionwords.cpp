#include "compare/functionwords.h"

#include "text/keys.h"
#include "text/keytable.h"
#include "text/wordlists.h"

namespace Recension {

QSet<quint32> functionWordKeys(KeyTable &keys, const QString &language)
{
    QSet<quint32> ids;
    for (const QString &word : wordList(WordListKind::FunctionWords, language).keys())
        ids.insert(keys.intern(word));
    return ids;
}

bool areFunctionSynonyms(const QString &a, const QString &b, const QString &language)
{
    return a != b && wordList(WordListKind::FunctionSynonyms, language).sameGroup(a, b);
}

} // namespace Recension
