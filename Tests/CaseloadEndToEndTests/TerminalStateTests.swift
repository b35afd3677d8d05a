import Foundation
import Testing

/// The REPL shows its state and keeps whole commands (issue 7): the prompt in a transaction
/// and in a replay view, Ctrl-D with a transaction open, history of multi-line commands,
/// Tab's list under a line wider than the terminal, and `source` stopping at a failure.
extension TerminalTests {
  @Test func promptShowsATransactionAndAReplayView() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    var environment = environment(scratch)
    environment["CASELOAD_TEST_CLOCK"] = "2026-11-27T09:30:00+07:00"
    let terminal = try PseudoTerminal(
      arguments: ["--store", scratch.store, "--today", "2026-11-27", "--officer", "tester"],
      environment: environment)
    try terminal.waitForPrompt()
    try terminal.run("supervisor add \"Tạ Văn Lộc\"\r", expecting: "added S1 Tạ Văn Lộc")
    try terminal.run("begin\r", expecting: "transaction open", then: "caseload*> ")
    try terminal.run(
      "supervisor add \"Hứa Thị Mơ\"\r", expecting: "staged: added S2 Hứa Thị Mơ", then: "caseload*> ")
    try terminal.run("commit\r", expecting: "committed 1 change, entry 2")
    try terminal.run(
      "audit replay seq=1\r", expecting: "viewing the state after entry 1", then: "caseload[seq 1]> ")
    try terminal.run("supervisor list\r", expecting: "S1  Tạ Văn Lộc", then: "caseload[seq 1]> ")
    try terminal.run("audit replay off\r", expecting: "back to the live store")
    try terminal.run(
      "audit replay until=2026-11-27\r", expecting: "viewing the state after entry 2",
      then: "caseload[2026-11-27]> ")
    terminal.type("quit\r")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func ctrlDWithATransactionOpenWarnsFirstAndRollsBackOnTheSecond() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch)
    try terminal.run("begin\r", expecting: "transaction open", then: "caseload*> ")
    try terminal.run(
      "supervisor add \"Quách Văn Tùng\"\r", expecting: "staged: added S1", then: "caseload*> ")
    terminal.type("\u{4}")
    try terminal.waitFor(
      "a transaction is open with 1 staged change; 'commit' keeps it, Ctrl-D again rolls it back")
    try terminal.waitForPrompt("caseload*> ")
    terminal.type("\u{4}")
    try terminal.waitFor("the open transaction was rolled back (1 change)")
    #expect(try terminal.exitStatus() == 0)
    let listed = try caseload(["--store", scratch.store, "-c", "supervisor list"])
    #expect(listed.stdout == "(none)\n")
  }

  @Test func historyKeepsAMultiLineCommandWholeWithItsIndentedLines() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch)
    terminal.type("supervisor add \"Hà Văn Bình\" \\\r")
    try terminal.waitForPrompt("...> ")
    try terminal.run("   kind=team\r", expecting: "added S1 Hà Văn Bình")
    // Up recalls the whole command, indented line included; Enter runs it as it was.
    terminal.type("\u{1B}[A")
    try terminal.waitFor("kind=team")
    try terminal.run("\r", expecting: "added S2 Hà Văn Bình")
    try terminal.run("supervisor show S2\r", expecting: "kind      team")
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func secondTabListsTheChoicesUnderALineWiderThanTheTerminal() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try prepare(scratch)
    let terminal = try repl(scratch)
    let note = String(repeating: "Ghi chú rất dài. ", count: 8)
    terminal.type("visit P1 note=\"\(note)\" kind=\t\t")
    try terminal.waitFor("kind=workplace")
    let lines = terminal.settledScreen().lines
    #expect(lines.contains { $0.contains("kind=home") && $0.contains("kind=workplace") })
    #expect(lines.last { $0.hasPrefix("caseload> visit P1") } != nil)
    terminal.type("\u{15}quit\r")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func sourceStopsTheFileAtAFailingLine() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let file = scratch.path + "/part.caseload"
    try "supervisor add \"Ninh Văn Tú\"\nfrobnicate\nsupervisor add \"Không Chạy\"\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let terminal = try repl(scratch)
    try terminal.run("source \(file)\r", expecting: "part.caseload:2: error: unknown command 'frobnicate'")
    try terminal.run("supervisor list format=csv\r", expecting: "S1,Ninh Văn Tú")
    #expect(!terminal.screenText.contains("Không Chạy\","))
    #expect(!terminal.screenText.contains("S2,"))
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
  }
}
