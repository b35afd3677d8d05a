import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// `snapshot.bin`: a cache of decoded records that never serves what the plists do not hold.
@Suite struct SnapshotTests {
  /// A store of 70 persons (more than a full read decodes before it writes a snapshot).
  func seeded(_ directory: TemporaryDirectory) throws {
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(
      [#"supervisor add "Trần Thị Bích" id=S1 kind=team capacity=3"#]
        + (1...70).map {
          #"person add "Người \#($0)" id=P\#($0) born=1980-01-02 released=2026-10-01 received=2026-10-05"#
        })
  }

  func readEverything(_ directory: TemporaryDirectory) throws -> Store {
    let store = try Store(path: directory.path, officer: "an")
    try store.ensure(.everything)
    return store
  }

  var snapshotFile: (TemporaryDirectory) -> String { { $0.path + "/snapshot.bin" } }

  @Test func aFullReadWritesTheSnapshotAndTheNextReadGetsTheSameRecords() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let first = try readEverything(directory)
    #expect(FileManager.default.fileExists(atPath: snapshotFile(directory)))
    #expect(mode(snapshotFile(directory)) == 0o600)
    let second = try readEverything(directory)
    #expect(second.state == first.state)
    #expect(second.state.persons.count == 70)
  }

  @Test func aRecordAnotherSessionChangedIsReadFromItsFile() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    _ = try readEverything(directory)
    let writer = try Store(path: directory.path, officer: "hà")
    try writer.commit([#"visit P5 id=V1 by=S1 on=2026-11-20 kind=phone"#])
    let reader = try readEverything(directory)
    #expect(reader.state.persons[PersonID(5)]!.visits.count == 1)
    #expect(reader.state.nextVisit == VisitID(2))
  }

  /// An edited plist is never served: the record comes from what caseload wrote (here the
  /// snapshot, which its digest still names), and `audit verify` names the file.
  @Test func anEditedPlistIsNotServedAndVerifyNamesIt() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let before = try readEverything(directory)
    let file = directory.path + "/persons/P7.plist"
    try fileText(file).replacingOccurrences(of: "Người 7", with: "Người 8").write(
      toFile: file, atomically: false, encoding: .utf8)
    let store = try Store(path: directory.path, officer: "an")
    try store.ensure(.everything)
    #expect(store.state == before.state)
    #expect(store.verify() == .bad("persons/P7.plist differs from the journal: P7 name: Người 7 → Người 8"))
    // Read on its own (not from the snapshot), it is refused.
    let alone = try Store(path: directory.path, officer: "an")
    #expect(throws: StoreError.self) { try alone.ensure(.records(persons: [PersonID(7)], supervisors: [])) }
    #expect(alone.problem == .unverified(path: file))
  }

  /// A record file removed by hand is not a record silently left out of every list.
  @Test func aRemovedRecordFileIsMissedNotLeftOut() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let before = try readEverything(directory)
    try FileManager.default.removeItem(atPath: directory.path + "/persons/P7.plist")
    // The snapshot still holds what caseload wrote for P7: it is served from there.
    #expect(try readEverything(directory).state == before.state)
    try FileManager.default.removeItem(atPath: snapshotFile(directory))
    let store = try Store(path: directory.path, officer: "an")
    #expect(throws: StoreError.self) { try store.ensure(.everything) }
    #expect(store.problem == .unverified(path: directory.path + "/persons/P7.plist"))
  }

  @Test func aDamagedSnapshotIsIgnoredAndWrittenAgain() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let first = try readEverything(directory)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: snapshotFile(directory)))
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: snapshotFile(directory)))
    let second = try readEverything(directory)
    #expect(second.state == first.state)
    #expect(try Data(contentsOf: URL(fileURLWithPath: snapshotFile(directory))) == bytes)
  }

  /// Finding 1 of issue 17: one flipped bit in a name inside `snapshot.bin` was served (the
  /// name no longer found) and written back into the plist by the next change.
  @Test func aFlippedBitInTheSnapshotIsNeitherServedNorWrittenBack() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let first = try readEverything(directory)
    // The name as the snapshot holds it: its length (10 bytes, zigzag: 20), then its UTF-8.
    let url = URL(fileURLWithPath: snapshotFile(directory))
    var bytes = [UInt8](try Data(contentsOf: url))
    let name = [20] + Array("Người 7".utf8)
    let at = try #require(
      bytes.indices.first { bytes[$0..<min($0 + name.count, bytes.count)].elementsEqual(name) })
    bytes[at + name.count - 1] ^= 0x01
    try Data(bytes).write(to: url)
    let reader = try readEverything(directory)
    #expect(reader.state == first.state)
    #expect(reader.state.persons[PersonID(7)]!.name == "Người 7")
    try reader.commit([#"visit P7 id=V1 by=S1 on=2026-11-20 kind=phone"#])
    #expect(fileText(directory.path + "/persons/P7.plist").contains("Người 7"))
    #expect(reader.verify() == .ok(entries: 72))
  }

  /// A snapshot whose checksum holds but whose record differs from the file it names by digest
  /// can only come from a fault in caseload itself: `audit verify` names it.
  @Test func auditVerifyFindsASnapshotRecordUnlikeItsFile() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let store = try readEverything(directory)
    #expect(store.verify() == .ok(entries: 71))
    let digests = try #require(RecordDigests.readAll(directory.path + "/digests.bin"))
    var person = store.state.persons[PersonID(7)]!
    person.name = "Người 8"
    let digest = try #require(RecordDigests.digest(in: digests, .person(PersonID(7))))
    store.writeSnapshot(persons: [Kept(digest: digest, record: person)], supervisors: [])
    #expect(
      store.verify()
        == .bad(
          "snapshot.bin differs from persons/P7.plist that it names; remove snapshot.bin (a cache) to have it rebuilt"
        ))
  }
}
