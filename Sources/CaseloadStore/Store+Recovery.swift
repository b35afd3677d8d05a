import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Recovery: bringing the files up to the journal after a crash between the two.
extension Store {
  /// Brings the files up to the journal (under the write lock): finishes or discards an
  /// interrupted checkpoint, then plays the entries beyond `store.plist`'s head into the records
  /// they name, so recovery costs what lies beyond the last checkpoint. It plays the whole
  /// journal instead when a restart may have lost unsynced files, when there is no checkpoint
  /// yet, or when an undo lies beyond it. A journal shorter than the head is a problem to report.
  func repair() throws(StoreError) {
    if lostUnsynced() { return try recover() }
    try finishCheckpoint()
    try loadHeader()
    guard problem == nil else { return }
    var size = FileIO.size(journalPath)
    guard size >= head.bytes else {
      journalShort = true
      problem = .inconsistent(
        "the journal (\(size) bytes) is shorter than store.plist records (\(head.bytes) bytes): entries may be lost; restore the journal from a backup"
      )
      return
    }
    guard size > head.bytes else { return }
    let (entries, bytes): ([JournalEntry], Int)
    ((entries, bytes), size) = try readJournal(after: head)
    if head.entries == 0 || entries.contains(where: { $0.command.hasPrefix("undo ") }) {
      // With no checkpoint yet, what was just read is the whole journal.
      return try recover(read: head.bytes == 0 ? ((entries, bytes), size) : nil)
    }
    try dropUnfinishedTail(keeping: head.bytes + bytes, of: size)
    var touched = Touched()
    do {
      for entry in entries {
        guard case .invocation(let invocation) = try registry.parse(entry.command, journaled: true) else {
          throw LanguageError("not a complete command: \(entry.command)")
        }
        try loadForRepair(invocation.needs)
        touched.formUnion(try apply(canonical: entry.command, today: nil).touched)
        head.entries = entry.seq
        head.hash = entry.hash
      }
    } catch StoreError.unverified {
      // A file the entries beyond the checkpoint would build on is not what caseload wrote.
      return try recover()
    } catch {
      let failure = StoreError.inconsistent("the journal cannot be played forward into the files: \(error)")
      problem = failure
      throw failure
    }
    head.bytes += bytes
    try checkpoint(touched, head: head)
    noteCheckpointed(head)
    if !entries.isEmpty {
      notices.append("played \(entries.count) journal entries forward into the state files")
    }
  }

  /// The records an entry beyond the checkpoint reads, from the files (which hold the checkpoint).
  private func loadForRepair(_ needs: Needs) throws(StoreError) {
    var persons: [PersonID]
    var supervisors: [SupervisorID]
    switch needs {
    case .everything:
      guard !isComplete else { return }
      persons = fileIDs(PersonID.self, in: personsPath)
      supervisors = fileIDs(SupervisorID.self, in: supervisorsPath)
      isComplete = true
    case .records(let named, let namedSupervisors):
      persons = Array(named)
      supervisors = Array(namedSupervisors)
    }
    persons.removeAll { state.persons[$0] != nil }
    supervisors.removeAll { state.supervisors[$0] != nil }
    var failure: StoreError?
    for person in loadRecords(Person.self, verifiedFiles(persons, key: RecordKey.person), problem: &failure) {
      state.persons[person.id] = person
    }
    let supervisorFiles = verifiedFiles(supervisors, key: RecordKey.supervisor)
    for supervisor in loadRecords(Supervisor.self, supervisorFiles, problem: &failure) {
      state.supervisors[supervisor.id] = supervisor
    }
    if let failure {
      problem = failure
      throw failure
    }
  }

  /// Cuts a torn or unfinished last entry (or transaction) off the journal, saying so.
  private func dropUnfinishedTail(keeping bytes: Int, of size: Int) throws(StoreError) {
    guard bytes < size else { return }
    guard truncate(journalPath, off_t(bytes)) == 0 else {
      throw .unwritable(path: journalPath, reason: FileIO.errnoText())
    }
    notices.append(
      "removed an unfinished last journal entry (\(size - bytes) bytes) left by an interrupted write")
  }

  /// Plays the whole journal from the start and rewrites every record and `store.plist`,
  /// synced, so that no entry is applied twice; drops a torn or unfinished tail first. Used
  /// when the files since the last checkpoint cannot be trusted or there is none.
  /// `read` is the whole journal when the caller has just read it.
  func recover(read: (read: ([JournalEntry], Int), size: Int)? = nil) throws(StoreError) {
    try finishCheckpoint(discarding: true)
    let before = (try? readHeader().journal.entries) ?? 0
    let journal: (read: ([JournalEntry], Int), size: Int)
    if let read { journal = read } else { journal = try readJournal() }
    let ((entries, bytes), size) = journal
    try dropUnfinishedTail(keeping: bytes, of: size)
    let playback: Playback
    do {
      playback = try Playback.played(entries, registry: registry, imports: imports)
    } catch {
      problem = error
      throw error
    }
    var everything = Touched()
    everything.persons = Set(fileIDs(PersonID.self, in: personsPath)).union(playback.state.persons.keys)
    everything.supervisors = Set(fileIDs(SupervisorID.self, in: supervisorsPath))
      .union(playback.state.supervisors.keys)
    state = playback.state
    isComplete = true
    problem = nil
    var fresh = JournalHead()
    fresh.entries = entries.last?.seq ?? 0
    fresh.hash = entries.last?.hash ?? Journal.genesis
    fresh.bytes = bytes
    try checkpoint(everything, head: fresh, durable: true)
    try clearUnsynced()
    head = fresh
    noteCheckpointed(fresh)
    if entries.count > before {
      notices.append("played \(entries.count - before) journal entries forward into the state files")
    }
  }

  /// Whether the store was written by a caseload that kept no `digests.bin`: its files are
  /// rebuilt from the journal once (`recover`), which writes the digests.
  var predatesDigests: Bool {
    FileIO.size(headerPath) > 0 && !FileManager.default.fileExists(atPath: digestsPath)
  }

  /// Whether `store.plist`, read as it is, says the files hold more of the journal than there is.
  func journalIsShort() -> Bool {
    guard let data = try? FileIO.read(headerPath),
      let header = try? Codec.decode(StoreHeader.self, from: data, path: headerPath)
    else { return false }
    return header.journal.bytes > FileIO.size(journalPath)
  }
}
