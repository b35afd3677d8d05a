import CaseloadCore
import FoundationEssentials

/// The snapshot's bytes: integers as zigzag LEB128, text as its UTF-8 length and bytes, days
/// as their ordinal, ids as their number, choices as their word, absent values as a 0 byte.
/// Written and read field by field in the order of each record's declaration, without the
/// key names and text parsing that make the plists slow to read. `SnapshotCodecTests` round-
/// trips a record with every field set and counts the fields, so that a field added to a
/// record and not here fails a test rather than vanishing from reads.
struct SnapshotWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func text(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      int(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func day(_ value: Day) { int(value.ordinal) }
  mutating func id<Kind>(_ value: Identifier<Kind>) { int(value.number) }
  mutating func choice<Value: RawRepresentable<String>>(_ value: Value) { text(value.rawValue) }

  /// A 0 byte for nil, else a 1 byte and the value.
  mutating func optional<Value>(_ value: Value?, _ write: (inout SnapshotWriter, Value) throws -> Void)
    rethrows
  {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    try write(&self, value)
  }

  mutating func array<Value>(_ values: [Value], _ write: (inout SnapshotWriter, Value) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }

  /// A part of the snapshot: its length, then its bytes.
  /// A part: its length, the SHA-256 of its bytes (the cache's checksum over itself), its bytes.
  mutating func part(_ part: SnapshotWriter) {
    int(part.bytes.count)
    bytes.append(contentsOf: FileDigest(of: part.bytes).raw)
    bytes.append(contentsOf: part.bytes)
  }

  /// Bytes as they are (a digest).
  mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

  /// A rarely set value of a rich type (an imported case's origin), as JSON.
  mutating func json<Value: Encodable>(_ value: Value) throws {
    let data = try JSONEncoder().encode(value)
    int(data.count)
    bytes.append(contentsOf: data)
  }
}

/// Reads what `SnapshotWriter` wrote; anything malformed throws, and the snapshot is not used.
struct SnapshotReader {
  struct Malformed: Error {}

  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var atEnd: Bool { offset == bytes.count }

  mutating func int() throws(Malformed) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw Malformed() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
  }

  /// The next `count` bytes as they are.
  mutating func raw(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
  }

  mutating func text() throws(Malformed) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    offset += count
    return String(decoding: slice, as: UTF8.self)
  }

  mutating func day() throws(Malformed) -> Day {
    let ordinal = try int()
    // Year 1 to 9999 and a little beyond, as computed dates may reach.
    guard (-719_162...3_000_000).contains(ordinal) else { throw Malformed() }
    return Day(ordinal: ordinal)
  }

  mutating func id<Kind>(_ type: Identifier<Kind>.Type = Identifier<Kind>.self) throws(Malformed)
    -> Identifier<Kind>
  {
    let number = try int()
    guard number > 0 else { throw Malformed() }
    return Identifier(number)
  }

  mutating func choice<Value: RawRepresentable<String>>(_ type: Value.Type = Value.self) throws(Malformed)
    -> Value
  {
    guard let value = Value(rawValue: try text()) else { throw Malformed() }
    return value
  }

  mutating func optional<Value>(_ read: (inout SnapshotReader) throws(Malformed) -> Value) throws(Malformed)
    -> Value?
  {
    guard offset < bytes.count else { throw Malformed() }
    offset += 1
    switch bytes[offset - 1] {
    case 0: return nil
    case 1: return try read(&self)
    default: throw Malformed()
    }
  }

  mutating func array<Value>(_ read: (inout SnapshotReader) throws(Malformed) -> Value) throws(Malformed)
    -> [Value]
  {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }

  mutating func json<Value: Decodable>(_ type: Value.Type) throws(Malformed) -> Value {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    let data = Data(bytes[offset..<offset + count])
    offset += count
    do { return try JSONDecoder().decode(type, from: data) } catch { throw Malformed() }
  }
}
