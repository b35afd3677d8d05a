import Foundation

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
    return try Value(from: NodeDecoder(node: root, codingPath: []))
  }
}

/// A parsed value.
private enum Node {
  case text(String)
  case integer(String)
  case boolean(Bool)
  case dictionary([(key: String, node: Node)])
  case array([Node])
}

/// A byte-level reader of one XML property list.
private struct PlistParser {
  typealias Unreadable = PlistDecoder.Unreadable
  let bytes: UnsafeRawBufferPointer
  var at = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The prolog, `<plist …>`, one value, `</plist>`.
  mutating func document() throws(Unreadable) -> Node {
    try skipMarkup()
    guard let tag = try openTag(), tag.name == "plist", !tag.empty else { throw Unreadable() }
    let value = try node()
    try skipMarkup()
    try closeTag("plist")
    try skipMarkup()
    guard at == bytes.count else { throw Unreadable() }
    return value
  }

  /// Skips whitespace, the XML declaration, the doctype and comments.
  mutating func skipMarkup() throws(Unreadable) {
    while true {
      skipSpace()
      if starts(with: "<?") {
        try skip(past: "?>")
      } else if starts(with: "<!--") {
        try skip(past: "-->")
      } else if starts(with: "<!") {
        try skip(past: ">")
      } else {
        return
      }
    }
  }

  mutating func node() throws(Unreadable) -> Node {
    try skipMarkup()
    guard let tag = try openTag() else { throw Unreadable() }
    switch tag.name {
    case "string": return .text(tag.empty ? "" : try text(until: "string"))
    case "integer":
      guard !tag.empty else { throw Unreadable() }
      return .integer(try text(until: "integer"))
    case "true", "false":
      guard tag.empty else { throw Unreadable() }
      return .boolean(tag.name == "true")
    case "array":
      var items: [Node] = []
      if tag.empty { return .array(items) }
      while true {
        try skipMarkup()
        if starts(with: "</") { break }
        items.append(try node())
      }
      try closeTag("array")
      return .array(items)
    case "dict":
      var entries: [(key: String, node: Node)] = []
      if tag.empty { return .dictionary(entries) }
      while true {
        try skipMarkup()
        if starts(with: "</") { break }
        guard let key = try openTag(), key.name == "key" else { throw Unreadable() }
        let name = key.empty ? "" : try text(until: "key")
        entries.append((name, try node()))
      }
      try closeTag("dict")
      return .dictionary(entries)
    default:
      // Reals, dates, data: not in caseload's files; Foundation reads them.
      throw Unreadable()
    }
  }

  /// `<name …>` or `<name …/>`; nil at a closing tag.
  mutating func openTag() throws(Unreadable) -> (name: String, empty: Bool)? {
    guard at < bytes.count, bytes[at] == UInt8(ascii: "<") else { throw Unreadable() }
    if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "/") { return nil }
    at += 1
    let start = at
    while at < bytes.count, isNameByte(bytes[at]) { at += 1 }
    let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    guard let end = find(UInt8(ascii: ">")), !name.isEmpty else { throw Unreadable() }
    let empty = end > start && bytes[end - 1] == UInt8(ascii: "/")
    at = end + 1
    return (name, empty)
  }

  mutating func closeTag(_ name: String) throws(Unreadable) {
    guard starts(with: "</" + name) else { throw Unreadable() }
    at += 2 + name.utf8.count
    skipSpace()
    guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else { throw Unreadable() }
    at += 1
  }

  /// The character data up to `</name>`, its entities replaced.
  mutating func text(until name: String) throws(Unreadable) -> String {
    let start = at
    guard let end = find(UInt8(ascii: "<")) else { throw Unreadable() }
    at = end
    let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    try closeTag(name)
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    return try PlistParser.replacingEntities(raw)
  }

  static func replacingEntities(_ raw: UnsafeRawBufferPointer) throws(Unreadable) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      guard byte == UInt8(ascii: "&") else {
        out.append(byte)
        index += 1
        continue
      }
      guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")) else { throw Unreadable() }
      let entity = String(
        decoding: UnsafeRawBufferPointer(rebasing: raw[(index + 1)..<semicolon]), as: UTF8.self)
      index = semicolon + 1
      switch entity {
      case "amp": out.append(UInt8(ascii: "&"))
      case "lt": out.append(UInt8(ascii: "<"))
      case "gt": out.append(UInt8(ascii: ">"))
      case "quot": out.append(UInt8(ascii: "\""))
      case "apos": out.append(UInt8(ascii: "'"))
      default:
        let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
        guard entity.hasPrefix("#"), let value = UInt32(entity.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
          let scalar = Unicode.Scalar(value)
        else { throw Unreadable() }
        out += Array(String(Character(scalar)).utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  func isNameByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  mutating func skipSpace() {
    while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
  }

  func starts(with text: String) -> Bool {
    let utf8 = text.utf8
    guard bytes.count - at >= utf8.count else { return false }
    return bytes[at..<at + utf8.count].elementsEqual(utf8)
  }

  mutating func skip(past text: String) throws(Unreadable) {
    while at < bytes.count {
      if starts(with: text) {
        at += text.utf8.count
        return
      }
      at += 1
    }
    throw Unreadable()
  }

  func find(_ byte: UInt8) -> Int? {
    bytes[at...].firstIndex(of: byte)
  }
}

/// Every standard integer type but `Int`, which is decoded first.
let standardIntegers: [any FixedWidthInteger.Type] = [
  Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
]

/// Decodes a value from its node; a shape that does not fit throws, and Foundation is asked.
private struct NodeDecoder: Decoder {
  let node: Node
  let codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .dictionary(let entries) = node else { throw PlistDecoder.Unreadable() }
    return KeyedDecodingContainer(KeyedNodes(entries: entries, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .array(let items) = node else { throw PlistDecoder.Unreadable() }
    return UnkeyedNodes(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer {
    SingleNode(node: node, codingPath: codingPath)
  }

  /// The value of `node` as `Value`: text, integers and booleans directly, anything else
  /// through its own `init(from:)`.
  static func value<Value: Decodable>(_ type: Value.Type, of node: Node, codingPath: [CodingKey]) throws
    -> Value
  {
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
    return try Value(from: NodeDecoder(node: node, codingPath: codingPath))
  }
}

private struct KeyedNodes<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let entries: [(key: String, node: Node)]
  let codingPath: [CodingKey]

  var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

  func node(_ key: Key) -> Node? {
    let name = key.stringValue
    return entries.first { $0.key == name }?.node
  }

  func contains(_ key: Key) -> Bool { node(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { node(key) == nil }

  func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try NodeDecoder.value(type, of: node, codingPath: codingPath + [key])
  }

  func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    guard let node = node(key) else { return nil }
    return try NodeDecoder.value(type, of: node, codingPath: codingPath + [key])
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try NodeDecoder(node: node, codingPath: codingPath + [key]).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    guard let node = node(key) else { throw PlistDecoder.Unreadable() }
    return try NodeDecoder(node: node, codingPath: codingPath + [key]).unkeyedContainer()
  }

  func superDecoder() throws -> Decoder { throw PlistDecoder.Unreadable() }
  func superDecoder(forKey key: Key) throws -> Decoder { throw PlistDecoder.Unreadable() }
}

private struct UnkeyedNodes: UnkeyedDecodingContainer {
  let items: [Node]
  let codingPath: [CodingKey]
  var currentIndex = 0
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  init(items: [Node], codingPath: [CodingKey]) {
    self.items = items
    self.codingPath = codingPath
  }

  mutating func next() throws -> Node {
    guard !isAtEnd else { throw PlistDecoder.Unreadable() }
    currentIndex += 1
    return items[currentIndex - 1]
  }

  mutating func decodeNil() throws -> Bool { false }

  mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try NodeDecoder.value(type, of: try next(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try NodeDecoder(node: try next(), codingPath: codingPath).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try NodeDecoder(node: try next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superDecoder() throws -> Decoder { throw PlistDecoder.Unreadable() }
}

private struct SingleNode: SingleValueDecodingContainer {
  let node: Node
  let codingPath: [CodingKey]

  func decodeNil() -> Bool { false }

  func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try NodeDecoder.value(type, of: node, codingPath: codingPath)
  }
}
