#include "benchpairs.h"

#include "rewriter.h"
#include "textgenerator.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Recension::Bench {

namespace {

int wordsOf(const QString &size)
{
    if (size == u"S")
        return 2'000;
    if (size == u"M")
        return 20'000;
    if (size == u"L")
        return 200'000;
    return 790'000;
}

} // namespace

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

QStringList sampleTexts(const QString &samples, QString *error)
{
    QStringList texts;
    const QStringList names{QStringLiteral("harbour-original.txt"), QStringLiteral("harbour-spun.txt"),
                            QStringLiteral("harbour-condensed.txt"), QStringLiteral("unrelated.txt")};
    for (const QString &name : names) {
        QFile file(QDir(samples).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        texts.append(QString::fromUtf8(file.readAll()));
    }
    return texts;
}

const QStringList &benchSizes()
{
    static const QStringList sizes{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"),
                                   QStringLiteral("XL")};
    return sizes;
}

QVector<BenchPair> generatedPairs(const QString &samples, const QString &directory,
                                  const QStringList &sizes, QString *error)
{
    const QStringList sources = sampleTexts(samples, error);
    if (sources.isEmpty() || !QDir().mkpath(directory)) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: cannot create the folder").arg(directory);
        return {};
    }
    const QDir dir(directory);
    QVector<BenchPair> pairs;
    for (const QString &size : sizes) {
        const auto index = quint32(benchSizes().indexOf(size));
        TextGenerator generator(sources, 1000 + index);
        const QVector<GeneratedParagraph> original = generator.document(wordsOf(size));
        const QString leftName = QStringLiteral("%1_original.txt").arg(size);
        if (!writeFile(dir.filePath(leftName), renderText(original), error))
            return {};
        for (EditKind kind : {EditKind::Light, EditKind::Heavy, EditKind::Restructured}) {
            Rewriter rewriter(sources, 2000 + 10 * index + quint32(kind));
            const Rewrite rewrite = rewriter.rewrite(original, kind);
            const QString rightName = QStringLiteral("%1_%2.txt").arg(size, toString(kind));
            const QString goldName = QStringLiteral("%1_%2_gold.json").arg(size, toString(kind));
            if (!writeFile(dir.filePath(rightName), renderText(rewrite.paragraphs), error)
                || !writeFile(dir.filePath(goldName),
                              rewrite.gold.toJson(QStringLiteral("generated"), size, toString(kind),
                                                  leftName, rightName),
                              error))
                return {};
            pairs.append(BenchPair{QStringLiteral("gen ") + toString(kind), size,
                                   dir.filePath(leftName), dir.filePath(rightName),
                                   dir.filePath(goldName)});
        }
    }
    return pairs;
}

QVector<BenchPair> corpusPairs(const QString &corpus, const QStringList &sizes)
{
    QVector<BenchPair> pairs;
    const QDir root(corpus);
    for (const QString &size : sizes) {
        for (const QString &other : {QStringLiteral("ASV"), QStringLiteral("BBE")}) {
            const QDir dir(root.filePath(QStringLiteral("kjv-") + other.toLower()));
            const QString left = dir.filePath(size + QStringLiteral("_KJV.txt"));
            for (bool restructured : {false, true}) {
                const QString suffix = restructured ? QStringLiteral("_restructured") : QString();
                const QString right = dir.filePath(QStringLiteral("%1_%2%3.txt").arg(size, other, suffix));
                const QString gold = dir.filePath(QStringLiteral("%1_gold%2.json").arg(size, suffix));
                if (!QFile::exists(left) || !QFile::exists(right))
                    continue;
                pairs.append(BenchPair{QStringLiteral("KJV/%1%2").arg(other, restructured ? QStringLiteral(" restr.") : QString()),
                                       size, left, right, QFile::exists(gold) ? gold : QString()});
            }
        }
    }
    return pairs;
}

} // namespace Recension::Bench
