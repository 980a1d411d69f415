#pragma once

// The libFuzzer entry point of one target: RECENSION_FUZZ_TARGET(call) expands to
// LLVMFuzzerTestOneInput running `call` on the input, held in a QByteArray named `input`.
#include "fuzzinputs.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

// The engine looks for data beside the application, so one must exist.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static std::unique_ptr<QCoreApplication> application;
    if (!application)
        application = std::make_unique<QCoreApplication>(*argc, *argv);
    return 0;
}

#define RECENSION_FUZZ_TARGET(call)                                                      \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)              \
    {                                                                                    \
        const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));   \
        call;                                                                            \
        return 0;                                                                        \
    }
