import CaseloadCore
import Crypto
import FoundationEssentials

/// What the fuzzers in `Fuzz/` (`scripts/fuzz`) call: any bytes, read as caseload reads the
/// file. Every error is caught, since an error is a correct answer to bad bytes; only a crash,
/// a hang or a sanitizer report is a finding. When a reader changes, these few lines follow it,
/// and the fuzzers do not change.
public enum FuzzEntry {
  /// The day every fuzzed import happens on, so that a run does not depend on the clock.
  static let today = Day(year: 2026, month: 11, day: 27)!

  /// The bytes as each plist the store reads: `store.plist`'s header, a person's record file,
  /// a supervisor's record file and a transfer document (decoded only; `transfer` checks it).
  public static func plist(_ bytes: UnsafeRawBufferPointer) {
    let data = Data(bytes)
    if let header = try? Codec.decode(StoreHeader.self, from: data, path: "store.plist") {
      try? Codec.checkVersion(header.formatVersion, path: "store.plist")
      var state = State()
      header.fill(&state)
    }
    if let file = try? Codec.decode(RecordFile<Person>.self, from: data, path: "persons/P1.plist") {
      try? Codec.checkVersion(file.formatVersion, path: "persons/P1.plist")
    }
    if let file = try? Codec.decode(RecordFile<Supervisor>.self, from: data, path: "supervisors/S1.plist") {
      try? Codec.checkVersion(file.formatVersion, path: "supervisors/S1.plist")
    }
    _ = try? Codec.decode(TransferDocument.self, from: data, path: "transfer.plist")
  }

  /// The bytes as a transfer file given to `person import`: every check made before the
  /// import is staged, then the import itself on an empty ward. The digest is written into the
  /// bytes first (where the file has a place for it), as the sending ward would, so that a
  /// mutated file reaches the decoder and the checks after the digest instead of stopping at it.
  public static func transfer(_ bytes: UnsafeRawBufferPointer) {
    let data = sealed(Data(bytes))
    guard let (document, digest) = try? TransferDocument.open(data, path: "transfer.plist") else { return }
    var state = State()
    _ = try? state.apply(
      .importPerson(
        state.nextPerson, document.transferredCase, digest: "sha256:" + digest, received: today,
        decision: nil),
      today: today)
  }

  /// `data` with the SHA-256 digest its `transferDigest` should hold written in (the digest of
  /// the bytes with its 64 digits as zeros), or unchanged when it has no place for one.
  static func sealed(_ data: Data) -> Data {
    guard let key = data.firstRange(of: Data(TransferDocument.digestKey.utf8)),
      let value = data[key.upperBound...].firstRange(of: Data("<string>sha256:".utf8)),
      value.upperBound + 64 <= data.endIndex
    else { return data }
    let digits = value.upperBound..<(value.upperBound + 64)
    var sealed = data
    sealed.replaceSubrange(digits, with: Data(repeating: UInt8(ascii: "0"), count: 64))
    sealed.replaceSubrange(digits, with: Data(Journal.hex(SHA256.hash(data: sealed)).utf8))
    return sealed
  }
}
