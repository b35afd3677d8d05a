import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

extension Store {
  /// Every journal entry this session has applied, checked against the hash chain.
  public func entries() throws(StoreError) -> [JournalEntry] {
    let size = FileIO.size(journalPath)
    if let cached = journalCache, cached.bytes == size {
      if journalShort { return cached.entries }
      if let entries = applied(cached.entries) { return entries }
    }
    let (read, readSize) = try refuseUnreadable { () throws(StoreError) in
      let (read, size) = try readJournal()
      return (read.0, size)
    }
    journalCache = (readSize, read)
    if journalShort { return read }
    guard let entries = applied(read) else {
      throw .inconsistent("the journal no longer holds the \(head.entries) entries this session has applied")
    }
    return entries
  }

  /// The first `head.entries` of `entries`, if they end in the hash this session has applied.
  private func applied(_ entries: [JournalEntry]) -> [JournalEntry]? {
    guard entries.count >= head.entries else { return nil }
    let prefix = Array(entries.prefix(head.entries))
    return (prefix.last?.hash ?? Journal.genesis) == head.hash ? prefix : nil
  }

  /// The entries an undo reverses: `requested` widened to whole transactions, or by default
  /// the last entry (with its transaction) that this officer recorded.
  public func undoTarget(_ requested: ClosedRange<Int>?) throws -> ClosedRange<Int> {
    let journal = try entries()
    func whole(_ seq: Int) -> ClosedRange<Int> { journal[seq - 1].transaction ?? seq...seq }
    if let requested {
      guard requested.upperBound <= journal.count else {
        throw DomainError(
          "the journal has \(counted(journal.count, "entry", "entries")); there is no entry \(requested.upperBound)"
        )
      }
      return whole(requested.lowerBound).lowerBound...whole(requested.upperBound).upperBound
    }
    guard let last = journal.last(where: { $0.officer == officer }) else {
      throw DomainError("officer \(officer) has recorded nothing to undo")
    }
    return whole(last.seq)
  }

  /// What `audit verify` found: the number of entries, or the first thing that is wrong.
  public enum Verdict: Equatable, Sendable {
    case ok(entries: Int)
    case bad(String)
  }

  /// Checks the hash chain and the head hash in `store.plist`, plays the whole journal into an
  /// empty state and compares it with every file on disk. Reads the files afresh. `warn` hears
  /// what is suspicious but not wrong: an entry recorded well before the one before it.
  public func verify(warn: (Message) -> Void = { _ in }) -> Verdict { verification(warn: warn).verdict }

  /// `audit verify`'s checks, and the state and head the journal makes when they pass.
  func verification(warn: (Message) -> Void = { _ in }) -> (
    verdict: Verdict, state: State?, head: JournalHead?
  ) {
    // This session's own entries beyond the files are checkpointed first; another live
    // session's are compared below as the entries beyond the files' head.
    try? flush()
    let entries: [JournalEntry]
    let bytes: Int
    let size: Int
    do {
      ((entries, bytes), size) = try refuseUnreadable { () throws(StoreError) in try readJournal() }
    } catch {
      return (.bad("\(error)"), nil, nil)
    }
    if bytes < size {
      return (.bad("the journal ends in an unfinished entry after entry \(entries.count)"), nil, nil)
    }
    for warning in Store.clockWarnings(entries) { warn(warning) }
    let recorded: JournalHead
    do { recorded = try readHeader(verifying: false).journal } catch { return (.bad("\(error)"), nil, nil) }
    if recorded.entries > entries.count {
      return (
        .bad(
          "the journal has \(counted(entries.count, "entry", "entries")) but store.plist records \(recorded.entries): the journal was truncated"
        ), nil, nil
      )
    }
    if recorded.entries > 0, entries[recorded.entries - 1].hash != recorded.hash {
      return (
        .bad("entry \(recorded.entries) does not match the head hash recorded in store.plist"), nil, nil
      )
    }
    // The files are a checkpoint at store.plist's head: compared with the journal played that
    // far; the entries beyond it (a batch still running elsewhere) must play too. They are
    // read and decoded on another core while the journal plays; neither needs the other.
    let filesRead = InBackground {
      let files = self.readFiles(onAllCores: false)
      return (files, files.problem == nil ? self.staleSnapshotRecord(files.state) : nil)
    }
    var playback = Playback(registry: registry, planning: entries, imports: imports)
    do {
      for entry in entries.prefix(recorded.entries) { try playback.play(entry) }
      let (files, stale) = filesRead.value
      if let problem = files.problem { return (.bad("\(problem)"), nil, nil) }
      if let difference = firstDifference(journal: playback.state, files: files.state) {
        return (.bad(difference), nil, nil)
      }
      if let unverified = files.unverified {
        return (
          .bad(
            "\(unverified) holds what the journal makes but is not byte for byte the file caseload wrote there (rewritten by another program, or copied in); caseload will not read it"
          ), nil, nil
        )
      }
      if let stale {
        return (
          .bad(
            "snapshot.bin differs from \(stale) that it names; remove snapshot.bin (a cache) to have it rebuilt"
          ), nil, nil
        )
      }
      for entry in entries.dropFirst(recorded.entries) { try playback.play(entry) }
    } catch {
      return (.bad("\(error)"), nil, nil)
    }
    var head = JournalHead()
    head.entries = entries.count
    head.bytes = bytes
    head.hash = entries.last?.hash ?? Journal.genesis
    return (.ok(entries: entries.count), playback.state, head)
  }

  /// The first record whose file differs from what the journal makes, with its first field.
  private func firstDifference(journal: State, files: State) -> String? {
    let header = { (name: String, want: String, have: String) in
      "store.plist: \(name) is \(have), but the journal makes it \(want)"
    }
    if journal.nextPerson != files.nextPerson {
      return header("nextPerson", "\(journal.nextPerson)", "\(files.nextPerson)")
    }
    if journal.nextSupervisor != files.nextSupervisor {
      return header("nextSupervisor", "\(journal.nextSupervisor)", "\(files.nextSupervisor)")
    }
    if journal.nextVisit != files.nextVisit {
      return header("nextVisit", "\(journal.nextVisit)", "\(files.nextVisit)")
    }
    if journal.nextSupport != files.nextSupport {
      return header("nextSupport", "\(journal.nextSupport)", "\(files.nextSupport)")
    }
    if journal.nextTeam != files.nextTeam {
      return header("nextTeam", "\(journal.nextTeam)", "\(files.nextTeam)")
    }
    var everything = Touched()
    everything.settings = true
    everything.persons = Set(journal.persons.keys).union(files.persons.keys)
    everything.supervisors = Set(journal.supervisors.keys).union(files.supervisors.keys)
    for key in RecordKey.keys(everything) where !Store.same(key, journal, files) {
      var one = Touched()
      switch key {
      case .settings: one.settings = true
      case .person(let id): one.persons = [id]
      case .supervisor(let id): one.supervisors = [id]
      }
      guard let first = Store.changes(from: journal, to: files, touched: one).first else { continue }
      return "\(file(of: key)) differs from the journal: \(first)"
    }
    return nil
  }

  private static func same(_ key: RecordKey, _ journal: State, _ files: State) -> Bool {
    switch key {
    case .settings: journal.settings == files.settings
    case .person(let id): journal.persons[id] == files.persons[id]
    case .supervisor(let id): journal.supervisors[id] == files.supervisors[id]
    }
  }

  /// Makes a new store at `path` whose journal holds `entries`, byte for byte, and whose files
  /// are what playing them gives (through the recovery that opening performs). The transfer
  /// files their imports name are copied from `imports` first, so that the new store needs
  /// nothing outside itself.
  public static func create(
    at path: String, entries: [JournalEntry], officer: String, imports: ImportShelf? = nil
  ) throws -> Store {
    if FileManager.default.fileExists(atPath: path) {
      let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      guard PathText.isDirectory(path), contents.isEmpty else {
        throw DomainError("'\(path)' already exists and is not an empty directory; name a new one")
      }
    }
    try FileIO.makeDirectory(path)
    if let imports { try imports.copy(namedBy: entries, to: path + "/imports") }
    if !entries.isEmpty { try Journal.append(entries, to: path + "/journal.caseload") }
    return try Store(path: path, officer: officer, madeWith: entries)
  }
}

/// The journal's head as `audit head` gives it: to keep, and check later with
/// `audit verify head=N:HASH`.
public struct SignedHead: Equatable, Sendable {
  public var seq: Int
  public var hash: String
  /// When entry `seq` was recorded; nil for an empty journal.
  public var at: String?
  public var ward: String?
  /// The ward key's fingerprint and its Ed25519 signature (128 hex digits) over
  /// `SignedHead.signedText`, when the ward has a key and its file is there.
  public var keyFingerprint: String?
  public var signature: String?

  /// The signed bytes: `caseload head`, the ward's name, the sequence number and the hash,
  /// each on a line of its own (UTF-8, each line ending in a line feed).
  public static func signedText(ward: String, seq: Int, hash: String) -> String {
    "caseload head\n\(ward)\n\(seq)\n\(hash)\n"
  }

  /// Whether `signature` is the signature of this head by the key whose 64 hex digits are `publicKey`.
  public func isSigned(by publicKey: String) -> Bool {
    guard let signature else { return false }
    return WardKeys.verify(
      signature, of: Data(SignedHead.signedText(ward: ward ?? "", seq: seq, hash: hash).utf8), by: publicKey)
  }
}

extension Store {
  /// The journal's head, signed with the ward key in `keyPath` when the ward has a key and
  /// that file holds it.
  public func signedHead(keyPath: String?) throws -> SignedHead {
    let entries = try self.entries()
    var head = SignedHead(
      seq: entries.last?.seq ?? 0, hash: entries.last?.hash ?? Journal.genesis, at: entries.last?.at,
      ward: state.settings.ward.name)
    if let current = state.settings.currentKey, let keyPath, let signer = try? WardKeys.load(from: keyPath),
      signer.publicKey == current.publicKey
    {
      head.keyFingerprint = signer.fingerprint
      head.signature = try signer.sign(
        Data(SignedHead.signedText(ward: head.ward ?? "", seq: head.seq, hash: head.hash).utf8))
    }
    return head
  }
}
