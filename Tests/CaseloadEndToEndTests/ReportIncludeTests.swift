import Foundation
import Testing

/// `report include=` opens other wards' stores read-only: it writes nothing in them, not even
/// to repair one, and refuses one that does not verify.
@Suite struct ReportIncludeTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  func run(_ store: String, _ commands: String, in scratch: Scratch) throws -> Run {
    try caseload(
      ["--store", store] + fixed, stdin: commands, environment: baseEnvironment(home: scratch.path))
  }

  func ward(_ path: String, named name: String, in scratch: Scratch) throws {
    let made = try run(
      path,
      """
      ward set name="\(name)"
      person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-11-05
      """, in: scratch)
    #expect(made.status == 0, "\(made.stderr)")
  }

  @Test func includedStoresAreReadAndVerifiedButNeverWritten() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (home, other) = (scratch.path + "/home", scratch.path + "/other")
    try ward(home, named: "Phường Một", in: scratch)
    try ward(other, named: "Phường Hai", in: scratch)
    let before = snapshot(other)
    let report = try run(home, "report include=\(other) format=csv\n", in: scratch)
    #expect(report.status == 0, "\(report.stderr)")
    let lines = report.stdout.split(separator: "\r\n")
    #expect(lines.count == 4)
    #expect(lines[3].hasPrefix("total,2026-11-01,2026-11-30,0,2,"))
    #expect(snapshot(other) == before)
  }

  /// Files may lag a journal for a while (a batch running in that ward checkpoints every
  /// 10,000 entries), so the report counts from the journal, and still repairs nothing.
  @Test func aStoreWhoseFilesLagItsJournalIsReportedFromItsJournalNotRepaired() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (home, other) = (scratch.path + "/home", scratch.path + "/other")
    try ward(home, named: "Phường Một", in: scratch)
    try ward(other, named: "Phường Hai", in: scratch)
    // As a crash between the journal append and the files leaves it.
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_TEST_FAULT"] = "crash:1"
    _ = try caseload(
      ["--store", other] + fixed + ["-c", "ward set name=\"Phường Ba\""], environment: environment)
    let before = snapshot(other)
    let report = try run(home, "report include=\(other) format=csv\n", in: scratch)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("Phường Ba"), "the ward's name as its journal has it")
    #expect(snapshot(other) == before)
  }
}
