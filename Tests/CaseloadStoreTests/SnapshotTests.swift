import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// `snapshot.jsonl`: a cache of decoded records that never serves what the plists do not hold.
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

  var snapshotFile: (TemporaryDirectory) -> String { { $0.path + "/snapshot.jsonl" } }

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

  @Test func anEditedPlistIsStillFoundAndNamed() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    _ = try readEverything(directory)
    let file = directory.path + "/persons/P7.plist"
    try "<plist><dict><key>formatVersion</key></dict>".write(toFile: file, atomically: false, encoding: .utf8)
    let store = try Store(path: directory.path, officer: "an")
    #expect(throws: StoreError.self) { try store.ensure(.everything) }
    guard case .unreadable(let path, _)? = store.problem else {
      Issue.record("no problem reported")
      return
    }
    #expect(path == file)
  }

  @Test func aDamagedSnapshotIsIgnoredAndWrittenAgain() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let first = try readEverything(directory)
    let text = fileText(snapshotFile(directory))
    try String(text.prefix(text.count / 2)).write(
      toFile: snapshotFile(directory), atomically: false, encoding: .utf8)
    let second = try readEverything(directory)
    #expect(second.state == first.state)
    #expect(fileText(snapshotFile(directory)) == text)
  }

  @Test func auditVerifyFindsAnEditedSnapshot() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try seeded(directory)
    let store = try readEverything(directory)
    #expect(store.verify() == .ok(entries: 71))
    let edited = fileText(snapshotFile(directory)).replacingOccurrences(of: "Người 7\"", with: "Người 8\"")
    try edited.write(toFile: snapshotFile(directory), atomically: false, encoding: .utf8)
    #expect(
      store.verify()
        == .bad(
          "snapshot.jsonl differs from persons/P7.plist that it names; remove snapshot.jsonl (a cache) to have it rebuilt"
        ))
  }
}
