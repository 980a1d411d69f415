#pragma once

#include "compare/comparison.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace Recension::Bench {

/// A gold paragraph alignment, in the format of the Bible corpus' `<size>_gold*.json`:
/// for every left paragraph (from 0, in file order) the right paragraphs that hold the same
/// text, and the right paragraphs that have no left counterpart.
struct Gold
{
    int leftParagraphs = 0;
    int rightParagraphs = 0;
    QVector<QVector<int>> alignment; ///< per left paragraph, ascending right indices
    QVector<int> rightOnly;          ///< ascending
    QJsonArray operations;           ///< what was done to the right side, for the reader

    /// @brief Reads a gold file; nullopt with `error` set when it is not one.
    static std::optional<Gold> load(const QString &path, QString *error);
    /// @brief The gold as JSON, with the corpus' descriptive fields.
    QByteArray toJson(const QString &pair, const QString &size, const QString &variant,
                      const QString &leftFile, const QString &rightFile) const;
    /// @brief Gold of two documents with the same paragraphs in the same order.
    static Gold identity(int paragraphs);
};

/// Paragraph-link quality of a comparison against a gold alignment.
struct AlignmentScore
{
    int predicted = 0; ///< (left, right) pairs of links that are not deleted or inserted
    int expected = 0;  ///< pairs of the gold
    int correct = 0;
    int rightOnly = 0;         ///< gold right-only paragraphs...
    int rightOnlyInserted = 0; ///< ... that came out in an inserted link
    int leftOnly = 0;          ///< gold left paragraphs with no right counterpart...
    int leftOnlyDeleted = 0;   ///< ... that came out in a deleted link
    QMap<QString, int> errors; ///< kind of disagreement -> how often

    double precision() const { return predicted > 0 ? double(correct) / predicted : 1.0; }
    double recall() const { return expected > 0 ? double(correct) / expected : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

/// @brief Scores links against the gold: precision/recall/F1 of paragraph pairs and a
/// description of each gold passage the links did not reproduce exactly.
AlignmentScore scoreLinks(const QVector<Link> &links, const Gold &gold);

/// @brief The gold's passages as links (kind Modified, or Deleted/Inserted for one side).
QVector<Link> goldLinks(const Gold &gold);

} // namespace Recension::Bench
