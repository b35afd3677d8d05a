import CaseloadCore
import Dispatch
import FoundationEssentials

/// A record as decoded from its plist, with the identity of the file version it came from.
struct Kept<Record> {
  var file: FileIdentity
  var record: Record
}

/// `snapshot.bin`: every record as last decoded from its plist, each with the identity of
/// that file version (device, inode, size, modification and change times). A derived cache
/// beside the plists, which stay the record: reading every record takes a record from here
/// only while its file is still that very version (a checkpoint's rename makes a new inode;
/// any edit changes the times), and decodes the plist otherwise, so it can serve nothing the
/// files do not hold, and a damaged or edited file is still found and named.
///
/// Its bytes (`SnapshotWriter`): a first line naming the format and its version, then parts of
/// a few hundred records each, every part preceded by its length, so that all cores decode
/// them at once. A snapshot that does not read whole is not used, and the next full read
/// writes a new one.
extension Store {
  var snapshotPath: String { path + "/snapshot.bin" }

  /// Records decoded from plists in one full read beyond which the reader writes a new snapshot.
  static let snapshotLag = 64
  /// Records in one part of the snapshot.
  static let snapshotPart = 200
  static let snapshotFirstLine = Array("caseload snapshot \(storeFormatVersion).1\n".utf8)

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
      guard let length = try? reader.int(), length >= 0, length <= body.count - reader.offset else {
        return nil
      }
      ranges.append(reader.offset..<reader.offset + length)
      reader = SnapshotReader(body, at: reader.offset + length)
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

  private static func decodePart(_ bytes: UnsafeRawBufferPointer) throws(SnapshotReader.Malformed)
    -> (persons: [Kept<Person>], supervisors: [Kept<Supervisor>])
  {
    var reader = SnapshotReader(bytes)
    var persons: [Kept<Person>] = []
    var supervisors: [Kept<Supervisor>] = []
    switch PartKind(rawValue: try reader.int()) {
    case .persons:
      persons = try reader.array { r throws(SnapshotReader.Malformed) in
        Kept(file: try r.identity(), record: try r.person())
      }
    case .supervisors:
      supervisors = try reader.array { r throws(SnapshotReader.Malformed) in
        Kept(file: try r.identity(), record: try r.supervisor())
      }
    case nil:
      throw SnapshotReader.Malformed()
    }
    guard reader.atEnd else { throw SnapshotReader.Malformed() }
    return (persons, supervisors)
  }

  /// Writes the snapshot: replaced atomically, unsynced (a cache, which a power cut may cost
  /// but cannot make wrong, since each record is checked against its file's identity).
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
          part.identity(kept.file)
          try part.person(kept.record)
        }
        snapshot.part(part)
      }
      var part = SnapshotWriter()
      part.int(PartKind.supervisors.rawValue)
      part.array(supervisors) { writer, kept in
        writer.identity(kept.file)
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

  /// Splits the files to read into records the snapshot holds for their current version, and
  /// the ids whose plist must be decoded. The files are looked at (a `stat` each) on all cores.
  func fromSnapshot<Record, ID: Hashable>(
    _ ids: [ID], file: (ID) -> String, kept: [ID: Kept<Record>]
  ) -> (kept: [Kept<Record>], decode: [ID]) {
    var current = [Bool](repeating: false, count: ids.count)
    current.withUnsafeMutableBufferPointer { slots in
      let slots = slots
      let parts = min(ids.count, 8)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        for index in stride(from: part, to: ids.count, by: parts) {
          if let record = kept[ids[index]] {
            slots[index] = FileIO.identity(file(ids[index])) == record.file
          }
        }
      }
    }
    var found: [Kept<Record>] = []
    var decode: [ID] = []
    found.reserveCapacity(ids.count)
    for (index, id) in ids.enumerated() {
      if current[index], let record = kept[id] {
        found.append(record)
      } else {
        decode.append(id)
      }
    }
    return (found, decode)
  }

  /// The first file whose record the snapshot holds differently for the same file version,
  /// for `audit verify`: the snapshot must be exact, since reads trust it for that version.
  func staleSnapshotRecord(_ files: State) -> String? {
    let snapshot = readSnapshot()
    for (id, kept) in snapshot.persons.sorted(by: { $0.key < $1.key })
    where FileIO.identity(personFile(id)) == kept.file && files.persons[id] != kept.record {
      return file(of: .person(id))
    }
    for (id, kept) in snapshot.supervisors.sorted(by: { $0.key < $1.key })
    where FileIO.identity(supervisorFile(id)) == kept.file && files.supervisors[id] != kept.record {
      return file(of: .supervisor(id))
    }
    return nil
  }
}
