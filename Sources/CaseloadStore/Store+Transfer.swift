import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

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
    let (document, found) = try TransferDocument.open(data, path: path)
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
  /// keeps) and checks its digest. Writes nothing: the copy is kept when the import commits.
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
      let (_, digest) = try TransferDocument.open(data, path: source)
      return ImportedFile(digest: digest, data: data)
    } catch let error as StoreError {
      throw DomainError("cannot import: \(error); nothing was changed")
    }
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
  /// copy of each imported transfer file in `imports/`, then each transfer file (never over an
  /// existing file). Returns the files it created, to remove if the append fails; on failure
  /// it removes them itself, so the store stays as it was.
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
      for transfer in transferFiles {
        let (data, _) = try transferDocument(transfer, journaling: entries).sealed()
        do {
          try FileIO.create(transfer.file.path, with: data)
        } catch {
          throw StoreError.refused(
            "cannot write the transfer file: \(error); nothing was recorded and the case stays open")
        }
        created.append(transfer.file.path)
      }
    } catch {
      FileIO.remove(created)
      throw error
    }
    return created
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
          seq: $0.seq, at: $0.at, officer: $0.officer, command: $0.command, hash: $0.hash)
      },
      head: TransferDocument.Head(seq: last.seq, hash: last.hash), transferDigest: "")
  }
}
