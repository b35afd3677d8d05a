import Testing

@testable import CaseloadCore

/// `person expect` for P5, with `extra` fields.
func expect(_ extra: [PersonField] = [], notified: String = "2026-11-20") -> Mutation {
  .expectPerson(
    PersonID(5),
    [.name("Trịnh Văn Giang"), .born(day("1990-05-05")), .released(day("2026-12-05"))] + extra,
    notified: day(notified), group: nil)
}

func close(
  _ id: Int, _ reason: CloseReason, on: String = "2026-11-27", document: String? = "12/LLTP",
  force: Bool = false
) -> Mutation {
  .closePerson(PersonID(id), reason: reason, on: day(on), note: nil, document: document, force: force)
}

@Suite struct ArrivalTests {
  /// Every refused mutation leaves the state exactly as it was, and says why.
  @Test(
    "SPEC §4, §9 and Criminal Code Arts. 66, 70: refusals change nothing",
    arguments: [
      (expect([.received(today)]), "person expect takes no received="),
      (expect(notified: "2026-11-28"), "notified 2026-11-28 is after today"),
      (expect([.born(day("2027-01-01"))]), "must be before released"),
      (expect([.released(day("1899-01-01")), .born(day("1890-01-01"))]), "before 1900"),
      (expect([.idCard("001085000123")]), "digits 5–6"),
      (
        .receivePerson(PersonID(4), on: day("2026-11-27"), note: nil),
        "before P4 was released; allowed: from released (2026-12-01) to today"
      ),
      (.receivePerson(PersonID(1), on: today, note: nil), "only an expected person can be received"),
      (.receivePerson(PersonID(4), on: day("2026-12-02"), note: nil), "is after today (2026-11-27)"),
      (
        .assign(
          PersonID(4), SupervisorID(2), role: .lead, from: today, decision: nil, reason: nil, force: false),
        "person receive P4 first"
      ),
      (.classify(PersonID(4), .A, on: today, reason: nil), "P4 Võ Văn Em is expected, not yet received"),
      (
        .visit(
          Visit(
            id: VisitID(1), person: PersonID(4), by: SupervisorID(1), on: today, kind: .home, note: nil,
            group: nil)), "only received persons can be visited"
      ),
      (close(4, .convicted), "an expected person can be closed only as moved or deceased"),
      (.editPerson(PersonID(4), [.received(today)]), "received is set when the ward receives"),
      (close(2, .expunged, document: nil), "needs document="),
      (close(2, .expunged, document: " "), "needs document="),
      (
        close(2, .expunged),
        "cannot close P2 as expunged before 2026-12-10 (Criminal Code Art. 70: 2 years after 2024-12-10)"
      ),
      (close(3, .expunged), "while obligations are pending"),
      (close(1, .expunged), "expungement date is unknown"),
      (
        addPerson(5, born: "1990-05-05").adding(.release(.conditional)),
        "release=conditional needs probation-until="
      ),
      (addPerson(5).adding(.probationUntil(day("2027-01-01"))), "applies only to release=conditional"),
      (
        addPerson(5).adding(.release(.conditional)).adding(.probationUntil(day("2026-02-01"))),
        "probation-until (2026-02-01) must be after released (2026-02-01)"
      ),
      (.editPerson(PersonID(2), [.release(.completed)]), "applies only to release=conditional"),
      (.editPerson(PersonID(1), [.offenceArticle(427)]), "allowed: 1 to 426"),
    ] as [(Mutation, String)])
  func refused(mutation: Mutation, expected: String) throws {
    var state = try lawState()
    let before = state
    let error = #expect(throws: DomainError.self) { _ = try state.apply(mutation, today: today) }
    #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
    #expect(state == before)
  }

  @Test("TT 10/2024/TT-BCA Art. 8: an expected person, then received")
  func expectAndReceive() throws {
    var state = try lawState()
    let outcome = try state.apply(expect([.idCard("001090000123")]), today: today)
    #expect(outcome.summary.english == "expecting P5 Trịnh Văn Giang")
    var person = state.persons[PersonID(5)]!
    #expect(person.status == .expected)
    #expect(person.received == nil)
    #expect(person.notified == day("2026-11-20"))
    _ = try state.apply(.editPerson(PersonID(5), [.released(day("2026-11-21"))]), today: today)
    let received = try state.apply(
      .receivePerson(PersonID(5), on: day("2026-11-25"), note: "trình diện"), today: today)
    #expect(received.summary.english == "received P5 Trịnh Văn Giang")
    person = state.persons[PersonID(5)]!
    #expect(person.status == .open)
    #expect(person.received == day("2026-11-25"))
    #expect(person.statusChanges == [StatusChange(on: day("2026-11-25"), status: .open, note: "trình diện")])
  }

  @Test func expectedPersonClosedAsMovedReopensAsExpected() throws {
    var state = try lawState()
    _ = try state.apply(close(4, .moved, document: nil), today: today)
    #expect(state.persons[PersonID(4)]!.status == .closed)
    let outcome = try state.apply(.reopenPerson(PersonID(4), on: today, note: nil), today: today)
    #expect(outcome.summary.english == "reopened P4 Võ Văn Em (expected)")
    #expect(state.persons[PersonID(4)]!.status == .expected)
  }

  @Test("Criminal Code Art. 70: closing as expunged on or after the date, or by force")
  func closeAsExpunged() throws {
    var state = try lawState()
    let forced = try state.apply(close(3, .expunged, document: "5/QĐ-TA", force: true), today: today)
    #expect(forced.warnings.count == 1)
    #expect(forced.warnings[0].english.contains("closed all the same"))
    #expect(state.persons[PersonID(3)]!.statusChanges.last?.document == "5/QĐ-TA")
    let onTheDay = try state.apply(close(2, .expunged, on: "2026-12-10"), today: day("2026-12-10"))
    #expect(onTheDay.warnings.isEmpty)
    #expect(state.persons[PersonID(2)]!.reason == .expunged)
  }

  @Test("Expected persons are in no list of open cases")
  func expectedPersonsAreNotOpenCases() throws {
    let state = try lawState()
    let ids = { (query: Query) in
      try rows(state.answer(query, today: today)).compactMap { $0["person"] ?? $0["id"] }
    }
    for query: Query in [.due(within: 400), .overdue, .unassigned, .personList(PersonFilter())] {
      #expect(try !ids(query).contains(.text("P4")), "\(query)")
    }
    #expect(try ids(.personList(PersonFilter(status: .expected))) == [.text("P4")])
    #expect(state.nextVisitDue(state.persons[PersonID(4)]!) == nil)
  }
}

extension Mutation {
  /// The same `person add` with one more field.
  func adding(_ field: PersonField) -> Mutation {
    guard case .addPerson(let id, let fields, let group) = self else { return self }
    return .addPerson(id, fields + [field], group: group)
  }
}
