import Foundation
import Testing

/// §11: colour only on a terminal (`--color=auto`), forced by `--color=always`, refused by
/// `--color=never` and by `NO_COLOR`; never an escape code in a pipe or file by default.
@Suite struct ColorTests {
  static let red = "\u{1B}[31m"
  static let yellow = "\u{1B}[33m"

  /// A ward with an overdue case, a load over capacity, a warning and an error.
  static let ward = """
    supervisor add "Trần Thị Bích" capacity=1
    supervisor add "Đỗ Minh Hải"
    person add "Nguyễn Văn An" born=1980-01-02 released=2026-01-10 received=2026-01-15
    person add "Đặng Thị Đào" born=1992-07-07 released=2026-09-01 received=2026-09-03
    assign P1 S1 from=2026-01-20
    assign P2 S1 from=2026-09-04 force
    visit P2 by=S2 on=2026-11-20
    visit P9
    overdue
    caseload
    chart caseload
    """

  func run(_ extra: [String], noColor: String? = nil) throws -> Run {
    let scratch = Scratch()
    defer { scratch.remove() }
    var environment = baseEnvironment(home: scratch.path)
    environment["NO_COLOR"] = noColor
    environment["TERM"] = "xterm"
    return try caseload(
      ["--store", scratch.store, "--today", "2026-11-27", "--keep-going"] + extra + ["-c", Self.ward],
      environment: environment)
  }

  @Test func noEscapeCodeReachesAPipeByDefault() throws {
    for arguments in [[], ["--color=auto"], ["--color", "never"]] {
      let run = try run(arguments)
      #expect(run.status == 1)
      #expect(run.stdout.contains("4!") || run.stdout.contains("2!"))
      #expect(run.stderr.contains("error: no person P9") && run.stderr.contains("warning: "))
      #expect(!run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"), "\(arguments)")
    }
  }

  @Test func alwaysColoursAPipeEvenUnderNoColor() throws {
    for noColor in [nil, "1"] {
      let run = try run(["--color=always"], noColor: noColor)
      #expect(run.stderr.contains(Self.red + "<command>:8: error: no person P9"))
      #expect(run.stderr.contains(Self.yellow + "<command>:7: warning: "))
      #expect(run.stdout.contains(Self.red + "2!\u{1B}[0m"), "the load over capacity")
      #expect(run.stdout.contains(Self.red + "2/1!\u{1B}[0m"), "the chart's load over capacity")
      #expect(run.stdout.range(of: "\u{1B}\\[31m[0-9]+\u{1B}\\[0m", options: .regularExpression) != nil)
    }
  }

  @Test func jsonAndCSVAreNeverColoured() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      ["--store", scratch.store, "--today", "2026-11-27", "--color=always", "-c", Self.ward, "--keep-going"]
        + ["-c", "overdue format=json\ncaseload format=csv\nchart caseload format=csv"])
    let machine = run.stdout.components(separatedBy: "[\n  {").dropFirst().joined()
    #expect(machine.contains("\"daysOverdue\"") && !machine.contains("\u{1B}"))
  }

  @Test(arguments: ["--color=blue", "--color=", "--color"])
  func anUnknownColourModeIsAUsageError(argument: String) throws {
    let run = try caseload(["-c", "law", argument])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("auto") && run.stderr.contains("always") && run.stderr.contains("never"))
  }
}

/// The REPL in a pseudo-terminal: colour by default, none under `NO_COLOR`.
@Suite(.serialized) struct ColorTerminalTests {
  func repl(_ scratch: Scratch, noColor: String?) throws -> PseudoTerminal {
    var environment = baseEnvironment(home: scratch.path)
    environment["TERM"] = "xterm"
    environment["NO_COLOR"] = noColor
    environment["CASELOAD_HISTORY"] = scratch.path + "/history"
    let prepared = try caseload(
      ["--store", scratch.store, "--today", "2026-11-27", "--keep-going", "-c", ColorTests.ward],
      environment: environment)
    #expect(prepared.status == 1)
    let terminal = try PseudoTerminal(
      arguments: ["--store", scratch.store, "--today", "2026-11-27", "--officer", "tester"],
      environment: environment)
    try terminal.waitForPrompt()
    return terminal
  }

  @Test func theREPLColoursErrorsAndOverdueFigures() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch, noColor: nil)
    try terminal.run("visit P9\r", expecting: ColorTests.red + "error: no person P9\u{1B}[0m")
    try terminal.run("overdue\r", expecting: ColorTests.red + "286\u{1B}[0m")
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func theREPLShowsNoColourUnderNoColor() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let terminal = try repl(scratch, noColor: "1")
    try terminal.run("visit P9\r", expecting: "error: no person P9")
    try terminal.run("overdue\r", expecting: "286")
    terminal.type("\u{4}")
    #expect(try terminal.exitStatus() == 0)
    #expect(!terminal.screenText.contains(ColorTests.red) && !terminal.screenText.contains(ColorTests.yellow))
  }
}
