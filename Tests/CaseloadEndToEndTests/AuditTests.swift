import Foundation
import Testing

/// Audit playback through the real binary: recording times, tampering, dry runs.
@Suite struct AuditTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  func environment(_ scratch: Scratch, clock: String = "2026-11-27T09:30:00+07:00") -> [String: String] {
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_TEST_CLOCK"] = clock
    return environment
  }

  func seed(_ scratch: Scratch) throws {
    let run = try caseload(
      ["--store", scratch.store] + fixed,
      stdin: """
        supervisor add "Đỗ Minh Khang" kind=police
        person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-10-05
        assign P1 S1 from=2026-10-06
        visit P1 on=2026-11-01
        """, environment: environment(scratch))
    #expect(run.status == 0, "\(run.stderr)")
  }

  /// Edits a store file by hand, as someone tampering with it would.
  func replace(_ old: String, with new: String, in file: String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
  }

  @Test func undoOfAnotherOfficersEntryNamesThatOfficer() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let other = ["--store", scratch.store, "--today", "2026-11-27", "--officer", "Cán bộ Hà"]
    let undone = try caseload(other + ["-c", "undo 4"], environment: environment(scratch))
    #expect(
      undone.stdout
        == "undid entry 4: visit P1 id=V1 by=S1 on=2026-11-01 kind=home (recorded by officer tester)\n")
    // Undoing one's own undo redoes the entry, and names no one.
    let redone = try caseload(other + ["-c", "undo"], environment: environment(scratch))
    #expect(redone.stdout == "redid entry 4: visit P1 id=V1 by=S1 on=2026-11-01 kind=home\n")
  }

  @Test func asOfAndUntilMeanTheRecordingDay() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let later = environment(scratch, clock: "2026-11-28T08:00:00+07:00")
    _ = try caseload(
      ["--store", scratch.store] + fixed + [
        "-c", #"person add "Lê Thị Hoa" born=1990-02-02 released=2026-11-01"#,
      ],
      environment: later)
    let run = try caseload(
      ["--store", scratch.store] + fixed
        + [
          "-c", "as-of 2026-11-27 person list format=csv", "-c", "as-of 28/11/2026 person list format=csv",
          "-c", "audit replay until=2026-11-27 to=\(scratch.path)/copy",
        ], environment: later)
    #expect(run.status == 0, "\(run.stderr)")
    let lists = run.stdout.components(separatedBy: "id,name,").dropFirst()
    #expect(lists.count == 2)
    #expect(lists.first?.contains("Lê Thị Hoa") == false)
    #expect(lists.last?.contains("Lê Thị Hoa") == true)
    #expect(run.stdout.contains("replayed 4 entries into \(scratch.path)/copy, through entry 4"))
    let copy = try caseload(["--store", scratch.path + "/copy", "-c", "audit verify"] + fixed)
    #expect(copy.stdout == "ok: 4 entries\n")
  }

  @Test func verifyNamesAHandEditedPlistAndFailsTheBatch() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    try replace("2026-10-05", with: "2026-10-04", in: scratch.store + "/persons/P1.plist")
    let run = try caseload(["--store", scratch.store, "-c", "audit verify"] + fixed)
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "<command>:1: error: audit verify: persons/P1.plist differs from the journal: P1 received: 2026-10-05 → 2026-10-04\n"
    )
  }

  @Test func verifyNamesAnEditedJournalEntry() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    try replace("from=2026-10-06", with: "from=2026-10-07", in: scratch.store + "/journal.caseload")
    let run = try caseload(["--store", scratch.store, "-c", "audit verify"] + fixed)
    #expect(run.status == 1)
    #expect(run.stderr.contains("entry 3 does not match its hash"))
  }

  @Test func aTornTailIsRemovedReportedAndTheStoreVerifies() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let journal = FileHandle(forWritingAtPath: scratch.store + "/journal.caseload")!
    journal.seekToEndOfFile()
    journal.write(Data("visit P1 id=V2 by=S1 on=2026-11-20 kind=home #| seq=5 at=2026".utf8))
    journal.closeFile()
    let run = try caseload(["--store", scratch.store, "-c", "audit verify"] + fixed)
    #expect(run.stderr.contains("removed an unfinished last journal entry"))
    #expect(run.stdout == "ok: 4 entries\n")
    #expect(run.status == 0)
  }

  @Test func aTruncatedJournalIsReportedAndWritesAreRefused() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let path = scratch.store + "/journal.caseload"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    try (lines.dropLast().joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let verify = try caseload(["--store", scratch.store, "-c", "audit verify"] + fixed)
    #expect(verify.status == 1)
    #expect(
      verify.stderr.contains("the journal has 3 entries but store.plist records 4: the journal was truncated")
    )
    let write = try caseload(["--store", scratch.store, "-c", "visit P1"] + fixed)
    #expect(write.status == 3)
    #expect(write.stderr.contains("shorter than store.plist records"))
    // Issue 17, finding 10: queries and the audit commands still answer, so that the officer
    // can compare what the files hold with what the journal still has (README's recovery).
    for query in ["person show P1", "person list", "overdue", "audit log", "audit show 3"] {
      let run = try caseload(["--store", scratch.store, "-c", query] + fixed)
      #expect(run.status == 0, "\(query): \(run.stderr)")
      #expect(!run.stdout.isEmpty, "\(query)")
    }
    #expect(try caseload(["--store", scratch.store, "-c", "person show P1"] + fixed).stdout.contains("P1"))
    #expect(!(try caseload(["--store", scratch.store, "-c", "audit log"] + fixed).stdout.contains("\n4 ")))
  }

  @Test func aJournalWhoseLastEntryDoesNotReadRefusesWrites() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let path = scratch.store + "/journal.caseload"
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    // What an older caseload wrote for a CRLF script: a raw CR, here in the last entry.
    lines[lines.count - 2] = lines[lines.count - 2].replacingOccurrences(of: " #| seq=4", with: "\r#| seq=4")
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let write = try caseload(["--store", scratch.store, "-c", "visit P1"] + fixed)
    #expect(write.status == 3)
    #expect(write.stderr.contains("journal.caseload: entry 4"), "\(write.stderr)")
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n").count == lines.count)
  }

  @Test func dryRunShowsTheEntriesAndErrorsAndWritesNothing() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch)
    let journal = try String(contentsOfFile: scratch.store + "/journal.caseload", encoding: .utf8)
    let script = scratch.path + "/plan.caseload"
    try "visit P1 on=2026-11-20 kind=phone\nvisit P9\nundo\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    let run = try caseload(["--store", scratch.store, "--dry-run", "--keep-going", script] + fixed)
    #expect(run.status == 1)
    #expect(run.stdout.contains("would record: visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"))
    #expect(run.stderr.contains("\(script):2: error: no person P9"))
    #expect(
      run.stderr.contains("\(script):3: error: cannot undo entry 4: this transaction has changed P1 since"))
    #expect(try String(contentsOfFile: scratch.store + "/journal.caseload", encoding: .utf8) == journal)
  }
}
