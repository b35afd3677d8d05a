import CaseloadCore
import Dispatch
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Checkpoints: the record files and `store.plist`, written after the journal append that
/// commits a change, so that one sync (the journal's) makes a change durable.
///
/// A checkpoint writes each record it changes to `NAME.plist.new` (a removed record:
/// `NAME.plist.gone`), then the new header to `store.plist.new` (the checkpoint's own commit
/// point once it is whole: a torn one does not decode), then renames each file into place and
/// the header last. A crash before the header's rename leaves every old file whole and the new
/// ones unreferenced; after it, `finishCheckpoint` completes the renames. Either way the files
/// hold the journal exactly up to the head in `store.plist`, and recovery plays only what lies
/// beyond it.
///
/// Nothing is synced: a process that dies leaves its writes to the kernel, which keeps them.
/// A power cut may not; so the first unsynced checkpoint in each boot first records that boot
/// in `unsynced` (synced), and an open that finds another boot there replays the whole journal
/// into every file (`recover`), which syncs them and removes the mark.
extension Store {
  var pendingHeaderPath: String { headerPath + ".new" }
  var unsyncedPath: String { path + "/unsynced" }

  /// This boot's id (Linux), or nil where there is none: then every checkpoint is synced.
  static let bootID: String? = {
    guard let data = try? FileIO.read("/proc/sys/kernel/random/boot_id") else { return nil }
    // A UUID and a line feed; read without Foundation's character sets, on every open.
    let text = String(decoding: data.filter { $0 > 0x20 }, as: UTF8.self)
    return text.isEmpty ? nil : text
  }()

  /// Brings the files up to this session's head, if they lag it: from memory when every
  /// entry beyond them is this session's own (or was applied here), otherwise by `repair`.
  /// Outside a write; a batch calls it when it ends. Takes the write lock if it is not held.
  public func flush() throws(StoreError) {
    guard checkpointed.entries < head.entries, staged.isEmpty, problem == nil else { return }
    let held = lock.isHeld
    if !held { try lock.acquire(officer: officer, timeout: lockTimeout) }
    defer { if !held { lock.release() } }
    let files = try readHeader().journal
    if files.entries >= head.entries {
      noteCheckpointed(head)
    } else if canCheckpointFromMemory(files) {
      try checkpointFromMemory()
    } else {
      try repair()
    }
  }

  /// Whether the files (holding `files`) lag only by entries whose records this session holds.
  func canCheckpointFromMemory(_ files: JournalHead) -> Bool {
    unsavedKnown && files == checkpointed
  }

  /// Checkpoints the records changed since the files' head, from `state` (which must hold
  /// nothing staged beyond `head`).
  func checkpointFromMemory() throws(StoreError) {
    try checkpoint(unsaved, head: head)
    noteCheckpointed(head)
  }

  /// Notes that the files hold the journal up to `files`, this session's head.
  func noteCheckpointed(_ files: JournalHead) {
    checkpointed = files
    unsaved = Touched()
    unsavedKnown = true
  }

  /// Writes the records `touched` names and `store.plist` (with `head`) as one checkpoint.
  /// A `durable` one syncs its files before and after the renames.
  func checkpoint(_ touched: Touched, head: JournalHead, durable: Bool = false) throws(StoreError) {
    let synced = durable || Store.bootID == nil
    if !synced { try markUnsynced() }
    let persons = touched.persons.sorted()
    let supervisors = touched.supervisors.sorted()
    let keys = persons.map(RecordKey.person) + supervisors.map(RecordKey.supervisor)
    let files = keys.map { path + "/" + file(of: $0) }
    let contents =
      try Store.encoded(persons.map { state.persons[$0] })
      + Store.encoded(supervisors.map { state.supervisors[$0] })
    for (file, data) in zip(files, contents) { try stagePending(file, data) }
    let header = try Codec.encode(StoreHeader(state, head: head))
    if synced { try FileIO.syncFileSystem(path) }
    try FileIO.writeUnsynced(pendingHeaderPath, header)
    if synced { try FileIO.syncFileSystem(path) }
    // The new files' digests, once the checkpoint is committed and before any file moves into
    // place: from here on a file in place is either the old one (renamed over, or finished by
    // `finishCheckpoint`, which writes the same digests again) or the one its digest names.
    try RecordDigests.write(
      digestsPath,
      [(.settings, FileDigest(of: header))] + zip(keys, contents).map { ($0, $1.map { FileDigest(of: $0) }) },
      sync: false)
    for file in files { try settle(file) }
    try FileIO.rename(pendingHeaderPath, to: headerPath)
    if synced { try FileIO.syncFileSystem(path) }
  }

  /// Each record's file (nil for a record that is gone), encoded on every core when there
  /// are many: encoding dominates a checkpoint of the whole store.
  static func encoded<Record: Codable & Sendable>(_ records: [Record?]) throws(StoreError) -> [Data?] {
    guard records.count >= 64 else {
      return try records.map { record throws(StoreError) in try Codec.encodeRecord(record) }
    }
    var results = [Result<Data?, StoreError>](repeating: .success(nil), count: records.count)
    results.withUnsafeMutableBufferPointer { slots in
      DispatchQueue.concurrentPerform(iterations: records.count) { index in
        slots[index] = Result { () throws(StoreError) in try Codec.encodeRecord(records[index]) }
      }
    }
    return try results.map { result throws(StoreError) in try result.get() }
  }

  /// Completes or discards a checkpoint that a crash interrupted (under the write lock):
  /// with `store.plist.new` in place, renames its files and then it into place; without it,
  /// removes the new files, which nothing refers to yet.
  func finishCheckpoint(discarding: Bool = false) throws(StoreError) {
    let complete = !discarding && pendingHeaderIsWhole()
    var pendingFiles: [String] = []
    for directory in [personsPath, supervisorsPath] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for name in names where name.hasSuffix(".plist.new") || name.hasSuffix(".plist.gone") {
        let pending = directory + "/" + name
        if complete {
          pendingFiles.append(String(pending[..<pending.lastIndex(of: ".")!]))
        } else {
          FileIO.remove([pending])
        }
      }
    }
    if complete {
      try RecordDigests.write(digestsPath, try pendingDigests(pendingFiles), sync: false)
      for file in pendingFiles { try settle(file) }
    }
    FileIO.remove([headerPath + ".tmp", pendingHeaderPath + ".tmp"])
    if complete {
      try FileIO.rename(pendingHeaderPath, to: headerPath)
    } else {
      FileIO.remove([pendingHeaderPath])
    }
  }

  /// The digests an interrupted checkpoint's files will have once in place, `store.plist.new`'s
  /// among them.
  private func pendingDigests(_ files: [String]) throws(StoreError) -> [(RecordKey, FileDigest?)] {
    var digests: [(RecordKey, FileDigest?)] = []
    if let header = try FileIO.read(pendingHeaderPath) { digests.append((.settings, FileDigest(of: header))) }
    for file in files {
      let name = PathText.name(of: file).dropLast(".plist".count)
      let key: RecordKey
      if let id = PersonID(parsing: String(name)) {
        key = .person(id)
      } else if let id = SupervisorID(parsing: String(name)) {
        key = .supervisor(id)
      } else {
        continue
      }
      digests.append((key, try FileIO.read(file + ".new").map { FileDigest(of: $0) }))
    }
    return digests
  }

  /// Whether `store.plist.new` was written whole: a crash while writing it (before any
  /// rename) leaves a file that does not decode, and the checkpoint is discarded.
  private func pendingHeaderIsWhole() -> Bool {
    guard let data = try? FileIO.read(pendingHeaderPath), !data.isEmpty else { return false }
    return (try? Codec.decode(StoreHeader.self, from: data, path: pendingHeaderPath)) != nil
  }

  /// Whether files were written unsynced in an earlier boot: a power cut may have lost them.
  func lostUnsynced() -> Bool {
    guard let data = try? FileIO.read(unsyncedPath) else { return false }
    return String(decoding: data, as: UTF8.self) != Store.bootID
  }

  /// Records this boot in `unsynced`, synced, before the first unsynced checkpoint.
  private func markUnsynced() throws(StoreError) {
    guard let boot = Store.bootID else { return }
    if let data = try FileIO.read(unsyncedPath), String(decoding: data, as: UTF8.self) == boot { return }
    try FileIO.replace(unsyncedPath, with: Data(boot.utf8))
    try FileIO.syncDirectory(path)
  }

  /// Removes the boot mark once every file is synced.
  func clearUnsynced() throws(StoreError) {
    guard FileIO.size(unsyncedPath) > 0 || FileManager.default.fileExists(atPath: unsyncedPath) else {
      return
    }
    FileIO.remove([unsyncedPath])
    try FileIO.syncDirectory(path)
  }

  /// A record's next content, beside its file: `.new`, or `.gone` when it no longer exists.
  private func stagePending(_ file: String, _ data: Data?) throws(StoreError) {
    if let data {
      try FileIO.writeUnsynced(file + ".new", data)
    } else {
      try FileIO.writeUnsynced(file + ".gone", Data())
    }
  }

  /// Moves a record's next content into place; repeating it is harmless.
  private func settle(_ file: String) throws(StoreError) {
    if rename(file + ".new", file) == 0 { return }
    guard errno == ENOENT else { throw .unwritable(path: file, reason: FileIO.errnoText()) }
    guard FileManager.default.fileExists(atPath: file + ".gone") else { return }
    guard unlink(file) == 0 || errno == ENOENT else {
      throw .unwritable(path: file, reason: FileIO.errnoText())
    }
    FileIO.remove([file + ".gone"])
  }
}
