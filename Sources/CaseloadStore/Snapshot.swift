import CaseloadCore
import Foundation

/// A record as decoded from its plist, with the identity of the file version it came from.
struct Kept<Record: Codable>: Codable {
  var file: FileIdentity
  var record: Record
}

/// `snapshot.jsonl`: every record as last decoded from its plist, each with the identity of
/// that file version (device, inode, size, modification and change times). A derived cache
/// beside the plists, which stay the record: reading every record takes a record from here
/// only while its file is still that very version (a checkpoint's rename makes a new inode;
/// any edit changes the times), and decodes the plist otherwise, so it can serve nothing the
/// files do not hold, and a damaged or edited file is still found and named.
///
/// One JSON document a line: `{"formatVersion":1}`, then parts of a few hundred records
/// each, which all cores decode at once.
struct SnapshotPart: Codable {
  var persons: [Kept<Person>]?
  var supervisors: [Kept<Supervisor>]?
}

extension Store {
  var snapshotPath: String { path + "/snapshot.jsonl" }

  /// Records decoded from plists in one full read beyond which the reader writes a new snapshot.
  static let snapshotLag = 64
  /// Records in one part of the snapshot.
  static let snapshotPart = 200
  static let snapshotFirstLine = Data(#"{"formatVersion":\#(storeFormatVersion)}"#.utf8)

  /// The snapshot's records by id; empty when there is none or it cannot be read.
  func readSnapshot() -> (persons: [PersonID: Kept<Person>], supervisors: [SupervisorID: Kept<Supervisor>]) {
    guard let data = try? FileIO.read(snapshotPath) else { return ([:], [:]) }
    let lines = data.split(separator: 0x0A)
    guard lines.first.map({ Data($0) == Store.snapshotFirstLine }) ?? false else { return ([:], [:]) }
    var parts = [SnapshotPart?](repeating: nil, count: lines.count - 1)
    parts.withUnsafeMutableBufferPointer { slots in
      DispatchQueue.concurrentPerform(iterations: slots.count) { index in
        slots[index] = try? JSONDecoder().decode(SnapshotPart.self, from: lines[lines.startIndex + index + 1])
      }
    }
    guard parts.allSatisfy({ $0 != nil }) else { return ([:], [:]) }
    let persons = parts.flatMap { $0?.persons ?? [] }
    let supervisors = parts.flatMap { $0?.supervisors ?? [] }
    return (
      Dictionary(persons.map { ($0.record.id, $0) }) { first, _ in first },
      Dictionary(supervisors.map { ($0.record.id, $0) }) { first, _ in first }
    )
  }

  /// Writes the snapshot: replaced atomically, unsynced (a cache, which a power cut may cost
  /// but cannot make wrong, since each record is checked against its file's identity).
  func writeSnapshot(persons: [Kept<Person>], supervisors: [Kept<Supervisor>]) {
    let persons = persons.sorted { $0.record.id < $1.record.id }
    let supervisors = supervisors.sorted { $0.record.id < $1.record.id }
    var parts: [SnapshotPart] = []
    for start in stride(from: 0, to: persons.count, by: Store.snapshotPart) {
      parts.append(
        SnapshotPart(persons: Array(persons[start..<min(start + Store.snapshotPart, persons.count)])))
    }
    for start in stride(from: 0, to: supervisors.count, by: Store.snapshotPart * 10) {
      let end = min(start + Store.snapshotPart * 10, supervisors.count)
      parts.append(SnapshotPart(supervisors: Array(supervisors[start..<end])))
    }
    var data = Store.snapshotFirstLine
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for part in parts {
      guard let line = try? encoder.encode(part) else { return }
      data.append(0x0A)
      data.append(line)
    }
    data.append(0x0A)
    try? FileIO.replace(snapshotPath, with: data, sync: false)
  }

  /// Splits the files to read into records the snapshot holds for their current version, and
  /// the ids whose plist must be decoded.
  func fromSnapshot<Record, ID: Hashable>(
    _ ids: [ID], file: (ID) -> String, kept: [ID: Kept<Record>]
  ) -> (kept: [Kept<Record>], decode: [ID]) {
    var found: [Kept<Record>] = []
    var decode: [ID] = []
    for id in ids {
      if let record = kept[id], FileIO.identity(file(id)) == record.file {
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
