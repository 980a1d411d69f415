#include "compare/functionwords.h"

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

} // namespace Recension
