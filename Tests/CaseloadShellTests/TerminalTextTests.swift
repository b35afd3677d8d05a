import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadShell

/// SPEC §12: text that reached a store before control and format characters were refused
/// (an imported file, a hand-edited record, a journal typed before the rule) never reaches
/// the terminal raw. Each place text is made for the terminal shows it as `\u{1B}`, and the
/// standard console, which everything written passes through, does so last.
@Suite struct TerminalTextTests {
  /// Retitles the terminal window, then clears the screen.
  static let hostile = "Nguyễn \u{1B}]0;PWNED\u{7}\u{1B}[2J An"
  static let shown = #"Nguyễn \u{1B}]0;PWNED\u{7}\u{1B}[2J An"#

  let report = Report(
    body: .rows([
      Record([
        ("id", .text("P1")), ("name", .text(hostile)),
        ("note", .text("C1 \u{9B}2J, NUL \u{0}, ZWSP \u{200B}")),
      ])
    ]))

  /// No scalar a terminal acts on or hides: C0 but tab and line feed, DEL, C1, format characters.
  static func holdsNothingRaw(_ text: String) -> Bool {
    TextCharacters.firstForbidden(in: text, lineBreaks: true) == nil
  }

  @Test func tablesShowControlAndFormatCharactersEscapedAndStayAligned() {
    let table = Renderer.render(report, as: .table)
    #expect(Self.holdsNothingRaw(table), "\(table.debugDescription)")
    #expect(table.contains(Self.shown))
    #expect(table.contains(#"C1 \u{9B}2J, NUL \u{0}, ZWSP \u{200B}"#))
    let lines = table.split(separator: "\n")
    // The note column starts at the same column on both lines: measured as shown.
    #expect(
      lines[0].firstRange(of: "note")?.lowerBound.utf16Offset(in: lines[0])
        == lines[1].firstRange(of: "C1")?.lowerBound.utf16Offset(in: lines[1]))
  }

  @Test func aRecordShownWholeIsEscapedToo() {
    let record = Report(body: .record(Record([("id", .text("P1")), ("name", .text(Self.hostile))])))
    let shown = Renderer.render(record, as: .table)
    #expect(Self.holdsNothingRaw(shown) && shown.contains(Self.shown))
  }

  /// CSV printed is terminal output; JSON escapes in its own way, as `\u001b`.
  @Test func csvAndJSONCarryNoRawCharacterEither() throws {
    let csv = Renderer.render(report, as: .csv)
    #expect(Self.holdsNothingRaw(csv.replacing("\r\n", with: "\n")))
    #expect(csv.contains(Self.shown))
    let json = Renderer.render(report, as: .json)
    #expect(Self.holdsNothingRaw(json), "\(json)")
    #expect(json.contains(#"Nguyễn \u001b]0;PWNED\u0007\u001b[2J An"#))
    #expect(json.contains(#"C1 \u009b2J, NUL \u0000, ZWSP \u200b"#))
    // Still the same text to a JSON reader.
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
    #expect(decoded?.first?["name"] == Self.hostile)
  }

  @Test func messagesQuotingANameAreEscapedInEveryLanguage() {
    for language in [DisplayLanguage.en, .vi] {
      let said = Localizer(language: language).say("no person matches '\(Self.hostile)'")
      #expect(Self.holdsNothingRaw(said) && said.contains(Self.shown), "\(said)")
    }
    #expect(Localizer(language: .en).header("Phường \u{202E}A") == #"Phường \u{202E}A"#)
  }

  @Test func theStandardConsoleLetsOnlyItsOwnColourCodesThrough() {
    let painted = Palette.ansi.alert("3") + " " + Self.hostile
    let coloured = StandardConsole.harmless(painted, colors: true)
    #expect(coloured == "\u{1B}[31m3\u{1B}[0m " + Self.shown)
    #expect(StandardConsole.harmless(painted, colors: false) == #"\u{1B}[31m3\u{1B}[0m "# + Self.shown)
    // A CSV line's CRLF stays; a carriage return alone would move the cursor back.
    let csvLine = StandardConsole.harmless("a,b\r\nc\rd\td", colors: false)
    #expect(csvLine == "a,b\r\nc\\u{D}d\td")
    #expect(StandardConsole.harmless("Nguyễn Văn An … ░▒", colors: false) == "Nguyễn Văn An … ░▒")
    #expect(
      StandardConsole.harmless("\u{AD}\u{9B}\u{200F}\u{2069}\u{FEFF}x\u{2065}", colors: true)
        == #"\u{AD}\u{9B}\u{200F}\u{2069}\u{FEFF}x"# + "\u{2065}")
  }

  @Test func anEchoedLineShowsFormatCharactersWhereTheCaretPoints() {
    #expect(visible("a\u{200B}b\rc") == #"a\u{200B}b"# + "\u{240D}c")
  }

  /// A store whose journal was typed before format characters were refused still opens, and
  /// shows the character escaped wherever the name appears: tables, messages, completion.
  @Test func aStoreWithAFormatCharacterInItsJournalOpensAndShowsItEscaped() throws {
    let harness = try Harness()
    defer { harness.remove() }
    try harness.store.beginWrite()
    _ = try harness.store.stage(
      #"person add "Nguyễn Văn"# + "\u{AD}"
        + #"An" id=P1 born=1980-01-02 released=2026-10-01 received=2026-10-05"#,
      today: today)
    try harness.store.commitWrite()
    let reopened = try Store(path: harness.path, officer: "tester")
    #expect(reopened.verify() == .ok(entries: 1))
    harness.run("person list\nshow P1\nperson close P1 on=2026-11-01 reason=moved")
    let everything = (harness.console.output + harness.console.errors).joined(separator: "\n")
    #expect(Self.holdsNothingRaw(everything), "\(everything)")
    #expect(everything.contains(#"Nguyễn Văn\u{AD}An"#))
    let completer = Completer(registry: .standard, state: harness.store.state)
    #expect(completer.complete("show \"Ng").candidates == [#""Nguyễn Văn\u{AD}An" "#])
  }
}
