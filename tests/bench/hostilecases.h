#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension::Bench {

/// A pathological but legal pair of inputs, and an ordinary article pair of the same size
/// to hold it against.
struct HostileCase
{
    QString name;          ///< what makes it hard, in words
    QString left;
    QString right;
    QString ordinaryLeft;  ///< generated news text, as many bytes as `left`
    QString ordinaryRight; ///< its light edit, as many bytes as `right` (near enough)
};

/// @brief Writes the hostile cases of the reliability issue and more in the same spirit
/// (numbers, repeated paragraphs and sentences, attributes, quotation marks, one-character
/// lines, a Markdown table, one huge paragraph, one very long word, deep HTML nesting)
/// into `directory`, deterministic for the same inputs; `scale` 1.0 is the sizes.
/// Empty on failure, with `error` set.
QVector<HostileCase> hostileCases(const QString &samples, const QString &directory, double scale,
                                  QString *error);

/// @brief Two generated articles of `bytes` bytes each, a light edit apart (for the size
/// limit: two files at the limit).
HostileCase filesAtLimit(const QString &samples, const QString &directory, qint64 bytes,
                         QString *error);

} // namespace Recension::Bench
