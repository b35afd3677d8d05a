import CaseloadCore
import Testing

@testable import CaseloadShell

/// §11: when caseload colours, and what; the decision is made once, by `Style.decide`.
@Suite struct StyleTests {
  let colours = Style(output: .ansi, errors: .ansi)

  func decide(_ mode: ColorMode, _ environment: [String: String] = [:], terminals: Set<Int32> = [1, 2])
    -> Style
  {
    Style.decide(mode, environment: environment, isTerminal: { terminals.contains($0) })
  }

  @Test func autoColoursOnlyTheStreamsThatAreTerminals() {
    #expect(decide(.auto) == colours)
    #expect(decide(.auto, terminals: []) == .plain)
    #expect(decide(.auto, terminals: [2]) == Style(output: .plain, errors: .ansi))
    #expect(decide(.auto, terminals: [1]) == Style(output: .ansi, errors: .plain))
  }

  @Test func noColorAndDumbTerminalsTurnAutoOff() {
    #expect(decide(.auto, ["NO_COLOR": "1"]) == .plain)
    #expect(decide(.auto, ["NO_COLOR": ""]) == colours, "an empty NO_COLOR counts as unset")
    #expect(decide(.auto, ["TERM": "dumb"]) == .plain)
  }

  @Test func alwaysAndNeverOverrideEverything() {
    #expect(decide(.always, ["NO_COLOR": "1"], terminals: []) == colours)
    #expect(decide(.never) == .plain)
    #expect(ColorMode.allowed == "auto, always or never")
  }

  @Test func palettesPaintOnlyWhenColoured() {
    #expect(Palette.ansi.error("error: x") == "\u{1B}[31merror: x\u{1B}[0m")
    #expect(Palette.ansi.warning("warning: x") == "\u{1B}[33mwarning: x\u{1B}[0m")
    #expect(Palette.ansi.alert("") == "")
    #expect(Palette.plain.error("error: x") == "error: x")
  }

  @Test func sessionPaintsErrorsRedAndWarningsYellow() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.console.style = colours
    harness.run(wardScript + "\nvisit P9\nvisit P2 by=S2")
    let error = harness.console.errors.first { $0.contains("error: no person P9") }
    #expect(error?.hasPrefix("\u{1B}[31mtest.caseload:") == true && error?.hasSuffix("\u{1B}[0m") == true)
    let warning = harness.console.errors.first { $0.contains("warning: ") }
    #expect(warning?.hasPrefix("\u{1B}[33mtest.caseload:") == true, "\(harness.console.errors)")
  }

  @Test func tablesPaintAlarmingFiguresWithoutMovingColumns() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.console.style = colours
    harness.run(wardScript + "\nassign P2 S2 from=2026-10-01\nassign P1 S2 from=2026-10-07 force\ncaseload")
    let table = harness.console.output.last!
    #expect(table.contains("\u{1B}[31m2!\u{1B}[0m"), "\(table)")
    harness.console.style = .plain
    harness.run("caseload")
    #expect(Palette.withoutEscapes(table) == harness.console.output.last!)
    #expect(!harness.console.output.last!.contains("\u{1B}"))
    harness.console.style = colours
    harness.run("caseload format=csv")
    #expect(!harness.console.output.last!.contains("\u{1B}"))
  }
}
