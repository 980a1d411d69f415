#pragma once

#include "text/analysedtext.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace Recension {

/// @brief Token indices at which the sentences of a paragraph begin; [0] == 0, always.
/// ICU's sentence breaks (with CLDR's abbreviation suppressions) minus breaks after a
/// title or abbreviation ("Dr.", "Gen.", "Jan.", "U.S.", "e.g.") or an initial ("J. R. R.")
/// unless the next word is one that usually opens a sentence ("The", "He"). A boundary
/// never splits a token. `tokens` must be the tokenization of `text`.
QVector<int> sentenceStarts(QStringView text, const QVector<Token> &tokens,
                            const QString &language);

} // namespace Recension
