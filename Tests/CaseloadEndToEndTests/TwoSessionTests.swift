import Foundation
import Testing

/// §7: an officer's REPL and a batch on one store; each sees the other's work at its next
/// command, and an open transaction makes the other's write wait, then fail with exit 3.
@Suite struct TwoSessionTests {
  @Test func replAndBatchSeeEachOtherAndTheLockNamesItsHolder() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    var environment = baseEnvironment(home: scratch.path)
    environment["TERM"] = "xterm"
    environment["CASELOAD_HISTORY"] = scratch.path + "/history"
    let batch = ["--store", scratch.store, "--today", "2026-11-27", "--officer", "batch"]
    let repl = try PseudoTerminal(
      arguments: ["--store", scratch.store, "--today", "2026-11-27", "--officer", "Cán bộ Hà"],
      environment: environment)
    try repl.waitForPrompt()

    #expect(try caseload(batch + ["-c", "supervisor add \"Từ Batch\""]).status == 0)
    try repl.run("supervisor list\r", expecting: "S1  Từ Batch")
    try repl.run("supervisor add \"Từ REPL\"\r", expecting: "added S2 Từ REPL")
    let listed = try caseload(batch + ["-c", "supervisor list format=csv"])
    #expect(listed.stdout.contains("S2,Từ REPL,"))

    try repl.run("begin\r", expecting: "transaction open", then: "caseload*> ")
    try repl.run(
      "supervisor add \"Trong Giao Dịch\"\r", expecting: "staged: added S3 Trong Giao Dịch",
      then: "caseload*> ")
    let blocked = try caseload(batch + ["-c", "supervisor add \"Bị Chặn\""])
    #expect(blocked.status == 3)
    #expect(blocked.stderr.contains("locked by officer Cán bộ Hà, process \(repl.pid), since "))
    #expect(blocked.stderr.contains("gave up after 5 seconds"))
    let reading = try caseload(batch + ["-c", "supervisor list format=csv"])
    #expect(reading.status == 0)
    #expect(!reading.stdout.contains("Trong Giao Dịch"))

    try repl.run("commit\r", expecting: "committed 1 change, entry 3")
    let after = try caseload(batch + ["-c", "supervisor add \"Sau Cùng\""])
    #expect(after.stdout == "added S4 Sau Cùng\n")
    try repl.run("supervisor show S4\r", expecting: "Sau Cùng")
    repl.type("\u{4}")
    #expect(try repl.exitStatus() == 0)
  }
}
