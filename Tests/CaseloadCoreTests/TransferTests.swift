import Testing

@testable import CaseloadCore

/// Transfer in Core: the case the sending ward closes, and the case the receiving ward opens.
@Suite struct TransferTests {
  /// `sampleState`'s P1 (led by S1, group B, with an address), in a named ward, visited and
  /// transferred on 2026-11-20.
  func sent() throws -> TransferredCase {
    var state = try sampleState()
    _ = try state.apply(.setWard(name: "Phường Hòa Bình", province: "Hà Nội"), today: today)
    _ = try state.apply(.editPerson(PersonID(1), [.address("Số 3, tổ dân phố 2")]), today: today)
    _ = try state.apply(
      .visit(
        Visit(
          id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: day("2026-03-01"), kind: .home,
          note: "ổn định", group: .A)), today: today)
    let outcome = try state.apply(
      .transferPerson(
        PersonID(1), to: "Phường Bến Thành", file: "an.plist", on: day("2026-11-20"), note: nil),
      today: today)
    #expect(outcome.transferFiles == [TransferFile(person: PersonID(1), path: "an.plist")])
    #expect(state.persons[PersonID(1)]?.reason == .moved)
    #expect(state.persons[PersonID(1)]?.movedTo == "Phường Bến Thành")
    return try #require(state.transferredCase(PersonID(1)))
  }

  @Test func theSendingWardMustBeNamedAndTheCaseOpen() throws {
    var state = try sampleState()
    let transfer = Mutation.transferPerson(PersonID(1), to: "X", file: "x.plist", on: today, note: nil)
    #expect(throws: DomainError.self) { try state.apply(transfer, today: today) }
    _ = try state.apply(.setWard(name: "Phường Hòa Bình", province: nil), today: today)
    _ = try state.apply(transfer, today: today)
    #expect(throws: DomainError.self) { try state.apply(transfer, today: today) }
  }

  @Test func theImportedCaseIsNewOpenWithoutLeadAndKeepsTheHistoryApart() throws {
    let sent = try sent()
    #expect(sent.supervisors.map(\.name) == ["Trần Thị Bích"])
    var state = State()
    _ = try state.apply(addPerson(1), today: today)
    let digest = "sha256:" + String(repeating: "a", count: 64)
    _ = try state.apply(
      .importPerson(PersonID(2), sent, digest: digest, received: day("2026-11-25"), decision: "45/QĐ"),
      today: today)
    let person = try state.person(PersonID(2))
    #expect(person.status == .open)
    #expect(person.group == .A)
    #expect(person.leadAssignment == nil && person.assignments.isEmpty && person.visits.isEmpty)
    #expect(person.address == nil)
    #expect(person.idCard == "001080000001")
    #expect(person.statusChanges.map(\.document) == ["45/QĐ"])
    let history = try #require(person.origin).history
    #expect(
      history.map(\.event) == [
        "released", "received", "classified B", "assigned lead", "visit home", "closed (moved)", "lead ended",
      ])
    #expect(history[3].detail == "S1 Trần Thị Bích (team); 1/QĐ-UBND")
    // The same file again, and (after closing) its CCCD on a closed case, are refused.
    let again = Mutation.importPerson(PersonID(3), sent, digest: digest, received: today, decision: nil)
    #expect(throws: DomainError.self) { try state.apply(again, today: today) }
    let other = Mutation.importPerson(
      PersonID(3), sent, digest: "sha256:" + String(repeating: "b", count: 64), received: today, decision: nil
    )
    #expect(throws: DomainError.self) { try state.apply(other, today: today) }
    #expect(state.nextPerson == PersonID(3))
  }

  @Test func receptionIsNotBeforeTheTransferNorAfterToday() throws {
    let sent = try sent()
    var state = State()
    for received in ["2026-11-19", "2026-11-28"] {
      let early = Mutation.importPerson(
        PersonID(1), sent, digest: "sha256:" + String(repeating: "c", count: 64), received: day(received),
        decision: nil)
      #expect(throws: DomainError.self) { try state.apply(early, today: today) }
    }
    #expect(state.persons.isEmpty)
  }
}
