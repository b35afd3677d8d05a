import FoundationEssentials

/// Writes XML property lists byte for byte as Foundation's `PropertyListEncoder` (`.xml`) does
/// (each dictionary's keys sorted, one tab an indent level, `<array/>` for an empty array),
/// several times faster: it builds a small tree and prints it, without Foundation's boxing of
/// every value. `PlistEncoderTests` holds the bytes to Foundation's for every file caseload
/// writes, so that files stay the same whichever wrote them, and `audit verify` can compare a
/// file's bytes with what the journal makes before it decodes anything.
///
/// Values are text, integers, booleans, dictionaries and arrays: what caseload's files hold.
enum PlistEncoder {
  static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    let root = try PlistNode.make(value, in: [], key: nil)
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    out.append(contentsOf: prolog.utf8)
    root.write(to: &out, depth: 0)
    out.append(contentsOf: "</plist>\n".utf8)
    return Data(out)
  }

  private static let prolog = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">

    """#
}

/// One value of the tree; dictionaries and arrays are boxes, which containers fill later.
private enum PlistNode {
  case text(String)
  case integer(String)
  case boolean(Bool)
  case dictionary(DictionaryBox)
  case array(ArrayBox)
  /// A container asked for but never filled: written as an empty dictionary.
  case pending(EncoderBox)

  final class DictionaryBox {
    var entries: [(key: String, node: PlistNode)] = []
  }

  final class ArrayBox {
    var items: [PlistNode] = []
  }

  /// The node of a value that encodes itself through an `Encoder`, found under `key` in a
  /// container at `path` (joined into a coding path only when one is asked for).
  static func make<Value: Encodable>(_ value: Value, in path: [CodingKey], key: CodingKey?) throws
    -> PlistNode
  {
    // The common types by their metatype, which costs no dynamic cast.
    if Value.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
    if Value.self == Int.self { return .integer(String(unsafeBitCast(value, to: Int.self))) }
    if Value.self == Bool.self { return .boolean(unsafeBitCast(value, to: Bool.self)) }
    // The other integers and the reals by metatype too (see `standardIntegers`).
    if standardIntegers.contains(where: { $0 == Value.self }) {
      return .integer(String(describing: value))
    }
    if Value.self == Double.self || Value.self == Float.self {
      throw EncodingError.invalidValue(
        value,
        .init(
          codingPath: path + [key].compactMap { $0 },
          debugDescription: "caseload's files hold no real numbers"))
    }
    let encoder = EncoderBox(in: path, key: key)
    try value.encode(to: encoder)
    return encoder.node ?? .dictionary(DictionaryBox())
  }

  /// Appends this value's lines, each indented `depth` tabs; nothing is copied on the way.
  func write(to out: inout [UInt8], depth: Int) {
    if case .pending(let encoder) = self {
      return (encoder.node ?? .dictionary(DictionaryBox())).write(to: &out, depth: depth)
    }
    out.append(contentsOf: repeatElement(0x09, count: depth))
    switch self {
    case .text(let text):
      out.append(contentsOf: "<string>".utf8)
      PlistNode.escape(text, into: &out)
      out.append(contentsOf: "</string>\n".utf8)
    case .integer(let digits):
      out.append(contentsOf: "<integer>".utf8)
      out.append(contentsOf: digits.utf8)
      out.append(contentsOf: "</integer>\n".utf8)
    case .boolean(let flag):
      out.append(contentsOf: (flag ? "<true/>\n" : "<false/>\n").utf8)
    case .array(let box) where box.items.isEmpty:
      out.append(contentsOf: "<array/>\n".utf8)
    case .array(let box):
      out.append(contentsOf: "<array>\n".utf8)
      for item in box.items { item.write(to: &out, depth: depth + 1) }
      out.append(contentsOf: repeatElement(0x09, count: depth))
      out.append(contentsOf: "</array>\n".utf8)
    case .dictionary(let box) where box.entries.isEmpty:
      out.append(contentsOf: "<dict/>\n".utf8)
    case .dictionary(let box):
      out.append(contentsOf: "<dict>\n".utf8)
      for entry in box.entries.sorted(by: { $0.key < $1.key }) {
        out.append(contentsOf: repeatElement(0x09, count: depth + 1))
        out.append(contentsOf: "<key>".utf8)
        PlistNode.escape(entry.key, into: &out)
        out.append(contentsOf: "</key>\n".utf8)
        entry.node.write(to: &out, depth: depth + 1)
      }
      out.append(contentsOf: repeatElement(0x09, count: depth))
      out.append(contentsOf: "</dict>\n".utf8)
    case .pending:
      break
    }
  }

  /// `&`, `<` and `>` as entities, as Foundation writes them.
  static func escape(_ text: String, into out: inout [UInt8]) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      default: out.append(byte)
      }
    }
  }
}

/// The `Encoder` a value encodes itself into: it holds the node of that one value.
private final class EncoderBox: Encoder {
  private let path: [CodingKey]
  private let key: CodingKey?
  var codingPath: [CodingKey] { key.map { path + [$0] } ?? path }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var node: PlistNode?

  init(in path: [CodingKey], key: CodingKey?) {
    self.path = path
    self.key = key
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .dictionary(let box) = node {
      return KeyedEncodingContainer(KeyedContainer(box: box, codingPath: codingPath))
    }
    let box = PlistNode.DictionaryBox()
    node = .dictionary(box)
    return KeyedEncodingContainer(KeyedContainer(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    if case .array(let box) = node { return UnkeyedContainer(box: box, codingPath: codingPath) }
    let box = PlistNode.ArrayBox()
    node = .array(box)
    return UnkeyedContainer(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { SingleValueContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: PlistNode.DictionaryBox
  let codingPath: [CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    throw EncodingError.invalidValue(
      Optional<Int>.none as Any,
      .init(codingPath: codingPath + [key], debugDescription: "a property list has no null"))
  }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    box.entries.append((key.stringValue, try PlistNode.make(value, in: codingPath, key: key)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = PlistNode.DictionaryBox()
    box.entries.append((key.stringValue, .dictionary(nested)))
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    let nested = PlistNode.ArrayBox()
    box.entries.append((key.stringValue, .array(nested)))
    return UnkeyedContainer(box: nested, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> Encoder { superEncoder(key: "super") }

  mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(key: key.stringValue) }

  private mutating func superEncoder(key: String) -> Encoder {
    let encoder = EncoderBox(in: codingPath, key: nil)
    box.entries.append((key, .pending(encoder)))
    return encoder
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let box: PlistNode.ArrayBox
  let codingPath: [CodingKey]
  var count: Int { box.items.count }

  mutating func encodeNil() throws {
    throw EncodingError.invalidValue(
      Optional<Int>.none as Any,
      .init(codingPath: codingPath, debugDescription: "a property list has no null"))
  }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    box.items.append(try PlistNode.make(value, in: codingPath, key: nil))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = PlistNode.DictionaryBox()
    box.items.append(.dictionary(nested))
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let nested = PlistNode.ArrayBox()
    box.items.append(.array(nested))
    return UnkeyedContainer(box: nested, codingPath: codingPath)
  }

  mutating func superEncoder() -> Encoder {
    let encoder = EncoderBox(in: codingPath, key: nil)
    box.items.append(.pending(encoder))
    return encoder
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let encoder: EncoderBox
  var codingPath: [CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws {
    throw EncodingError.invalidValue(
      Optional<Int>.none as Any,
      .init(codingPath: codingPath, debugDescription: "a property list has no null"))
  }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    encoder.node = try PlistNode.make(value, in: codingPath, key: nil)
  }
}
