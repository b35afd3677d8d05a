import CaseloadCore
import Crypto
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The SHA-256 of a file's bytes.
struct FileDigest: Hashable, Sendable {
  var words: (UInt64, UInt64, UInt64, UInt64)

  init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

  /// The digest of `bytes`.
  init(of bytes: some DataProtocol) {
    let hash = SHA256.hash(data: bytes)
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &words) { target in
      hash.withUnsafeBytes { source in target.copyMemory(from: source) }
    }
    self.words = words
  }

  /// The digest in 32 raw bytes, nil for 32 zero bytes (an empty slot).
  init?(raw: UnsafeRawBufferPointer) {
    guard raw.count == 32 else { return nil }
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: raw) }
    guard words != (0, 0, 0, 0) else { return nil }
    self.words = words
  }

  /// The 32 raw bytes.
  var raw: [UInt8] { withUnsafeBytes(of: words) { Array($0) } }

  static func == (left: FileDigest, right: FileDigest) -> Bool { left.words == right.words }

  func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
  }
}

/// `digests.bin`: the SHA-256 of every record file and of `store.plist` as caseload last wrote
/// them, so that a file is served only while it is that very content.
///
/// A file's identity (device, inode, size, times) repeats on file systems with 1- or 2-second
/// timestamps and is lost by `cp -r`; its content is what matters. Each file has a fixed slot of
/// 32 bytes (after a 32-byte first line naming the format): `store.plist` slot 0, person N slot
/// 2N − 1, supervisor N slot 2N, so that a checkpoint writes only the slots of the files it
/// writes and a mutation stays O(1). An empty slot (zeros) means no file. A slot that does not
/// match its file, however it came about (an edit, a bit flip, a copy from elsewhere, a crash
/// between the two), makes the file unverified: it is never served, and the store is rebuilt
/// from the journal (`Store.rebuildUnverified`) or, read-only, refused.
enum RecordDigests {
  static let firstLine: [UInt8] = {
    var line = Array("caseload digests 1\n".utf8)
    line += [UInt8](repeating: 0, count: 32 - line.count)
    return line
  }()

  /// The slot of a record's file.
  static func slot(_ key: RecordKey) -> Int {
    switch key {
    case .settings: 0
    case .person(let id): 2 * id.number - 1
    case .supervisor(let id): 2 * id.number
    }
  }

  /// The whole file, nil when there is none or its first line is not this format's.
  static func readAll(_ path: String) -> [UInt8]? {
    guard let data = try? FileIO.read(path), data.count >= 32, data.prefix(32).elementsEqual(firstLine) else {
      return nil
    }
    return Array(data)
  }

  /// The digest in `slot` of a file read whole; nil when the slot is empty or beyond the end.
  static func digest(in file: [UInt8], _ key: RecordKey) -> FileDigest? {
    let offset = 32 + 32 * slot(key)
    guard offset + 32 <= file.count else { return nil }
    return file.withUnsafeBytes {
      FileDigest(raw: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + 32]))
    }
  }

  /// The records whose slots are not empty, in a file read whole: the records caseload wrote
  /// a file for, whether or not the file is still there.
  static func records(in file: [UInt8]) -> (persons: [PersonID], supervisors: [SupervisorID]) {
    var persons: [PersonID] = []
    var supervisors: [SupervisorID] = []
    file.withUnsafeBytes { bytes in
      var slot = 1
      while 32 + 32 * slot + 32 <= bytes.count {
        let offset = 32 + 32 * slot
        if FileDigest(raw: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 32])) != nil {
          if slot % 2 == 1 {
            persons.append(PersonID((slot + 1) / 2))
          } else {
            supervisors.append(SupervisorID(slot / 2))
          }
        }
        slot += 1
      }
    }
    return (persons, supervisors)
  }

  /// The digests of `keys`, read slot by slot; nil for a store with no digest file (or another
  /// format's), whose every file is then unverified.
  static func read(_ path: String, _ keys: [RecordKey]) -> [RecordKey: FileDigest]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 32)
    guard pread(fd, &buffer, 32, 0) == 32, buffer == firstLine else { return nil }
    var found: [RecordKey: FileDigest] = [:]
    for key in keys {
      let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 32, off_t(32 + 32 * slot(key))) }
      if got == 32, let digest = buffer.withUnsafeBytes({ FileDigest(raw: $0) }) { found[key] = digest }
    }
    return found
  }

  /// Writes the slots of these files (nil: the file is gone); unsynced unless `sync`.
  static func write(_ path: String, _ digests: [(RecordKey, FileDigest?)], sync: Bool) throws(StoreError) {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .unwritable(path: path, reason: FileIO.errnoText()) }
    defer { close(fd) }
    var first = [UInt8](repeating: 0, count: 32)
    if pread(fd, &first, 32, 0) != 32 || first != firstLine {
      guard ftruncate(fd, 0) == 0, pwrite(fd, firstLine, 32, 0) == 32 else {
        throw .unwritable(path: path, reason: FileIO.errnoText())
      }
    }
    for (key, digest) in digests {
      let bytes = digest?.raw ?? [UInt8](repeating: 0, count: 32)
      guard pwrite(fd, bytes, 32, off_t(32 + 32 * slot(key))) == 32 else {
        throw .unwritable(path: path, reason: FileIO.errnoText())
      }
    }
    if sync, fsync(fd) != 0 { throw .unwritable(path: path, reason: FileIO.errnoText()) }
  }
}
