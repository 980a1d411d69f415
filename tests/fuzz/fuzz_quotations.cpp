// Fuzzed text through the quotation and attribution finders.
#include "fuzzmain.h"

RECENSION_FUZZ_TARGET(Recension::Fuzz::quotations(input))
