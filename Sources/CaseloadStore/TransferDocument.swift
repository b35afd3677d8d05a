import CaseloadCore
import Crypto
import FoundationEssentials

/// A transfer file: one XML property list holding a case as the sending ward closed it, the
/// journal entries about it, the sending journal's head and a SHA-256 digest of the content.
///
/// The digest is taken over the file's own bytes with the digest's 64 hex digits written as
/// zeros, so that any change to the file, however small, is found, whatever plist writer
/// made it; `transferDigest` is a key no record uses, so it occurs once.
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
  /// `sha256:` and 64 hex digits.
  var transferDigest: String

  static let kindName = "caseload transfer"
  static let digestKey = "<key>transferDigest</key>"

  /// One journal entry as the file carries it.
  struct Entry: Codable, Equatable {
    var seq: Int
    var at: String
    var officer: String
    var command: String
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
}

extension TransferDocument {
  /// The file's bytes with the digest filled in, and the digest's hex digits.
  func sealed() throws(StoreError) -> (data: Data, digest: String) {
    var document = self
    document.transferDigest = "sha256:" + String(repeating: "0", count: 64)
    var data = try Codec.encode(document)
    guard let place = TransferDocument.digestPlace(in: data) else {
      throw .internalError("the transfer file's digest has no place in the encoded file")
    }
    let digest = Journal.hex(SHA256.hash(data: data))
    data.replaceSubrange(place, with: Data(digest.utf8))
    return (data, digest)
  }

  /// Reads a transfer file and checks its digest; returns the document and the digest's hex
  /// digits. `path` names the file in messages.
  static func open(_ data: Data, path: String) throws(StoreError) -> (TransferDocument, String) {
    guard let place = digestPlace(in: data) else {
      throw .unreadable(path: path, reason: "not a caseload transfer file (no transferDigest)")
    }
    let claimed = String(decoding: data[place], as: UTF8.self)
    var zeroed = data
    zeroed.replaceSubrange(place, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    guard Journal.hex(SHA256.hash(data: zeroed)) == claimed else {
      throw .unreadable(
        path: path,
        reason: "its content does not match its digest sha256:\(claimed): the file is damaged or was edited")
    }
    let document = try Codec.decode(TransferDocument.self, from: data, path: path)
    try Codec.checkVersion(document.formatVersion, path: path)
    for entry in document.journal where !Timestamp.isWellFormed(entry.at) {
      throw .unreadable(
        path: path, reason: "entry \(entry.seq) of its journal has no time like 2026-11-27T09:30:00+07:00")
    }
    guard document.kind == kindName, document.transferDigest == "sha256:" + claimed else {
      throw .unreadable(path: path, reason: "not a caseload transfer file")
    }
    return (document, claimed)
  }

  /// Where the digest's 64 hex digits are: after the only `<key>transferDigest</key>`, in
  /// `<string>sha256:…</string>`.
  private static func digestPlace(in data: Data) -> Range<Int>? {
    let key = Data(digestKey.utf8)
    guard let found = data.firstRange(of: key),
      data[found.upperBound...].firstRange(of: key) == nil
    else { return nil }
    let opening = Data("<string>sha256:".utf8)
    guard let value = data[found.upperBound...].firstRange(of: opening),
      data[found.upperBound..<value.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
    else { return nil }
    let digits = value.upperBound..<(value.upperBound + 64)
    guard digits.upperBound <= data.endIndex,
      data[digits].allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { return nil }
    return digits
  }
}
