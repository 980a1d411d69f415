#pragma once

#include "text/analysedtext.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace Recension {

/// @brief Splits a paragraph into ICU word-break tokens covering it in order with no gaps.
/// Keys and stems are left 0. A number grouped by a no-break, figure or thin space
/// ("3 600") is joined into one Number token. `icuWordCount`, when given, receives the
/// count of ICU word segments before that joining (the rule of Document::wordCount).
QVector<Token> tokenize(QStringView text, const QString &language, int *icuWordCount = nullptr);

/// @brief True when the displayed text starts with an upper- or title-case letter.
bool startsCapitalised(QStringView text);

} // namespace Recension
