#pragma once

#include <QStringView>

namespace Recension {

/// @brief Number of ICU word-break segments of number, letter, kana or ideographic status.
/// Emoji, punctuation and spaces are not words; "U.S." and "ministry’s" are one word each.
/// Thread-safe: each thread uses its own clone of one cached break iterator.
int countWords(QStringView text);

} // namespace Recension
