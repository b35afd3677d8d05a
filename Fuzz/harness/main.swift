// caseload's fuzzers (SPEC §12), one program for the three targets, built with libFuzzer and
// AddressSanitizer by `scripts/fuzz`:
//   .build-fuzz/debug/caseload-fuzz TARGET [libFuzzer options] [CORPUS_DIR | FILE ...]
// TARGET is `command`, `plist` or `transfer`. Any input may be refused with an error; only a
// crash, a hang or a sanitizer report is a finding.
import CaseloadStore
import FuzzDriver

#if canImport(Glibc)
  import Glibc
#endif

let targets: [String: (UnsafeRawBufferPointer) -> Void] = [
  "command": fuzzCommand, "plist": FuzzEntry.plist, "transfer": FuzzEntry.transfer,
]

/// The target this run fuzzes, chosen by the first argument.
nonisolated(unsafe) var chosen: (UnsafeRawBufferPointer) -> Void = { _ in }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  chosen(UnsafeRawBufferPointer(start: start, count: count))
  return 0
}

/// The program's `main`: SwiftPM links `main` to `<module>_main` on Linux, so libFuzzer's own
/// `main` is not used; this one takes the target's name off the arguments and hands the rest
/// to libFuzzer's driver. The name is also left in `CASELOAD_FUZZ_TARGET`, where the processes
/// libFuzzer starts itself (`-fork=N`, `-minimize_crash=1`) find it without the argument.
@_cdecl("caseload_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  var name = getenv("CASELOAD_FUZZ_TARGET").map { String(cString: $0) }
  if argc > 1, let first = argv[1].map({ String(cString: $0) }), targets[first] != nil {
    name = first
    setenv("CASELOAD_FUZZ_TARGET", first, 1)
    argv[1] = argv[0]
    count = argc - 1
    arguments = argv + 1
  }
  guard let name, let target = targets[name] else {
    print("usage: caseload-fuzz command|plist|transfer [libFuzzer options] [CORPUS_DIR | FILE ...]")
    return 2
  }
  chosen = target
  return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}
