#include "text/breakiteratorcache.h"

#include <QByteArray>
#include <QMutex>

#include <unicode/uloc.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace Recension {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *iterator) const { ubrk_close(iterator); }
};
using BreakIteratorHandle = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

std::string cacheKey(BreakKind kind, const QByteArray &locale)
{
    return (kind == BreakKind::Word ? "w:" : "s:") + locale.toStdString();
}

// Opening an iterator loads and compiles rule data (milliseconds); cloning a prototype
// is cheap. Prototypes are never iterated, only cloned, under the mutex.
UBreakIterator *openClone(BreakKind kind, const QByteArray &locale, const std::string &key)
{
    static QMutex mutex;
    static std::unordered_map<std::string, BreakIteratorHandle> prototypes;

    const QMutexLocker lock(&mutex);
    auto it = prototypes.find(key);
    if (it == prototypes.end()) {
        UErrorCode status = U_ZERO_ERROR;
        // "ss=standard" turns on CLDR's sentence-break suppressions ("Mr.", "U.S." ...).
        const QByteArray id = kind == BreakKind::Sentence ? locale + "@ss=standard" : locale;
        UBreakIterator *opened = ubrk_open(kind == BreakKind::Word ? UBRK_WORD : UBRK_SENTENCE,
                                           id.constData(), nullptr, 0, &status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            opened = ubrk_open(kind == BreakKind::Word ? UBRK_WORD : UBRK_SENTENCE, "en",
                               nullptr, 0, &status);
        }
        if (U_FAILURE(status))
            return nullptr;
        it = prototypes.emplace(key, BreakIteratorHandle(opened)).first;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *clone = ubrk_clone(it->second.get(), &status);
    return U_SUCCESS(status) ? clone : nullptr;
}

} // namespace

UBreakIterator *BreakIteratorCache::forThread(BreakKind kind, const QString &language)
{
    // Entries are closed when the thread ends.
    thread_local std::unordered_map<std::string, BreakIteratorHandle> clones;
    thread_local QString lastLanguage[2];
    thread_local UBreakIterator *lastIterator[2] = {nullptr, nullptr};

    const int slot = kind == BreakKind::Word ? 0 : 1;
    if (lastIterator[slot] && lastLanguage[slot] == language)
        return lastIterator[slot];

    const std::string key = cacheKey(kind, icuLocale(language));
    auto it = clones.find(key);
    if (it == clones.end()) {
        UBreakIterator *clone = openClone(kind, icuLocale(language), key);
        if (!clone)
            return nullptr;
        it = clones.emplace(key, BreakIteratorHandle(clone)).first;
    }
    lastLanguage[slot] = language;
    lastIterator[slot] = it->second.get();
    return lastIterator[slot];
}

QByteArray BreakIteratorCache::icuLocale(const QString &language)
{
    if (language.isEmpty())
        return QByteArrayLiteral("en");
    char buffer[ULOC_FULLNAME_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray tag = language.toLatin1();
    const int32_t length = uloc_forLanguageTag(tag.constData(), buffer, sizeof buffer, nullptr,
                                               &status);
    if (U_FAILURE(status) || length <= 0)
        return QByteArrayLiteral("en");
    return QByteArray(buffer, length);
}

} // namespace Recension
