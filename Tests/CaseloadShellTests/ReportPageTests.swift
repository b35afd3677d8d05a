import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

@testable import CaseloadShell

@Suite struct ReportPageTests {
  static let period = ReportPeriod(month: "2026-11")!

  /// One ward's page with a name that needs escaping, 7 visits in November, 3 in September.
  func page(_ language: DisplayLanguage, wards: Int = 1) -> String {
    var figures = WardFigures.total([], period: Self.period)
    figures.ward = "Phường <Hòa> & \"Bình\""
    figures.counts = ["openAtStart": 12, "visits": 7, "loanAmount": 40_000_000, "groupB": 5]
    figures.journalSeq = 42
    figures.journalHash = String(repeating: "ab", count: 32)
    var months = (0..<12).map {
      (month: Month(containing: Self.period.to).adding(months: $0 - 11), visits: 0)
    }
    months[11].visits = 7
    months[9].visits = 3
    let content = ReportPageContent(
      wards: Array(repeating: figures, count: wards),
      columns: wards == 1 ? [] : (1...wards).map { "Ward '\($0)'" },
      ward: Ward(name: figures.ward, province: "Hà Nội"), visits: months, made: today)
    return ReportPageHTML(localizer: Localizer(language: language)).page(content)
  }

  @Test func declaresItsLanguage() {
    #expect(page(.vi).contains("<html lang=\"vi\">"))
    #expect(page(.en).contains("<html lang=\"en\">"))
    #expect(page(.vi).contains("<meta charset=\"utf-8\">"))
  }

  @Test func escapesEveryText() {
    let html = page(.en, wards: 2)
    #expect(html.contains("Phường &lt;Hòa&gt; &amp; &quot;Bình&quot;"))
    #expect(html.contains("Ward &#39;1&#39;"))
    #expect(!html.contains("<Hòa>"))
    #expect(!html.contains("\"Bình\""))
  }

  @Test func needsNothingFromOutside() {
    for language in DisplayLanguage.allCases {
      let html = page(language).lowercased()
      for outside in ["http", "src=", "href=", "url(", "@import", "<script", "<link", "<img"] {
        #expect(!html.contains(outside), "\(language): \(outside)")
      }
    }
  }

  @Test func holdsTheFiguresTheChartAndTheJournalHead() {
    let html = page(.en)
    #expect(html.contains("<svg"))
    #expect(html.components(separatedBy: "<rect").count - 1 == 12)
    #expect(html.contains(">7</text>") && html.contains(">3</text>"))
    #expect(html.contains("<td>12</td>") && html.contains("<td>40.000.000</td>"))
    #expect(html.contains("open at start"))
    #expect(html.contains("Journal head: entry 42, hash <code>" + String(repeating: "ab", count: 32)))
    #expect(html.contains("Prepared by"))
    #expect(html.contains("@media print") && html.contains("size: A4 portrait"))
  }

  @Test func vietnameseReadsDatesAsDayMonthYear() {
    let html = page(.vi)
    #expect(html.contains("Báo cáo tình hình quản lý người chấp hành xong án phạt tù"))
    #expect(html.contains("từ ngày 01/11/2026 đến ngày 30/11/2026"))
    #expect(html.contains("Ngày lập: 27/11/2026"))
    #expect(html.contains(">11/2026</text>"))
    #expect(html.contains("Người lập báo cáo") && html.contains("ngày …… tháng …… năm ……"))
    #expect(html.contains("40.000.000 đ"))
    #expect(!html.contains("2026-11-"))
  }

  @Test func severalWardsHaveAColumnEachAndTheTotal() {
    let html = page(.en, wards: 3)
    #expect(html.contains("<td>12</td><td>12</td><td>12</td><td>36</td>"))
    #expect(html.contains(">total</th>"))
  }

  @Test func chartScalesRoundUp() {
    #expect(ReportPageHTML.roundUp(0) == 1)
    #expect(ReportPageHTML.roundUp(3) == 5)
    #expect(ReportPageHTML.roundUp(7) == 10)
    #expect(ReportPageHTML.roundUp(11) == 20)
    #expect(ReportPageHTML.roundUp(50) == 50)
  }

  @Test func writesANewFileAndNeverOverwritesOne() throws {
    let harness = try Harness()
    defer { harness.remove() }
    // Beside the store, not in it: a path inside the store is refused.
    let file = harness.path + "-page.html"
    defer { try? FileManager.default.removeItem(atPath: file) }
    harness.run("report month=2026-11 format=html file=\(file)")
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written.hasPrefix("<!DOCTYPE html>") && written.hasSuffix("</html>\n"))
    #expect(harness.console.output.last == "wrote the printable report to \(file)")
    harness.run("report month=2026-11 format=html file=\(file)")
    #expect(harness.console.errors.joined().contains("never overwrites"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == written)
  }
}
