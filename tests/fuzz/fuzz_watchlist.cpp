// Fuzzed bytes as a watch file, and the terms read from it through the matcher.
#include "fuzzmain.h"

RECENSION_FUZZ_TARGET(Recension::Fuzz::watchList(input))
