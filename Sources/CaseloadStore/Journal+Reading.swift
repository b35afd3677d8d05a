import Crypto
import Dispatch
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Reading the journal quickly: lines found with `memchr`, the metadata caseload writes read
/// straight from the bytes, and the hash chained over the bytes without building strings. A
/// line in any other form goes through `parse`, so both read the same entries.
extension Journal {
  /// The entries on the complete lines of `bytes`, each checked to follow `previous` in
  /// sequence and chain, with the byte offset just past each entry's line.
  ///
  /// The lines are read and hashed in parts on every core (a line's link in the chain needs
  /// only the line before it), then checked in order, so that the first fault is the one
  /// reported.
  static func entries(in bytes: UnsafeRawBufferPointer, after previous: JournalHead, path: String)
    -> Result<(entries: [JournalEntry], ends: [Int]), StoreError>
  {
    let lines = lineRanges(in: bytes)
    let parts = lines.count < 4096 ? 1 : ProcessInfo.processInfo.activeProcessorCount
    let size = (lines.count + parts - 1) / max(parts, 1)
    var read = [[ReadLine]](repeating: [], count: parts)
    read.withUnsafeMutableBufferPointer { slots in
      let slots = slots
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let range = min(part * size, lines.count)..<min((part + 1) * size, lines.count)
        // The line before the part gives the hash its first line chains from.
        var before =
          range.lowerBound == 0
          ? nil : readLine(bytes, lines[range.lowerBound - 1], after: nil, chainingFrom: "").entry
        var chainedFrom = range.lowerBound == 0 ? previous.hash : before?.hash ?? ""
        slots[part] = range.map { index in
          let line = readLine(bytes, lines[index], after: before, chainingFrom: chainedFrom)
          before = line.entry
          chainedFrom = line.entry?.hash ?? ""
          return line
        }
      }
    }
    var found: [JournalEntry] = []
    var ends: [Int] = []
    found.reserveCapacity(lines.count)
    ends.reserveCapacity(lines.count)
    var last = previous.entries
    var index = 0
    for line in read.joined() {
      let range = lines[index]
      index += 1
      let expected = last + 1
      guard let entry = line.entry else {
        return .failure(.unreadable(path: path, reason: "entry \(expected)\(line.fault ?? "")"))
      }
      guard entry.seq == expected else {
        return .failure(.unreadable(path: path, reason: "entry \(expected) has sequence number \(entry.seq)"))
      }
      guard line.chains else {
        return .failure(.unreadable(path: path, reason: "entry \(entry.seq) does not match its hash"))
      }
      found.append(entry)
      ends.append(range.upperBound + 1)
      last = entry.seq
    }
    return .success((found, ends))
  }

  /// One line read: its entry and whether its hash chains from the line before, or why it is
  /// not an entry (said after "entry N").
  private struct ReadLine {
    var entry: JournalEntry?
    var chains = false
    var fault: String?
  }

  /// The ranges of the complete lines in `bytes`, without their line feeds.
  private static func lineRanges(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    while start < bytes.count, let base = bytes.baseAddress,
      let newline = memchr(base + start, 0x0A, bytes.count - start)
    {
      let end = base.distance(to: UnsafeRawPointer(newline))
      lines.append(start..<end)
      start = end + 1
    }
    return lines
  }

  /// Reads the line at `range`, which follows `before` (when it read), and hashes it onto
  /// `previousHash`.
  private static func readLine(
    _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, after before: JournalEntry?,
    chainingFrom previousHash: String
  ) -> ReadLine {
    let line = UnsafeRawBufferPointer(rebasing: bytes[range])
    if let fast = quickEntry(line, after: before) {
      return ReadLine(
        entry: fast,
        chains: fast.hash.isHash(
          previous: previousHash, body: UnsafeRawBufferPointer(rebasing: line[..<(line.count - 70)])))
    }
    guard let text = String(validating: line, as: UTF8.self) else {
      return ReadLine(fault: " is not UTF-8")
    }
    switch parse(text) {
    case .success(let parsed):
      var body = parsed.body
      let chains = body.withUTF8 {
        parsed.hash.isHash(previous: previousHash, body: UnsafeRawBufferPointer($0))
      }
      return ReadLine(entry: parsed, chains: chains)
    case .failure(let error): return ReadLine(fault: ": \(error.reason)")
    }
  }

  /// A line exactly as caseload writes it (`COMMAND #| seq=N at=AT officer="NAME" [tx=F-L]
  /// hash=HEX`, the name with nothing to escape), read from its bytes; nil for anything else.
  /// `before` is the entry on the line before, whose time and officer (a transaction's
  /// entries share them) are taken rather than made again when the bytes are the same.
  static func quickEntry(_ line: UnsafeRawBufferPointer, after before: JournalEntry? = nil) -> JournalEntry? {
    let count = line.count
    guard count > 80, line.matches(" hash=", at: count - 70),
      line[(count - 64)...].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
    else { return nil }
    let bodyEnd = count - 70
    var marker = bodyEnd - 8
    while marker >= 0, !line.matches(" #| seq=", at: marker) { marker -= 1 }
    guard marker > 0 else { return nil }
    var index = marker + 8
    guard let seq = line.number(at: &index), line.matches(" at=", at: index) else { return nil }
    index += 4
    let atStart = index
    while index < bodyEnd, line.isTimeCharacter(at: index) { index += 1 }
    let atEnd = index
    guard line.matches(" officer=\"", at: index) else { return nil }
    index += 10
    let officerStart = index
    while index < bodyEnd, line.isPlainNameByte(at: index) { index += 1 }
    guard index < bodyEnd, line[index] == 0x22 else { return nil }
    let officerEnd = index
    index += 1
    var transaction: ClosedRange<Int>?
    if line.matches(" tx=", at: index) {
      index += 4
      guard let first = line.number(at: &index), index < bodyEnd, line[index] == 0x2D else { return nil }
      index += 1
      guard let last = line.number(at: &index), first <= last else { return nil }
      transaction = first...last
    }
    guard index == bodyEnd, let command = line.text(0, marker),
      let at = line.text(atStart, atEnd, sameAs: before?.at),
      let officer = line.text(officerStart, officerEnd, sameAs: before?.officer)
    else { return nil }
    // Every byte was matched against the form `body` writes (numbers without leading zeros,
    // the name with nothing `Lexer.quote` escapes), so the entry writes this line back exactly
    // and `parse` reads it the same way.
    return JournalEntry(
      seq: seq, at: at, officer: officer, command: command, transaction: transaction,
      hash: line.text(count - 64, count)!)
  }
}

extension UnsafeRawBufferPointer {
  fileprivate func matches(_ text: StaticString, at offset: Int) -> Bool {
    let length = text.utf8CodeUnitCount
    guard offset >= 0, offset + length <= count else { return false }
    return memcmp(baseAddress! + offset, text.utf8Start, length) == 0
  }

  /// A letter, digit or `:+-.`: what a timestamp holds, and nothing the lexer reads otherwise.
  fileprivate func isTimeCharacter(at index: Int) -> Bool {
    switch self[index] {
    case 0x30...0x3A, 0x41...0x5A, 0x61...0x7A, 0x2B, 0x2D, 0x2E: true
    default: false
    }
  }

  /// A byte of a quoted name that needs no escape and that the lexer does not refuse: no
  /// quote, backslash or control character (C0, DEL, or C1 as UTF-8's C2 80–9F).
  fileprivate func isPlainNameByte(at index: Int) -> Bool {
    switch self[index] {
    case 0x00...0x1F, 0x22, 0x5C, 0x7F: false
    case 0x80...0x9F: index == 0 || self[index - 1] != 0xC2
    default: true
    }
  }

  /// Decimal digits at `index` (no leading zero), moving past them.
  fileprivate func number(at index: inout Int) -> Int? {
    let start = index
    var value = 0
    while index < count, self[index] >= 0x30, self[index] <= 0x39, index - start < 18 {
      value = value * 10 + Int(self[index] - 0x30)
      index += 1
    }
    guard index > start, self[start] != 0x30 || index == start + 1 else { return nil }
    return value
  }

  fileprivate func text(_ start: Int, _ end: Int) -> String? {
    String(validating: UnsafeRawBufferPointer(rebasing: self[start..<end]), as: UTF8.self)
  }

  /// `text(start, end)`, or `known` itself when it has those bytes.
  fileprivate func text(_ start: Int, _ end: Int, sameAs known: String?) -> String? {
    if var known, known.utf8.count == end - start,
      known.withUTF8({ UnsafeRawBufferPointer($0).elementsEqual(self[start..<end]) })
    {
      return known
    }
    return text(start, end)
  }
}

extension String {
  /// Whether this is the hex SHA-256 of `previous`, a newline and `body`, compared digit by
  /// digit without writing the digest out as text.
  fileprivate func isHash(previous: String, body: UnsafeRawBufferPointer) -> Bool {
    let digest = Journal.digest(previous: previous, body: body)
    var text = self
    return text.withUTF8 { hex in
      guard hex.count == 64 else { return false }
      var index = 0
      for byte in digest {
        guard hex[index] == Journal.hexDigit(byte >> 4), hex[index + 1] == Journal.hexDigit(byte & 0x0F)
        else {
          return false
        }
        index += 2
      }
      return true
    }
  }
}
