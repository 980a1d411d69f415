#include "document/clutter.h"

#include "document/wordcount.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

#include <map>
#include <optional>

namespace Recension {

/// Gives the clutter messages their translation context.
class ClutterText final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Clutter)
};

namespace {

// Article sentences are longer; a cookie notice may run long, so it has its own bound.
constexpr int maxClutterWords = 25;
constexpr int maxCookieWords = 90;
constexpr int maxHeadlineWords = 16;

struct Rule
{
    ClutterKind kind;
    QRegularExpression pattern;
    QString body; ///< the rule's expression as written, between the white-space wrappers
};

/// A language's rules, and one expression that matches wherever some rule does: a table
/// of a hundred thousand one-line cells is then one match a cell, not one per rule.
struct RuleSet
{
    QVector<Rule> rules;
    QRegularExpression any; ///< invalid when the rules cannot be joined (a back-reference)
};

constexpr QRegularExpression::PatternOptions kRuleOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// Paragraphs up to this length are tried against the joined expression first: its
/// backtracking stays far below PCRE's match limit, so "no match" means no rule matches.
constexpr int kJoinedTextLimit = 2000;
/// Longest line, in characters, that counts as a menu line when it repeats: a piece of
/// one enormous word (a paragraph cut at 6,000 characters) is few words but no menu.
constexpr int kMenuLineChars = 200;

const std::pair<ClutterKind, const char *> kindNames[] = {
    { ClutterKind::Share, "share" },
    { ClutterKind::Comment, "comment" },
    { ClutterKind::ReadMore, "read-more" },
    { ClutterKind::Cookie, "cookie" },
    { ClutterKind::Promotion, "promotion" },
    { ClutterKind::Navigation, "navigation" },
    { ClutterKind::Related, "related" },
    { ClutterKind::Counter, "counter" },
    { ClutterKind::PhotoCredit, "photo-credit" },
    { ClutterKind::Tags, "tags" },
    { ClutterKind::Byline, "byline" },
};

std::optional<ClutterKind> kindNamed(QStringView name)
{
    for (const auto &[kind, text] : kindNames) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QVector<Rule> parseRules(const QString &text)
{
    QVector<Rule> rules;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype gap = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const auto kind = gap > 0 ? kindNamed(QStringView(line).left(gap)) : std::nullopt;
        if (!kind)
            continue;
        const QString body = line.mid(gap).trimmed();
        QRegularExpression pattern(QStringLiteral("^[\\W_]*(?:%1)[\\W_]*$").arg(body), kRuleOptions);
        if (pattern.isValid()) {
            pattern.optimize();
            rules.append({ *kind, std::move(pattern), body });
        }
    }
    return rules;
}

/// One expression matching a text exactly when one of `rules` does (each is anchored at
/// both ends with the same wrappers, so the alternation is their union); invalid when a
/// rule refers to a group by number, which joining would renumber.
QRegularExpression joined(const QVector<Rule> &rules)
{
    static const QRegularExpression reference(QStringLiteral("\\\\(?:[1-9]|g|k)|\\(\\?P="));
    QStringList bodies;
    for (const Rule &rule : rules) {
        if (reference.match(rule.body).hasMatch())
            return {};
        bodies << QStringLiteral("(?:%1)").arg(rule.body);
    }
    QRegularExpression any(QStringLiteral("^[\\W_]*(?:%1)[\\W_]*$").arg(bodies.join(u'|')), kRuleOptions);
    if (!any.isValid())
        return {};
    any.optimize();
    return any;
}

/// The rules of one language tag's primary subtag, then those for any language.
const RuleSet &rulesFor(const QString &language)
{
    static QMutex mutex;
    // Never destroyed: handed out by reference to any thread for the process's life.
    static auto &cache = *new std::map<QString, RuleSet>;
    const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    const QMutexLocker lock(&mutex);
    auto it = cache.find(primary);
    if (it != cache.end())
        return it->second;
    RuleSet set;
    for (const QString &folder : { primary, QStringLiteral("mul") }) {
        QFile file(QStringLiteral(":/lang/%1/clutter.rules").arg(folder));
        if (file.open(QIODevice::ReadOnly))
            set.rules << parseRules(QString::fromUtf8(file.readAll()));
    }
    set.any = joined(set.rules);
    return cache.emplace(primary, std::move(set)).first->second;
}

/// The parts of `text` between single spaces, empty parts skipped (as split() would give),
/// counted without building them: every paragraph is asked, a 600-word piece included.
int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        if (c == u' ') {
            inWord = false;
        } else if (!inWord) {
            ++count;
            inWord = true;
        }
    }
    return count;
}

bool endsSentence(const QString &text)
{
    return !text.isEmpty() && QStringLiteral(".!?:;…").contains(text.back());
}

bool isCounter(const QString &text)
{
    static const QRegularExpression counter(QStringLiteral("^[\\d\\s.,:/+%kKmM×xX-]{1,8}$"));
    return text.size() <= 8 && counter.match(text).hasMatch()
        && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

/// "Harbour, ferry, storm, Kessvik": three or more short items and nothing else.
bool isTagList(const QString &text)
{
    if (endsSentence(text) || wordCount(text) > 15)
        return false;
    const QStringList items = text.split(u',');
    if (items.size() < 3)
        return false;
    return std::all_of(items.cbegin(), items.cend(), [](const QString &item) {
        const QString trimmed = item.trimmed();
        return !trimmed.isEmpty() && wordCount(trimmed) <= 3
            && !std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    });
}

/// "Ada Lindqvist": two to four capitalised words and nothing else.
bool isLoneName(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2 && words.size() <= 4
        && std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
               return word.front().isUpper()
                   && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                          return c.isLetter() || c == u'-' || c == u'.' || c == u'\'' || c == u'’';
                      });
           });
}

bool isHeadlineLike(const QString &text)
{
    return !text.isEmpty() && text.front().isUpper() && !endsSentence(text)
        && wordCount(text) <= maxHeadlineWords;
}

std::optional<ClutterKind> ruleKind(const QString &text, const RuleSet &set)
{
    const int words = wordCount(text);
    if (words >= std::max(maxCookieWords, maxClutterWords))
        return std::nullopt;
    if (set.any.isValid() && text.size() <= kJoinedTextLimit && !set.any.match(text).hasMatch())
        return std::nullopt;
    for (const Rule &rule : set.rules) {
        const int limit = rule.kind == ClutterKind::Cookie ? maxCookieWords : maxClutterWords;
        if (words < limit && rule.pattern.match(text).hasMatch())
            return rule.kind;
    }
    return std::nullopt;
}

} // namespace

QVector<ClutterMark> findClutter(const Document &document)
{
    const RuleSet &rules = rulesFor(document.language);
    QHash<QString, int> repeats;
    for (const Paragraph &paragraph : document.paragraphs) {
        if (paragraph.text.size() <= kMenuLineChars && wordCount(paragraph.text) <= 6
            && !endsSentence(paragraph.text))
            ++repeats[paragraph.text];
    }

    QVector<ClutterMark> marks;
    bool underRelated = false; // headlines listed under "Related" or a promotion
    for (int i = 1; i < document.paragraphs.size(); ++i) {
        const QString &text = document.paragraphs.at(i).text;
        std::optional<ClutterKind> kind = ruleKind(text, rules);
        // After a short label ("Monday | 2") a number is a table's cell, not a counter.
        const QString &previous = document.paragraphs.at(i - 1).text;
        if (!kind && isCounter(text)
            && (isCounter(previous) || wordCount(previous) > 3 || endsSentence(previous)))
            kind = ClutterKind::Counter;
        if (!kind && isTagList(text))
            kind = ClutterKind::Tags;
        if (!kind && repeats.value(text) > 1)
            kind = ClutterKind::Navigation;
        if (!kind && underRelated && isHeadlineLike(text))
            kind = ClutterKind::Related;
        if (kind) {
            marks.append({ i, *kind });
            underRelated = *kind == ClutterKind::Related || *kind == ClutterKind::Promotion
                || (underRelated && *kind != ClutterKind::Counter);
        } else {
            underRelated = false;
        }
    }

    // The author's name often closes the article, alone or heading a short biography, just
    // above the page's trailing clutter.
    const int total = int(document.paragraphs.size());
    int firstTrailing = total;
    for (auto it = marks.crbegin(); it != marks.crend() && it->paragraph == firstTrailing - 1; ++it)
        firstTrailing = it->paragraph;
    if (firstTrailing == total)
        return marks;
    const auto textAt = [&](int i) { return i > 0 ? document.paragraphs.at(i).text : QString(); };
    QVector<ClutterMark> byline;
    if (isLoneName(textAt(firstTrailing - 1))) {
        byline.append({ firstTrailing - 1, ClutterKind::Byline });
    } else if (isLoneName(textAt(firstTrailing - 2))
        && textAt(firstTrailing - 1).startsWith(textAt(firstTrailing - 2) + u' ')
        && wordCount(textAt(firstTrailing - 1)) < 2 * maxClutterWords) {
        byline.append({ firstTrailing - 2, ClutterKind::Byline });
        byline.append({ firstTrailing - 1, ClutterKind::Byline });
    }
    const int before = int(marks.size()) - (total - firstTrailing);
    return marks.mid(0, before) + byline + marks.mid(before);
}

DocumentPtr setClutterAside(const DocumentPtr &document, const QVector<ClutterMark> &marks)
{
    if (!document || marks.isEmpty())
        return document;
    auto copy = std::make_shared<Document>(*document);
    QVector<int> kindOf(document->paragraphs.size(), -1);
    for (const ClutterMark &mark : marks) {
        if (mark.paragraph >= 0 && mark.paragraph < kindOf.size())
            kindOf[mark.paragraph] = int(mark.kind);
    }
    copy->paragraphs.clear();
    copy->setAside.clear();
    copy->wordCount = 0;
    for (int i = 0; i < document->paragraphs.size(); ++i) {
        const Paragraph &paragraph = document->paragraphs.at(i);
        if (kindOf.at(i) >= 0) {
            copy->setAside.append({ paragraph, i, int(copy->paragraphs.size()),
                                    ClutterKind(kindOf.at(i)) });
        } else {
            copy->paragraphs.append(paragraph);
            copy->wordCount += countWords(paragraph.text);
        }
    }
    copy->warnings << ClutterText::tr("%1 paragraphs of “%2” set aside as web-page clutter "
                                      "(share and comment prompts, counters, credits…).")
                          .arg(QLocale().toString(int(copy->setAside.size())), document->path);
    return copy;
}

QVector<ClutterMark> withoutKept(const QVector<ClutterMark> &marks, const QSet<int> &kept)
{
    QVector<ClutterMark> result;
    for (const ClutterMark &mark : marks) {
        if (!kept.contains(mark.paragraph))
            result.append(mark);
    }
    return result;
}

QString toString(ClutterKind kind)
{
    for (const auto &[candidate, text] : kindNames) {
        if (candidate == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

QString describe(ClutterKind kind)
{
    switch (kind) {
    case ClutterKind::Share:
        return ClutterText::tr("share prompt");
    case ClutterKind::Comment:
        return ClutterText::tr("comment prompt");
    case ClutterKind::ReadMore:
        return ClutterText::tr("“read more” link");
    case ClutterKind::Cookie:
        return ClutterText::tr("cookie notice");
    case ClutterKind::Promotion:
        return ClutterText::tr("promotion");
    case ClutterKind::Navigation:
        return ClutterText::tr("navigation or menu line");
    case ClutterKind::Related:
        return ClutterText::tr("related-article link");
    case ClutterKind::Counter:
        return ClutterText::tr("stray counter");
    case ClutterKind::PhotoCredit:
        return ClutterText::tr("photo credit");
    case ClutterKind::Tags:
        return ClutterText::tr("keyword list");
    case ClutterKind::Byline:
        return ClutterText::tr("byline");
    }
    return {};
}

} // namespace Recension
