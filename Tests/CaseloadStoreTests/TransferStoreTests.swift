import CaseloadCore
import CaseloadLanguage
import Crypto
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
    try store.makeWardKey(in: directory.path)
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
    #expect(reopened.verify() == .ok(entries: 6))
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
    #expect(document.journal.map(\.seq) == [2, 4, 5, 7])
    #expect(document.head.seq == 7)
    #expect(document.head.hash == store.head.hash)
    #expect(mode(file) == 0o600)
    try FileManager.default.removeItem(atPath: file)
    #expect(store.verify() == .ok(entries: 7))
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
    #expect(document.journal.map(\.seq) == [2, 4, 5, 7])
    #expect(document.head.seq == 8)
    #expect(store.verify() == .ok(entries: 8))
  }

  @Test func anyChangedByteBreaksTheDigest() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    try store.commit([transfer.replacingOccurrences(of: "FILE", with: file)])
    var data = try #require(FileManager.default.contents(atPath: file))
    data.append(0x0A)
    #expect(throws: (any Error).self) { try TransferDocument.open(data, path: file) }
  }

  /// A sending store with its key, a transfer file of P1, and a receiving store that trusts the key.
  func sent(_ directory: TemporaryDirectory) throws -> (file: String, signer: WardSigner, receiving: Store) {
    let store = try seeded(directory)
    let file = directory.path + "/an.plist"
    try store.commit([transfer.replacingOccurrences(of: "FILE", with: file)])
    let signer = try #require(try WardKeys.load(from: directory.path + "/ward.key"))
    let receiving = try Store(path: directory.path + "/receiving", officer: "bình")
    try receiving.trust(store)
    return (file, signer, receiving)
  }

  /// The file's bytes signed again by `signer`, with its digest, as the sending ward (or
  /// someone holding its key) would make them.
  func resigned(_ data: Data, by signer: WardSigner) throws -> Data {
    let signaturePlace = try #require(
      TransferDocument.place(of: TransferDocument.signatureKey, prefix: "ed25519:", digits: 128, in: data))
    var unsigned = data
    unsigned.replaceSubrange(signaturePlace, with: Data(repeating: UInt8(ascii: "0"), count: 128))
    let digestPlace = try #require(
      TransferDocument.place(of: TransferDocument.digestKey, prefix: "sha256:", digits: 64, in: unsigned))
    unsigned.replaceSubrange(digestPlace, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    var signed = unsigned
    signed.replaceSubrange(signaturePlace, with: Data(try signer.sign(unsigned).utf8))
    signed.replaceSubrange(digestPlace, with: Data(Journal.hex(SHA256.hash(data: signed)).utf8))
    return signed
  }

  func importing(_ file: String, into store: Store) throws {
    try store.beginWrite()
    do {
      let imported = try store.prepareImport(file)
      let request =
        "person import \"sha256:\(imported.digest)\" id=\(store.state.nextPerson) received=2026-11-25"
      _ = try store.stage(request, today: today, importing: imported)
    } catch {
      store.rollbackWrite()
      throw error
    }
    try store.commitWrite()
  }

  /// A validly signed file whose carried entry's hash is not the link its previous hash makes.
  @Test func aCarriedEntryWithAWrongHashIsRefused() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (file, signer, receiving) = try sent(directory)
    let data = try #require(FileManager.default.contents(atPath: file))
    let (document, _) = try TransferDocument.open(data, path: file)
    let hash = document.journal[1].hash
    let wrong = String(hash.dropLast()) + (hash.hasSuffix("0") ? "1" : "0")
    var text = String(decoding: data, as: UTF8.self)
    text = text.replacingOccurrences(of: "<string>\(hash)</string>", with: "<string>\(wrong)</string>")
    let changed = directory.path + "/changed.plist"
    try resigned(Data(text.utf8), by: signer).write(to: URL(fileURLWithPath: changed))
    #expect {
      try receiving.prepareImport(changed)
    } throws: { error in
      "\(error)".contains("its journal entry \(document.journal[1].seq) does not match its hash")
    }
  }

  /// Finding 2: one XML comment added, signed again, imports the same case a second time.
  @Test func theSameCaseIsImportedOnceWhateverTheFilesBytes() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let (file, signer, receiving) = try sent(directory)
    try importing(file, into: receiving)
    let data = try #require(FileManager.default.contents(atPath: file))
    var text = String(decoding: data, as: UTF8.self)
    text = text.replacingOccurrences(of: "<key>person</key>", with: "<!-- again --><key>person</key>")
    let again = directory.path + "/again.plist"
    try resigned(Data(text.utf8), by: signer).write(to: URL(fileURLWithPath: again))
    let journal = fileText(receiving.path + "/journal.caseload")
    #expect {
      try importing(again, into: receiving)
    } throws: { error in
      "\(error)".contains("Phường Hòa Bình's case P1 was already imported, as P1")
    }
    #expect(fileText(receiving.path + "/journal.caseload") == journal)
    #expect(receiving.verify() == .ok(entries: 2))
  }
}

/// Stores that imported cases before transfer files were signed keep verifying: the journal
/// vouches for the kept copy's digest. A live import of such a file is refused.
@Suite struct UnsignedImportTests {
  static let fixture =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CaseloadEndToEndTests/Transcripts/transfer/unsigned.plist").path

  @Test func anImportKeptFromBeforeSignaturesStillPlaysBack() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let data = try #require(FileManager.default.contents(atPath: Self.fixture))
    let text = String(decoding: data, as: UTF8.self)
    let found = try #require(text.range(of: #"sha256:[0-9a-f]{64}"#, options: .regularExpression))
    let digest = String(text[found].dropFirst(7))
    let store = try Store(path: directory.path + "/store", officer: "an")
    try store.beginWrite()
    _ = try store.stage(
      "person import \"sha256:\(digest)\" id=P1 received=2026-11-26", today: today,
      importing: ImportedFile(digest: digest, data: data))
    try store.commitWrite()
    #expect(store.verify() == .ok(entries: 1))
    #expect {
      try store.prepareImport(Self.fixture)
    } throws: { error in
      "\(error)".contains("the file is not signed (an older caseload made it)")
    }
  }
}
