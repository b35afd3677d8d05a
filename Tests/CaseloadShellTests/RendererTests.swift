import CaseloadCore
import Testing

@testable import CaseloadShell

@Suite struct RendererTests {
  let rows = Report(
    body: .rows([
      Record([("id", .text("P1")), ("name", .text("Nguye\u{0302}\u{0303}n Văn An")), ("lead", .null)]),
      Record([("id", .text("P12")), ("name", .text("Lê, \"Bé\"")), ("lead", .text("S3"))]),
    ]))

  @Test func tablesAlignByDisplayWidth() {
    let lines = Renderer.render(rows, as: .table).split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    let leadColumns = lines.map { line in
      TextWidth.of(
        String(
          line[
            ..<line.range(of: line.hasSuffix("lead") ? "lead" : (line.hasSuffix("-") ? "-" : "S3"))!
              .lowerBound]))
    }
    #expect(Set(leadColumns).count == 1, "\(lines)")
  }

  @Test func csvQuotesAsRFC4180Says() {
    let text = Renderer.render(rows, as: .csv)
    #expect(text == "id,name,lead\r\nP1,Nguye\u{0302}\u{0303}n Văn An,\r\nP12,\"Lê, \"\"Bé\"\"\",S3")
  }

  /// Issue 17, finding 13: a text cell a spreadsheet would run as a formula is written after
  /// a `'`; numbers, negative ones too, stay numbers.
  @Test func csvGuardsCellsThatASpreadsheetWouldRun() {
    let report = Report(
      body: .rows(
        ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1", "a=b", "", "Lê"].map { text in
          Record([
            ("note", .text(text)), ("daysLeft", .number(-3)), ("amount", .money(-40_000)),
            ("on", .text("2026-11-27")),
          ])
        }))
    let lines = Renderer.render(report, as: .csv).components(separatedBy: "\r\n")
    #expect(
      lines == [
        "note,daysLeft,amount,on", #""'=HYPERLINK(""http://x"")",-3,-40000,2026-11-27"#,
        "'+1,-3,-40000,2026-11-27",
        "'-2+3,-3,-40000,2026-11-27", "'@SUM(A1),-3,-40000,2026-11-27", "'\tx,-3,-40000,2026-11-27",
        #"'\u{D}=1,-3,-40000,2026-11-27"#, "a=b,-3,-40000,2026-11-27", ",-3,-40000,2026-11-27",
        "Lê,-3,-40000,2026-11-27",
      ])
    // A header from another ward's store is text too.
    let named = Report(body: .rows([Record([("=cmd|' /C calc'!A0", .number(1))])]))
    #expect(Renderer.render(named, as: .csv).hasPrefix("'=cmd|' /C calc'!A0\r\n1"))
  }

  @Test func jsonUsesNullAndEscapes() {
    let text = Renderer.render(rows, as: .json)
    #expect(text.contains(#""lead": null"#))
    #expect(text.contains(#""name": "Lê, \"Bé\"""#))
    #expect(text.hasPrefix("[\n  {\n    \"id\": \"P1\""))
  }

  @Test func emptyRowsSayNone() {
    #expect(Renderer.render(Report(body: .rows([])), as: .table) == "(none)")
    #expect(Renderer.render(Report(body: .rows([])), as: .json) == "[]")
    #expect(Renderer.render(Report(body: .rows([]), columns: ["person", "name"]), as: .csv) == "person,name")
  }

  @Test func tablesNameIdsAndCutWideCellsWhileJSONAndCSVKeepThem() {
    let wide = String(repeating: "Đã gặp ", count: 10)
    let report = Report(
      body: .rows([
        Record([
          ("lead", .named("S1", name: "Đỗ Minh Hải")), ("note", .text(wide)),
          ("hash", .annotated(.text(String(repeating: "ab", count: 32)), table: "abababababab")),
        ])
      ]))
    let row = Renderer.render(report, as: .table).split(separator: "\n")[1]
    let cells = row.components(separatedBy: "  ")
    #expect(cells.first == "S1 Đỗ Minh Hải")
    let note = cells.first { $0.hasPrefix("Đã gặp") }!
    #expect(TextWidth.of(note) == 48 && note.hasSuffix("…"))
    #expect(row.hasSuffix("abababababab"))
    #expect(
      Renderer.render(report, as: .csv).hasSuffix("\r\nS1,\(wide),\(String(repeating: "ab", count: 32))"))
    #expect(Renderer.render(report, as: .json).contains(#""lead": "S1""#))
  }

  @Test func cuttingCountsDisplayColumns() {
    #expect(TextWidth.cut("Nguyễn", to: 48) == "Nguyễn")
    #expect(
      TextWidth.cut(String(repeating: "越", count: 30), to: 48) == String(repeating: "越", count: 23) + "…")
  }

  @Test func wrappingTablesKeepWholeCellsOnMoreLines() {
    let long = "up to 5y: 2 years; over 5y up to 15y: 3 years; over 15y, life, death-commuted: 5 years"
    var report = Report(
      body: .rows([Record([("rule", .text("expungement-auto")), ("value", .text(long))])]),
      columns: ["rule", "value"])
    report.wrapsCells = true
    let lines = Renderer.render(report, as: .table).split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { TextWidth.of($0) <= 16 + 2 + 48 && !$0.hasSuffix(" ") })
    #expect(lines.dropFirst().map { $0.dropFirst(18) }.joined(separator: " ") == long)
    #expect(TextWidth.wrap(String(repeating: "a", count: 100), to: 48).map(\.count) == [48, 48, 4])
  }
}
