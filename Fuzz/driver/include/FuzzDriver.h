// libFuzzer's driver, which the fuzzers' `main` calls: SwiftPM links an executable's `main`
// to the module's own entry point, so libFuzzer's `main` cannot be used.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
