#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H

/// Runs libFuzzer on the target's LLVMFuzzerTestOneInput, as libFuzzer's own main would.
///
/// SwiftPM links an executable target with `main` as an alias of `<Target>_main`, which Swift
/// does not emit under -parse-as-library; each target defines that symbol and calls this.
int handbook_fuzz_main(int argc, char **argv);

#endif
