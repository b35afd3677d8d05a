import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

@testable import CaseloadStore

/// Records are read when a command needs them; catching up keeps what is in memory exact.
@Suite struct LoadingTests {
  let p1 = PersonID(1)
  let p2 = PersonID(2)

  func seeded() throws -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    try Store(path: directory.path, officer: "an").commit(
      seedCommands + [
        #"person add "Lê Văn Bảy" id=P2 born=1985-03-03 released=2026-09-01 received=2026-09-02"#
      ])
    return directory
  }

  @Test func openingReadsNoRecordAndACommandReadsOnlyWhatItNames() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    #expect(store.state.persons.isEmpty && store.state.supervisors.isEmpty)
    #expect(store.state.nextVisit == VisitID(2), "the id counters come from store.plist")
    #expect(store.personCount == 2)
    try store.ensure(.records(persons: [p2, PersonID(9)], supervisors: []))
    #expect(Set(store.state.persons.keys) == [p2])
    #expect(!store.isComplete)
    try store.ensure(.everything)
    #expect(Set(store.state.persons.keys) == [p1, p2] && store.isComplete)
  }

  @Test func catchingUpReplaysIntoLoadedRecordsAndForgetsTheRest() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let reader = try Store(path: directory.path, officer: "an")
    try reader.ensure(.records(persons: [p1], supervisors: [SupervisorID(1)]))
    let writer = try Store(path: directory.path, officer: "bình")
    try writer.commit([
      "visit P1 id=V2 by=S1 on=2026-11-20 kind=phone", #"person edit P2 phone="0912""#,
      "visit P1 id=V3 by=S1 on=2026-11-21 kind=home",
    ])
    try reader.refresh()
    #expect(reader.state.persons[p1]?.visits.map(\.id) == [VisitID(1), VisitID(2), VisitID(3)])
    #expect(reader.state.persons[p2] == nil)
    #expect(reader.state.nextVisit == VisitID(4))
    try reader.ensure(.records(persons: [p2], supervisors: []))
    #expect(reader.state.persons[p2]?.phone == "0912")
    try writer.ensure(.everything)
    try reader.ensure(.everything)
    #expect(reader.state == writer.state)
  }

  @Test func anEntryNamingAnUnloadedRecordIsReadFromTheFileInstead() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let reader = try Store(path: directory.path, officer: "an")
    try reader.ensure(.records(persons: [p1], supervisors: []))
    let writer = try Store(path: directory.path, officer: "bình")
    try writer.commit(["visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"])
    try reader.refresh()
    #expect(reader.state.persons[p1] == nil, "S1 was not in memory, so P1 is read again")
    try reader.ensure(.records(persons: [p1], supervisors: []))
    #expect(reader.state.persons[p1]?.visits.count == 2)
  }

  @Test func aRetirementElsewhereMakesTheSessionReadEverythingAgain() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let reader = try Store(path: directory.path, officer: "an")
    try reader.ensure(.records(persons: [p1, p2], supervisors: [SupervisorID(1)]))
    let writer = try Store(path: directory.path, officer: "bình")
    try writer.commit([
      #"supervisor add "Hồ Văn Tâm" id=S2 kind=team capacity=3"#, "assign P2 S2 role=helper from=2026-11-01",
    ])
    try reader.refresh()
    #expect(
      reader.state.persons[p2]?.helpers == [SupervisorID(2)], "entries naming records in memory are replayed")
    try writer.commit(["supervisor retire S2 on=2026-11-25"])
    try reader.refresh()
    #expect(!reader.isComplete && reader.state.persons.isEmpty)
    try reader.ensure(.records(persons: [p2], supervisors: []))
    #expect(reader.state.persons[p2]?.assignments.last?.to == Day(parsing: "2026-11-25"))
  }

  @Test func filesBehindTheJournalAreRepairedBeforeTheyAreRead() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let reader = try Store(path: directory.path, officer: "an")
    let failing = try Store(
      path: directory.path, officer: "bình", hooks: TestHooks(fault: .fail(afterAppend: 1)))
    #expect(throws: StoreError.self) { try failing.commit(["visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"]) }
    try reader.refresh()
    try reader.ensure(.records(persons: [p1], supervisors: []))
    #expect(reader.state.persons[p1]?.visits.map(\.id) == [VisitID(1), VisitID(2)])
    #expect(reader.verify() == .ok(entries: 6))
  }

  @Test func aWriteRepairsFilesLeftBehindBeforeItStagesAnything() throws {
    let directory = try seeded()
    defer { directory.remove() }
    let session = try Store(path: directory.path, officer: "an")
    let failing = try Store(
      path: directory.path, officer: "bình", hooks: TestHooks(fault: .fail(afterAppend: 1)))
    #expect(throws: StoreError.self) { try failing.commit(["visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"]) }
    try session.commit([
      #"supervisor add "Hồ Văn Tâm" id=S2 kind=team capacity=3"#, "classify P1 group=B on=2026-11-21",
    ])
    #expect(session.state.persons[p1]?.visits.count == 2)
    #expect(session.verify() == .ok(entries: 8))
  }
}
