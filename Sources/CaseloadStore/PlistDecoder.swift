import CaseloadCore
import FoundationEssentials

/// Reads an XML property list with `PlistParser` (the only reader: SPEC §12 "Hostile files")
/// into a `Decodable` value, and words what does not fit: a missing key, a value of the wrong
/// type, a text that is not a date or an id, each at the key path where it was found
/// (`record.visits.2.on`).
enum PlistDecoder {
  /// Why a file was not read: `line 3: nesting deeper than 64 levels` or
  /// `at record.born: '2026-02-30' is not a date from 1900 to 2100`.
  struct Refusal: Error {
    let reason: Message
  }

  /// `storedByUs`: see `PlistParser.storedByUs`.
  static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, storedByUs: Bool = false)
    throws(Refusal)
    -> Value
  {
    let parsed = data.withUnsafeBytes { bytes -> Result<ParsedPlist, Refusal> in
      var parser = PlistParser(bytes, storedByUs: storedByUs)
      do throws(PlistParser.Refusal) {
        return .success(try parser.document())
      } catch {
        return .failure(Refusal(reason: error.reason(in: bytes)))
      }
    }
    let root = try parsed.get()
    do {
      return try Value(from: PlistValueDecoder(node: root))
    } catch let error as FieldError {
      throw Refusal(reason: error.reason)
    } catch {
      throw Refusal(reason: FieldError.wrapping(error, at: nil).reason)
    }
  }
}

/// A value that does not fit the type read, with the path of keys and indexes to it, built as
/// the error passes up through the containers (nothing is kept on the way down).
struct FieldError: Error {
  var path: [String]
  var problem: Message

  var reason: Message {
    path.isEmpty ? problem : "at \(path.joined(separator: ".")): \(problem)"
  }

  /// `error` as a field error one step further out, at `step` (a key or an index).
  static func wrapping(_ error: Error, at step: String?) -> FieldError {
    var wrapped: FieldError
    switch error {
    case let error as FieldError: wrapped = error
    case let error as any ExplainedError: wrapped = FieldError(path: [], problem: error.said)
    case DecodingError.dataCorrupted(let context):
      wrapped = FieldError(path: [], problem: Message(verbatim: context.debugDescription))
    default: wrapped = FieldError(path: [], problem: Message(verbatim: "\(error)"))
    }
    if let step { wrapped.path.insert(step, at: 0) }
    return wrapped
  }

  /// What a node is, for a message.
  static func kind(_ node: ParsedPlist) -> Message {
    switch node {
    case .text: "a text"
    case .integer: "an integer"
    case .boolean: "true or false"
    case .dictionary: "a dictionary"
    case .array: "an array"
    }
  }

  static func mismatch(_ expected: Message, _ node: ParsedPlist) -> FieldError {
    FieldError(path: [], problem: "expected \(expected), found \(kind(node))")
  }
}

/// Decodes a value from its node; a shape that does not fit throws a `FieldError`.
/// Coding paths are left empty: errors collect their path on the way out.
private struct PlistValueDecoder: Decoder {
  let node: ParsedPlist
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .dictionary(let entries) = node else { throw FieldError.mismatch("a dictionary", node) }
    return KeyedDecodingContainer(KeyedPlistContainer(entries: entries))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .array(let items) = node else { throw FieldError.mismatch("an array", node) }
    return UnkeyedPlistContainer(items: items)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer {
    SinglePlistValue(node: node)
  }

  /// The value of `node` as `Value`: text, integers and booleans directly, anything else
  /// through its own `init(from:)`.
  static func value<Value: Decodable>(_ type: Value.Type, of node: ParsedPlist) throws -> Value {
    if Value.self == String.self {
      guard case .text(let text) = node else { throw FieldError.mismatch("a text", node) }
      return unsafeBitCast(text, to: Value.self)
    }
    if Value.self == Int.self {
      guard case .integer(let digits) = node else { throw FieldError.mismatch("an integer", node) }
      guard let number = Int(digits) else { throw outOfRange(digits) }
      return unsafeBitCast(number, to: Value.self)
    }
    if Value.self == Bool.self {
      guard case .boolean(let flag) = node else { throw FieldError.mismatch("true or false", node) }
      return unsafeBitCast(flag, to: Value.self)
    }
    // The other standard integers and the reals, by metatype too: a cast to a protocol would
    // search the program's conformances for every record type decoded.
    if let integer = standardIntegers.first(where: { $0 == Value.self }) {
      guard case .integer(let digits) = node else { throw FieldError.mismatch("an integer", node) }
      guard let number = integer.init(digits, radix: 10) else { throw outOfRange(digits) }
      return number as! Value
    }
    if Value.self == Double.self || Value.self == Float.self {
      throw FieldError(path: [], problem: "a real number, which caseload's files never hold")
    }
    return try Value(from: PlistValueDecoder(node: node))
  }

  static func outOfRange(_ digits: String) -> FieldError {
    FieldError(path: [], problem: "'\(digits)' is not a whole number in range")
  }
}

private struct KeyedPlistContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let entries: [(key: String, node: ParsedPlist)]
  var codingPath: [CodingKey] { [] }

  var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

  func node(_ key: Key) -> ParsedPlist? {
    let name = key.stringValue
    return entries.first { $0.key == name }?.node
  }

  func contains(_ key: Key) -> Bool { node(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { node(key) == nil }

  func missing(_ key: Key) -> FieldError {
    FieldError(path: [], problem: "missing key '\(key.stringValue)'")
  }

  func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    guard let node = node(key) else { throw missing(key) }
    do { return try PlistValueDecoder.value(type, of: node) } catch {
      throw FieldError.wrapping(error, at: key.stringValue)
    }
  }

  func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    guard let node = node(key) else { return nil }
    do { return try PlistValueDecoder.value(type, of: node) } catch {
      throw FieldError.wrapping(error, at: key.stringValue)
    }
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    guard let node = node(key) else { throw missing(key) }
    do { return try PlistValueDecoder(node: node).container(keyedBy: type) } catch {
      throw FieldError.wrapping(error, at: key.stringValue)
    }
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    guard let node = node(key) else { throw missing(key) }
    do { return try PlistValueDecoder(node: node).unkeyedContainer() } catch {
      throw FieldError.wrapping(error, at: key.stringValue)
    }
  }

  func superDecoder() throws -> Decoder { PlistValueDecoder(node: .dictionary(entries)) }
  func superDecoder(forKey key: Key) throws -> Decoder {
    guard let node = node(key) else { throw missing(key) }
    return PlistValueDecoder(node: node)
  }
}

private struct UnkeyedPlistContainer: UnkeyedDecodingContainer {
  let items: [ParsedPlist]
  var codingPath: [CodingKey] { [] }
  var currentIndex = 0
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  init(items: [ParsedPlist]) { self.items = items }

  mutating func next() throws -> ParsedPlist {
    guard !isAtEnd else {
      throw FieldError(path: [], problem: "the array ends after \(items.count) items")
    }
    currentIndex += 1
    return items[currentIndex - 1]
  }

  mutating func decodeNil() throws -> Bool { false }

  /// What `body` makes of the next item; an error names the item's index.
  mutating func item<T>(_ body: (ParsedPlist) throws -> T) throws -> T {
    let node = try next()
    do { return try body(node) } catch { throw FieldError.wrapping(error, at: String(currentIndex - 1)) }
  }

  mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try item { try PlistValueDecoder.value(type, of: $0) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try item { try PlistValueDecoder(node: $0).container(keyedBy: type) }
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try item { try PlistValueDecoder(node: $0).unkeyedContainer() }
  }

  mutating func superDecoder() throws -> Decoder { PlistValueDecoder(node: try next()) }
}

private struct SinglePlistValue: SingleValueDecodingContainer {
  let node: ParsedPlist
  var codingPath: [CodingKey] { [] }

  func decodeNil() -> Bool { false }

  func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try PlistValueDecoder.value(type, of: node)
  }
}
