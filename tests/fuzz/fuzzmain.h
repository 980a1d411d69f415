#pragma once

// The libFuzzer entry point of one target: RECENSION_FUZZ_TARGET(call) expands to
// LLVMFuzzerTestOneInput running `call` on the input, held in a QByteArray named `input`.
#include "fuzzinputs.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// The engine looks for data beside the application, so one must exist. It is never
// destroyed: at exit Qt's own statics are gone before a static's destructor would run.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
    return 0;
}

#define RECENSION_FUZZ_TARGET(call)                                                      \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)              \
    {                                                                                    \
        const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));   \
        call;                                                                            \
        return 0;                                                                        \
    }
