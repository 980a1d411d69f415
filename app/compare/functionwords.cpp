#include "compare/functionwords.h"

#include "text/keys.h"
#include "text/keytable.h"

#include <QStringList>
#include <QVector>

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

bool areFunctionSynonyms(const QString &a, const QString &b, const QString &language)
{
    // Each group holds words and phrases a rewriter swaps freely for one another.
    static const QVector<QStringList> groups = [] {
        const char *const lists[] = {
            "in|within|inside",
            "about|concerning|regarding|on",
            "that|which",
            "both|each",
            "through|by|via",
            "also|additionally|too|as well",
            "because|since|as|as a result of",
            "due to|because of|on account of|owing to",
            "as well as|in addition to|along with",
            "nearby|close by|near",
            "including|together with|among them",
            "among|amongst|amid|amidst",
            "while|whilst|whereas",
            "before|earlier than|prior to",
            "after|following",
            "then|after which",
            "however|nevertheless|nonetheless",
            "so|therefore|thus|hence",
            "whether|if",
            "until|till|until",
        };
        QVector<QStringList> out;
        for (const char *list : lists)
            out.append(QString::fromLatin1(list).split(QLatin1Char('|')));
        return out;
    }();
    if (a == b || !language.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return false;
    for (const QStringList &group : groups)
        if (group.contains(a) && group.contains(b))
            return true;
    return false;
}

} // namespace Recension
