#include <stddef.h>
#include <stdint.h>
#include "FuzzDriver.h"

// Both from libclang_rt.fuzzer, linked by -sanitize=fuzzer; the second is the target's.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int handbook_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
