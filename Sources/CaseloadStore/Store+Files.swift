import CaseloadCore
import CaseloadLanguage
import Dispatch
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The file layout and codec: where each record's file is (named here alone), `store.plist`,
/// reading the journal, and decoding record files on all cores.
extension Store {
  /// The file that holds a record, relative to the store: the one place that names them.
  func file(of key: RecordKey) -> String {
    switch key {
    case .settings: "store.plist"
    case .person(let id): "persons/\(id).plist"
    case .supervisor(let id): "supervisors/\(id).plist"
    }
  }

  func personFile(_ id: PersonID) -> String { path + "/" + file(of: .person(id)) }
  func supervisorFile(_ id: SupervisorID) -> String { path + "/" + file(of: .supervisor(id)) }

  /// The complete entries after `head` (which must end an entry), checked against its chain;
  /// with the bytes they take and the journal's size when read.
  func readJournal(after head: JournalHead = JournalHead()) throws(StoreError) -> (
    read: ([JournalEntry], Int), size: Int
  ) {
    let size = FileIO.size(journalPath)
    if head.bytes == 0, let madeWith, madeWith.size == size { return ((madeWith.entries, size), size) }
    let data = try FileIO.read(journalPath, from: head.bytes, count: max(0, size - head.bytes))
    return (try Journal.read(data, after: head, path: journalPath), size)
  }

  /// Reads `store.plist` into `state` (policy and id counters) and `head`, with no record.
  func loadHeader() throws(StoreError) {
    state = State()
    isComplete = false
    problem = nil
    do {
      let header = try readHeader()
      header.fill(&state)
      head = header.journal
    } catch {
      problem = error
      head = JournalHead()
    }
    noteCheckpointed(head)
  }

  var digestsPath: String { path + "/digests.bin" }

  /// `store.plist`, or a new store's header when there is none yet; refused (`unverified`)
  /// when it is not the content caseload last wrote there.
  /// Not `verifying` is for `audit verify`, which compares what the file holds with the journal.
  func readHeader(verifying: Bool = true) throws(StoreError) -> StoreHeader {
    guard let data = try FileIO.read(headerPath) else { return StoreHeader() }
    guard !verifying || RecordDigests.read(digestsPath, [.settings])?[.settings] == FileDigest(of: data)
    else {
      throw .unverified(path: headerPath)
    }
    let header = try Codec.decode(StoreHeader.self, from: data, path: headerPath, storedByUs: !readOnly)
    try Codec.checkVersion(header.formatVersion, path: headerPath)
    return header
  }

  /// What the files hold, without the journal and without checking their digests: the records,
  /// the header, the first file that could not be read (left out, so that the rest stay
  /// viewable), and the first whose bytes are not what `digests.bin` says caseload wrote (none
  /// for a store that has no `digests.bin` yet). For `audit verify`, which compares them with the
  /// journal. Decoded on every core, or on this thread alone when the others are busy.
  func readFiles(onAllCores: Bool = true) -> (
    state: State, header: StoreHeader, problem: StoreError?, unverified: String?
  ) {
    var loaded = State()
    var header = StoreHeader()
    var problem: StoreError?
    let digests = RecordDigests.readAll(digestsPath)
    var unverified: String?
    do {
      header = try readHeader(verifying: false)
      header.fill(&loaded)
      if digests != nil, (try? readHeader()) == nil { unverified = file(of: .settings) }
      let persons = fileIDs(PersonID.self, in: personsPath)
      let loadedPersons = loadIdentified(
        Person.self, persons.map { (personFile($0), nil) }, verifying: false, onAllCores: onAllCores,
        problem: &problem)
      for person in loadedPersons { loaded.persons[person.record.id] = person.record }
      let supervisors = fileIDs(SupervisorID.self, in: supervisorsPath)
      let loadedSupervisors = loadIdentified(
        Supervisor.self, supervisors.map { (supervisorFile($0), nil) }, verifying: false,
        onAllCores: onAllCores, problem: &problem)
      for supervisor in loadedSupervisors { loaded.supervisors[supervisor.record.id] = supervisor.record }
      if let digests, unverified == nil {
        let keys =
          loadedPersons.map { RecordKey.person($0.record.id) }
          + loadedSupervisors.map { RecordKey.supervisor($0.record.id) }
        let found = loadedPersons.map(\.digest) + loadedSupervisors.map(\.digest)
        unverified = zip(keys, found).first { RecordDigests.digest(in: digests, $0.0) != $0.1 }
          .map { file(of: $0.0) }
      }
    } catch {
      problem = problem ?? error
    }
    return (loaded, header, problem, unverified)
  }

  /// The files of these records, each with the digest `digests.bin` holds for it.
  func verifiedFiles<Kind>(_ ids: [Identifier<Kind>], key: (Identifier<Kind>) -> RecordKey) -> [(
    String, FileDigest?
  )] {
    guard !ids.isEmpty else { return [] }
    let digests = RecordDigests.read(digestsPath, ids.map(key)) ?? [:]
    return ids.map { (path + "/" + file(of: key($0)), digests[key($0)]) }
  }

  /// Decodes record files on all cores, each checked against the digest given with it. A file
  /// that cannot be read or is not that content sets `problem` (the first such) and is left
  /// out, so that the rest stay viewable; a file that does not exist is skipped.
  func loadRecords<Record: Codable & Identified>(
    _ type: Record.Type, _ files: [(String, FileDigest?)], problem: inout StoreError?
  ) -> [Record] {
    loadIdentified(type, files, problem: &problem).map(\.record)
  }

  /// `loadRecords`, with the digest of each file read.
  func loadIdentified<Record: Codable & Identified>(
    _ type: Record.Type, _ files: [(String, FileDigest?)], verifying: Bool = true, onAllCores: Bool = true,
    problem: inout StoreError?
  ) -> [Kept<Record>] {
    // Decoding XML dominates reading many records; the files are independent, so all cores
    // share the work. Each slot is written by exactly one iteration.
    // Another ward's files are read as any file from elsewhere; this store's own (`readOnly`
    // is another ward's) may hold characters typed before they were refused.
    let storedByUs = !readOnly
    var results = [Result<Kept<Record>, StoreError>?](repeating: nil, count: files.count)
    results.withUnsafeMutableBufferPointer { slots in
      let slots = slots
      let decode = { (index: Int) in
        slots[index] = Store.decodeRecord(
          Record.self, file: files[index].0, digest: files[index].1, verifying: verifying,
          storedByUs: storedByUs)
      }
      if onAllCores {
        DispatchQueue.concurrentPerform(iterations: files.count, execute: decode)
      } else {
        for index in files.indices { decode(index) }
      }
    }
    var records: [Kept<Record>] = []
    for result in results {
      switch result {
      case .success(let record): records.append(record)
      case .failure(let error): problem = problem ?? error
      case nil: break
      }
    }
    return records
  }

  /// One record file, checked against its digest (`unverified` when it is not that content)
  /// and decoded and checked against its name; nil if it vanished meanwhile.
  private static func decodeRecord<Record: Codable & Identified>(
    _ type: Record.Type, file: String, digest: FileDigest?, verifying: Bool, storedByUs: Bool
  ) -> Result<Kept<Record>, StoreError>? {
    let name = PathText.name(of: file)
    do {
      guard let data = try FileIO.read(file) else {
        // Gone meanwhile, unless caseload wrote it and it should be there.
        if verifying, digest != nil { throw StoreError.unverified(path: file) }
        return nil
      }
      let found = FileDigest(of: data)
      guard !verifying || found == digest else { throw StoreError.unverified(path: file) }
      let decoded = try Codec.decode(RecordFile<Record>.self, from: data, path: file, storedByUs: storedByUs)
      try Codec.checkVersion(decoded.formatVersion, path: file)
      guard "\(decoded.record.identifier).plist" == name else {
        throw StoreError.unreadable(path: file, reason: "holds \(decoded.record.identifier), not \(name)")
      }
      return .success(Kept(digest: found, record: decoded.record))
    } catch let error as StoreError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(path: file, reason: "\(error)"))
    }
  }
}

/// A record that knows its own id, so its file name can be checked.
protocol Identified {
  associatedtype ID: CustomStringConvertible
  var identifier: ID { get }
}

extension Person: Identified { var identifier: PersonID { id } }
extension Supervisor: Identified { var identifier: SupervisorID { id } }
