// Raw bytes through the loader of one format (RECENSION_FUZZ_EXTENSION): decoding,
// parsing and paragraph splitting must refuse or accept, never crash, hang or read wild.
#include "fuzzmain.h"

RECENSION_FUZZ_TARGET(Recension::Fuzz::load(input, QStringLiteral(RECENSION_FUZZ_EXTENSION)))
