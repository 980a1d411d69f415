#include "hostilecases.h"

#include "benchpairs.h"
#include "rewriter.h"
#include "textgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <cmath>

namespace Recension::Bench {

namespace {

/// A short article the big hostile files are compared with (invented for the bench).
const char ShortArticle[] =
    "Harbour council delays the bridge vote\n\n"
    "The council of Port Elden postponed its vote on the new bridge until March, officials "
    "said on Tuesday.\n\n"
    "\xe2\x80\x9cWe need more time to study the safety report,\xe2\x80\x9d said Mayor Ana Ferreira.\n\n"
    "Some fifty residents attended the meeting, which lasted three hours.\n";

/// Bytes per word of the generated news text, to size an ordinary pair by bytes.
constexpr double BytesPerWord = 6.2;

class Writer
{
public:
    Writer(const QString &samples, const QString &directory, double scale, QString *error)
        : m_dir(directory)
        , m_scale(scale)
        , m_error(error)
    {
        m_sources = sampleTexts(samples, error);
        if (!m_sources.isEmpty() && !QDir().mkpath(directory))
            *error = QStringLiteral("%1: cannot create the folder").arg(directory);
    }

    bool ok() const { return m_error->isEmpty(); }
    int scaled(int count) const { return std::max(1, int(count * m_scale)); }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (ok())
            writeFile(path, bytes, m_error);
        return path;
    }

    QString shortArticle() { return file(QStringLiteral("short-article.txt"), ShortArticle); }

    /// An ordinary article pair whose sides have about the given size, made once per size
    /// (sizes within a fifth of each other share one).
    std::pair<QString, QString> ordinary(qint64 bytes)
    {
        const int words = std::max(200, int(double(bytes) / BytesPerWord));
        const int bucket = int(std::lround(std::log2(double(words)) * 4));
        if (const auto found = m_ordinary.constFind(bucket); found != m_ordinary.constEnd())
            return *found;
        const auto pair = articlePair(words, quint32(bucket));
        m_ordinary.insert(bucket, pair);
        return pair;
    }

    /// A generated article of `words` words and its light edit.
    std::pair<QString, QString> articlePair(int words, quint32 seed)
    {
        TextGenerator generator(m_sources, 4000 + seed);
        const QVector<GeneratedParagraph> original = generator.document(words);
        Rewriter rewriter(m_sources, 5000 + seed);
        const QString stem = QStringLiteral("ordinary-%1").arg(words);
        return {file(stem + QStringLiteral("-a.txt"), renderText(original)),
                file(stem + QStringLiteral("-b.txt"),
                     renderText(rewriter.rewrite(original, EditKind::Light).paragraphs))};
    }

    void add(QVector<HostileCase> &cases, const QString &name, const QString &left,
             const QString &right)
    {
        const qint64 bytes = std::max(QFileInfo(left).size(), QFileInfo(right).size());
        const auto [ordinaryLeft, ordinaryRight] = ordinary(bytes);
        cases.append({name, left, right, ordinaryLeft, ordinaryRight});
    }

    QRandomGenerator random{20261201};

private:
    QDir m_dir;
    double m_scale;
    QString *m_error;
    QStringList m_sources;
    QHash<int, std::pair<QString, QString>> m_ordinary;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray numbersParagraph(QRandomGenerator &random, int count)
{
    QByteArray text = "Figures of the harbour authority\n\n";
    for (int i = 0; i < count; ++i) {
        text += QByteArray::number(random.bounded(1'000'000'000)) + ' ';
    }
    text += '\n';
    return text;
}

QByteArray repeatedParagraphs(int count)
{
    // 100 bytes with its blank line: the line a feed repeats.
    const QByteArray line = "The harbour council met again on Tuesday and voted on the bridge, "
                            "officials said in the evening.";
    QByteArray text;
    text.reserve(qsizetype(count) * (line.size() + 2));
    for (int i = 0; i < count; ++i)
        text += line + "\n\n";
    return text;
}

QByteArray attributesParagraph(int count)
{
    QByteArray text = "<!doctype html><html><body><p";
    for (int i = 0; i < count; ++i)
        text += " data-a" + QByteArray::number(i) + "=\"v" + QByteArray::number(i) + '"';
    text += ">The council postponed its vote on the new bridge.</p></body></html>\n";
    return text;
}

QByteArray shortHtml()
{
    return "<!doctype html><html><body><p>The council postponed its vote on the new bridge "
           "until March.</p></body></html>\n";
}

/// Quotation marks by the thousand: short quotations one after the other in one paragraph,
/// every hundredth with a word changed on the second side.
QByteArray quotationMarks(int quotes, bool edited)
{
    static const char *const words[] = {"bridge", "council", "vote", "harbour", "March",
                                        "safety", "report", "time", "study", "residents"};
    QByteArray text = "What was said\n\n";
    for (int i = 0; i < quotes; ++i) {
        text += "\xe2\x80\x9c";
        text += words[i % 10];
        text += ' ';
        text += (edited && i % 100 == 0) ? "changed" : words[(i * 7 + 3) % 10];
        text += "\xe2\x80\x9d said ";
        text += words[(i * 3) % 10];
        text += ". ";
    }
    text += '\n';
    return text;
}

QByteArray oneCharacterLines(QRandomGenerator &random, int lines)
{
    QByteArray text;
    text.reserve(qsizetype(lines) * 2);
    for (int i = 0; i < lines; ++i) {
        text += char('a' + random.bounded(10));
        text += '\n';
    }
    return text;
}

QByteArray markdownTable(QRandomGenerator &random, qint64 bytes, bool edited)
{
    QByteArray text = "# Harbour figures\n\n| id | item | value | note |\n| --- | --- | --- | --- |\n";
    for (int row = 0; text.size() < bytes; ++row) {
        text += "| " + QByteArray::number(row) + " | " + (edited && row % 50 == 0 ? "thing" : "item")
            + QByteArray::number(row % 997) + " | " + QByteArray::number(random.bounded(1'000'000))
            + " | n" + QByteArray::number(row % 13) + " |\n";
    }
    return text;
}

/// A whole article as one line: every paragraph break removed.
QByteArray oneParagraph(QByteArray text)
{
    text.replace("\n\n", " ");
    return text.trimmed() + '\n';
}

QByteArray longWord(qint64 bytes)
{
    QByteArray text = "A long word\n\n";
    while (text.size() < bytes)
        text += "harbourbridgecouncil";
    return text + '\n';
}

QByteArray repeatedSentences(int sentences, bool edited)
{
    QByteArray text = "The same again\n\n";
    for (int i = 0; i < sentences; ++i) {
        text += (edited && i % 97 == 0) ? "The council delayed the vote on the bridge once more. "
                                        : "The council postponed the vote on the bridge once more. ";
        if (i % 10 == 9)
            text += "\n\n";
    }
    return text + '\n';
}

QByteArray deepHtml(int depth, bool edited)
{
    QByteArray text = "<!doctype html><html><body>";
    for (int i = 0; i < depth; ++i)
        text += "<div>level " + QByteArray::number(edited && i % 100 == 0 ? i + 1 : i) + ' ';
    text += "<p>The council postponed its vote on the new bridge.</p>";
    for (int i = 0; i < depth; ++i)
        text += "</div>";
    return text + "</body></html>\n";
}

} // namespace

QVector<HostileCase> hostileCases(const QString &samples, const QString &directory, double scale,
                                  QString *error)
{
    Writer w(samples, directory, scale, error);
    if (!w.ok())
        return {};
    QVector<HostileCase> cases;
    const QString shortText = w.shortArticle();
    w.add(cases, QStringLiteral("40,000 numbers in one paragraph"),
          w.file(QStringLiteral("numbers.txt"), numbersParagraph(w.random, w.scaled(40'000))), shortText);
    w.add(cases, QStringLiteral("20,000 identical paragraphs a side"),
          w.file(QStringLiteral("repeated-a.txt"), repeatedParagraphs(w.scaled(20'000))),
          w.file(QStringLiteral("repeated-b.txt"), repeatedParagraphs(w.scaled(20'000))));
    w.add(cases, QStringLiteral("200,000 HTML attributes"),
          w.file(QStringLiteral("attributes.html"), attributesParagraph(w.scaled(200'000))),
          w.file(QStringLiteral("short.html"), shortHtml()));
    w.add(cases, QStringLiteral("40,000 quotation marks"),
          w.file(QStringLiteral("quotes-a.txt"), quotationMarks(w.scaled(20'000), false)),
          w.file(QStringLiteral("quotes-b.txt"), quotationMarks(w.scaled(20'000), true)));
    w.add(cases, QStringLiteral("a million one-character lines"),
          w.file(QStringLiteral("lines-a.txt"), oneCharacterLines(w.random, w.scaled(1'000'000))),
          w.file(QStringLiteral("lines-b.txt"), oneCharacterLines(w.random, w.scaled(1'000'000))));
    w.add(cases, QStringLiteral("5 MB Markdown table"),
          w.file(QStringLiteral("table-a.md"), markdownTable(w.random, w.scaled(5'000'000), false)),
          w.file(QStringLiteral("table-b.md"), markdownTable(w.random, w.scaled(5'000'000), true)));
    const auto [article, edited] = w.articlePair(w.scaled(300'000), 6000);
    w.add(cases, QStringLiteral("one huge paragraph"),
          w.file(QStringLiteral("one-paragraph-a.txt"), oneParagraph(readAll(article))),
          w.file(QStringLiteral("one-paragraph-b.txt"), oneParagraph(readAll(edited))));
    w.add(cases, QStringLiteral("one very long word"),
          w.file(QStringLiteral("long-word.txt"), longWord(w.scaled(2'000'000))), shortText);
    w.add(cases, QStringLiteral("thousands of repeated sentences"),
          w.file(QStringLiteral("sentences-a.txt"), repeatedSentences(w.scaled(35'000), false)),
          w.file(QStringLiteral("sentences-b.txt"), repeatedSentences(w.scaled(35'000), true)));
    w.add(cases, QStringLiteral("deep HTML nesting"),
          w.file(QStringLiteral("deep-a.html"), deepHtml(w.scaled(100'000), false)),
          w.file(QStringLiteral("deep-b.html"), deepHtml(w.scaled(100'000), true)));
    return w.ok() ? cases : QVector<HostileCase>{};
}

HostileCase filesAtLimit(const QString &samples, const QString &directory, qint64 bytes,
                         QString *error)
{
    Writer w(samples, directory, 1.0, error);
    if (!w.ok())
        return {};
    // A few per cent under the limit: the light edit may add words.
    const auto [left, right] = w.articlePair(int(double(bytes) * 0.96 / BytesPerWord), 99);
    return {QStringLiteral("two files at the size limit"), left, right, left, right};
}

} // namespace Recension::Bench
