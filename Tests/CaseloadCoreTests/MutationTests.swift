import Testing

@testable import CaseloadCore

@Suite struct MutationTests {
  /// Every refused mutation must leave the state exactly as it was.
  @Test(
    arguments: [
      (addPerson(5), "id must be P2"),
      (addPerson(2, card: "001080000001", born: "1980-03-03"), "already used by P1"),
      (addPerson(2, card: "0010800001"), "12 digits"),
      (addPerson(2, card: "001290000001"), "4th digit 2"),
      (addPerson(2, card: "001190000001"), nil),
      (.editPerson(PersonID(1), [.born(day("2026-02-01"))]), "must be before released"),
      (.editPerson(PersonID(1), [.received(day("2026-01-01"))]), "on or before received"),
      (.editPerson(PersonID(1), [.received(day("2026-12-01"))]), "after today"),
      (.editPerson(PersonID(1), [.born(day("1899-12-31"))]), "before 1900"),
      // A file holding a date after 2100 is refused as crafted; none may be typed.
      (
        .editPerson(PersonID(1), [.probationUntil(day("2101-01-01"))]),
        "probation-until 2101-01-01 is after 2100"
      ),
      (.editPerson(PersonID(1), [.gender(.female)]), "means male"),
      (.editPerson(PersonID(9), [.note("x")]), "no person P9"),
      (
        .assign(
          PersonID(1), SupervisorID(1), role: .helper, from: today, decision: nil, reason: nil, force: false),
        "already lead"
      ),
      (
        .assign(
          PersonID(1), SupervisorID(2), role: .lead, from: day("2026-01-20"), decision: nil, reason: nil,
          force: false), "must start after"
      ),
      (
        .assign(
          PersonID(1), SupervisorID(2), role: .lead, from: day("2026-01-01"), decision: nil, reason: nil,
          force: false), "before P1 was received"
      ),
      (.unassign(PersonID(1), SupervisorID(2), on: today, reason: nil), "not assigned"),
      (
        .unassign(PersonID(1), SupervisorID(1), on: day("2026-01-19"), reason: nil),
        "before the assignment began"
      ),
      (
        .visit(
          Visit(
            id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: day("2026-01-14"), kind: .home,
            note: nil, group: nil)), "before P1 was received"
      ),
      (
        .visit(
          Visit(
            id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: day("2026-11-28"), kind: .home,
            note: nil, group: nil)), "after today"
      ),
      (
        .visit(
          Visit(
            id: VisitID(2), person: PersonID(1), by: SupervisorID(1), on: today, kind: .home, note: nil,
            group: nil)), "id must be V1"
      ),
      (.retireSupervisor(SupervisorID(1), on: today), "leads open cases"),
      (.reopenPerson(PersonID(1), on: today, note: nil), "already open"),
      (.classify(PersonID(1), .C, on: day("2025-01-01"), reason: nil), "before P1 was received"),
      (
        .setPolicy(
          {
            var p = Policy()
            p.b = 0
            return p
          }()), "at least 1 day"
      ),
      (.addSupervisor(SupervisorID(3), [.name(" ")]), "needs a name"),
    ] as [(Mutation, String?)])
  func refusedMutationChangesNothing(mutation: Mutation, expected: String?) throws {
    var state = try sampleState()
    let before = state
    if let expected {
      let error = #expect(throws: DomainError.self) { _ = try state.apply(mutation, today: today) }
      #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
      #expect(state == before)
    } else {
      _ = try state.apply(mutation, today: today)
    }
  }

  @Test func leadBeyondCapacityNeedsForce() throws {
    var state = try sampleState()
    _ = try state.apply(addPerson(2), today: today)
    let assign = { (force: Bool) in
      Mutation.assign(
        PersonID(2), SupervisorID(1), role: .lead, from: today, decision: nil, reason: nil, force: force)
    }
    let before = state
    #expect(throws: DomainError.self) { _ = try state.apply(assign(false), today: today) }
    #expect(state == before)
    _ = try state.apply(assign(true), today: today)
    #expect(state.openCasesLed(by: SupervisorID(1)).count == 2)
  }

  @Test func newLeadEndsTheOldOneTheDayBefore() throws {
    var state = try sampleState()
    let outcome = try state.apply(
      .assign(
        PersonID(1), SupervisorID(2), role: .lead, from: day("2026-06-01"), decision: "7/QĐ",
        reason: "chuyển công tác", force: false),
      today: today)
    let person = state.persons[PersonID(1)]!
    #expect(person.assignments[0].to == day("2026-05-31"))
    #expect(person.assignments[0].endReason == "chuyển công tác")
    #expect(person.leadAssignment?.supervisor == SupervisorID(2))
    #expect(outcome.summary.english.contains("led until 2026-05-31"))
  }

  @Test func visitWithoutAssignmentWarnsAndClassifies() throws {
    var state = try sampleState()
    let visit = Visit(
      id: VisitID(1), person: PersonID(1), by: SupervisorID(2), on: today, kind: .phone, note: "ổn", group: .A
    )
    let outcome = try state.apply(.visit(visit), today: today)
    #expect(outcome.warnings.map(\.english) == ["S2 Lê Văn Cường is not assigned to P1 Nguyễn Văn An"])
    #expect(state.persons[PersonID(1)]!.group == .A)
    #expect(state.nextVisit == VisitID(2))
  }

  @Test func closedCasesRefuseChangesUntilReopened() throws {
    var state = try sampleState()
    _ = try state.apply(
      .closePerson(PersonID(1), reason: .moved, on: today, note: nil, document: nil, force: false),
      today: today)
    let before = state
    for mutation: Mutation in [
      .editPerson(PersonID(1), [.note("x")]), .classify(PersonID(1), .A, on: today, reason: nil),
      .visit(
        Visit(
          id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: today, kind: .home, note: nil,
          group: nil)),
      .assign(
        PersonID(1), SupervisorID(2), role: .helper, from: today, decision: nil, reason: nil, force: false),
      .closePerson(PersonID(1), reason: .moved, on: today, note: nil, document: nil, force: false),
    ] {
      #expect(throws: DomainError.self) { _ = try state.apply(mutation, today: today) }
    }
    #expect(state == before)
    _ = try state.apply(.retireSupervisor(SupervisorID(1), on: today), today: today)
    _ = try state.apply(.reopenPerson(PersonID(1), on: today, note: nil), today: today)
    #expect(state.persons[PersonID(1)]!.status == .open)
  }

  @Test func retiredSupervisorsCannotBeAssignedOrCredited() throws {
    var state = try sampleState()
    _ = try state.apply(.retireSupervisor(SupervisorID(2), on: today), today: today)
    #expect(throws: DomainError.self) {
      _ = try state.apply(
        .assign(
          PersonID(1), SupervisorID(2), role: .helper, from: today, decision: nil, reason: nil, force: false),
        today: today)
    }
    #expect(throws: DomainError.self) {
      _ = try state.apply(
        .visit(
          Visit(
            id: VisitID(1), person: PersonID(1), by: SupervisorID(2), on: today, kind: .home, note: nil,
            group: nil)),
        today: today)
    }
  }

  @Test func sameNameAndBirthDateIsAllowedWithAWarning() throws {
    var state = try sampleState()
    let twin = Mutation.addPerson(
      PersonID(2),
      [
        .name("NGUYỄN VĂN AN"), .born(day("1980-01-02")), .released(day("2026-01-10")),
        .received(day("2026-01-15")),
      ],
      group: nil)
    let outcome = try state.apply(twin, today: today)
    #expect(outcome.warnings.count == 1)
    #expect(state.persons.count == 2)
  }

  @Test func replayWithoutTodayAcceptsLaterDates() throws {
    var state = try sampleState()
    _ = try state.apply(.classify(PersonID(1), .A, on: day("2030-01-01"), reason: nil), today: nil)
    #expect(state.persons[PersonID(1)]!.group == .A)
  }

  @Test func aSupervisorOfAnExistingNameIsAddedWithAWarningExceptOnReplay() throws {
    var state = try sampleState()
    let again = Mutation.addSupervisor(SupervisorID(3), [.name("trần thị bích")])
    var replayed = state
    let outcome = try state.apply(again, today: today)
    #expect(outcome.warnings.map(\.english) == ["S1 Trần Thị Bích has the same name; added all the same"])
    #expect(try replayed.apply(again, today: nil).warnings.isEmpty)
  }

  @Test func anIdenticalVisitIsRecordedWithAWarningExceptOnReplay() throws {
    var state = try sampleState()
    func visit(_ number: Int, note: String) -> Mutation {
      .visit(
        Visit(
          id: VisitID(number), person: PersonID(1), by: SupervisorID(1), on: day("2026-11-20"), kind: .home,
          note: note, group: nil))
    }
    #expect(try state.apply(visit(1, note: "ổn định"), today: today).warnings.isEmpty)
    var replayed = state
    let outcome = try state.apply(visit(2, note: "ổn định"), today: today)
    #expect(
      outcome.warnings.map(\.english) == [
        "V1 is the same visit (person, supervisor, date, kind and note); recorded all the same"
      ])
    #expect(try replayed.apply(visit(2, note: "ổn định"), today: nil).warnings.isEmpty)
    #expect(try state.apply(visit(3, note: "khác"), today: today).warnings.isEmpty)
  }
}
