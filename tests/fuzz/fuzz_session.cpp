// Fuzzed bytes as a saved session (File › Open Session, and the recovery file read at
// start-up): refused with a message or read, and a session read writes back to itself.
#include "fuzzmain.h"

RECENSION_FUZZ_TARGET(Recension::Fuzz::session(input))
