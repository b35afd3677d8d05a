import CaseloadCore
import Dispatch
import FoundationEssentials

/// A record as decoded from its plist, with the digest of the file's bytes it came from.
struct Kept<Record> {
  var digest: FileDigest
  var record: Record
}

/// `snapshot.bin`: every record as last decoded from its plist, each with the SHA-256 of the
/// file's bytes it was decoded from. A derived cache beside the plists: reading every record
/// takes a record from here only while `digests.bin` says its file is still that content
/// (which caseload itself recorded when it wrote the file), and decodes the plist otherwise,
/// checking it against the same digest. So it serves only what the journal produced: not an
/// older version on a file system with coarse timestamps, not a file edited by hand or copied
/// in (the digest differs), not its own damaged bytes (below).
///
/// Its bytes (`SnapshotWriter`): a first line naming the format and its version, then parts of
/// a few hundred records each, every part preceded by its length and the SHA-256 of its bytes,
/// so that all cores check and decode them at once. A snapshot of which any part does not
/// check or read whole is not used at all, and the next full read writes a new one.
extension Store {
  var snapshotPath: String { path + "/snapshot.bin" }

  /// Records decoded from plists in one full read beyond which the reader writes a new snapshot.
  static let snapshotLag = 64
  /// Records in one part of the snapshot.
  static let snapshotPart = 200
  static let snapshotFirstLine = Array("caseload snapshot \(storeFormatVersion).2\n".utf8)

  private enum PartKind: Int {
    case persons = 1
    case supervisors = 2
  }

  /// The snapshot's records by id; empty when there is none or it cannot be read.
  func readSnapshot() -> (persons: [PersonID: Kept<Person>], supervisors: [SupervisorID: Kept<Supervisor>]) {
    guard let data = try? FileIO.read(snapshotPath) else { return ([:], [:]) }
    let parts: [(persons: [Kept<Person>], supervisors: [Kept<Supervisor>])]? = data.withUnsafeBytes { bytes in
      Store.decodeSnapshot(bytes)
    }
    guard let parts else { return ([:], [:]) }
    var persons: [PersonID: Kept<Person>] = [:]
    var supervisors: [SupervisorID: Kept<Supervisor>] = [:]
    persons.reserveCapacity(parts.reduce(0) { $0 + $1.persons.count })
    for part in parts {
      for kept in part.persons where persons[kept.record.id] == nil { persons[kept.record.id] = kept }
      for kept in part.supervisors where supervisors[kept.record.id] == nil {
        supervisors[kept.record.id] = kept
      }
    }
    return (persons, supervisors)
  }

  /// The parts of a snapshot's bytes, decoded on all cores; nil when anything is amiss.
  private static func decodeSnapshot(_ bytes: UnsafeRawBufferPointer)
    -> [(persons: [Kept<Person>], supervisors: [Kept<Supervisor>])]?
  {
    let first = snapshotFirstLine
    guard bytes.count >= first.count, bytes.prefix(first.count).elementsEqual(first) else { return nil }
    let body = UnsafeRawBufferPointer(rebasing: bytes[first.count...])
    var reader = SnapshotReader(body)
    var ranges: [Range<Int>] = []
    while !reader.atEnd {
      guard let length = try? reader.int(), length >= 0, length <= body.count - reader.offset - 32 else {
        return nil
      }
      ranges.append(reader.offset..<reader.offset + 32 + length)
      reader = SnapshotReader(body, at: reader.offset + 32 + length)
    }
    var parts = [(persons: [Kept<Person>], supervisors: [Kept<Supervisor>])?](
      repeating: nil, count: ranges.count)
    parts.withUnsafeMutableBufferPointer { slots in
      DispatchQueue.concurrentPerform(iterations: slots.count) { index in
        slots[index] = try? decodePart(UnsafeRawBufferPointer(rebasing: body[ranges[index]]))
      }
    }
    return parts.allSatisfy { $0 != nil } ? parts.map { $0! } : nil
  }

  /// One part: its checksum, then its records.
  private static func decodePart(_ part: UnsafeRawBufferPointer) throws(SnapshotReader.Malformed)
    -> (persons: [Kept<Person>], supervisors: [Kept<Supervisor>])
  {
    let bytes = UnsafeRawBufferPointer(rebasing: part[32...])
    guard FileDigest(raw: UnsafeRawBufferPointer(rebasing: part[..<32])) == FileDigest(of: bytes) else {
      throw SnapshotReader.Malformed()
    }
    var reader = SnapshotReader(bytes)
    var persons: [Kept<Person>] = []
    var supervisors: [Kept<Supervisor>] = []
    switch PartKind(rawValue: try reader.int()) {
    case .persons:
      persons = try reader.array { r throws(SnapshotReader.Malformed) in
        Kept(digest: try r.digest(), record: try r.person())
      }
    case .supervisors:
      supervisors = try reader.array { r throws(SnapshotReader.Malformed) in
        Kept(digest: try r.digest(), record: try r.supervisor())
      }
    case nil:
      throw SnapshotReader.Malformed()
    }
    guard reader.atEnd else { throw SnapshotReader.Malformed() }
    return (persons, supervisors)
  }

  /// Writes the snapshot: replaced atomically, unsynced (a cache, which a power cut may cost
  /// but cannot make wrong: each part is checked against its checksum, each record against
  /// its file's digest).
  func writeSnapshot(persons: [Kept<Person>], supervisors: [Kept<Supervisor>]) {
    let persons = persons.sorted { $0.record.id < $1.record.id }
    let supervisors = supervisors.sorted { $0.record.id < $1.record.id }
    var snapshot = SnapshotWriter()
    do {
      for start in stride(from: 0, to: persons.count, by: Store.snapshotPart) {
        var part = SnapshotWriter()
        part.int(PartKind.persons.rawValue)
        let slice = persons[start..<min(start + Store.snapshotPart, persons.count)]
        part.int(slice.count)
        for kept in slice {
          part.digest(kept.digest)
          try part.person(kept.record)
        }
        snapshot.part(part)
      }
      var part = SnapshotWriter()
      part.int(PartKind.supervisors.rawValue)
      part.array(supervisors) { writer, kept in
        writer.digest(kept.digest)
        writer.supervisor(kept.record)
      }
      snapshot.part(part)
    } catch {
      return
    }
    try? FileIO.replace(snapshotPath, with: Data(Store.snapshotFirstLine + snapshot.bytes), sync: false)
    // The JSON snapshot that caseload 0.9.0 kept, which nothing reads any more.
    FileIO.remove([path + "/snapshot.jsonl"])
  }

  /// Splits the files to read into records the snapshot holds for their current content, and
  /// the ids whose plist must be decoded (each with the digest its file must have; nil when
  /// `digests.bin` has none for it, and the file is then unverified).
  func fromSnapshot<Record, ID: Hashable>(
    _ ids: [ID], key: (ID) -> RecordKey, digests: [UInt8], kept: [ID: Kept<Record>]
  ) -> (kept: [Kept<Record>], decode: [(ID, FileDigest?)]) {
    var found: [Kept<Record>] = []
    var decode: [(ID, FileDigest?)] = []
    found.reserveCapacity(ids.count)
    for id in ids {
      let digest = RecordDigests.digest(in: digests, key(id))
      if let digest, let record = kept[id], record.digest == digest {
        found.append(record)
      } else {
        decode.append((id, digest))
      }
    }
    return (found, decode)
  }

  /// The first record the snapshot holds differently from the file it names by digest, for
  /// `audit verify`: the snapshot must be exact, since reads trust it for that content.
  func staleSnapshotRecord(_ files: State) -> String? {
    let digests = RecordDigests.readAll(digestsPath) ?? []
    let snapshot = readSnapshot()
    for (id, kept) in snapshot.persons.sorted(by: { $0.key < $1.key })
    where RecordDigests.digest(in: digests, .person(id)) == kept.digest && files.persons[id] != kept.record {
      return file(of: .person(id))
    }
    for (id, kept) in snapshot.supervisors.sorted(by: { $0.key < $1.key })
    where RecordDigests.digest(in: digests, .supervisor(id)) == kept.digest
      && files.supervisors[id] != kept.record
    {
      return file(of: .supervisor(id))
    }
    return nil
  }
}
