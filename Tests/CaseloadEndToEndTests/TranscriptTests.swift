import Foundation
import Testing

/// Each `Transcripts/NAME.caseload` runs through the real binary on a new store with
/// `--today 2026-11-27`; its output (stdout and stderr as one stream) and exit status must
/// match `NAME.expected`. A first line `# args: …` adds command-line arguments. Journal
/// timestamps are fixed (`CASELOAD_TEST_CLOCK`) so that audit output is reproducible.
/// `CASELOAD_UPDATE_TRANSCRIPTS=1 swift test` rewrites the expected files: review the diff.
@Suite struct TranscriptTests {
  static let directory = packageRoot + "/Tests/CaseloadEndToEndTests/Transcripts"

  static var names: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return files.filter { $0.hasSuffix(".caseload") }.map { String($0.dropLast(".caseload".count)) }.sorted()
  }

  @Test func thereAreTranscripts() {
    #expect(Self.names.count >= 8)
  }

  @Test(arguments: names)
  func transcript(name: String) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let script = try String(contentsOfFile: "\(Self.directory)/\(name).caseload", encoding: .utf8)
    var arguments = ["--store", scratch.store, "--today", "2026-11-27", "--officer", "tester"]
    // `isNewline` also ends a line at "\r\n", one Character, as in `crlf.caseload`; a
    // byte-order mark may start the file, as in `bom.caseload`.
    if let line = script.split(whereSeparator: \.isNewline).first,
      case let first = line.hasPrefix("\u{FEFF}") ? line.dropFirst() : line, first.hasPrefix("# args:")
    {
      arguments += first.dropFirst("# args:".count).split(separator: " ").map(String.init)
    }
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_TEST_CLOCK"] = "2026-11-27T09:30:00+07:00"
    let run = try caseloadCombined(
      arguments + ["\(name).caseload"], environment: environment, directory: try workingDirectory(scratch))
    let actual = run.combined + "[exit \(run.status)]\n"
    let expectedPath = "\(Self.directory)/\(name).expected"
    if ProcessInfo.processInfo.environment["CASELOAD_UPDATE_TRANSCRIPTS"] == "1" {
      try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
    }
    let expected =
      (try? String(contentsOfFile: expectedPath, encoding: .utf8)) ?? "(missing \(name).expected)"
    #expect(actual == expected)
  }

  /// A directory in `scratch` that shows every file of the transcripts' directory, so that
  /// scripts name them as their neighbours while files they write (`file=an.plist`) stay in
  /// the scratch directory.
  func workingDirectory(_ scratch: Scratch) throws -> String {
    let work = scratch.path + "/work"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.directory) {
      try FileManager.default.createSymbolicLink(
        atPath: "\(work)/\(name)", withDestinationPath: "\(Self.directory)/\(name)")
    }
    return work
  }
}
