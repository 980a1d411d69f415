#include "fuzzinputs.h"

#include "compare/comparator.h"
#include "compare/watchlist.h"
#include "document/documentloader.h"
#include "text/quotations.h"
#include "workspace/session.h"

#include <QDir>

namespace Recension::Fuzz {

namespace {

DocumentPtr loaded(const QByteArray &bytes, const QString &name)
{
    return documentFromBytes(bytes, name).document;
}

} // namespace

QByteArray warmUpInput()
{
    return QByteArrayLiteral("Ferry vote delayed\n\n\"We need more time,\" said councillor Ines "
                             "Moreau on Monday.\n\nThe harbour board cut 40 jobs in 2025.\n");
}

void load(const QByteArray &bytes, const QString &extension)
{
    loaded(bytes, QStringLiteral("fuzzed.") + extension);
}

void watchList(const QByteArray &bytes)
{
    const WatchListResult read = watchListFromBytes(bytes, QStringLiteral("fuzzed.watch"));
    if (!read.ok())
        return;
    const WatchMatcher matcher(read.list);
    matcher.find(QStringLiteral("Mayor Ana Ferreira told the O\u2019Brien inquiry that 40 jobs were lost."));
    matcher.find(QString::fromUtf8(bytes));
}

void quotations(const QByteArray &bytes)
{
    static const DocumentPtr other = loaded(
        QByteArrayLiteral("Harbour talks\n\n\"We will not sign,\" said the union's Ada Varga. "
                          "The port authority said \xe2\x80\x9cthe offer stands\xe2\x80\x9d.\n"),
        QStringLiteral("other.txt"));
    const DocumentPtr fuzzed = loaded(bytes, QStringLiteral("fuzzed.txt"));
    if (!fuzzed || !other)
        return;
    findQuotations(*fuzzed);
    compareDocuments(fuzzed, other, CompareOptions{});
}

void session(const QByteArray &bytes)
{
    const QDir folder = QDir::current();
    const QString path = folder.filePath(QStringLiteral("fuzzed.recension"));
    const SessionReadResult read = sessionFromBytes(bytes, path);
    if (!read.ok())
        return;
    const QByteArray written = sessionToJson(read.data, folder.path());
    const SessionReadResult again = sessionFromBytes(written, path);
    if (!again.ok())
        qFatal("A session written from one read cannot be read back: %s", qPrintable(again.error));
    if (again.data != read.data)
        qFatal("A session written from one read reads back different:\n%s", written.constData());
}

void comparePair(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    const qsizetype cut = nul >= 0 ? nul : bytes.size() / 2;
    const DocumentPtr left = loaded(bytes.left(cut), QStringLiteral("left.txt"));
    const DocumentPtr right = loaded(bytes.mid(nul >= 0 ? cut + 1 : cut), QStringLiteral("right.txt"));
    if (left && right)
        compareDocuments(left, right, CompareOptions{});
}

} // namespace Recension::Fuzz
