import CaseloadCore
import Crypto
import FoundationEssentials

/// A transfer file: one XML property list holding a case as the sending ward closed it, the
/// journal entries about it, the sending journal's head, the sending ward's public key, an
/// Ed25519 signature and a SHA-256 digest.
///
/// Signed bytes: the file's own bytes with the signature's 128 hex digits and the digest's 64
/// written as zeros (`0`), whatever plist writer made them; so any change to the file, however
/// small (a comment, a space), breaks the signature. The digest is then taken over the file
/// with the signature in place and only the digest's digits zeroed: it names the file (the
/// journal's `person import sha256:…`, the copy in `imports/`). `signature` and
/// `transferDigest` are keys no record uses, so each occurs once.
struct TransferDocument: Codable, Equatable {
  var formatVersion = storeFormatVersion
  var kind = TransferDocument.kindName
  /// The sending ward.
  var ward: Ward
  /// The person's record there, with its whole history, closed as moved.
  var person: Person
  /// The supervisors the record names, with their names and organisations.
  var supervisors: [Supervisor]
  var to: String
  var transferredOn: Day
  var note: String?
  /// The sending journal's entries that changed the person, in order.
  var journal: [Entry]
  /// The sending journal's head once the transfer was recorded.
  var head: Head
  /// The sending ward's Ed25519 public key, 64 hex digits.
  var signingKey: String
  /// `ed25519:` and 128 hex digits.
  var signature: String
  /// `sha256:` and 64 hex digits.
  var transferDigest: String

  static let kindName = "caseload transfer"
  static let digestKey = "<key>transferDigest</key>"
  static let signatureKey = "<key>signature</key>"

  /// One journal entry as the file carries it, with the hash of the entry before it in the
  /// sending journal, so that its own hash can be checked.
  struct Entry: Codable, Equatable {
    var seq: Int
    var at: String
    var officer: String
    var command: String
    /// `7-9` when the entry belongs to a transaction: part of what its hash covers.
    var transaction: String?
    var previous: String
    var hash: String
  }

  /// How far the sending journal went.
  struct Head: Codable, Equatable {
    var seq: Int
    var hash: String
  }

  /// What `person import` takes from the file.
  var transferredCase: TransferredCase {
    TransferredCase(
      ward: ward, person: person, supervisors: supervisors, to: to, on: transferredOn, note: note)
  }

  /// The sending ward's name, for messages.
  var sender: String { ward.name ?? "the sending ward" }
}

extension TransferDocument {
  /// The file's bytes, signed by `signer`, with the digest filled in, and the digest's hex
  /// digits; also the same bytes with signature and digest still zeros (not importable).
  func sealed(by signer: WardSigner) throws(StoreError) -> (data: Data, unsigned: Data, digest: String) {
    var document = self
    document.signingKey = signer.publicKey
    document.signature = "ed25519:" + String(repeating: "0", count: 128)
    document.transferDigest = "sha256:" + String(repeating: "0", count: 64)
    let unsigned = try Codec.encode(document)
    guard
      let signaturePlace = TransferDocument.place(
        of: TransferDocument.signatureKey, prefix: "ed25519:", digits: 128, in: unsigned),
      let digestPlace = TransferDocument.place(
        of: TransferDocument.digestKey, prefix: "sha256:", digits: 64, in: unsigned)
    else {
      throw .internalError("the transfer file's signature or digest has no place in the encoded file")
    }
    var data = unsigned
    data.replaceSubrange(signaturePlace, with: Data(try signer.sign(unsigned).utf8))
    let digest = Journal.hex(SHA256.hash(data: data))
    data.replaceSubrange(digestPlace, with: Data(digest.utf8))
    return (data, unsigned, digest)
  }

  /// Reads a transfer file and checks, in this order, its signature (against the key it
  /// carries: whether that key is trusted is the importing session's question) and its
  /// digest; returns the document and the digest's hex digits. `path` names the file in
  /// messages.
  static func open(_ data: Data, path: String) throws -> (TransferDocument, String) {
    guard let signaturePlace = place(of: signatureKey, prefix: "ed25519:", digits: 128, in: data),
      let digestPlace = place(of: digestKey, prefix: "sha256:", digits: 64, in: data)
    else {
      if place(of: digestKey, prefix: "sha256:", digits: 64, in: data) != nil {
        throw DomainError(
          "cannot import \(path): the file is not signed (an older caseload made it); ask the sending ward for a signed one; nothing was changed"
        )
      }
      throw StoreError.unreadable(
        path: path, reason: "not a caseload transfer file (no signature and transferDigest)")
    }
    let document = try Codec.decode(TransferDocument.self, from: data, path: path)
    try Codec.checkVersion(document.formatVersion, path: path)
    guard document.kind == kindName else {
      throw StoreError.unreadable(path: path, reason: "not a caseload transfer file")
    }
    for entry in document.journal where !Timestamp.isWellFormed(entry.at) {
      throw StoreError.unreadable(
        path: path, reason: "entry \(entry.seq) of its journal has no time like 2026-11-27T09:30:00+07:00")
    }
    let signature = String(decoding: data[signaturePlace], as: UTF8.self)
    var unsigned = data
    unsigned.replaceSubrange(signaturePlace, with: Data(repeating: UInt8(ascii: "0"), count: 128))
    unsigned.replaceSubrange(digestPlace, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    guard WardKeys.verify(signature, of: unsigned, by: document.signingKey),
      document.signature == "ed25519:" + signature
    else {
      throw DomainError(
        "cannot import \(path): the file was changed after \(document.sender) signed it; nothing was changed")
    }
    let claimed = String(decoding: data[digestPlace], as: UTF8.self)
    var zeroed = data
    zeroed.replaceSubrange(digestPlace, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    guard Journal.hex(SHA256.hash(data: zeroed)) == claimed, document.transferDigest == "sha256:" + claimed
    else {
      throw StoreError.unreadable(
        path: path,
        reason: "its content does not match its digest sha256:\(claimed): the file is damaged or was edited")
    }
    return (document, claimed)
  }

  /// A kept copy imported before transfer files were signed: no signature, only a digest
  /// (over the file with the digest zeroed). Playback accepts it when the digest is the one
  /// the journal names, since the hash-chained journal vouches for that digest as it does for
  /// any entry; a live import never takes an unsigned file. Nil when the file is signed.
  static func openUnsigned(_ data: Data, path: String, digest: String) throws -> TransferredCase? {
    guard place(of: signatureKey, prefix: "ed25519:", digits: 128, in: data) == nil,
      let digestPlace = place(of: digestKey, prefix: "sha256:", digits: 64, in: data)
    else { return nil }
    var zeroed = data
    zeroed.replaceSubrange(digestPlace, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    let claimed = String(decoding: data[digestPlace], as: UTF8.self)
    guard claimed == digest, Journal.hex(SHA256.hash(data: zeroed)) == digest else {
      throw StoreError.unreadable(
        path: path,
        reason: "its content does not match its digest sha256:\(digest): the file is damaged or was edited")
    }
    let document = try Codec.decode(Unsigned.self, from: data, path: path)
    try Codec.checkVersion(document.formatVersion, path: path)
    guard document.kind == kindName else {
      throw StoreError.unreadable(path: path, reason: "not a caseload transfer file")
    }
    return TransferredCase(
      ward: document.ward, person: document.person, supervisors: document.supervisors, to: document.to,
      on: document.transferredOn, note: document.note)
  }

  /// What playback reads of an unsigned (older) transfer file.
  private struct Unsigned: Codable {
    var formatVersion: Int
    var kind: String
    var ward: Ward
    var person: Person
    var supervisors: [Supervisor]
    var to: String
    var transferredOn: Day
    var note: String?
  }

  /// Checks the carried journal entries: each one's hash is the link the sending journal
  /// made from the hash before it (`Journal.hash`), they go up in order, and the head is at
  /// or after the last of them.
  func checkCarried(path: String) throws {
    var last = 0
    for entry in journal {
      var transaction: ClosedRange<Int>?
      if let text = entry.transaction {
        let bounds = text.split(separator: "-").compactMap { Int($0) }
        if bounds.count == 2, bounds[0] <= bounds[1] { transaction = bounds[0]...bounds[1] }
      }
      let line = JournalEntry(
        seq: entry.seq, at: entry.at, officer: entry.officer, command: entry.command,
        transaction: transaction, hash: entry.hash)
      guard entry.seq > last, (entry.transaction == nil) == (transaction == nil),
        Journal.hash(previous: entry.previous, body: line.body) == entry.hash
      else {
        throw DomainError(
          "cannot import \(path): its journal entry \(entry.seq) does not match its hash; nothing was changed"
        )
      }
      last = entry.seq
    }
    guard last <= head.seq, last < head.seq || journal.last?.hash == head.hash else {
      throw DomainError(
        "cannot import \(path): its journal head (entry \(head.seq)) does not follow its entries; nothing was changed"
      )
    }
  }

  /// Where the value's digits are: after the only `key`, in `<string>` + `prefix` + `digits`
  /// lower-case hex digits.
  static func place(of key: String, prefix: String, digits count: Int, in data: Data) -> Range<Int>? {
    let key = Data(key.utf8)
    guard let found = data.firstRange(of: key),
      data[found.upperBound...].firstRange(of: key) == nil
    else { return nil }
    let opening = Data("<string>\(prefix)".utf8)
    guard let value = data[found.upperBound...].firstRange(of: opening),
      data[found.upperBound..<value.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
    else { return nil }
    let digits = value.upperBound..<(value.upperBound + count)
    guard digits.upperBound <= data.endIndex,
      data[digits].allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { return nil }
    return digits
  }
}
