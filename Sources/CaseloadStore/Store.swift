import CaseloadCore
import CaseloadLanguage
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A store directory: `store.plist`, one plist per person and supervisor, the journal and the lock.
///
/// The journal is the truth and the plist files are its checkpoint. Every change, live or
/// replayed, goes through `apply(canonical:today:)`: canonical text is parsed and resolved by
/// the language layer and applied by the core.
///
/// Records are read when a command first needs them (`ensure`), so opening costs the same
/// whatever the store's size; a command that reads every record loads them all, once.
public final class Store {
  public let path: String
  public let registry: Registry
  /// The state as of `head`, plus any changes staged in the open write: the policy and id
  /// counters always, and the persons and supervisors loaded so far.
  public private(set) var state = State()
  /// Whether every person and supervisor is in `state`.
  public private(set) var isComplete = false
  /// Set when catching up forgot records wholesale, so the policy must be read again.
  private var headerStale = false
  /// How much of the journal `state` includes (staged changes aside).
  public private(set) var head = JournalHead()
  /// Set when the store must not be written until an officer fixes it.
  public private(set) var problem: StoreError?
  /// Things to tell the officer that happened while opening (recovery, torn entries).
  public private(set) var notices: [String] = []
  /// Seconds to wait for the write lock.
  public var lockTimeout = 5.0

  private let lock: WriteLock
  /// Who is acting: written into every journal entry.
  public let officer: String
  private let hooks: TestHooks
  /// Journal appends made by this process, for `hooks`.
  private var appends = 0
  private var staged: [String] = []
  /// What each staged command touched, in order (a transfer file lists the person's entries).
  var stagedTouches: [Touched] = []
  /// Transfer files the staged commands write before they are journaled.
  var transferFiles: [TransferFile] = []
  /// Transfer files being imported by the staged commands, by digest (hex), until kept in `imports/`.
  var pendingImports: [String: Data] = [:]
  private var touched = Touched()
  private var stateBeforeWrite: (state: State, complete: Bool)?
  /// The journal's entries as last read whole, and its size then (audit commands, undo).
  var journalCache: (bytes: Int, entries: [JournalEntry])?

  var journalPath: String { path + "/journal.caseload" }
  var headerPath: String { path + "/store.plist" }
  var personsPath: String { path + "/persons" }
  var supervisorsPath: String { path + "/supervisors" }
  var importsPath: String { path + "/imports" }

  /// Where playback finds imported cases: the copies kept in `imports/`, and the files the
  /// open write is importing.
  public var imports: ImportShelf { ImportShelf(directory: importsPath, pending: pendingImports) }

  /// Opens (creating if missing) the store at `path`, bringing the files up to the journal
  /// when a crash left them behind.
  ///
  /// A `readOnly` store (another ward's, included in a report) creates nothing and repairs
  /// nothing: files behind the journal are its problem, which `audit verify` names.
  public init(
    path: String, officer: String, registry: Registry = .standard, lockTimeout: Double = 5,
    hooks: TestHooks = TestHooks(), readOnly: Bool = false
  ) throws(StoreError) {
    self.path = path
    self.officer = officer
    self.registry = registry
    self.lockTimeout = lockTimeout
    self.hooks = hooks
    lock = WriteLock(path: path + "/lock")
    if !readOnly {
      for directory in [path, personsPath, supervisorsPath] { try FileIO.makeDirectory(directory) }
    }
    try loadHeader()
    guard FileIO.size(journalPath) != head.bytes, problem == nil else { return }
    guard !readOnly else {
      problem = .inconsistent("the journal and store.plist disagree; open the store itself to repair it")
      return
    }
    try lock.acquire(officer: officer, timeout: lockTimeout)
    defer { lock.release() }
    try loadHeader()
    let size = FileIO.size(journalPath)
    if size > head.bytes {
      try recover()
    } else if size < head.bytes {
      problem = .inconsistent(
        "the journal (\(size) bytes) is shorter than store.plist records (\(head.bytes) bytes): entries may be lost; restore the journal from a backup"
      )
    }
  }

  /// Whether a write (a command or a transaction) is open.
  public var isWriting: Bool { lock.isHeld }

  /// Takes the write lock and catches up with what other sessions appended. A transaction
  /// (several commands) keeps the state as it was, to roll back to; a single command needs
  /// none, since a refused command changes nothing.
  public func beginWrite(transaction: Bool = false) throws(StoreError) {
    if let problem { throw problem }
    guard !lock.isHeld else { return }
    try lock.acquire(officer: officer, timeout: lockTimeout)
    do {
      try refresh()
      // Files behind the journal under the lock: a writer died between the two. Repair them
      // now, before anything is staged.
      if try readHeader().journal.entries < head.entries { try recover() }
      try refuseUnreadable { () throws(StoreError) in try Journal.checkEnd(of: journalPath, at: head) }
    } catch {
      lock.release()
      throw error
    }
    if transaction { stateBeforeWrite = (state, isComplete) }
  }

  /// Applies one canonical command to the open write; nothing is durable until `commitWrite`.
  /// A `person import` passes the transfer file it names, as `prepareImport` read it.
  public func stage(_ canonical: String, today: Day, importing file: ImportedFile? = nil) throws -> Outcome {
    precondition(lock.isHeld, "stage outside a write")
    if case .invocation(let invocation) = try registry.parse(canonical) { try ensure(invocation.needs) }
    let held = file.map { pendingImports[$0.digest] != nil } ?? true
    if let file { pendingImports[file.digest] = file.data }
    let outcome: Outcome
    do {
      outcome = try apply(canonical: canonical, today: today)
    } catch {
      if let file, !held { pendingImports[file.digest] = nil }
      throw error
    }
    staged.append(canonical)
    stagedTouches.append(outcome.touched)
    transferFiles += outcome.transferFiles
    touched.formUnion(outcome.touched)
    return outcome
  }

  /// Number of commands staged in the open write.
  public var stagedCount: Int { staged.count }

  /// Makes the staged commands durable: journal (one write, one fsync), then the touched
  /// files, then `store.plist`; releases the lock.
  public func commitWrite() throws(StoreError) {
    defer { endWrite() }
    guard !staged.isEmpty else { return }
    let at =
      hooks.clock
      ?? ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withInternetDateTime])
    let entries = Journal.entries(after: head, commands: staged, at: at, officer: officer)
    let created: [String]
    do {
      try Journal.checkReadsBack(entries, after: head, path: journalPath)
      created = try writeCommandFiles(journaling: entries)
    } catch {
      forgetStagedChanges()
      throw error
    }
    do throws(StoreError) {
      do {
        try Journal.append(entries, to: journalPath)
      } catch {
        FileIO.remove(created)
        throw error
      }
      appends += 1
      try hooks.afterAppend(appends, journal: journalPath)
      var next = head
      next.entries = entries.last!.seq
      next.hash = entries.last!.hash
      next.bytes += entries.reduce(0) { $0 + $1.line.utf8.count + 1 }
      try writeFiles(for: touched, head: next)
      head = next
    } catch {
      problem = error
      throw error
    }
  }

  /// Drops the staged commands and releases the lock.
  public func rollbackWrite() {
    if let stateBeforeWrite { (state, isComplete) = stateBeforeWrite }
    endWrite()
  }

  /// Puts the state back as the files hold it, when staged changes cannot be committed: a
  /// transaction returns to its saved state; otherwise the records, which hold the change
  /// already, are forgotten and read again from their files when next needed.
  private func forgetStagedChanges() {
    if let stateBeforeWrite {
      (state, isComplete) = stateBeforeWrite
    } else {
      try? loadHeader()
    }
  }

  private func endWrite() {
    staged = []
    stagedTouches = []
    transferFiles = []
    pendingImports = [:]
    touched = Touched()
    stateBeforeWrite = nil
    lock.release()
  }

  /// Catches up with entries other sessions appended since this one last looked, through the
  /// replay path. Does nothing inside a write, which already holds the latest state, nor on
  /// a store with a known problem, which stays as it was loaded, for reading.
  public func refresh() throws(StoreError) {
    guard staged.isEmpty, problem == nil else { return }
    let size = FileIO.size(journalPath)
    guard size != head.bytes else { return }
    guard size > head.bytes else {
      let error = StoreError.inconsistent(
        "the journal shrank to \(size) bytes while open (\(head.bytes) expected)")
      problem = error
      throw error
    }
    let data = try FileIO.read(journalPath, from: head.bytes, count: size - head.bytes)
    let (entries, bytes) = try refuseUnreadable { () throws(StoreError) in
      try Journal.read(data, after: head, path: journalPath)
    }
    try replay(entries)
    head.bytes += bytes
  }

  /// Runs `read`; a journal it finds unreadable becomes the store's problem, so that every
  /// write is refused from then on, naming the entry (as for a journal shorter than recorded).
  func refuseUnreadable<T>(_ read: () throws(StoreError) -> T) throws(StoreError) -> T {
    do {
      return try read()
    } catch {
      if case .unreadable = error { problem = problem ?? error }
      throw error
    }
  }

  /// The one way a command changes the live state, typed (with today) or caught up (without).
  /// An undo plays the whole journal back to find the records as they were before.
  private func apply(canonical: String, today: Day?) throws -> Outcome {
    try CaseloadStore.apply(
      canonical: canonical, to: &state, today: today, registry: registry, imports: imports,
      restoration: { entries in
        let journal = try self.entries()
        var playback = Playback(
          registry: self.registry, planning: journal, imports: self.imports, alsoUndoing: entries)
        for entry in journal { try playback.play(entry) }
        return try playback.restoration(undoing: entries, alsoChanged: self.touched, officer: self.officer)
      })
  }

  private func replay(_ entries: [JournalEntry]) throws(StoreError) {
    for entry in entries {
      do {
        if isComplete { _ = try apply(canonical: entry.command, today: nil) } else { try catchUp(entry) }
      } catch {
        let failure = StoreError.inconsistent(
          "journal entry \(entry.seq) cannot be played back: \(error)")
        problem = failure
        throw failure
      }
      head.entries = entry.seq
      head.hash = entry.hash
    }
  }

  // MARK: Loading records when they are needed

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
        (persons, supervisors) =
          isComplete
          ? ([], [])
          : (fileIDs(PersonID.self, in: personsPath), fileIDs(SupervisorID.self, in: supervisorsPath))
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
  private func read(_ persons: [PersonID], _ supervisors: [SupervisorID], complete: Bool) throws(StoreError)
    -> Bool
  {
    let size = FileIO.size(journalPath)
    guard size == head.bytes else {
      guard staged.isEmpty else {
        throw .inconsistent("the journal changed while this session held the write lock")
      }
      try refresh()
      return false
    }
    let header = try readHeader()
    guard header.journal == head else {
      if header.journal.entries < head.entries {
        try waitForFiles()
      } else {
        try refresh()
      }
      return false
    }
    var failure: StoreError?
    let loadedPersons = loadRecords(Person.self, persons.map { personFile($0) }, problem: &failure)
    let loadedSupervisors = loadRecords(
      Supervisor.self, supervisors.map { supervisorFile($0) }, problem: &failure)
    guard FileIO.size(journalPath) == size else { return false }
    // Records already here may hold staged changes; the files cannot be newer than them.
    for person in loadedPersons where state.persons[person.id] == nil { state.persons[person.id] = person }
    for supervisor in loadedSupervisors where state.supervisors[supervisor.id] == nil {
      state.supervisors[supervisor.id] = supervisor
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

  /// `store.plist` lags the journal: another session is between its journal append and its
  /// files, or died there. Waits for the write lock (the writer finishes), and repairs the
  /// files if they still lag.
  private func waitForFiles() throws(StoreError) {
    let held = lock.isHeld
    if !held { try lock.acquire(officer: officer, timeout: lockTimeout) }
    defer { if !held { lock.release() } }
    guard try readHeader().journal.entries < head.entries || held else { return }
    guard staged.isEmpty else {
      throw .inconsistent("the files fell behind the journal while this session held the write lock")
    }
    try recover()
  }

  /// Catches up a state that holds only some records: an entry whose records are all here
  /// goes through the replay path; otherwise the records it names are forgotten, to be read
  /// again from their files, which include it. An entry that may change records it does not
  /// name (a retirement, an undo) makes the session forget every record.
  private func catchUp(_ entry: JournalEntry) throws {
    guard case .invocation(let invocation) = try registry.parse(entry.command) else {
      throw LanguageError("not a complete command: \(entry.command)")
    }
    if invocation.spec.changesUnnamed {
      state.persons = [:]
      state.supervisors = [:]
      headerStale = true
      return
    }
    guard case .records(let persons, let supervisors) = invocation.named else { return }
    let present =
      persons.allSatisfy { state.persons[$0] != nil }
      && supervisors.allSatisfy { state.supervisors[$0] != nil }
    if present {
      _ = try apply(canonical: entry.command, today: nil)
    } else {
      noteCreatedID(invocation)
      for id in persons { state.persons[id] = nil }
      for id in supervisors { state.supervisors[id] = nil }
    }
  }

  /// Moves the id counters past an id the entry creates, whether or not it is applied here.
  private func noteCreatedID(_ invocation: Invocation) {
    guard let text = invocation.word("id") else { return }
    if let id = PersonID(parsing: text) { state.nextPerson = max(state.nextPerson, PersonID(id.number + 1)) }
    if let id = SupervisorID(parsing: text) {
      state.nextSupervisor = max(state.nextSupervisor, SupervisorID(id.number + 1))
    }
    if let id = VisitID(parsing: text) { state.nextVisit = max(state.nextVisit, VisitID(id.number + 1)) }
    if let id = SupportID(parsing: text) {
      state.nextSupport = max(state.nextSupport, SupportID(id.number + 1))
    }
    if let id = TeamID(parsing: text) { state.nextTeam = max(state.nextTeam, TeamID(id.number + 1)) }
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

  // MARK: Files

  func personFile(_ id: PersonID) -> String { "\(personsPath)/\(id).plist" }
  func supervisorFile(_ id: SupervisorID) -> String { "\(supervisorsPath)/\(id).plist" }

  /// Reads `store.plist` into `state` (policy and id counters) and `head`, with no record.
  private func loadHeader() throws(StoreError) {
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
  }

  /// `store.plist`, or a new store's header when there is none yet.
  func readHeader() throws(StoreError) -> StoreHeader {
    guard let data = try FileIO.read(headerPath) else { return StoreHeader() }
    let header = try Codec.decode(StoreHeader.self, from: data, path: headerPath)
    try Codec.checkVersion(header.formatVersion, path: headerPath)
    return header
  }

  /// What the files hold, without the journal: the records, the header, and the first file
  /// that could not be read (left out, so that the rest stay viewable).
  func readFiles() -> (state: State, header: StoreHeader, problem: StoreError?) {
    var loaded = State()
    var header = StoreHeader()
    var problem: StoreError?
    do {
      header = try readHeader()
      header.fill(&loaded)
      let persons = fileIDs(PersonID.self, in: personsPath).map(personFile)
      for person in loadRecords(Person.self, persons, problem: &problem) {
        loaded.persons[person.id] = person
      }
      let supervisors = fileIDs(SupervisorID.self, in: supervisorsPath).map(supervisorFile)
      for supervisor in loadRecords(Supervisor.self, supervisors, problem: &problem) {
        loaded.supervisors[supervisor.id] = supervisor
      }
    } catch {
      problem = problem ?? error
    }
    return (loaded, header, problem)
  }

  /// Decodes record files on all cores. A file that cannot be read sets `problem` (the first
  /// such) and is left out, so that the rest stay viewable; a file that does not exist is skipped.
  private func loadRecords<Record: Codable & Identified>(
    _ type: Record.Type, _ files: [String], problem: inout StoreError?
  ) -> [Record] {
    // Decoding XML dominates reading many records; the files are independent, so all cores
    // share the work. Each slot is written by exactly one iteration.
    var results = [Result<Record, StoreError>?](repeating: nil, count: files.count)
    results.withUnsafeMutableBufferPointer { slots in
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        slots[index] = Store.decodeRecord(Record.self, file: files[index])
      }
    }
    var records: [Record] = []
    for result in results {
      switch result {
      case .success(let record): records.append(record)
      case .failure(let error): problem = problem ?? error
      case nil: break
      }
    }
    return records
  }

  /// One record file, decoded and checked against its name; nil if it vanished meanwhile.
  private static func decodeRecord<Record: Codable & Identified>(_ type: Record.Type, file: String)
    -> Result<Record, StoreError>?
  {
    let name = (file as NSString).lastPathComponent
    do {
      guard let data = try FileIO.read(file) else { return nil }
      let decoded = try Codec.decode(RecordFile<Record>.self, from: data, path: file)
      try Codec.checkVersion(decoded.formatVersion, path: file)
      guard "\(decoded.record.identifier).plist" == name else {
        throw StoreError.unreadable(path: file, reason: "holds \(decoded.record.identifier), not \(name)")
      }
      return .success(decoded.record)
    } catch let error as StoreError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(path: file, reason: "\(error)"))
    }
  }

  /// Writes the touched records and `store.plist` (with `head`), each atomically, then syncs
  /// the directories so the renames are durable. A touched record that no longer exists (an
  /// undone addition) loses its file.
  private func writeFiles(for touched: Touched, head: JournalHead) throws(StoreError) {
    for id in touched.persons.sorted() {
      try FileIO.replace(personFile(id), with: Codec.encodeRecord(state.persons[id]))
    }
    for id in touched.supervisors.sorted() {
      try FileIO.replace(supervisorFile(id), with: Codec.encodeRecord(state.supervisors[id]))
    }
    if !touched.persons.isEmpty { try FileIO.syncDirectory(personsPath) }
    if !touched.supervisors.isEmpty { try FileIO.syncDirectory(supervisorsPath) }
    try FileIO.replace(headerPath, with: Codec.encode(StoreHeader(state, head: head)))
    try FileIO.syncDirectory(path)
  }

  /// The journal is ahead of the files (a crash between the two): drops a torn or unfinished
  /// tail, plays the whole journal from the start and rewrites every record, so that no
  /// entry is applied twice.
  private func recover() throws(StoreError) {
    let size = FileIO.size(journalPath)
    let data = try FileIO.read(journalPath, from: 0, count: size)
    let (entries, bytes) = try Journal.read(data, after: JournalHead(), path: journalPath)
    if bytes < size {
      guard truncate(journalPath, off_t(bytes)) == 0 else {
        throw .unwritable(path: journalPath, reason: FileIO.errnoText())
      }
      notices.append(
        "removed an unfinished last journal entry (\(size - bytes) bytes) left by an interrupted write")
    }
    let before = head.entries
    var playback = Playback(registry: registry, planning: entries, imports: imports)
    do {
      for entry in entries { try playback.play(entry) }
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
    var fresh = JournalHead()
    fresh.entries = entries.last?.seq ?? 0
    fresh.hash = entries.last?.hash ?? Journal.genesis
    fresh.bytes = bytes
    try writeFiles(for: everything, head: fresh)
    head = fresh
    if entries.count > before {
      notices.append("played \(entries.count - before) journal entries forward into the state files")
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
