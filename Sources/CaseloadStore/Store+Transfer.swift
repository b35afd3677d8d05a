import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// A transfer file read and checked by `prepareImport`, to be staged with its `person import`.
public struct ImportedFile: Sendable {
  /// The digest's 64 hex digits.
  public let digest: String
  let data: Data
}

/// Where playback finds the content of imported cases: the copies a store keeps in
/// `imports/<digest>.plist`, and the files the open write is importing. Playback therefore
/// needs nothing outside the store.
public struct ImportShelf {
  let directory: String
  var pending: [String: Data] = [:]

  /// The case a journaled import names, from its kept copy (whose digest is checked), and
  /// its digest as `sha256:…`.
  func load(_ request: ImportRequest) throws -> (TransferredCase, String) {
    guard let digest = request.digest else {
      throw DomainError("person import names its file by path; the journal needs its digest")
    }
    let path = "\(directory)/\(digest).plist"
    guard let data = try pending[digest] ?? FileIO.read(path, atMost: Codec.largestTransferFile) else {
      throw StoreError.unreadable(
        path: path, reason: "missing: the store keeps every imported transfer file, and playback needs it")
    }
    if let legacy = try TransferDocument.openUnsigned(data, path: path, digest: digest) {
      return (legacy, "sha256:" + digest)
    }
    let (document, found) = try TransferDocument.open(data, path: path)
    // Playback checks what the file itself proves (signature, digest, carried entries), not
    // today's trust list: trust was decided when the import was made, and removing a key
    // from it later does not undo the cases it let in.
    try document.checkCarried(path: path)
    guard found == digest else {
      throw StoreError.unreadable(path: path, reason: "holds the file sha256:\(found), not sha256:\(digest)")
    }
    return (document.transferredCase, "sha256:" + digest)
  }

  /// Copies the kept transfer files that the imports among `entries` name into `directory`.
  func copy(namedBy entries: [JournalEntry], to directory: String) throws {
    let digests = entries.compactMap { entry -> String? in
      guard entry.command.hasPrefix("person import "),
        case .importCase(let request)? = try? Registry.standard.journalCommand(
          fromCanonical: entry.command, in: State())
      else { return nil }
      return request.digest
    }
    guard !digests.isEmpty else { return }
    try FileIO.makeDirectory(directory)
    for digest in Set(digests).sorted() {
      let source = "\(self.directory)/\(digest).plist"
      guard let data = try pending[digest] ?? FileIO.read(source) else {
        throw StoreError.unreadable(path: source, reason: "missing: an import in the journal names it")
      }
      try FileIO.replace("\(directory)/\(digest).plist", with: data)
    }
    try FileIO.syncDirectory(directory)
  }
}

extension Store {
  /// Reads the transfer file `source` names (a path, or `sha256:…` for a copy this store
  /// keeps) and checks, in this order: its signature, that this ward trusts the key that made
  /// it, its digest, and its carried journal entries (whether the case was imported already is
  /// the import's own check, when staged). Writes nothing: the copy is kept when the import
  /// commits.
  public func prepareImport(_ source: String) throws -> ImportedFile {
    var path = source
    if !FileManager.default.fileExists(atPath: source),
      let digest = ImportRequest.digest(in: source)
    {
      path = "\(importsPath)/\(digest).plist"
    }
    guard FileManager.default.fileExists(atPath: path), !PathText.isDirectory(path) else {
      throw DomainError("no transfer file '\(source)'")
    }
    do {
      guard let data = try FileIO.read(path, atMost: Codec.largestTransferFile) else {
        throw DomainError("no transfer file '\(source)'")
      }
      let (document, digest) = try TransferDocument.open(data, path: source)
      let fingerprint = WardKeys.fingerprint(publicKey: document.signingKey) ?? document.signingKey
      guard state.settings.trusts(fingerprint, as: document.ward.name) else {
        let command = "ward trust add \(Lexer.quote(document.sender, always: true)) key=\(fingerprint)"
        throw DomainError(
          "cannot import \(source): it is signed by \(document.sender) with the key \(fingerprint), which this ward does not trust; confirm that fingerprint with \(document.sender) by phone or letter, then run once: \(command); nothing was changed"
        )
      }
      try document.checkCarried(path: source)
      return ImportedFile(digest: digest, data: data)
    } catch let error as StoreError {
      throw DomainError("cannot import: \(error); nothing was changed")
    }
  }

  /// Reads the ward key from `keyPath` for the transfer files the open write will sign:
  /// refused when the ward has no key, when the file is not there, or when it holds another key.
  public func prepareTransfer(keyPath: String?) throws {
    guard let current = state.settings.currentKey else {
      throw DomainError(
        "a transfer file is signed with the ward's key, and this ward has none yet: make it once with 'ward key create', then give its fingerprint (ward show) to the wards you send cases to"
      )
    }
    guard let keyPath, let signer = try WardKeys.load(from: keyPath) else {
      throw DomainError(
        "the ward's key \(current.fingerprint) is not at \(keyPath ?? "~/.config/caseload/ward.key"): give its file with --key PATH or CASELOAD_KEY"
      )
    }
    guard signer.publicKey == current.publicKey else {
      throw DomainError(
        "the key in \(keyPath) is \(signer.fingerprint), not this ward's key \(current.fingerprint): give the ward's key file with --key PATH"
      )
    }
    self.signer = signer
  }

  /// The key `ward key create` makes: written to `file` (never over a file, never inside the
  /// store), before its public half is staged. Returns it and the journal's text.
  public func makeKey(_ request: KeyRequest, file: String?) throws -> (signer: WardSigner, canonical: String)
  {
    guard request.publicKey == nil, request.fingerprint == nil else {
      throw DomainError(
        "public= and fingerprint= are written by caseload; 'ward key create' makes the key itself")
    }
    if let current = state.settings.currentKey, !request.replace {
      throw DomainError(
        "this ward has a signing key already, made \(current.created) (ward show gives its fingerprint); 'ward key create replace' makes a new one, and the wards that trust the old one must then trust the new one"
      )
    }
    guard let file else {
      throw DomainError("no place for the key file: give file=PATH, --key PATH or CASELOAD_KEY")
    }
    let signer = try WardKeys.create(at: file, outside: path)
    return (signer, request.canonical(publicKey: signer.publicKey, fingerprint: signer.fingerprint))
  }

  /// Refuses a transfer to a file that exists (a transfer file never overwrites one) or to a
  /// directory that does not; called before anything changes.
  public static func checkTransferTarget(_ path: String) throws {
    if FileManager.default.fileExists(atPath: path) {
      throw DomainError("'\(path)' exists; a transfer file never overwrites one: choose another file=")
    }
    let parent = PathText.parent(of: path)
    guard PathText.isDirectory(parent.isEmpty ? "." : parent) else {
      throw DomainError("no directory '\(parent)' to write the transfer file in")
    }
  }

  /// Writes what the staged commands ask for besides the journal, before it is appended: a
  /// copy of each imported transfer file in `imports/`, then each transfer file under a
  /// temporary name beside its path, with its signature and digest still zeros, so that a
  /// crash before the journal commit leaves no importable file (`placeTransferFiles` signs
  /// it and renames it into place after the commit). Returns the files it created, to remove
  /// if the append fails; on failure it removes them itself, so the store stays as it was.
  func writeCommandFiles(journaling entries: [JournalEntry]) throws(StoreError) -> [String] {
    var created: [String] = []
    do throws(StoreError) {
      if !pendingImports.isEmpty {
        try FileIO.makeDirectory(importsPath)
        for (digest, data) in pendingImports.sorted(by: { $0.key < $1.key }) {
          let file = "\(importsPath)/\(digest).plist"
          let existed = FileManager.default.fileExists(atPath: file)
          try FileIO.replace(file, with: data)
          if !existed { created.append(file) }
        }
        try FileIO.syncDirectory(importsPath)
      }
      placing = []
      for transfer in transferFiles {
        guard let signer else {
          throw StoreError.internalError("a transfer file is signed with the ward key, and none was read")
        }
        let (data, unsigned, _) = try transferDocument(transfer, journaling: entries).sealed(by: signer)
        let temporary = Store.temporaryName(for: transfer.file.path)
        if FileManager.default.fileExists(atPath: transfer.file.path) {
          throw StoreError.refused(
            "cannot write the transfer file: '\(transfer.file.path)' exists (never overwritten); nothing was recorded and the case stays open"
          )
        }
        do {
          try FileIO.create(temporary, with: unsigned)
        } catch {
          throw StoreError.refused(
            "cannot write the transfer file: \(error); nothing was recorded and the case stays open")
        }
        created.append(temporary)
        placing.append((temporary: temporary, path: transfer.file.path, data: data))
      }
    } catch {
      FileIO.remove(created)
      placing = []
      throw error
    }
    return created
  }

  /// The temporary name a transfer file is written under, in its own directory (so that the
  /// rename stays on one file system): `.NAME.caseload-PID`.
  static func temporaryName(for path: String) -> String {
    let parent = PathText.parent(of: path)
    let name = ".\(PathText.name(of: path)).caseload-\(Glibc.getpid())"
    return parent.isEmpty ? name : parent == "/" ? "/" + name : parent + "/" + name
  }

  /// After the journal commit: signs each transfer file written by `writeCommandFiles` and
  /// moves it to its path, never over a file that appeared there meanwhile. Returns what went
  /// wrong, for the officer: the transfer is recorded whatever happens here.
  func placeTransferFiles() -> [Message] {
    defer { placing = [] }
    var problems: [Message] = []
    for file in placing {
      do throws(StoreError) {
        try FileIO.overwrite(file.temporary, with: file.data)
        try FileIO.link(file.temporary, to: file.path)
        let parent = PathText.parent(of: file.path)
        try FileIO.syncDirectory(parent.isEmpty ? "." : parent)
      } catch {
        problems.append(
          "the transfer is recorded, but its file could not be put at \(file.path) (\(error.said)); it was left as \(file.temporary): check it and rename it"
        )
      }
    }
    return problems
  }

  /// The transfer file of a case a staged command closed as moved: the record as that command
  /// left it (a later command of the same transaction may change it again), the supervisors it
  /// names, the journal entries that changed it up to the transfer and the journal's head once
  /// `entries` are appended.
  private func transferDocument(
    _ transfer: (file: TransferFile, sent: TransferredCase?, command: Int), journaling entries: [JournalEntry]
  ) throws(StoreError) -> TransferDocument {
    let id = transfer.file.person
    guard let sent = transfer.sent, let last = entries.last else {
      throw .internalError("\(id) was not transferred; no transfer file was written")
    }
    var concerning: [JournalEntry] = []
    let journal = try self.entries()
    // Each entry's previous hash, so that the file lets its hash be checked.
    var previous: [Int: String] = [:]
    var hash = Journal.genesis
    for entry in journal + entries {
      previous[entry.seq] = hash
      hash = entry.hash
    }
    var playback = Playback(registry: registry, planning: journal, imports: imports)
    for entry in journal where try playback.play(entry).touched.persons.contains(id) {
      concerning.append(entry)
    }
    for (entry, touched) in zip(entries, stagedTouches).prefix(transfer.command + 1)
    where touched.persons.contains(id) {
      concerning.append(entry)
    }
    return TransferDocument(
      ward: sent.ward, person: sent.person, supervisors: sent.supervisors, to: sent.to,
      transferredOn: sent.on, note: sent.note,
      journal: concerning.map {
        TransferDocument.Entry(
          seq: $0.seq, at: $0.at, officer: $0.officer, command: $0.command,
          transaction: $0.transaction.map { "\($0.lowerBound)-\($0.upperBound)" },
          previous: previous[$0.seq] ?? "",
          hash: $0.hash)
      },
      head: TransferDocument.Head(seq: last.seq, hash: last.hash), signingKey: "", signature: "",
      transferDigest: "")
  }
}
