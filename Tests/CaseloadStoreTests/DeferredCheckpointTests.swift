import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// A session that checkpoints every N entries (a batch): its commits are durable in the
/// journal at once, its files follow later, and every session still sees every commit.
@Suite struct DeferredCheckpointTests {
  let p1 = PersonID(1)
  let p2 = PersonID(2)

  func visit(_ number: Int, _ person: String = "P1", on day: Int = 20) -> String {
    "visit \(person) id=V\(number) by=S1 on=2026-11-\(day) kind=phone"
  }

  /// A seeded store (P1 led by S1, and P2), and a batch-like session on it.
  func batch(_ directory: TemporaryDirectory, every interval: Int = 100) throws -> Store {
    try Store(path: directory.path, officer: "an").commit(
      seedCommands + [
        #"person add "Lê Văn Bảy" id=P2 born=1985-03-03 released=2026-09-01 received=2026-09-02"#,
        "assign P2 S1 role=lead from=2026-10-06",
      ])
    let store = try Store(path: directory.path, officer: "an")
    store.checkpointEvery = interval
    return store
  }

  func filesHead(_ directory: TemporaryDirectory) throws -> Int {
    let data = try #require(try FileIO.read(directory.path + "/store.plist"))
    return try Codec.decode(StoreHeader.self, from: data, path: "store.plist").journal.entries
  }

  @Test func commitsLeaveTheFilesBehindUntilTheIntervalOrAFlush() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try batch(directory, every: 3)
    let seeded = try filesHead(directory)
    try store.commit([visit(2)])
    try store.commit([visit(3)])
    #expect(try filesHead(directory) == seeded, "two entries: the files wait")
    try store.commit([visit(4)])
    #expect(try filesHead(directory) == seeded + 3, "the third checkpoints all three")
    try store.commit([visit(5)])
    try store.flush()
    #expect(try filesHead(directory) == seeded + 4)
    #expect(store.verify() == .ok(entries: seeded + 4))
  }

  @Test func aRecordNotChangedSinceTheFilesIsReadFromItsFileWithoutARepair() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try batch(directory)
    let seeded = try filesHead(directory)
    try store.commit([visit(2)])
    try store.ensure(.records(persons: [p2], supervisors: []))
    #expect(store.state.persons[p2]?.name == "Lê Văn Bảy")
    #expect(try filesHead(directory) == seeded, "reading P2 needed no checkpoint")
    try store.ensure(.everything)
    #expect(store.state.persons[p1]?.visits.count == 2, "P1 stays as the journal makes it, not as its file")
  }

  @Test func anotherSessionSeesEveryCommitWhileTheFilesLag() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try batch(directory)
    try store.commit([visit(2), visit(3, "P2")])
    let reader = try Store(path: directory.path, officer: "bình")
    try reader.ensure(.everything)
    #expect(reader.state.persons[p1]?.visits.count == 2)
    #expect(reader.state.persons[p2]?.visits.count == 1)
    // The writer goes on after the reader brought the files up; its next checkpoint is right.
    try store.commit([visit(4, "P2", on: 21)])
    try store.flush()
    #expect(store.verify() == .ok(entries: store.head.entries))
  }

  @Test func aWriterCatchingUpAnotherBatchsEntriesCheckpointsThemToo() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let first = try batch(directory)
    try first.commit([visit(2)])
    let second = try Store(path: directory.path, officer: "bình")
    second.checkpointEvery = 100
    try second.ensure(.records(persons: [p2], supervisors: []))
    try second.commit([visit(3, "P2")])
    try first.commit([visit(4, on: 21)])
    try first.flush()
    try second.flush()
    let fresh = try Store(path: directory.path, officer: "cường")
    #expect(fresh.verify() == .ok(entries: first.head.entries))
    try fresh.ensure(.everything)
    #expect(fresh.state.persons[p1]?.visits.count == 3)
    #expect(fresh.state.persons[p2]?.visits.count == 1)
  }

  @Test func verifyComparesFilesAtTheirHeadAndPlaysTheEntriesBeyond() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try batch(directory)
    try store.commit([visit(2), visit(3)])
    let auditor = try Store(path: directory.path, officer: "kiểm tra", readOnly: true)
    #expect(auditor.verify() == .ok(entries: store.head.entries))
    #expect(try filesHead(directory) < store.head.entries, "a read-only audit wrote nothing")
  }

  /// A session that caught up another batch's entry without applying it (its record was not
  /// in memory) must not checkpoint over it from memory at its next commit.
  @Test func aWriterThatOnlyForgotAnotherBatchsEntryRepairsBeforeItCheckpoints() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let batch = try batch(directory)
    let officer = try Store(path: directory.path, officer: "bình")
    try officer.ensure(.records(persons: [p2], supervisors: []))
    try batch.commit([visit(2)])
    try officer.refresh()
    #expect(officer.state.persons[p1] == nil, "P1 was not in memory, so the entry was not applied")
    // A change that reads only P2 (a visit would read every record, for its id).
    try officer.commit(["classify P2 group=B on=2026-11-21"])
    let fresh = try Store(path: directory.path, officer: "cường")
    #expect(fresh.verify() == .ok(entries: officer.head.entries))
    try fresh.ensure(.everything)
    #expect(fresh.state.persons[p1]?.visits.count == 2)
  }
}
