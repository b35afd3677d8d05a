// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
  name: "caseload",
  products: [.executable(name: "caseload", targets: ["caseload"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "CaseloadCore"),
    .target(name: "CaseloadLanguage", dependencies: ["CaseloadCore"]),
    .target(
      name: "CaseloadStore",
      dependencies: ["CaseloadLanguage", .product(name: "Crypto", package: "swift-crypto")]),
    .target(name: "CaseloadShell", dependencies: ["CaseloadStore", "CLibEdit"]),
    .target(
      name: "CaseloadCommandLine",
      dependencies: ["CaseloadShell", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(
      name: "caseload",
      dependencies: ["CaseloadCommandLine"],
      // A release binary is linked at a fixed address: the loader then has no relocations of
      // its own to apply at every start (88,000 here, 0.6 ms). The README says what it costs.
      linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]),
    .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore"]),
    .testTarget(name: "CaseloadLanguageTests", dependencies: ["CaseloadLanguage"]),
    .testTarget(name: "CaseloadStoreTests", dependencies: ["CaseloadStore"]),
    .testTarget(name: "CaseloadShellTests", dependencies: ["CaseloadShell"]),
    .testTarget(name: "CaseloadCommandLineTests", dependencies: ["CaseloadCommandLine"]),
    .testTarget(name: "CaseloadEndToEndTests", exclude: ["Transcripts"]),
  ],
  swiftLanguageModes: [.v5]
)

// The fuzzers (`Fuzz/`), declared only for `scripts/fuzz`, which builds them with libFuzzer and
// AddressSanitizer (`-sanitize=fuzzer,address`) in `.build-fuzz`: `swift build` and
// `swift test` never see them, and the `caseload` binary is built as before.
if ProcessInfo.processInfo.environment["CASELOAD_FUZZ"] == "1" {
  package.targets += [
    .target(name: "FuzzDriver", path: "Fuzz/driver"),
    .executableTarget(
      name: "caseload-fuzz", dependencies: ["CaseloadLanguage", "CaseloadStore", "FuzzDriver"],
      path: "Fuzz/harness"),
  ]
}
