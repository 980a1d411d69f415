#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension::Bench {

/// Two files to compare, with their gold alignment when one exists.
struct BenchPair
{
    QString name;  ///< "gen light", "KJV/BBE restructured", ...
    QString size;  ///< S, M, L or XL
    QString left;
    QString right;
    QString gold;  ///< empty: no gold
};

/// The sizes the benchmark knows, in words: S 2,000, M 20,000, L 200,000, XL 790,000.
const QStringList &benchSizes();

/// @brief The texts of the project's sample articles, the sources of every generated text.
QStringList sampleTexts(const QString &samples, QString *error);

/// @brief Generates the light, heavy and restructured pairs of each size into `directory`
/// from the sample articles in `samples` (same seed, same bytes). Empty on failure, with
/// `error` set.
QVector<BenchPair> generatedPairs(const QString &samples, const QString &directory,
                                  const QStringList &sizes, QString *error);

/// @brief The Bible corpus' pairs of each size that are present under `corpus`
/// (KJV/ASV, KJV/BBE, each plain and restructured).
QVector<BenchPair> corpusPairs(const QString &corpus, const QStringList &sizes);

/// @brief Writes a generated file atomically; false with `error` set on failure.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

/// @brief The texts of the sample articles the generators learn from; empty on failure.
QStringList sampleTexts(const QString &samples, QString *error);

} // namespace Recension::Bench
