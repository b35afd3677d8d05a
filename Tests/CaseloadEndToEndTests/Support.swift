import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The package's root directory, found from this file's place in it.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// The caseload binary built by `swift build` (or `$CASELOAD_BINARY`).
let caseloadBinary =
  ProcessInfo.processInfo.environment["CASELOAD_BINARY"]
  ?? packageRoot + "/.build/debug/caseload"

/// A fresh directory for one test.
struct Scratch {
  let path: String
  init() {
    path = NSTemporaryDirectory() + "caseload-e2e-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  func remove() { try? FileManager.default.removeItem(atPath: path) }
  var store: String { path + "/store" }
}

/// What a finished caseload process printed and how it ended.
struct Run {
  var stdout: String
  var stderr: String
  /// stdout and stderr as one stream, in the order they were written.
  var combined: String
  var status: Int32
}

/// The environment every test run starts from: no store, officer or date from the machine.
func baseEnvironment(home: String) -> [String: String] {
  var environment = ProcessInfo.processInfo.environment
  for key in [
    "CASELOAD_STORE", "CASELOAD_OFFICER", "CASELOAD_TODAY", "CASELOAD_HISTORY", "XDG_DATA_HOME",
    "XDG_STATE_HOME", "XDG_CONFIG_HOME", "CASELOAD_KEY", "CASELOAD_LANG", "LC_ALL", "LC_MESSAGES",
    "CASELOAD_MISSING_TRANSLATIONS",
  ] {
    environment[key] = nil
  }
  environment["HOME"] = home
  environment["LANG"] = "C.UTF-8"
  return environment
}

/// Runs caseload to completion with its output in files (nothing can block on a pipe);
/// stdout and stderr share one file when `out == err`, keeping their order.
private func launch(
  _ arguments: [String], stdin: Data, environment: [String: String]?, directory: String?,
  scratch: Scratch, out: String, err: String
) throws -> Int32 {
  let inputPath = scratch.path + "/stdin"
  FileManager.default.createFile(atPath: inputPath, contents: stdin)
  for path in Set([out, err]) { FileManager.default.createFile(atPath: path, contents: nil) }
  let outHandle = FileHandle(forWritingAtPath: out)!
  let process = Process()
  process.executableURL = URL(fileURLWithPath: caseloadBinary)
  process.arguments = arguments
  process.environment = environment ?? baseEnvironment(home: scratch.path)
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  process.standardInput = FileHandle(forReadingAtPath: inputPath)!
  process.standardOutput = outHandle
  process.standardError = out == err ? outHandle : FileHandle(forWritingAtPath: err)!
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}

private func contents(_ path: String) -> String {
  String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
}

/// Runs caseload to completion, keeping stdout and stderr apart.
func caseload(
  _ arguments: [String], stdin: String = "", environment: [String: String]? = nil,
  directory: String? = nil
) throws -> Run {
  try caseload(arguments, stdinBytes: Data(stdin.utf8), environment: environment, directory: directory)
}

/// Runs caseload to completion with these exact bytes on standard input (which need not be UTF-8).
func caseload(
  _ arguments: [String], stdinBytes: Data, environment: [String: String]? = nil,
  directory: String? = nil
) throws -> Run {
  let scratch = Scratch()
  defer { scratch.remove() }
  let (out, err) = (scratch.path + "/out", scratch.path + "/err")
  let status = try launch(
    arguments, stdin: stdinBytes, environment: environment, directory: directory, scratch: scratch,
    out: out, err: err)
  return Run(stdout: contents(out), stderr: contents(err), combined: "", status: status)
}

/// Runs caseload with stdout and stderr in one stream, as a person at a terminal sees them.
func caseloadCombined(
  _ arguments: [String], stdin: String = "", environment: [String: String]? = nil,
  directory: String? = nil
) throws -> Run {
  let scratch = Scratch()
  defer { scratch.remove() }
  let both = scratch.path + "/both"
  let status = try launch(
    arguments, stdin: Data(stdin.utf8), environment: environment, directory: directory,
    scratch: scratch, out: both, err: both)
  return Run(stdout: "", stderr: "", combined: contents(both), status: status)
}

/// Every file of a store, by relative path, with its bytes: to show that nothing changed.
func snapshot(_ store: String) -> [String: Data] {
  var files: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(atPath: store)
  while let name = enumerator?.nextObject() as? String {
    if let data = FileManager.default.contents(atPath: store + "/" + name) { files[name] = data }
  }
  return files
}
