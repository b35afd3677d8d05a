import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// The checkpoint after a commit, cut short at each of its steps, and a restart after
/// unsynced writes: the files always come back to exactly what the journal holds.
@Suite struct CheckpointTests {
  let visit = #"visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"#

  /// A store with the seed, and the files as they were before `visit` was committed
  /// (`digests.bin` too: a checkpoint writes the new digests only once its `store.plist.new` is
  /// whole, so a crash before that leaves the old ones).
  func seeded(_ directory: TemporaryDirectory) throws -> (
    store: Store, header: String, person: String, digests: Data
  ) {
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    let header = fileText(directory.path + "/store.plist")
    let person = fileText(directory.path + "/persons/P1.plist")
    let digests = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/digests.bin"))
    try store.commit([visit])
    return (store, header, person, digests)
  }

  func pending(_ directory: TemporaryDirectory) -> [String] {
    ["", "/persons", "/supervisors"].flatMap { sub in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory.path + sub)) ?? [])
        .filter { $0.hasSuffix(".new") || $0.hasSuffix(".gone") || $0.hasSuffix(".tmp") }
    }
  }

  @Test func aCommitMakesOneCheckpointAndLeavesNothingPending() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (store, _, _, _) = try seeded(directory)
    #expect(pending(directory).isEmpty)
    #expect(store.verify() == .ok(entries: 5))
    #expect(mode(directory.path + "/persons/P1.plist") == 0o600)
    #expect(mode(directory.path + "/store.plist") == 0o600)
  }

  @Test func aCheckpointCutAfterItsHeaderIsFinishedWithoutPlayingAgain() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (store, header, _, _) = try seeded(directory)
    let expected = store.state
    // The crash came after the person file's rename, before the header's.
    try fileText(directory.path + "/store.plist").write(
      toFile: directory.path + "/store.plist.new", atomically: true, encoding: .utf8)
    try header.write(toFile: directory.path + "/store.plist", atomically: true, encoding: .utf8)
    let recovered = try Store(path: directory.path, officer: "an")
    try recovered.ensure(.everything)
    #expect(recovered.state == expected)
    #expect(recovered.state.persons[PersonID(1)]!.visits.count == 2)
    #expect(recovered.notices.isEmpty)
    #expect(pending(directory).isEmpty)
    #expect(recovered.verify() == .ok(entries: 5))
  }

  @Test func aCheckpointCutBeforeItsHeaderIsDiscardedAndPlayedForwardOnce() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (store, header, person, digests) = try seeded(directory)
    let expected = store.state
    // The crash came while the new person file was being written: the old files stand.
    let file = directory.path + "/persons/P1.plist"
    try String(fileText(file).prefix(100)).write(toFile: file + ".new", atomically: true, encoding: .utf8)
    try person.write(toFile: file, atomically: true, encoding: .utf8)
    try header.write(toFile: directory.path + "/store.plist", atomically: true, encoding: .utf8)
    try digests.write(to: URL(fileURLWithPath: directory.path + "/digests.bin"))
    let recovered = try Store(path: directory.path, officer: "an")
    #expect(recovered.notices.contains { $0.contains("played 1 journal entries forward") })
    #expect(pending(directory).isEmpty)
    let again = try Store(path: directory.path, officer: "an")
    #expect(again.notices.isEmpty)
    try again.ensure(.everything)
    #expect(again.state == expected)
    #expect(again.state.persons[PersonID(1)]!.visits.count == 2)
    #expect(again.verify() == .ok(entries: 5))
  }

  @Test func aCheckpointCutWhileWritingItsHeaderIsDiscarded() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (store, header, person, digests) = try seeded(directory)
    let expected = store.state
    // The crash came while store.plist.new was written, after the new person file.
    let file = directory.path + "/persons/P1.plist"
    try fileText(file).write(toFile: file + ".new", atomically: true, encoding: .utf8)
    try person.write(toFile: file, atomically: true, encoding: .utf8)
    let newHeader = fileText(directory.path + "/store.plist")
    try String(newHeader.prefix(newHeader.count / 2)).write(
      toFile: directory.path + "/store.plist.new", atomically: true, encoding: .utf8)
    try header.write(toFile: directory.path + "/store.plist", atomically: true, encoding: .utf8)
    try digests.write(to: URL(fileURLWithPath: directory.path + "/digests.bin"))
    let recovered = try Store(path: directory.path, officer: "an")
    #expect(recovered.notices.contains { $0.contains("played 1 journal entries forward") })
    #expect(pending(directory).isEmpty)
    try recovered.ensure(.everything)
    #expect(recovered.state == expected)
    #expect(recovered.verify() == .ok(entries: 5))
  }

  @Test func unsyncedFilesFromAnotherBootAreRebuiltFromTheWholeJournal() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (store, _, _, _) = try seeded(directory)
    let expected = store.state
    guard Store.bootID != nil else { return }
    #expect(FileManager.default.fileExists(atPath: directory.path + "/unsynced"))
    // A power cut lost the person file's data, though store.plist reached the disk.
    try "".write(toFile: directory.path + "/persons/P1.plist", atomically: true, encoding: .utf8)
    try "another-boot".write(toFile: directory.path + "/unsynced", atomically: true, encoding: .utf8)
    let recovered = try Store(path: directory.path, officer: "an")
    #expect(recovered.problem == nil)
    #expect(recovered.state == expected)
    #expect(!FileManager.default.fileExists(atPath: directory.path + "/unsynced"))
    #expect(recovered.verify() == .ok(entries: 5))
  }
}
