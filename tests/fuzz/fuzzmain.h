#pragma once

// The libFuzzer entry points of one target: RECENSION_FUZZ_TARGET(call) expands to
// LLVMFuzzerInitialize and LLVMFuzzerTestOneInput, both running `call` on bytes held in a
// QByteArray named `input`.
//
// Initialisation runs the target once on a short article (fuzzinputs.h, warmUpInput), so
// the engine's one-time loads (word lists, lexicon, dictionaries, thesaurus: about a second
// of CPU under ASan) happen before libFuzzer starts its per-input clock. Otherwise the
// first, smallest seed carries them, and libFuzzer's -timeout counts wall-clock time: on a
// busy machine a niced fuzzer waited 38 s for that one second and was reported as hung.
#include "fuzzinputs.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

#define RECENSION_FUZZ_TARGET(call)                                                      \
    namespace {                                                                          \
    void recensionFuzzRun(const QByteArray &input)                                       \
    {                                                                                    \
        call;                                                                            \
    }                                                                                    \
    }                                                                                    \
    /* The engine looks for data beside the application, so one must exist. It is never \
       destroyed: at exit Qt's own statics are gone before a static's destructor runs. */ \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                         \
    {                                                                                    \
        static QCoreApplication *application = new QCoreApplication(*argc, *argv);       \
        Q_UNUSED(application);                                                           \
        recensionFuzzRun(Recension::Fuzz::warmUpInput());                                \
        return 0;                                                                        \
    }                                                                                    \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)              \
    {                                                                                    \
        recensionFuzzRun(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))); \
        return 0;                                                                        \
    }
