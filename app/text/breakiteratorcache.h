#pragma once

#include <QString>

#include <unicode/ubrk.h>

namespace Recension {

/// What an ICU break iterator segments into.
enum class BreakKind : quint8 { Word, Sentence };

/// @brief ICU break iterators per locale and kind, opened once and cloned once per thread.
/// The returned iterator belongs to the calling thread and lives until the thread ends;
/// callers only set their text on it and must not close it.
class BreakIteratorCache final
{
public:
    /// @brief The calling thread's iterator for a BCP 47 language tag ("en", "de-CH", "th").
    static UBreakIterator *forThread(BreakKind kind, const QString &language);

    /// @brief ICU locale id for a BCP 47 tag ("en-US" -> "en_US"); "en" for an empty tag.
    static QByteArray icuLocale(const QString &language);
};

} // namespace Recension
