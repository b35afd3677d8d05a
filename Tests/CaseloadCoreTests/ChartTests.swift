import Testing

@testable import CaseloadCore

/// §11: the figures behind `chart visits` and `chart caseload`.
@Suite struct ChartTests {
  func visit(_ number: Int, by supervisor: Int = 1, on date: String) -> Mutation {
    .visit(
      Visit(
        id: VisitID(number), person: PersonID(1), by: SupervisorID(supervisor), on: day(date),
        kind: .home, note: nil, group: nil))
  }

  @Test func monthsCountBackAcrossTheYear() {
    #expect(
      State.months(3, endingWith: day("2026-02-15")).map(\.description) == ["2025-12", "2026-01", "2026-02"])
    #expect(Month(containing: day("2026-01-31")).adding(months: -13).description == "2024-12")
  }

  @Test func visitsPerMonthEndWithTodaysMonth() throws {
    var state = try sampleState()
    for (number, date) in [(1, "2026-09-30"), (2, "2026-10-01"), (3, "2026-10-31"), (4, "2026-11-27")] {
      _ = try state.apply(visit(number, by: number == 4 ? 2 : 1, on: date), today: today)
    }
    let report = try state.answer(.chartVisits(months: 3, person: nil, by: nil), today: today)
    #expect(
      rows(report) == [
        Record([("month", .text("2026-09")), ("visits", .number(1))]),
        Record([("month", .text("2026-10")), ("visits", .number(2))]),
        Record([("month", .text("2026-11")), ("visits", .number(1))]),
      ])
    #expect(report.chart == .bars(labels: ["month"], value: "visits"))
    let bySecond = try state.answer(.chartVisits(months: 2, person: nil, by: SupervisorID(2)), today: today)
    #expect(rows(bySecond).map { $0["visits"] } == [.number(0), .number(1)])
    let ofOther = try state.answer(.chartVisits(months: 2, person: PersonID(9), by: nil), today: today)
    #expect(rows(ofOther).map { $0["visits"] } == [.number(0), .number(0)])
  }

  @Test func caseloadChartGivesLoadAndCapacityOfActiveSupervisors() throws {
    let report = try sampleState().answer(.chartCaseload, today: today)
    #expect(
      rows(report) == [
        Record([
          ("supervisor", .text("S1")), ("name", .text("Trần Thị Bích")), ("load", .number(1)),
          ("capacity", .number(1)),
        ]),
        Record([
          ("supervisor", .text("S2")), ("name", .text("Lê Văn Cường")), ("load", .number(0)),
          ("capacity", .number(3)),
        ]),
      ])
    #expect(report.columns == ["supervisor", "name", "load", "capacity"])
  }
}
