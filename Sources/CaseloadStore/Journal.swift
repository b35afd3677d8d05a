import CaseloadLanguage
import Crypto
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// One journal entry: a canonical command, who recorded it and when, chained by hash.
///
/// On disk an entry is one line of the command language, its metadata in a trailing comment:
/// `assign P3 S2 role=lead from=2026-11-27 #| seq=7 at=2026-11-27T16:05:06+07:00 officer="an" hash=…`
public struct JournalEntry: Equatable, Sendable {
  public var seq: Int
  /// When it was recorded, ISO 8601 with the time zone, from the real clock.
  public var at: String
  public var officer: String
  /// The canonical command.
  public var command: String
  /// The sequence numbers of the transaction this entry belongs to, when it does.
  public var transaction: ClosedRange<Int>?
  /// SHA-256 (hex) over the previous entry's hash, a newline, and this entry's line up to ` hash=`.
  public var hash: String

  /// The hashed part of the line.
  var body: String {
    var text = "\(command) #| seq=\(seq) at=\(at) officer=\(Lexer.quote(officer, always: true))"
    if let transaction { text += " tx=\(transaction.lowerBound)-\(transaction.upperBound)" }
    return text
  }

  var line: String { "\(body) hash=\(hash)" }
}

/// Where the journal ends, as far as a reader has applied it.
public struct JournalHead: Equatable, Sendable, Codable {
  public var entries = 0
  public var bytes = 0
  public var hash = Journal.genesis
  public init() {}
}

/// Reading and writing the journal file.
public enum Journal {
  public static let genesis = String(repeating: "0", count: 64)

  /// An entry's hash (hex): its link in the chain, made from the previous entry's hash.
  static func hash(previous: String, body: String) -> String {
    var body = body
    return body.withUTF8 { hex(digest(previous: previous, body: UnsafeRawBufferPointer($0))) }
  }

  /// SHA-256 over the previous hash, a newline and the body's bytes: the one definition of a
  /// link, which writing and reading the journal share.
  static func digest(previous: String, body: UnsafeRawBufferPointer) -> SHA256.Digest {
    var hasher = SHA256()
    var previous = previous
    previous.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    withUnsafeBytes(of: UInt8(ascii: "\n")) { hasher.update(bufferPointer: $0) }
    hasher.update(bufferPointer: body)
    return hasher.finalize()
  }

  /// The digest in lower-case hex, as the journal and transfer files write it.
  static func hex(_ digest: SHA256.Digest) -> String {
    String(unsafeUninitializedCapacity: 64) { buffer in
      var index = 0
      for byte in digest {
        buffer[index] = hexDigit(byte >> 4)
        buffer[index + 1] = hexDigit(byte & 0x0F)
        index += 2
      }
      return 64
    }
  }

  /// The lower-case hex digit of a value 0–15.
  static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }

  /// Makes the entries that follow `head`, chaining their hashes.
  static func entries(
    after head: JournalHead, commands: [String], at: String, officer: String
  ) -> [JournalEntry] {
    let first = head.entries + 1
    let transaction = commands.count > 1 ? first...(first + commands.count - 1) : nil
    var previous = head.hash
    return commands.enumerated().map { offset, command in
      var entry = JournalEntry(
        seq: first + offset, at: at, officer: officer, command: command, transaction: transaction,
        hash: "")
      entry.hash = hash(previous: previous, body: entry.body)
      previous = entry.hash
      return entry
    }
  }

  /// Reads one line back into an entry; nil with a reason when it is not an entry.
  static func parse(_ line: String) -> Result<JournalEntry, JournalLineError> {
    guard let marker = line.lastRange(of: " hash=") else {
      return .failure(JournalLineError("no hash"))
    }
    let body = String(line[..<marker.lowerBound])
    let hash = String(line[marker.upperBound...])
    // Caseload writes the metadata after the last ` #| seq=`; the check against `body` in
    // `entry` rejects a line where that text is not the real comment, which the lexer then finds.
    if let split = body.lastRange(of: " #| seq="),
      case .success(let entry) = entry(
        command: String(body[..<split.lowerBound]),
        trailer: String(body[body.index(after: split.lowerBound)...]),
        body: body, hash: hash)
    {
      return .success(entry)
    }
    guard case .words(_, let commentStart?)? = try? Lexer.lex(body, journaled: true) else {
      return .failure(JournalLineError("no metadata"))
    }
    let characters = Array(body)
    let command = String(characters[..<commentStart]).trimmed
    return entry(command: command, trailer: String(characters[commentStart...]), body: body, hash: hash)
  }

  /// An entry from its command and its `#| seq=… at=… officer=…` trailer, if they make `body`.
  private static func entry(command: String, trailer: String, body: String, hash: String)
    -> Result<JournalEntry, JournalLineError>
  {
    guard trailer.hasPrefix("#|"),
      case .words(let words, _)? = try? Lexer.lex(String(trailer.dropFirst(2)), journaled: true)
    else { return .failure(JournalLineError("no metadata")) }
    var fields: [String: String] = [:]
    for word in words {
      guard let key = word.key else { return .failure(JournalLineError("bad metadata")) }
      fields[key] = word.text
    }
    guard let seqText = fields["seq"], let seq = Int(seqText), let at = fields["at"],
      let officer = fields["officer"]
    else { return .failure(JournalLineError("missing seq, at or officer")) }
    var transaction: ClosedRange<Int>?
    if let text = fields["tx"] {
      let bounds = text.split(separator: "-").compactMap { Int($0) }
      guard bounds.count == 2, bounds[0] <= bounds[1] else {
        return .failure(JournalLineError("bad tx"))
      }
      transaction = bounds[0]...bounds[1]
    }
    let entry = JournalEntry(
      seq: seq, at: at, officer: officer, command: command, transaction: transaction, hash: hash)
    guard entry.body == body else { return .failure(JournalLineError("not in canonical form")) }
    return .success(entry)
  }

  /// Complete entries in `data` (a slice of the journal that starts at an entry), checked
  /// against the chain that `head` ends; stops before an unfinished transaction.
  /// Returns the entries and the number of bytes they take.
  static func read(_ data: Data, after head: JournalHead, path: String) throws(StoreError) -> (
    [JournalEntry], Int
  ) {
    let (found, ends) = try data.withUnsafeBytes { entries(in: $0, after: head, path: path) }.get()
    // The entries up to the last that ends a transaction (or stands alone).
    guard
      let last = found.lastIndex(where: { entry in
        entry.transaction.map { $0.upperBound == entry.seq } ?? true
      })
    else { return ([], 0) }
    return (last == found.count - 1 ? found : Array(found[...last]), ends[last])
  }

  /// Reads `entries` back through `read`, as they would be appended after `head`: the writer
  /// never appends a line its own reader cannot read (a raw line break or control character
  /// in a value or an officer's name would end the chain there).
  static func checkReadsBack(_ entries: [JournalEntry], after head: JournalHead, path: String)
    throws(StoreError)
  {
    let data = Data(entries.map { $0.line + "\n" }.joined().utf8)
    let readBack: [JournalEntry]
    let bytes: Int
    do {
      (readBack, bytes) = try read(data, after: head, path: path)
    } catch {
      var reason = error.description
      if case .unreadable(_, let why) = error { reason = why.english }
      throw .internalError("the journal entry would not read back (\(reason)); nothing was written")
    }
    guard readBack == entries, bytes == data.count else {
      throw .internalError("the journal entry would read back differently; nothing was written")
    }
  }

  /// Checks the journal's last entry against `head`, cheaply (it reads the last two lines):
  /// it must read, carry `head`'s sequence number and hash, and chain from the entry before.
  /// Made before every write, so that a session never appends to a journal whose end it
  /// cannot read; damage further back is found by whatever reads the whole journal.
  static func checkEnd(of path: String, at head: JournalHead) throws(StoreError) {
    guard head.entries > 0 else { return }
    var window = 4096
    while true {
      let start = max(0, head.bytes - window)
      let data = try FileIO.read(path, from: start, count: head.bytes - start)
      let wanted = min(head.entries, 2)
      // The starts of the last `wanted` lines; the first line is whole only when the window
      // reaches the start of the journal.
      let starts: [Int]? = data.withUnsafeBytes { bytes in
        var found: [Int] = []
        var index = bytes.count - 1
        while index > 0, found.count < wanted {
          if bytes[index - 1] == 0x0A { found.append(index) }
          index -= 1
        }
        if found.count < wanted, start == 0 { found.append(0) }
        return found.count == wanted ? found.reversed() : nil
      }
      guard let starts else {
        guard start > 0 else { throw .unreadable(path: path, reason: "it ends before entry \(head.entries)") }
        window *= 4
        continue
      }
      let ends = starts.dropFirst().map { $0 - 1 } + [data.count - 1]
      let lines = zip(starts, ends).map { data[data.startIndex + $0..<data.startIndex + $1] }
      try checkLast(lines, head: head, path: path)
      return
    }
  }

  /// The last one or two lines of the journal, read and checked against `head`.
  private static func checkLast(_ lines: [Data], head: JournalHead, path: String) throws(StoreError) {
    var entries: [JournalEntry] = []
    for (offset, bytes) in lines.enumerated() {
      let seq = head.entries - lines.count + 1 + offset
      if let quick = bytes.withUnsafeBytes({ quickEntry($0) }) {
        entries.append(quick)
        continue
      }
      guard let line = String(data: bytes, encoding: .utf8) else {
        throw .unreadable(path: path, reason: "entry \(seq) is not UTF-8")
      }
      switch parse(line) {
      case .success(let entry): entries.append(entry)
      case .failure(let error): throw .unreadable(path: path, reason: "entry \(seq): \(error.reason)")
      }
    }
    let last = entries[entries.count - 1]
    let previous = entries.count == 2 ? entries[0].hash : genesis
    guard last.seq == head.entries, last.hash == head.hash else {
      throw .unreadable(
        path: path, reason: "its last entry is not entry \(head.entries) as store.plist records")
    }
    guard last.hash == hash(previous: previous, body: last.body) else {
      throw .unreadable(path: path, reason: "entry \(last.seq) does not match its hash")
    }
  }

  /// Appends entries in one write and one `fdatasync`: it writes the data and the file's new
  /// size (what reading it back needs), not its modification time, as SQLite syncs its WAL.
  static func append(_ entries: [JournalEntry], to path: String) throws(StoreError) {
    let text = entries.map { $0.line + "\n" }.joined()
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .unwritable(path: path, reason: FileIO.errnoText()) }
    defer { close(fd) }
    try FileIO.writeAll(fd, Data(text.utf8), path: path)
    guard fdatasync(fd) == 0 else { throw .unwritable(path: path, reason: FileIO.errnoText()) }
  }
}

struct JournalLineError: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}
