import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// A value of an XML property list as `PlistParser` reads it.
enum ParsedPlist {
  case text(String)
  case integer(String)
  case boolean(Bool)
  case dictionary([(key: String, node: ParsedPlist)])
  case array([ParsedPlist])
}

/// A byte-level reader of one XML property list.
struct PlistParser {
  typealias Unreadable = PlistDecoder.Unreadable
  let bytes: UnsafeRawBufferPointer
  var at = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The prolog, `<plist …>`, one value, `</plist>`.
  mutating func document() throws(Unreadable) -> ParsedPlist {
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
      // Most often a tag follows: `<` and a letter or `/`.
      guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "<"),
        bytes[at + 1] == UInt8(ascii: "?") || bytes[at + 1] == UInt8(ascii: "!")
      else { return }
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

  mutating func node() throws(Unreadable) -> ParsedPlist {
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
      var items: [ParsedPlist] = []
      if tag.empty { return .array(items) }
      while true {
        try skipMarkup()
        if starts(with: "</") { break }
        items.append(try node())
      }
      try closeTag("array")
      return .array(items)
    case "dict":
      var entries: [(key: String, node: ParsedPlist)] = []
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

  mutating func closeTag(_ name: StaticString) throws(Unreadable) {
    guard starts(with: "</"), matches(name, at: at + 2) else { throw Unreadable() }
    at += 2 + name.utf8CodeUnitCount
    skipSpace()
    guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else { throw Unreadable() }
    at += 1
  }

  /// The character data up to `</name>`, its entities replaced.
  mutating func text(until name: StaticString) throws(Unreadable) -> String {
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
    // XML's whitespace: space, tab, line feed, carriage return.
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D {
      at += 1
    }
  }

  func starts(with text: StaticString) -> Bool { matches(text, at: at) }

  /// Whether the bytes at `offset` are `text`.
  func matches(_ text: StaticString, at offset: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard bytes.count - offset >= count, let base = bytes.baseAddress else { return false }
    return memcmp(base + offset, text.utf8Start, count) == 0
  }

  mutating func skip(past text: StaticString) throws(Unreadable) {
    while at < bytes.count {
      if starts(with: text) {
        at += text.utf8CodeUnitCount
        return
      }
      at += 1
    }
    throw Unreadable()
  }

  func find(_ byte: UInt8) -> Int? {
    guard at < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + at, Int32(byte), bytes.count - at)
    else { return nil }
    return base.distance(to: UnsafeRawPointer(found))
  }
}
