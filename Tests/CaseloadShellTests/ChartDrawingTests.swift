import CaseloadCore
import Testing

@testable import CaseloadShell

/// §11: bar charts of Unicode blocks, drawn exactly.
@Suite struct ChartDrawingTests {
  func visits(_ counts: [Int]) -> Report {
    var report = Report(
      body: .rows(
        counts.enumerated().map { index, count in
          Record([("month", .text("2026-0\(index + 1)")), ("visits", .number(count))])
        }), columns: ["month", "visits"])
    report.chart = .bars(labels: ["month"], value: "visits")
    return report
  }

  @Test func smallCountsTakeFourColumnsEach() {
    #expect(
      Renderer.render(visits([1, 0, 3]), as: .table) == """
        2026-01  ████          1
        2026-02                0
        2026-03  ████████████  3
        """)
  }

  @Test func largeCountsScaleToFortyColumnsInEighths() {
    let lines = Renderer.render(visits([80, 13, 1]), as: .table).split(separator: "\n").map(String.init)
    #expect(lines[0] == "2026-01  " + String(repeating: "█", count: 40) + "  80")
    // 13 × 0.5 columns = 6.5: six full blocks and a half block.
    #expect(lines[1] == "2026-02  ██████▌" + String(repeating: " ", count: 33) + "  13")
    // Any count above zero shows: one visit is at least an eighth.
    #expect(lines[2] == "2026-03  ▌" + String(repeating: " ", count: 39) + "   1")
    #expect(ChartDrawing.bar(eighths: 1) == "▏" && ChartDrawing.bar(eighths: 15) == "█▉")
  }

  @Test func chartsGiveRowsAsCSVAndJSON() {
    #expect(Renderer.render(visits([2]), as: .csv) == "month,visits\r\n2026-01,2")
    #expect(
      Renderer.render(visits([2]), as: .json)
        == "[\n  {\n    \"month\": \"2026-01\",\n    \"visits\": 2\n  }\n]")
    #expect(Renderer.render(visits([]), as: .table) == "(none)")
  }

  func caseload(_ loads: [(String, Int, Int)]) -> Report {
    var report = Report(
      body: .rows(
        loads.enumerated().map { index, entry in
          Record([
            ("supervisor", .text("S\(index + 1)")), ("name", .text(entry.0)), ("load", .number(entry.1)),
            ("capacity", .number(entry.2)),
          ])
        }))
    report.chart = .capacity(labels: ["supervisor", "name"], load: "load", capacity: "capacity")
    return report
  }

  @Test func loadIsDrawnAgainstCapacityAlignedByDisplayWidth() {
    let report = caseload([
      ("Trần Thị Bích", 2, 3), ("Lê Văn Cường", 3, 3), ("Đỗ Hải", 0, 2), ("Võ Văn Em", 3, 1),
    ])
    #expect(
      Renderer.render(report, as: .table) == """
        S1 Trần Thị Bích  ████████░░░░   2/3
        S2 Lê Văn Cường   ████████████   3/3
        S3 Đỗ Hải         ░░░░░░░░       0/2
        S4 Võ Văn Em      ████│████████  3/1!
        """)
    let coloured = Renderer.render(report, as: .table, palette: .ansi)
    #expect(coloured.hasSuffix("████│\u{1B}[31m████████\u{1B}[0m  \u{1B}[31m3/1!\u{1B}[0m"))
    #expect(Palette.withoutEscapes(coloured) == Renderer.render(report, as: .table))
  }
}
