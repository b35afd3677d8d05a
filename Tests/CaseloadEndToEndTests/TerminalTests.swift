import Foundation
import Testing

/// The REPL through a pseudo-terminal, as an officer types at it.
@Suite(.serialized) struct TerminalTests {
  static let ward = """
    supervisor add "Trần Thị Bích" kind=team
    person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-10-05
    person add "Đặng Thị Đào" born=1992-07-07 released=2026-09-01 received=2026-09-03
    """

  func environment(_ scratch: Scratch) -> [String: String] {
    var environment = baseEnvironment(home: scratch.path)
    environment["TERM"] = "xterm"
    environment["CASELOAD_HISTORY"] = scratch.path + "/state/history"
    return environment
  }

  func repl(_ scratch: Scratch) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      arguments: ["--store", scratch.store, "--today", "2026-11-27", "--officer", "tester"],
      environment: environment(scratch))
    try terminal.waitForPrompt()
    return terminal
  }

  func prepare(_ scratch: Scratch) throws {
    let run = try caseload(["--store", scratch.store, "--today", "2026-11-27", "-c", Self.ward])
    #expect(run.status == 0)
  }

  /// libedit redraws only what changed, so completion is judged by what the completed line
  /// then does: each command below runs only if Tab filled in the missing text.
  @Test func tabCompletesWordsKeysValuesAndVietnameseNames() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try prepare(scratch)
    let terminal = try repl(scratch)
    try terminal.run("pers\tli\t\r", expecting: "P2  Đặng Thị Đào")
    try terminal.run("show \"ngu\tform\tj\t\r", expecting: "\"name\": \"Nguyễn Văn An\"")
    try terminal.run(
      "person add \"Lý Văn Tú\" bo\t1990-01-01 released=2026-11-01\r", expecting: "added P3 Lý Văn Tú")
    try terminal.run(
      "visit \"dang\tby=S1 kind=wo\t\r", expecting: "recorded V1: P2 Đặng Thị Đào visited by S1 Trần Thị Bích"
    )
    try terminal.run("visits P2 format=csv\r", expecting: "V1,P2,S1,2026-11-27,workplace")
    terminal.type("v\t\t")
    try terminal.waitFor("visits")
    terminal.type("\u{15}quit\r")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func homeEndAndDeleteKeysEdit() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch)
    // "upervisor lisx": Home, insert "s"; End, Left, Delete removes the "x", then "t".
    try terminal.run("upervisor lisx\u{1B}[Hs\u{1B}[F\u{1B}[D\u{1B}[3~t\r", expecting: "(none)")
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func historyIsKeptAcrossSessionsPrivately() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let first = try repl(scratch)
    try first.run("supervisor add \"Hồ Văn Tâm\"\r", expecting: "added S1 Hồ Văn Tâm")
    first.type("\u{4}")
    #expect(try first.exitStatus() == 0)
    let history = scratch.path + "/state/history"
    let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let second = try repl(scratch)
    second.type("\u{1B}[A")
    try second.waitFor("supervisor add \"Hồ Văn Tâm\"")
    try second.run("\r", expecting: "added S2 Hồ Văn Tâm")
    second.type("\u{4}")
    #expect(try second.exitStatus() == 0)
  }

  @Test func ctrlCDropsTheLineAndRunsNothing() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch)
    terminal.type("supervisor add \"Không Lưu\"")
    try terminal.waitFor("Không Lưu")
    terminal.type("\u{3}")
    try terminal.waitForPrompt()
    try terminal.run("supervisor list\r", expecting: "(none)")
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func unclosedQuoteContinuesAndErrorsShowACaret() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch)
    terminal.type("supervisor add \"Hai\r")
    try terminal.waitForPrompt("...> ")
    try terminal.run("Dòng\"\r", expecting: "added S1 Hai")
    terminal.type("visit P9\r")
    try terminal.waitFor("error: no person P9")
    try terminal.waitFor("      ^~")
    try terminal.waitForPrompt()
    terminal.type("exit\r")
    #expect(try terminal.exitStatus() == 0)
  }
}
