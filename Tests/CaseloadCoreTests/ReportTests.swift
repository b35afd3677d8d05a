import Testing

@testable import CaseloadCore

/// The report upwards on a fixture whose figures were worked out by hand, for October 2026
/// (openAtStart is the state at the end of 30 September; the rest as of 31 October).
@Suite struct ReportTests {
  static let october = ReportPeriod(month: "2026-10")!

  func person(
    _ number: Int, _ name: String, released: String, received: String, release: ReleaseKind? = nil,
    probationUntil: String? = nil, group: Group? = nil
  ) -> Mutation {
    var fields: [PersonField] = [
      .name(name), .born(day("1980-01-01")), .released(day(released)), .received(day(received)),
    ]
    if let release { fields.append(.release(release)) }
    if let probationUntil { fields.append(.probationUntil(day(probationUntil))) }
    return .addPerson(PersonID(number), fields, group: group)
  }

  func lead(_ person: Int, _ supervisor: Int, from: String) -> Mutation {
    .assign(
      PersonID(person), SupervisorID(supervisor), role: .lead, from: day(from), decision: nil, reason: nil,
      force: true)
  }

  func visit(_ number: Int, _ person: Int, by: Int, on: String, group: Group? = nil) -> Mutation {
    .visit(
      Visit(
        id: VisitID(number), person: PersonID(person), by: SupervisorID(by), on: day(on), kind: .home,
        note: nil, group: group))
  }

  func fixture() throws -> State {
    var state = State()
    let close = { (person: Int, reason: CloseReason, on: String) in
      Mutation.closePerson(
        PersonID(person), reason: reason, on: day(on), note: nil, document: nil, force: false)
    }
    let mutations: [Mutation] = [
      .setWard(name: "Phường Hòa Bình", province: "Hà Nội"),
      .addTeam(TeamID(1), [.name("Tổ bảo vệ ANTT số 1")]),
      .addTeam(TeamID(2), [.name("Tổ bảo vệ ANTT số 2")]),
      .addSupervisor(SupervisorID(1), [.name("Đỗ Minh Khang"), .kind(.police)]),
      .addSupervisor(
        SupervisorID(2), [.name("Trần Thị Bích"), .kind(.team), .team(TeamID(1)), .teamRole(.member)]),
      .addSupervisor(SupervisorID(3), [.name("Lê Văn Cường")]),
      .addSupervisor(
        SupervisorID(4), [.name("Phan Văn Đức"), .kind(.team), .team(TeamID(2)), .teamRole(.leader)]),
      .addSupervisor(
        SupervisorID(5), [.name("Vũ Thị Nga"), .kind(.team), .team(TeamID(1)), .teamRole(.member)]),
      // P1: open all along; A at a visit in September, visited on the period's last day,
      // classified C in November (after the period: not counted).
      person(
        1, "Nguyễn Văn An", released: "2026-02-25", received: "2026-03-01", release: .completed, group: .B),
      lead(1, 1, from: "2026-03-01"),
      visit(1, 1, by: 1, on: "2026-09-20", group: .A),
      visit(2, 1, by: 1, on: "2026-10-31"),
      .classify(PersonID(1), .C, on: day("2026-11-05"), reason: "after the period"),
      // P2: received in the period (amnesty), C, no lead, never visited: overdue from 24 October.
      person(2, "Phạm Thị Hoa", released: "2026-10-08", received: "2026-10-10", release: .amnesty, group: .C),
      // P3: conditional, visited on 5 October, closed as deceased on 20 October.
      person(
        3, "Hoàng Văn Cảnh", released: "2025-12-20", received: "2026-01-05", release: .conditional,
        probationUntil: "2026-12-01", group: .B),
      lead(3, 2, from: "2026-01-05"),
      visit(3, 3, by: 2, on: "2026-10-05"),
      close(3, .deceased, "2026-10-20"),
      // P4: group D, its lead S3 unassigned and retired on 15 October: without a lead at the end.
      person(
        4, "Đinh Thị Duyên", released: "2026-01-20", received: "2026-02-01", release: .completed, group: .D),
      lead(4, 3, from: "2026-02-01"),
      visit(4, 4, by: 3, on: "2026-09-01"),
      .unassign(PersonID(4), SupervisorID(3), on: day("2026-10-15"), reason: nil),
      .retireSupervisor(SupervisorID(3), on: day("2026-10-15")),
      .retireSupervisor(SupervisorID(5), on: day("2026-10-20")),
      .retireSupervisor(SupervisorID(4), on: day("2026-11-10")),
      // P5: received after the period.
      person(5, "Võ Văn Em", released: "2026-11-01", received: "2026-11-03"),
      // P6: closed as moved long before.
      person(6, "Bùi Văn Phúc", released: "2025-05-20", received: "2025-06-01"),
      close(6, .moved, "2025-12-01"),
      // P7: unclassified, last visited in August (overdue), two supports in October and one
      // in September; transferred away in November (still open at the end of October).
      person(7, "Lý Thị Giang", released: "2026-03-25", received: "2026-04-01"),
      lead(7, 2, from: "2026-04-01"),
      visit(5, 7, by: 2, on: "2026-08-01"),
      .support(Support(id: SupportID(1), person: PersonID(7), kind: .job, on: day("2026-09-30"))),
      .support(Support(id: SupportID(2), person: PersonID(7), kind: .training, on: day("2026-10-01"))),
      .support(
        Support(
          id: SupportID(3), person: PersonID(7), kind: .loan, on: day("2026-10-12"),
          amount: Money(dong: 40_000_000), provider: "Ngân hàng Chính sách xã hội")),
      .transferPerson(
        PersonID(7), to: "Phường Bến Thành", file: "p7.plist", on: day("2026-11-20"), note: nil),
      // P8: expected, never received.
      .expectPerson(
        PersonID(8), [.name("Tạ Văn Hùng"), .born(day("1990-01-01")), .released(day("2026-10-04"))],
        notified: day("2026-10-05"), group: nil),
      // P9: received (conditional) and closed (convicted) inside the period.
      person(
        9, "Mai Văn Ích", released: "2026-09-30", received: "2026-10-02", release: .conditional,
        probationUntil: "2027-01-01", group: .B),
      close(9, .convicted, "2026-10-25"),
    ]
    for mutation in mutations { _ = try state.apply(mutation, today: today) }
    return state
  }

  @Test func octoberFiguresMatchTheOnesWorkedOutByHand() throws {
    let figures = try fixture().figures(for: Self.october, today: today)
    let expected: [String: Int] = [
      "openAtStart": 4,  // P1 P3 P4 P7
      "received": 2, "receivedCompleted": 0, "receivedAmnesty": 1, "receivedConditional": 1,  // P2 P9
      "closed": 2, "closedExpunged": 0, "closedDeceased": 1, "closedMoved": 0, "closedConvicted": 1,  // P3 P9
      "openAtEnd": 4,  // P1 P2 P4 P7
      "groupA": 1, "groupB": 0, "groupC": 1, "groupD": 1, "unclassified": 1,  // P1 A (not C), P2, P4, P7
      "withoutLead": 2,  // P2, P4
      "visits": 2, "personsVisited": 2,  // P1 on 31 October, P3 on 5 October
      "personsNotVisited": 3,  // P2 P4 P7
      "overdueAtEnd": 2,  // P2 (due 24 Oct), P7 (due 31 Aug); P1 visited, P4 is D
      "supports": 2, "loanAmount": 40_000_000,  // training and loan; the job was in September
      "supervisors": 3,  // S1 S2 S4 (S4 retired in November)
      "teams": 2, "teamMembers": 2,  // S2, S4; S5 retired in October
    ]
    #expect(figures.counts == expected)
    #expect(figures.ward == "Phường Hòa Bình")
    #expect(figures.journalSeq == nil)
  }

  @Test func aPeriodStillRunningIsCountedAsOfToday() throws {
    let state = try fixture()
    let november = state.figures(for: .month(containing: today), today: today)
    #expect(november["openAtStart"] == 4)
    #expect(november["received"] == 1)  // P5
    #expect(november["closedMoved"] == 1)  // P7
    #expect(november["groupC"] == 2)  // P1 classified C on 5 November, P2
    #expect(november["supervisors"] == 2)  // S4 retired on 10 November
  }

  @Test func theReportHasSection10sKeysInOrder() throws {
    let report = WardFigures.report([try fixture().figures(for: Self.october, today: today)], columns: [])
    guard case .record(let record) = report.body else {
      Issue.record("a single ward's report is one object")
      return
    }
    #expect(
      record.fields.map(\.key)
        == [
          "ward", "from", "to", "openAtStart", "received", "receivedCompleted", "receivedAmnesty",
          "receivedConditional", "closed", "closedExpunged", "closedDeceased", "closedMoved",
          "closedConvicted",
          "openAtEnd", "groupA", "groupB", "groupC", "groupD", "unclassified", "withoutLead", "visits",
          "personsVisited", "personsNotVisited", "overdueAtEnd", "supports", "loanAmount", "supervisors",
          "teams", "teamMembers", "journalSeq", "journalHash",
        ])
  }

  @Test func severalWardsHaveATotal() throws {
    let one = try fixture().figures(for: Self.october, today: today)
    let report = WardFigures.report([one, one], columns: ["A", "B"])
    guard case .record(let record) = report.body, case .record(let total)? = record["total"],
      case .list(let wards)? = record["wards"]
    else {
      Issue.record("several wards' report is {wards, total}")
      return
    }
    #expect(wards.count == 2)
    #expect(total["openAtEnd"] == .number(8))
    #expect(total["journalHash"] == .null)
    #expect(report.tableRows?.columns == ["figure", "A", "B", "total"])
  }

  @Test(arguments: [
    ("month", "2026-02", "2026-02-01", "2026-02-28"), ("quarter", "2026-Q4", "2026-10-01", "2026-12-31"),
    ("quarter", "2024-q1", "2024-01-01", "2024-03-31"), ("year", "2026", "2026-01-01", "2026-12-31"),
  ])
  func periods(form: String, text: String, from: String, to: String) {
    let period: ReportPeriod? =
      switch form {
      case "month": ReportPeriod(month: text)
      case "quarter": ReportPeriod(quarter: text)
      default: ReportPeriod(year: text)
      }
    #expect(period == ReportPeriod(from: day(from), to: day(to)))
  }

  @Test(arguments: ["2026-13", "2026-1", "26-11", "+026-11", "2026-Q5", "2026-Q0", "20266"])
  func malformedPeriodsAreRefused(text: String) {
    #expect(ReportPeriod(month: text) == nil)
    #expect(ReportPeriod(quarter: text) == nil)
    #expect(ReportPeriod(year: text) == nil)
  }
}
