#include "text/analysedtext.h"
