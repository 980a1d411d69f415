#include "compare/functionwords.h"

#include "text/keys.h"
#include "text/keytable.h"

#include <QStringList>

namespace Recension {

QSet<quint32> functionWordKeys(KeyTable &keys, const QString &language)
{
    static const QStringList english = QStringLiteral(
        "a an the of to in on at by for from with into onto upon about as and or but nor so "
        "if than then that this these those it its is are was were be been being am has have "
        "had do does did will would shall should can could may might must not no there their "
        "his her he she they them we us our you your i me my which who whom whose what").split(QLatin1Char(' '));
    QSet<quint32> ids;
    if (!language.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return ids;
    for (const QString &word : english)
        ids.insert(keys.intern(comparisonKey(word)));
    return ids;
}

} // namespace Recension
