#include "document/wordcount.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <memory>

namespace Recension {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *iterator) const { ubrk_close(iterator); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening a word break iterator loads rule data; cloning the cached one is cheap.
// The prototype is never used to iterate, so sharing it between threads is safe.
const UBreakIterator *prototype()
{
    static const BreakIteratorPtr cached = [] {
        UErrorCode status = U_ZERO_ERROR;
        BreakIteratorPtr iterator(ubrk_open(UBRK_WORD, "en", nullptr, 0, &status));
        return U_SUCCESS(status) ? std::move(iterator) : BreakIteratorPtr();
    }();
    return cached.get();
}

UBreakIterator *threadIterator()
{
    thread_local const BreakIteratorPtr iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UBreakIterator *source = prototype();
        BreakIteratorPtr clone(source ? ubrk_clone(source, &status) : nullptr);
        return U_SUCCESS(status) ? std::move(clone) : BreakIteratorPtr();
    }();
    return iterator.get();
}

} // namespace

int countWords(QStringView text)
{
    if (text.isEmpty())
        return 0;
    UBreakIterator *iterator = threadIterator();
    if (!iterator)
        return 0;

    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    // No copy: ICU reads the QString's UTF-16 buffer, so boundaries are QString positions.
    utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    ubrk_setUText(iterator, &utext, &status);
    if (U_FAILURE(status)) {
        utext_close(&utext);
        return 0;
    }

    int words = 0;
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
        const int32_t rule = ubrk_getRuleStatus(iterator);
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_IDEO_LIMIT)
            ++words;
    }
    utext_close(&utext);
    return words;
}

} // namespace Recension
