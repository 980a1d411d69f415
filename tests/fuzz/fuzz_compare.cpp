// A whole comparison of two fuzzed documents (seeds are written LEFT NUL RIGHT).
#include "fuzzmain.h"

RECENSION_FUZZ_TARGET(Recension::Fuzz::comparePair(input))
