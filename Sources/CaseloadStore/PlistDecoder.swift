import FoundationEssentials

/// Reads the XML property lists caseload writes (text, integers, booleans, dictionaries,
/// arrays; any whitespace, comments and entities) into `Decodable` values several times faster
/// than Foundation's `PropertyListDecoder`, which `Codec.decode` falls back to for anything
/// this reader does not take: a file another tool wrote with other value types, or one that is
/// damaged, whose error Foundation then words.
enum PlistDecoder {
  struct Unreadable: Error {}

  static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
    let root = try data.withUnsafeBytes { bytes throws(Unreadable) in
      var parser = PlistParser(bytes)
      return try parser.document()
    }
    return try Value(from: PlistValueDecoder(node: root))
  }
}

/// Decodes a value from its node; a shape that does not fit throws, and Foundation is asked.
/// Coding paths are left empty: they word errors, and Foundation words those.
private struct PlistValueDecoder: Decoder {
  let node: ParsedPlist
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .dictionary(let entries) = node else { throw PlistDecoder.Unreadable() }
    return KeyedDecodingContainer(KeyedPlistContainer(entries: entries))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .array(let items) = node else { throw PlistDecoder.Unreadable() }
    return UnkeyedPlistContainer(items: items)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer {
    SinglePlistValue(node: node)
  }

  /// The value of `node` as `Value`: text, integers and booleans directly, anything else
  /// through its own `init(from:)`.
  static func value<Value: Decodable>(_ type: Value.Type, of node: ParsedPlist) throws -> Value {
    if Value.self == String.self {
      guard case .text(let text) = node else { throw PlistDecoder.Unreadable() }
      return unsafeBitCast(text, to: Value.self)
    }
    if Value.self == Int.self {
      guard case .integer(let digits) = node, let number = Int(digits) else {
        throw PlistDecoder.Unreadable()
      }
      return unsafeBitCast(number, to: Value.self)
    }
    if Value.self == Bool.self {
      guard case .boolean(let flag) = node else { throw PlistDecoder.Unreadable() }
      return unsafeBitCast(flag, to: Value.self)
    }
    // The other standard integers and the reals, by metatype too: a cast to a protocol would
    // search the program's conformances for every record type decoded.
    if let integer = standardIntegers.first(where: { $0 == Value.self }) {
      guard case .integer(let digits) = node, let number = integer.init(digits, radix: 10) else {
        throw PlistDecoder.Unreadable()
      }
      return number as! Value
    }
    if Value.self == Double.self || Value.self == Float.self { throw PlistDecoder.Unreadable() }
    return try Value(from: PlistValueDecoder(node: node))
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

  func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try PlistValueDecoder.value(type, of: node)
  }

  func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    guard let node = node(key) else { return nil }
    return try PlistValueDecoder.value(type, of: node)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try PlistValueDecoder(node: node).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try PlistValueDecoder(node: node).unkeyedContainer()
  }

  func superDecoder() throws -> Decoder { throw PlistDecoder.Unreadable() }
  func superDecoder(forKey key: Key) throws -> Decoder { throw PlistDecoder.Unreadable() }
}

private struct UnkeyedPlistContainer: UnkeyedDecodingContainer {
  let items: [ParsedPlist]
  var codingPath: [CodingKey] { [] }
  var currentIndex = 0
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  init(items: [ParsedPlist]) { self.items = items }

  mutating func next() throws -> ParsedPlist {
    guard !isAtEnd else { throw PlistDecoder.Unreadable() }
    currentIndex += 1
    return items[currentIndex - 1]
  }

  mutating func decodeNil() throws -> Bool { false }

  mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try PlistValueDecoder.value(type, of: try next())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try PlistValueDecoder(node: try next()).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try PlistValueDecoder(node: try next()).unkeyedContainer()
  }

  mutating func superDecoder() throws -> Decoder { throw PlistDecoder.Unreadable() }
}

private struct SinglePlistValue: SingleValueDecodingContainer {
  let node: ParsedPlist
  var codingPath: [CodingKey] { [] }

  func decodeNil() -> Bool { false }

  func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try PlistValueDecoder.value(type, of: node)
  }
}
