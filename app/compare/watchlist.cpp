#include "compare/watchlist.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Recension {

/// Gives the watch list's messages their translation context.
class WatchListReader final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::WatchListReader)
};

namespace {

/// A watch list is a page of names, not a document: past this it is the wrong file.
constexpr qint64 kLargestFile = 1024 * 1024;
/// Past this a line is a paragraph pasted by mistake, not a name or a term.
constexpr int kLongestTerm = 200;

WatchListResult failure(const QString &message)
{
    WatchListResult result;
    result.error = message;
    return result;
}

bool hasWordCharacter(const QString &term)
{
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

/// Control characters other than white space mean the bytes are not a list of words.
bool looksBinary(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f';
    });
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// Checks the terms; `source` names where they came from in a message.
WatchListResult fromLines(const QStringList &lines, const QString &source)
{
    WatchListResult result;
    for (const QString &line : lines) {
        const QString term = line.simplified();
        if (term.isEmpty())
            continue;
        if (term.size() > kLongestTerm)
            return failure(WatchListReader::tr("%1: the term “%2…” is longer than %3 characters: "
                                               "a watch list holds one name or term a line.")
                               .arg(source, term.left(40)).arg(kLongestTerm));
        if (!hasWordCharacter(term))
            return failure(WatchListReader::tr("%1: the term “%2” has no letter or digit to look for.")
                               .arg(source, term));
        result.list.terms.append(term);
    }
    if (result.list.terms.isEmpty())
        return failure(WatchListReader::tr("%1 holds no terms: write one name or term a line.").arg(source));
    return result;
}

/// One pattern for every term: whole words only, any white space inside a term, either
/// apostrophe ("O'Brien" finds "O’Brien").
QRegularExpression patternOf(const QStringList &terms)
{
    QStringList alternatives;
    for (const QString &term : terms) {
        QStringList words;
        for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString escaped = QRegularExpression::escape(word);
            escaped.replace(QStringLiteral("\\'"), QStringLiteral("['\u2019]"));
            escaped.replace(QStringLiteral("\\\u2019"), QStringLiteral("['\u2019]"));
            words.append(escaped);
        }
        alternatives.append(words.join(QStringLiteral("\\s+")));
    }
    // Longest first, so "Harbour Safety Board" wins over "Harbour" where both match.
    std::stable_sort(alternatives.begin(), alternatives.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])")
                                  .arg(alternatives.join(QLatin1Char('|'))),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

bool canBeWatched(Category category)
{
    return category != Category::Case && category != Category::Punctuation
        && category != Category::Format && category != Category::Moved;
}

} // namespace

WatchListResult loadWatchList(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(WatchListReader::tr("Watch list “%1” cannot be read: there is no such file.").arg(path));
    if (info.isDir())
        return failure(WatchListReader::tr("Watch list “%1” cannot be read: it is a folder, not a file.").arg(path));
    if (info.size() > kLargestFile)
        return failure(WatchListReader::tr("Watch list “%1” is too large (more than 1 MiB): "
                                           "it should hold one name or term a line.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(WatchListReader::tr("Watch list “%1” cannot be read: %2").arg(path, file.errorString()));
    return watchListFromBytes(file.readAll(), path);
}

WatchListResult watchListFromBytes(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() > kLargestFile)
        return failure(WatchListReader::tr("Watch list “%1” is too large (more than 1 MiB): "
                                           "it should hold one name or term a line.").arg(path));
    if (bytes.trimmed().isEmpty())
        return failure(WatchListReader::tr("Watch list “%1” is empty: write one name or term a line.").arg(path));
    if (looksBinary(bytes))
        return failure(WatchListReader::tr("Watch list “%1” is a binary file, not a list of terms.").arg(path));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failure(WatchListReader::tr("Watch list “%1” is not UTF-8 text: save it as UTF-8.").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    WatchListResult result = fromLines(text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n"))),
                                       WatchListReader::tr("Watch list “%1”").arg(path));
    if (result.ok())
        result.list.sha256 = sha256Hex(bytes);
    return result;
}

WatchListResult watchListFromTerms(const QStringList &terms)
{
    // The same bound as a watch file's bytes: terms typed in or read from a session make
    // one pattern, which must stay the size of a page of names.
    qint64 size = 0;
    for (const QString &term : terms)
        size += term.size() + 1;
    if (size > kLargestFile)
        return failure(WatchListReader::tr("The watch list is too large (more than 1 MiB): it "
                                           "should hold one name or term a line."));
    WatchListResult result = fromLines(terms, WatchListReader::tr("The watch list"));
    if (result.ok())
        result.list.sha256 = sha256Hex((result.list.terms.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return result;
}

WatchMatcher::WatchMatcher(const WatchList &watch)
    : m_pattern(watch.isEmpty() ? QRegularExpression() : patternOf(watch.terms))
    , m_empty(watch.isEmpty())
{
}

QVector<QPair<int, int>> WatchMatcher::find(const QString &text) const
{
    QVector<QPair<int, int>> spans;
    if (m_empty)
        return spans;
    for (auto match = m_pattern.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        spans.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return spans;
}

void markWatchedChanges(const WatchList &watch, Comparison *comparison)
{
    const WatchMatcher matcher(watch);
    if (matcher.isEmpty())
        return;
    // Where the terms stand, found once per paragraph that has a change.
    std::array<QHash<int, QVector<QPair<int, int>>>, 2> found;
    const auto occurrences = [&](Side side, int paragraph) -> const QVector<QPair<int, int>> & {
        auto it = found[side].find(paragraph);
        if (it == found[side].end())
            it = found[side].insert(paragraph, matcher.find(comparison->documents[side]->paragraphs[paragraph].text));
        return *it;
    };
    for (Change &change : comparison->changes) {
        if (!canBeWatched(change.category))
            continue;
        for (int side = 0; side < 2 && !change.watched; ++side) {
            const Span &span = change.sides[side];
            if (span.isNull() || span.end <= span.start)
                continue;
            for (const auto &[start, end] : occurrences(Side(side), span.paragraph))
                if (span.start < end && span.end > start)
                    change.watched = true;
        }
        if (change.watched)
            change.severity = Severity::High;
    }
}

} // namespace Recension
