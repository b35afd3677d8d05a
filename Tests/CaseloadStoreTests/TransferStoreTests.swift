import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// The transfer file is the live command's side effect: written before the journal entry, never
/// by playback, and a failure to write it leaves the store as it was.
@Suite struct TransferStoreTests {
  let transfer = #"person transfer P1 to="Phường Bến Thành" file="FILE" on=2026-11-20"#

  func seeded(_ directory: TemporaryDirectory) throws -> Store {
    let store = try Store(path: directory.path + "/store", officer: "an")
    try store.commit([#"ward set name="Phường Hòa Bình""#] + seedCommands)
    return store
  }

  @Test func aFileThatAppearsBeforeTheCommitRefusesItAndChangesNothing() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    let journal = fileText(store.path + "/journal.caseload")
    try store.beginWrite(transaction: true)
    _ = try store.stage(transfer.replacingOccurrences(of: "FILE", with: file), today: today)
    try Data("someone else's".utf8).write(to: URL(fileURLWithPath: file))
    #expect(throws: StoreError.self) { try store.commitWrite() }
    #expect(fileText(file) == "someone else's")
    #expect(fileText(store.path + "/journal.caseload") == journal)
    #expect(store.problem == nil)
    let reopened = try Store(path: store.path, officer: "an")
    try reopened.ensure(.everything)
    #expect(reopened.state.persons[PersonID(1)]?.status == .open)
    #expect(reopened.verify() == .ok(entries: 5))
  }

  @Test func theFileHoldsTheCaseItsEntriesAndTheHeadAndPlaybackNeverWritesIt() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    try store.commit([transfer.replacingOccurrences(of: "FILE", with: file)])
    let data = try #require(FileManager.default.contents(atPath: file))
    let (document, digest) = try TransferDocument.open(data, path: file)
    #expect(document.transferDigest == "sha256:" + digest)
    #expect(document.ward.name == "Phường Hòa Bình")
    #expect(document.person.movedTo == "Phường Bến Thành")
    #expect(document.supervisors.map(\.name) == ["Trần Thị Bích"])
    #expect(document.journal.map(\.seq) == [2, 4, 5, 6])
    #expect(document.head.seq == 6)
    #expect(document.head.hash == store.head.hash)
    #expect(mode(file) == 0o600)
    try FileManager.default.removeItem(atPath: file)
    #expect(store.verify() == .ok(entries: 6))
    _ = try Store.create(at: directory.path + "/copy", entries: try store.entries(), officer: "an")
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  @Test func aTransactionThatReopensTheCaseStillSendsItAsTransferred() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    try store.commit([
      transfer.replacingOccurrences(of: "FILE", with: file),
      #"person reopen P1 on=2026-11-21 note="stays after all""#,
    ])
    let data = try #require(FileManager.default.contents(atPath: file))
    let (document, _) = try TransferDocument.open(data, path: file)
    #expect(document.person.status == .closed)
    #expect(document.journal.map(\.seq) == [2, 4, 5, 6])
    #expect(document.head.seq == 7)
    #expect(store.verify() == .ok(entries: 7))
  }

  @Test func anyChangedByteBreaksTheDigest() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    try store.commit([transfer.replacingOccurrences(of: "FILE", with: file)])
    var data = try #require(FileManager.default.contents(atPath: file))
    data.append(0x0A)
    #expect(throws: StoreError.self) { try TransferDocument.open(data, path: file) }
  }
}
