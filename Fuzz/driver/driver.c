// LLVMFuzzerRunDriver is in libFuzzer (clang_rt.fuzzer), linked by -sanitize=fuzzer; this
// target only declares it (include/FuzzDriver.h).
#include "FuzzDriver.h"
