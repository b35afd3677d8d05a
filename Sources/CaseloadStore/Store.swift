import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

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
  public internal(set) var state = State()
  /// Whether every person and supervisor is in `state`.
  public internal(set) var isComplete = false
  /// Set when catching up forgot records wholesale, so the policy must be read again.
  var headerStale = false
  /// How much of the journal `state` includes (staged changes aside).
  public internal(set) var head = JournalHead()
  /// Set when the store must not be written until an officer fixes it.
  public internal(set) var problem: StoreError?
  /// Set when the journal is shorter than `store.plist` records: entries were lost. Writes are
  /// refused (`problem`); queries read the files, which hold what caseload wrote up to the
  /// recorded head (their digests checked), and the audit commands the journal as it is, so
  /// that an officer can compare the two and restore the journal (SPEC §12).
  public internal(set) var journalShort = false
  /// Things to tell the officer that happened while opening (recovery, torn entries).
  public internal(set) var notices: [String] = []
  /// Seconds to wait for the write lock.
  public var lockTimeout = 5.0
  /// How many journal entries may lie beyond the files before a commit checkpoints them: 1
  /// keeps the files current at every commit (the REPL); a batch checkpoints less often and
  /// calls `flush` when it ends. The journal makes every commit durable either way.
  public var checkpointEvery = 1
  /// The journal head the files hold, as far as this session knows (`store.plist`'s head).
  var checkpointed = JournalHead()
  /// The records changed by the entries beyond `checkpointed`, all of them in `state`, while
  /// `unsavedKnown`: then this session can checkpoint them itself, and every other record's
  /// file already holds it as of `head`.
  var unsaved = Touched()
  /// False once this session caught up an entry beyond `checkpointed` without applying it
  /// (it forgot the records instead): then only `repair` can bring the files up.
  var unsavedKnown = true

  let lock: WriteLock
  /// Another ward's store, or one this session must not change: nothing is created or repaired.
  let readOnly: Bool
  /// Who is acting: written into every journal entry.
  public let officer: String
  private let hooks: TestHooks
  /// Journal appends made by this process, for `hooks`.
  private var appends = 0
  var staged: [String] = []
  /// What each staged command touched, in order (a transfer file lists the person's entries).
  var stagedTouches: [Touched] = []
  /// Transfer files the staged commands write before they are journaled, each with the case
  /// as its command left it and the command's place among the staged ones.
  var transferFiles: [(file: TransferFile, sent: TransferredCase?, command: Int)] = []
  /// The ward key that signs the staged commands' transfer files, read by `prepareTransfer`.
  var signer: WardSigner?
  /// Transfer files written under temporary names, unsigned, to sign and move to their paths
  /// once the journal commit is durable.
  var placing: [(temporary: String, path: String, data: Data)] = []
  /// What went wrong placing transfer files after the last commit (the commit stands).
  public internal(set) var placingProblems: [Message] = []
  /// Transfer files being imported by the staged commands, by digest (hex), until kept in `imports/`.
  var pendingImports: [String: Data] = [:]
  /// What the staged commands touched, all together.
  var touched = Touched()
  private var stateBeforeWrite: (state: State, complete: Bool)?
  /// The journal's entries as last read whole, and its size then (audit commands, undo).
  var journalCache: (bytes: Int, entries: [JournalEntry])?
  /// While a new store opens: the whole journal it was just made with, and its size.
  var madeWith: (size: Int, entries: [JournalEntry])?

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
  /// `madeWith` is the whole journal of a store just made (`create`), read no further.
  public init(
    path: String, officer: String, registry: Registry = .standard, lockTimeout: Double = 5,
    hooks: TestHooks = TestHooks(), readOnly: Bool = false, madeWith: [JournalEntry]? = nil
  ) throws(StoreError) {
    self.path = path
    self.officer = officer
    self.registry = registry
    self.lockTimeout = lockTimeout
    self.hooks = hooks
    self.readOnly = readOnly
    lock = WriteLock(path: path + "/lock")
    self.madeWith = madeWith.map { (FileIO.size(path + "/journal.caseload"), $0) }
    defer { self.madeWith = nil }
    if !readOnly {
      for directory in [path, personsPath, supervisorsPath] { try FileIO.makeDirectory(directory) }
    }
    try loadHeader()
    // A checkpoint a writer did not finish leaves `store.plist` behind its digest: finish it.
    let interrupted = !readOnly && FileManager.default.fileExists(atPath: pendingHeaderPath)
    let upgrade = !readOnly && predatesDigests && !journalIsShort()
    let lost = !readOnly && lostUnsynced()
    guard lost || interrupted || upgrade || (FileIO.size(journalPath) != head.bytes && problem == nil) else {
      return
    }
    guard !readOnly else {
      problem = .inconsistent("the journal and store.plist disagree; open the store itself to repair it")
      return
    }
    try lock.acquire(officer: officer, timeout: lockTimeout)
    defer { lock.release() }
    if predatesDigests {
      try recover()
      notices.append("every file was rebuilt from the journal, and its digest kept in digests.bin")
    } else {
      try repair()
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
      let grew = FileIO.size(journalPath) != head.bytes
      try refresh()
      // Entries from other sessions, now or caught up earlier without being applied: the
      // files may lag them in a way this session cannot checkpoint from memory (another
      // batch's entries, or a writer that died between the journal and the files). Repair
      // them now, before anything is staged. Otherwise the files are as this session last
      // left them, and its own entries beyond them are all in `unsaved`.
      if grew || !unsavedKnown {
        let files = try readHeader().journal
        if files == head { noteCheckpointed(head) }
        if files.entries < head.entries, !canCheckpointFromMemory(files) { try repair() }
      }
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
    let invocation = try registry.canonicalInvocation(canonical)
    try ensure(invocation.needs)
    let held = file.map { pendingImports[$0.digest] != nil } ?? true
    if let file { pendingImports[file.digest] = file.data }
    let outcome: Outcome
    do {
      outcome = try apply(canonical: canonical, parsed: invocation, today: today)
    } catch {
      if let file, !held { pendingImports[file.digest] = nil }
      throw error
    }
    staged.append(canonical)
    stagedTouches.append(outcome.touched)
    transferFiles += outcome.transferFiles.map { ($0, state.transferredCase($0.person), staged.count - 1) }
    touched.formUnion(outcome.touched)
    return outcome
  }

  /// Number of commands staged in the open write.
  public var stagedCount: Int { staged.count }

  /// Makes the staged commands durable with one write and one sync of the journal, then
  /// checkpoints the changed files and `store.plist` (unsynced) when `checkpointEvery`
  /// entries lie beyond the files; releases the lock.
  public func commitWrite() throws(StoreError) {
    defer { endWrite() }
    placingProblems = []
    guard !staged.isEmpty else { return }
    let at =
      hooks.clock
      ?? Timestamp.now()
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
        placing = []
        throw error
      }
      appends += 1
      try hooks.afterAppend(appends, journal: journalPath)
      var next = head
      next.entries = entries.last!.seq
      next.hash = entries.last!.hash
      next.bytes += entries.reduce(0) { $0 + $1.line.utf8.count + 1 }
      head = next
      unsaved.formUnion(touched)
      placingProblems = placeTransferFiles()
      if head.entries - checkpointed.entries >= checkpointEvery { try checkpointFromMemory() }
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
    placing = []
    pendingImports = [:]
    touched = Touched()
    stateBeforeWrite = nil
    lock.release()
  }
}
