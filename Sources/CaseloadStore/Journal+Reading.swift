import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading the journal quickly: lines found with `memchr`, the metadata caseload writes read
/// straight from the bytes, and the hash chained over the bytes without building strings. A
/// line in any other form goes through `parse`, so both read the same entries.
extension Journal {
  /// The entries on the complete lines of `bytes`, each checked to follow `previous` in
  /// sequence and chain, with the byte offset just past each entry's line.
  static func entries(in bytes: UnsafeRawBufferPointer, after previous: JournalHead, path: String)
    -> Result<[(entry: JournalEntry, end: Int)], StoreError>
  {
    var found: [(entry: JournalEntry, end: Int)] = []
    var previous = previous
    var start = 0
    while start < bytes.count, let base = bytes.baseAddress,
      let newline = memchr(base + start, 0x0A, bytes.count - start)
    {
      let end = base.distance(to: UnsafeRawPointer(newline))
      let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
      let expected = previous.entries + 1
      let entry: JournalEntry
      let chained: String
      if let fast = quickEntry(line) {
        entry = fast
        chained = hash(
          previous: previous.hash, body: UnsafeRawBufferPointer(rebasing: line[..<(line.count - 70)]))
      } else {
        guard let text = String(validating: line, as: UTF8.self) else {
          return .failure(.unreadable(path: path, reason: "entry \(expected) is not UTF-8"))
        }
        switch parse(text) {
        case .success(let parsed): entry = parsed
        case .failure(let error):
          return .failure(.unreadable(path: path, reason: "entry \(expected): \(error.reason)"))
        }
        chained = hash(previous: previous.hash, body: entry.body)
      }
      guard entry.seq == expected else {
        return .failure(.unreadable(path: path, reason: "entry \(expected) has sequence number \(entry.seq)"))
      }
      guard entry.hash == chained else {
        return .failure(.unreadable(path: path, reason: "entry \(entry.seq) does not match its hash"))
      }
      found.append((entry, end + 1))
      previous.entries = entry.seq
      previous.hash = entry.hash
      start = end + 1
    }
    return .success(found)
  }

  /// SHA-256 (hex) over the previous hash, a newline and the body's bytes.
  static func hash(previous: String, body: UnsafeRawBufferPointer) -> String {
    var hasher = SHA256()
    var link = previous + "\n"
    link.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    hasher.update(bufferPointer: body)
    return hex(hasher.finalize())
  }

  /// A line exactly as caseload writes it (`COMMAND #| seq=N at=AT officer="NAME" [tx=F-L]
  /// hash=HEX`, the name with nothing to escape), read from its bytes; nil for anything else.
  static func quickEntry(_ line: UnsafeRawBufferPointer) -> JournalEntry? {
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
    guard index == bodyEnd, let command = line.text(0, marker), let at = line.text(atStart, atEnd),
      let officer = line.text(officerStart, officerEnd)
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
}
