import Testing

@testable import CaseloadCore

@Suite struct QueryTests {
  @Test func nextVisitFollowsGroupInterval() throws {
    var state = try sampleState()
    // Group B (30 days) from reception 2026-01-15.
    #expect(state.nextVisitDue(state.persons[PersonID(1)]!) == day("2026-02-14"))
    _ = try state.apply(
      .visit(
        Visit(
          id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: day("2026-11-20"), kind: .home,
          note: nil, group: .C)),
      today: today)
    #expect(state.nextVisitDue(state.persons[PersonID(1)]!) == day("2026-12-04"))
    _ = try state.apply(.classify(PersonID(1), .D, on: today, reason: nil), today: today)
    #expect(state.nextVisitDue(state.persons[PersonID(1)]!) == nil)
  }

  @Test func dueOverdueAndUnassignedRows() throws {
    var state = try sampleState()
    _ = try state.apply(addPerson(2), today: today)
    let overdue = try state.answer(.overdue, today: today)
    guard case .rows(let rows) = overdue.body else {
      Issue.record("rows expected")
      return
    }
    #expect(rows.map { $0["person"] } == [.text("P1"), .text("P2")])
    #expect(rows[0]["daysOverdue"] == .number(286))
    let unassigned = try state.answer(.unassigned, today: today)
    guard case .rows(let open) = unassigned.body else { return }
    #expect(open.map { $0["person"] } == [.text("P2")])
    let due = try state.answer(.due(within: 7), today: day("2026-02-10"))
    guard case .rows(let soon) = due.body else { return }
    #expect(soon.map { $0["person"] } == [.text("P1")])
  }

  @Test func personRecordHasExactlyTheSpecifiedFields() throws {
    let state = try sampleState()
    let report = try state.answer(.personShow(PersonID(1)), today: today)
    guard case .record(let record) = report.body else {
      Issue.record("record expected")
      return
    }
    let keys = record.fields.map(\.key).joined(separator: " ")
    #expect(
      keys
        == "id name born gender idCard address phone offence sentence release certificate released received group status reason lead helpers lastVisit nextVisitDue offenceArticle probationUntil supplementaryUntil obligations notified completed expungeableOn expungementRoute loanUntil movedTo visits assignments"
    )
    let list = try state.answer(.personList(PersonFilter()), today: today)
    guard case .rows(let rows) = list.body else { return }
    #expect(!rows[0].fields.contains { $0.key == "visits" || $0.key == "assignments" })
  }

  @Test func caseloadCountsOpenCasesAndOverdue() throws {
    let state = try sampleState()
    let report = try state.answer(.caseload, today: today)
    guard case .rows(let rows) = report.body else { return }
    #expect(
      rows[0]
        == Record([
          ("supervisor", .text("S1")), ("name", .text("Trần Thị Bích")), ("capacity", .number(1)),
          ("load", .number(1)), ("overdue", .number(1)),
        ]))
    #expect(rows[1]["load"] == .number(0))
  }

  @Test func listFiltersByTextWithoutDiacritics() throws {
    var state = try sampleState()
    _ = try state.apply(addPerson(2), today: today)
    let report = try state.answer(.personList(PersonFilter(text: "nguyen")), today: today)
    guard case .rows(let rows) = report.body else { return }
    #expect(rows.map { $0["id"] } == [.text("P1")])
    let unclassified = try state.answer(.personList(PersonFilter(group: .some(nil))), today: today)
    guard case .rows(let none) = unclassified.body else { return }
    #expect(none.map { $0["id"] } == [.text("P2")])
  }

  /// §11: the figures a terminal shows in red.
  @Test func overdueFiguresAreMarkedAlarming() throws {
    let state = try sampleState()
    let overdue = try state.answer(.overdue, today: today)
    #expect(overdue.alerts == ["daysOverdue": .positive])
    #expect(Alert.positive.isRaised(by: rows(overdue)[0]["daysOverdue"]!))
    #expect(!Alert.positive.isRaised(by: .number(0)))
    let caseload = try state.answer(.caseload, today: today)
    #expect(caseload.alerts == ["load": .annotated, "overdue": .positive])
    #expect(Alert.annotated.isRaised(by: .annotated(.number(4), table: "4!")))
    #expect(!Alert.annotated.isRaised(by: .number(1)))
  }
}
