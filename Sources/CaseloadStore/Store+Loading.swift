import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Loading records when they are needed: opening reads `store.plist` alone, and each command
/// brings in the records it declares it reads, once per session.
extension Store {
  /// Brings the records `needs` names into memory, reading their files if they are not there
  /// yet. A file that cannot be read is named in the error, and writes are refused from then on.
  public func ensure(_ needs: Needs) throws(StoreError) {
    // Each round catches up or waits for a writer; files that never agree with the journal
    // are a store to repair, not to wait for.
    for _ in 0..<8 {
      let persons: [PersonID]
      let supervisors: [SupervisorID]
      switch needs {
      case .everything:
        guard !isComplete || headerStale else { return }
        (persons, supervisors) = ([], [])
      case .records(let named, let namedSupervisors):
        persons = isComplete ? [] : named.filter { state.persons[$0] == nil }.sorted()
        supervisors = isComplete ? [] : namedSupervisors.filter { state.supervisors[$0] == nil }.sorted()
        guard !persons.isEmpty || !supervisors.isEmpty || headerStale else { return }
      }
      if try read(persons, supervisors, complete: needs == .everything) { return }
    }
    let error = StoreError.inconsistent(
      "store.plist and the journal disagree about how far the files go; run 'audit verify' to see where")
    problem = problem ?? error
    throw error
  }

  /// Reads the files of these records into `state` if the files hold exactly the journal up
  /// to `head`: `store.plist` must say so, and the journal must not grow while they are read
  /// (a writer appends to the journal before it writes files). Returns false when it had to
  /// catch up or wait for a writer instead, so that the caller looks again at what is missing.
  func read(_ persons: [PersonID], _ supervisors: [SupervisorID], complete: Bool) throws(StoreError)
    -> Bool
  {
    let size = FileIO.size(journalPath)
    guard size == head.bytes || journalShort else {
      guard staged.isEmpty else {
        throw .inconsistent("the journal changed while this session held the write lock")
      }
      try refresh()
      return false
    }
    let header: StoreHeader
    do {
      header = try readHeader()
    } catch {
      guard case .unverified = error, let again = try readUnderLock(persons, supervisors, complete) else {
        throw error
      }
      return again
    }
    // Files lagging only by this session's own entries hold every other record as of `head`.
    guard header.journal == head || canCheckpointFromMemory(header.journal) else {
      if header.journal.entries < head.entries {
        try waitForFiles()
      } else {
        try refresh()
      }
      return false
    }
    if header.journal == head { noteCheckpointed(head) }
    let whole = complete && !isComplete
    var keptPersons: [Kept<Person>] = []
    var keptSupervisors: [Kept<Supervisor>] = []
    let personFiles: [(String, FileDigest?)]
    let supervisorFiles: [(String, FileDigest?)]
    if whole {
      let digests = RecordDigests.readAll(digestsPath) ?? []
      let snapshot = readSnapshot()
      // Every file there, and every record caseload wrote a file for: a file removed by hand
      // is then missed, not the record silently left out.
      let written = RecordDigests.records(in: digests)
      let decodePersons: [(PersonID, FileDigest?)]
      let decodeSupervisors: [(SupervisorID, FileDigest?)]
      (keptPersons, decodePersons) = fromSnapshot(
        Set(fileIDs(PersonID.self, in: personsPath) + written.persons).sorted(), key: RecordKey.person,
        digests: digests, kept: snapshot.persons)
      (keptSupervisors, decodeSupervisors) = fromSnapshot(
        Set(fileIDs(SupervisorID.self, in: supervisorsPath) + written.supervisors).sorted(),
        key: RecordKey.supervisor, digests: digests, kept: snapshot.supervisors)
      personFiles = decodePersons.map { (personFile($0.0), $0.1) }
      supervisorFiles = decodeSupervisors.map { (supervisorFile($0.0), $0.1) }
    } else {
      personFiles = verifiedFiles(persons, key: RecordKey.person)
      supervisorFiles = verifiedFiles(supervisors, key: RecordKey.supervisor)
    }
    var failure: StoreError?
    let decodedPersons = loadIdentified(Person.self, personFiles, problem: &failure)
    let decodedSupervisors = loadIdentified(Supervisor.self, supervisorFiles, problem: &failure)
    guard FileIO.size(journalPath) == size else { return false }
    if case .unverified = failure, let again = try readUnderLock(persons, supervisors, complete) {
      return again
    }
    if whole, failure == nil, decodedPersons.count + decodedSupervisors.count > Store.snapshotLag {
      writeSnapshot(persons: keptPersons + decodedPersons, supervisors: keptSupervisors + decodedSupervisors)
    }
    // Records already here may hold staged changes, and records changed since the files' head
    // are newer here than in their files: neither is read from its file.
    state.persons.reserveCapacity(keptPersons.count + decodedPersons.count)
    for loaded in [keptPersons, decodedPersons] {
      for kept in loaded
      where state.persons[kept.record.id] == nil && !unsaved.persons.contains(kept.record.id) {
        state.persons[kept.record.id] = kept.record
      }
    }
    for loaded in [keptSupervisors, decodedSupervisors] {
      for kept in loaded
      where state.supervisors[kept.record.id] == nil && !unsaved.supervisors.contains(kept.record.id) {
        state.supervisors[kept.record.id] = kept.record
      }
    }
    if headerStale, staged.isEmpty {
      header.fill(&state)
      headerStale = false
    }
    if let failure {
      problem = problem ?? failure
      throw failure
    }
    if complete { isComplete = true }
    return true
  }

  /// A file that is not what `digests.bin` says, found without the write lock, may be another
  /// session's checkpoint in progress (it writes the digests, then moves the files into place):
  /// reads again holding the lock, once a checkpoint a writer left is finished. Under the lock
  /// the file is what it is: nil, and the caller refuses it.
  private func readUnderLock(_ persons: [PersonID], _ supervisors: [SupervisorID], _ complete: Bool)
    throws(StoreError) -> Bool?
  {
    guard !lock.isHeld, !readOnly else { return nil }
    try lock.acquire(officer: officer, timeout: lockTimeout)
    defer { lock.release() }
    if staged.isEmpty, FileManager.default.fileExists(atPath: pendingHeaderPath) { try repair() }
    return try read(persons, supervisors, complete: complete)
  }

  /// `store.plist` lags the journal: another session is between its journal append and its
  /// files, or died there. Waits for the write lock (the writer finishes), and repairs the
  /// files if they still lag.
  func waitForFiles() throws(StoreError) {
    let held = lock.isHeld
    if !held { try lock.acquire(officer: officer, timeout: lockTimeout) }
    defer { if !held { lock.release() } }
    guard try readHeader().journal.entries < head.entries || held else { return }
    guard staged.isEmpty else {
      throw .inconsistent("the files fell behind the journal while this session held the write lock")
    }
    try repair()
  }

  /// How many persons the store holds, counted without reading them.
  public var personCount: Int { fileIDs(PersonID.self, in: personsPath).count }

  /// The ids of the record files in `directory`, in order.
  func fileIDs<Kind>(_ type: Identifier<Kind>.Type, in directory: String) -> [Identifier<Kind>] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.compactMap { name in
      name.hasSuffix(".plist") ? Identifier<Kind>(parsing: String(name.dropLast(".plist".count))) : nil
    }.sorted()
  }
}
