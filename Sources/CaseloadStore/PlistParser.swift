import CaseloadCore
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

/// The one reader of every XML property list caseload reads: its own files, transfer files and
/// other wards' stores alike, all of which may be hostile (SPEC §12). Byte-level and iterative:
/// containers are kept on an explicit stack, never on the call stack, so that no nesting can
/// overflow it.
///
/// It takes the subset of XML that plist writers write and refuses, rather than reads
/// differently from Python's `plistlib` or libplist, anything else: nesting deeper than 64
/// levels, a text over 64 KiB, a duplicate key, invalid UTF-8, control and format characters
/// (`TextCharacters`; tab and line feed are allowed in any text, and a carriage return only
/// between tags, since XML readers turn it into a line feed inside a text), entities other
/// than XML's five and numeric references to allowed characters, a DOCTYPE with an internal
/// subset, CDATA, processing instructions, attributes (but `<plist version=…>`), reals, dates
/// and data. The first problem is thrown with its byte offset, which `Refusal.reason` turns
/// into a line number: counted only then.
struct PlistParser {
  /// Why a document was refused, and where.
  struct Refusal: Error {
    /// The byte offset of the problem.
    var offset: Int
    var problem: Message

    /// `line 3: nesting deeper than 64 levels`, the line counted in `bytes`.
    func reason(in bytes: UnsafeRawBufferPointer) -> Message {
      let end = min(offset, bytes.count)
      var line = 1
      if end > 0, let base = bytes.baseAddress {
        var from = base
        let limit = base + end
        while from < limit, let found = memchr(from, 0x0A, limit - from) {
          line += 1
          from = UnsafeRawPointer(found) + 1
        }
      }
      return "line \(line): \(problem)"
    }
  }

  /// The deepest nesting of arrays and dictionaries read.
  static let maximumDepth = 64
  /// The longest text (a string, a key, an integer's digits) read, in UTF-8 bytes once its
  /// entities are replaced.
  static let maximumText = 64 * 1024

  let bytes: UnsafeRawBufferPointer
  var at = 0

  /// Whether the document is a file of this store's own, whose bytes its digest vouches for:
  /// then a control or format character that got into the store before they were refused
  /// (SPEC §12) is read, to be shown escaped, rather than locking the store. Never for a file
  /// from elsewhere (a transfer file, another ward's store).
  let storedByUs: Bool

  init(_ bytes: UnsafeRawBufferPointer, storedByUs: Bool = false) {
    self.bytes = bytes
    self.storedByUs = storedByUs
  }

  /// One open array or dictionary.
  private struct Frame {
    let isDictionary: Bool
    var items: [ParsedPlist] = []
    var entries: [(key: String, node: ParsedPlist)] = []
    /// The key read whose value comes next, in a dictionary.
    var key: String?
    /// Where `key` was, for a message.
    var keyOffset = 0
    /// The keys seen, once there are too many to search `entries` for a duplicate.
    var keys: Set<String>?
    /// Whether the keys so far came in ascending order (as caseload writes them).
    var sorted = true

    init(isDictionary: Bool) { self.isDictionary = isDictionary }

    var node: ParsedPlist { isDictionary ? .dictionary(entries) : .array(items) }
  }

  /// The prolog, `<plist …>`, one value, `</plist>`.
  mutating func document() throws(Refusal) -> ParsedPlist {
    try checkCharacters()
    try prolog()
    guard at < bytes.count, bytes[at] == UInt8(ascii: "<") else {
      throw Refusal(offset: at, problem: "not an XML property list")
    }
    let start = at
    guard let tag = try openTag(allowingVersion: true), tag.name == .plist, !tag.empty else {
      throw Refusal(offset: start, problem: "not a property list (no <plist>)")
    }
    let value = try node()
    try skipMisc()
    try closeTag("plist")
    try skipMisc()
    guard at == bytes.count else { throw Refusal(offset: at, problem: "something follows </plist>") }
    return value
  }

  // MARK: Characters

  /// Refuses invalid UTF-8 and the characters no text may hold anywhere in the document (a
  /// byte-order mark at its start included): one pass, which a tag, comment or text cannot
  /// escape; plain ASCII checked eight bytes at a time, anything else decoded strictly and
  /// looked up in `TextCharacters`' table.
  func checkCharacters() throws(Refusal) {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    let count = bytes.count
    var index = 0
    while index < count {
      // Eight bytes at a time while they are printable ASCII, tab, line feed or carriage
      // return, as most of a plist is.
      while index + 8 <= count,
        PlistParser.isPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      guard index < count else { break }
      let byte = base[index]
      if byte >= 0x20 && byte < 0x7F {
        index += 1
        continue
      }
      if byte < 0x80 {
        // Tab, line feed, carriage return (only between tags: see `text(until:)`).
        guard byte == 0x09 || byte == 0x0A || byte == 0x0D || (storedByUs && byte != 0) else {
          throw Refusal(offset: index, problem: PlistParser.forbidden(Unicode.Scalar(byte)))
        }
        index += 1
        continue
      }
      guard let (scalar, length) = PlistParser.decodeScalar(base + index, count - index) else {
        throw Refusal(offset: index, problem: "invalid UTF-8")
      }
      if !storedByUs, scalar.value < 0xA0 || (scalar.value >= 0xAD && PlistParser.isRefused(scalar)) {
        throw Refusal(offset: index, problem: PlistParser.forbidden(scalar))
      }
      index += length
    }
  }

  /// Whether each of the eight bytes of `word` is printable ASCII (U+0020–U+007E), tab, line
  /// feed or carriage return: bitwise, each byte's top bit saying it of that byte.
  @inline(__always)
  static func isPlain(_ word: UInt64) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    guard word & high == 0 else { return false }
    // For ASCII bytes no sum below carries into the next byte.
    let printable = (word &+ 0x6060_6060_6060_6060) & high  // byte >= 0x20
    func equal(_ byte: UInt64) -> UInt64 {
      let difference = word ^ (byte &* 0x0101_0101_0101_0101)
      return ~(difference &+ 0x7F7F_7F7F_7F7F_7F7F) & high
    }
    let allowed = (printable & ~equal(0x7F)) | equal(0x09) | equal(0x0A) | equal(0x0D)
    return allowed == high
  }

  /// Whether a scalar above U+00A0 may not stand in a document: a format character, or one
  /// that XML 1.0 does not allow (U+FFFE, U+FFFF).
  static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    TextCharacters.isFormat(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }

  /// What is wrong with a character found in the document or referred to by an entity.
  static func forbidden(_ scalar: Unicode.Scalar) -> Message {
    let code = TextCharacters.code(scalar)
    if TextCharacters.isControl(scalar) { return "control character \(code) in a property list" }
    if scalar.value == 0xFEFF { return "byte-order mark (U+FEFF) in a property list" }
    if TextCharacters.isFormat(scalar) { return "invisible format character \(code) in a property list" }
    return "\(code) is not an XML character"
  }

  /// The scalar a well-formed UTF-8 sequence at `pointer` encodes, and its length; nil for an
  /// invalid one (a stray continuation byte, a truncated or overlong sequence, a surrogate,
  /// beyond U+10FFFF).
  static func decodeScalar(_ pointer: UnsafePointer<UInt8>, _ available: Int) -> (Unicode.Scalar, Int)? {
    let lead = pointer[0]
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
    default: return nil
    }
    guard available >= length else { return nil }
    for offset in 1..<length {
      let byte = pointer[offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    // Overlong forms, surrogates and values past U+10FFFF.
    switch length {
    case 3 where value < 0x800: return nil
    case 4 where value < 0x10000 || value > 0x10FFFF: return nil
    default: break
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  // MARK: Markup

  /// The XML declaration (only at the very start, as XML requires), then comments, a DOCTYPE
  /// without an internal subset, and whitespace.
  mutating func prolog() throws(Refusal) {
    if starts(with: "<?xml") && at + 5 < bytes.count && isSpace(bytes[at + 5]) {
      try xmlDeclaration()
    }
    var doctype = false
    while true {
      try skipMisc(inProlog: true)
      guard starts(with: "<!DOCTYPE") else { return }
      guard !doctype else { throw Refusal(offset: at, problem: "a second DOCTYPE") }
      doctype = true
      try doctypeDeclaration()
    }
  }

  /// `<!DOCTYPE name>`, `<!DOCTYPE name SYSTEM "uri">` or `<!DOCTYPE name PUBLIC "id" "uri">`,
  /// as plist writers write it. An internal subset (`[`) may declare entities, which no plist
  /// reader should expand: refused.
  mutating func doctypeDeclaration() throws(Refusal) {
    let start = at
    let malformed = Refusal(offset: start, problem: "malformed DOCTYPE")
    at += 9
    guard skipSpace() else { throw malformed }
    let nameStart = at
    while at < bytes.count, isNameByte(bytes[at]) { at += 1 }
    guard at > nameStart else { throw malformed }
    if skipSpace(), starts(with: "SYSTEM") || starts(with: "PUBLIC") {
      let isPublic = starts(with: "PUBLIC")
      at += 6
      for index in 0..<(isPublic ? 2 : 1) {
        guard skipSpace(), at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'")
        else { throw malformed }
        let quote = bytes[at]
        at += 1
        while at < bytes.count, bytes[at] != quote {
          // A public id holds letters, digits, space and some punctuation alone.
          if isPublic && index == 0 && !isPublicIDByte(bytes[at]) { throw malformed }
          at += 1
        }
        guard at < bytes.count else { throw malformed }
        at += 1
      }
      skipSpace()
    }
    guard at < bytes.count else { throw malformed }
    if bytes[at] == UInt8(ascii: "[") {
      throw Refusal(offset: start, problem: "a DOCTYPE with declarations of its own (entities) is not read")
    }
    guard bytes[at] == UInt8(ascii: ">") else { throw malformed }
    at += 1
  }

  func isPublicIDByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x0A || byte == 0x0D
      || "-'()+,./:=?;!*#@$_%".utf8.contains(byte)
  }

  /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, its pseudo-attributes in that
  /// order (the last two optional); an encoding other than UTF-8 is refused, since a reader
  /// that honours it would read other characters than this one.
  mutating func xmlDeclaration() throws(Refusal) {
    let start = at
    at += 5
    var names: [String] = []
    while true {
      let spaced = skipSpace()
      if starts(with: "?>") {
        at += 2
        break
      }
      guard spaced, let (name, value) = attribute() else {
        throw Refusal(offset: start, problem: "malformed XML declaration")
      }
      switch (name, names) {
      case ("version", []):
        guard value.hasPrefix("1."), value.utf8.count > 2,
          value.utf8.dropFirst(2).allSatisfy({ (0x30...0x39).contains($0) })
        else { throw Refusal(offset: start, problem: "malformed XML declaration") }
      case ("encoding", ["version"]):
        guard value.lowercased() == "utf-8" else {
          throw Refusal(offset: start, problem: "encoding '\(value)': caseload reads UTF-8 only")
        }
      case ("standalone", ["version"]), ("standalone", ["version", "encoding"]):
        guard value == "yes" || value == "no" else {
          throw Refusal(offset: start, problem: "malformed XML declaration")
        }
      default:
        throw Refusal(offset: start, problem: "malformed XML declaration")
      }
      names.append(name)
    }
    guard names.first == "version" else { throw Refusal(offset: start, problem: "malformed XML declaration") }
  }

  /// `name="value"` or `name='value'`, whitespace allowed around `=`; nil when malformed. A
  /// value holds no `<` or `&`.
  mutating func attribute() -> (String, String)? {
    let start = at
    while at < bytes.count, isNameByte(bytes[at]) { at += 1 }
    guard at > start else { return nil }
    let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    skipSpace()
    guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { return nil }
    at += 1
    skipSpace()
    guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else {
      return nil
    }
    let quote = bytes[at]
    at += 1
    let valueStart = at
    while at < bytes.count, bytes[at] != quote {
      guard bytes[at] != UInt8(ascii: "<"), bytes[at] != UInt8(ascii: "&") else { return nil }
      at += 1
    }
    guard at < bytes.count else { return nil }
    let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<at]), as: UTF8.self)
    at += 1
    return (name, value)
  }

  /// Skips whitespace and comments. A comment may not hold `--` (XML 1.0); a processing
  /// instruction, a CDATA section or a declaration here is refused.
  mutating func skipMisc(inProlog: Bool = false) throws(Refusal) {
    while true {
      skipSpace()
      // Most often a tag follows: `<` and a letter or `/`.
      guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "<"),
        bytes[at + 1] == UInt8(ascii: "?") || bytes[at + 1] == UInt8(ascii: "!")
      else { return }
      let start = at
      guard starts(with: "<!--") else {
        if inProlog && starts(with: "<!DOCTYPE") { return }
        if starts(with: "<![CDATA[") { throw Refusal(offset: start, problem: "CDATA sections are not read") }
        if starts(with: "<?") {
          throw Refusal(offset: start, problem: "processing instructions are not read")
        }
        throw Refusal(offset: start, problem: "a declaration is allowed only before <plist>")
      }
      at += 4
      guard let dashes = find(UInt8(ascii: "-"), pair: true) else {
        throw Refusal(offset: start, problem: "unfinished comment")
      }
      // The first `--` must end the comment.
      guard dashes + 2 < bytes.count, bytes[dashes + 2] == UInt8(ascii: ">") else {
        throw Refusal(offset: dashes, problem: "'--' inside a comment")
      }
      at = dashes + 3
    }
  }

  // MARK: Values

  /// One value, its containers kept on a stack of their own.
  mutating func node() throws(Refusal) -> ParsedPlist {
    var stack: [Frame] = []
    stack.reserveCapacity(8)
    while true {
      try skipMisc()
      if !stack.isEmpty && starts(with: "</") {
        let frame = stack.removeLast()
        if frame.key != nil {
          throw Refusal(offset: frame.keyOffset, problem: "the key '\(frame.key!)' has no value")
        }
        try closeTag(frame.isDictionary ? "dict" : "array")
        if stack.isEmpty { return frame.node }
        try PlistParser.add(frame.node, to: &stack[stack.count - 1])
        continue
      }
      if let top = stack.last, top.isDictionary, top.key == nil {
        try key(into: &stack[stack.count - 1])
        continue
      }
      let start = at
      guard let tag = try openTag() else {
        throw Refusal(offset: start, problem: "a value was expected")
      }
      let leaf: ParsedPlist
      switch tag.name {
      case .string:
        leaf = .text(tag.empty ? "" : try text(until: "string"))
      case .integer:
        guard !tag.empty else { throw Refusal(offset: start, problem: "an empty <integer/>") }
        leaf = .integer(try text(until: "integer"))
      case .true, .false:
        guard tag.empty else {
          throw Refusal(offset: start, problem: "<\(tag.name.text)> must be written <\(tag.name.text)/>")
        }
        leaf = .boolean(tag.name == .true)
      case .array, .dict:
        guard stack.count < PlistParser.maximumDepth else {
          throw Refusal(offset: start, problem: "nesting deeper than \(PlistParser.maximumDepth) levels")
        }
        let frame = Frame(isDictionary: tag.name == .dict)
        if tag.empty {
          leaf = frame.node
        } else {
          stack.append(frame)
          continue
        }
      case .key:
        throw Refusal(offset: start, problem: "a <key> outside a dictionary")
      case .plist, .other:
        throw Refusal(
          offset: start,
          problem: "<\(tag.name.text)> is not read; caseload reads string, integer, true, false, array, dict")
      }
      if stack.isEmpty { return leaf }
      try PlistParser.add(leaf, to: &stack[stack.count - 1])
    }
  }

  /// Adds a finished value to the open container; in a dictionary, under its key.
  private static func add(_ node: ParsedPlist, to frame: inout Frame) throws(Refusal) {
    if frame.isDictionary {
      frame.entries.append((frame.key!, node))
      frame.key = nil
    } else {
      frame.items.append(node)
    }
  }

  /// `<key>…</key>` in a dictionary: a key it does not already hold.
  private mutating func key(into frame: inout Frame) throws(Refusal) {
    let start = at
    guard let tag = try openTag(), tag.name == .key else {
      throw Refusal(offset: start, problem: "a <key> was expected in a dictionary")
    }
    let name = tag.empty ? "" : try text(until: "key")
    // caseload writes keys sorted: one comparison tells a new key. Otherwise, records have a few
    // dozen keys: searching them is quicker than hashing; a set takes over for a dictionary
    // made to have many.
    let duplicate: Bool
    if frame.entries.last.map({ $0.key < name }) ?? true, frame.sorted {
      duplicate = false
    } else if frame.keys != nil {
      duplicate = !frame.keys!.insert(name).inserted
    } else if frame.entries.count < 32 {
      duplicate = frame.entries.contains { $0.key == name }
    } else {
      var keys = Set(frame.entries.map(\.key))
      duplicate = !keys.insert(name).inserted
      frame.keys = keys
    }
    guard !duplicate else {
      throw Refusal(offset: start, problem: "the key '\(name)' appears twice in one dictionary")
    }
    if let last = frame.entries.last, !(last.key < name) { frame.sorted = false }
    frame.key = name
    frame.keyOffset = start
  }

  /// `<name>` or `<name/>`, the name ASCII letters; nil at a closing tag. Only `<plist>`
  /// (`allowingVersion`) may carry an attribute: `version`.
  mutating func openTag(allowingVersion: Bool = false) throws(Refusal) -> (name: TagName, empty: Bool)? {
    let start = at
    guard at < bytes.count, bytes[at] == UInt8(ascii: "<") else {
      throw Refusal(offset: start, problem: at < bytes.count ? "text outside a value" : "the file ends early")
    }
    if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "/") { return nil }
    at += 1
    let nameStart = at
    while at < bytes.count, isLetter(bytes[at]) { at += 1 }
    guard at > nameStart else { throw Refusal(offset: start, problem: "malformed tag") }
    let name = TagName(UnsafeRawBufferPointer(rebasing: bytes[nameStart..<at]))
    if allowingVersion, skipSpace(), let (attribute, _) = attribute() {
      guard attribute == "version" else {
        throw Refusal(offset: start, problem: "<plist> has an attribute other than version")
      }
    }
    skipSpace()
    var empty = false
    if at < bytes.count, bytes[at] == UInt8(ascii: "/") {
      empty = true
      at += 1
    }
    guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else {
      throw Refusal(offset: start, problem: "malformed tag (attributes are not read)")
    }
    at += 1
    return (name, empty)
  }

  /// The tag names a plist uses, told apart without building a string for each.
  enum TagName: Equatable {
    case plist, dict, array, key, string, integer, `true`, `false`
    case other(String)

    init(_ raw: UnsafeRawBufferPointer) {
      func `is`(_ name: StaticString) -> Bool {
        raw.count == name.utf8CodeUnitCount && memcmp(raw.baseAddress!, name.utf8Start, raw.count) == 0
      }
      switch raw[0] {
      case UInt8(ascii: "k") where `is`("key"): self = .key
      case UInt8(ascii: "s") where `is`("string"): self = .string
      case UInt8(ascii: "d") where `is`("dict"): self = .dict
      case UInt8(ascii: "i") where `is`("integer"): self = .integer
      case UInt8(ascii: "a") where `is`("array"): self = .array
      case UInt8(ascii: "t") where `is`("true"): self = .true
      case UInt8(ascii: "f") where `is`("false"): self = .false
      case UInt8(ascii: "p") where `is`("plist"): self = .plist
      default: self = .other(String(decoding: raw, as: UTF8.self))
      }
    }

    /// The name as written, for a message.
    var text: String {
      switch self {
      case .plist: "plist"
      case .dict: "dict"
      case .array: "array"
      case .key: "key"
      case .string: "string"
      case .integer: "integer"
      case .true: "true"
      case .false: "false"
      case .other(let name): name
      }
    }
  }

  mutating func closeTag(_ name: StaticString) throws(Refusal) {
    guard starts(with: "</"), matches(name, at: at + 2) else {
      throw Refusal(offset: at, problem: "</\(name.description)> was expected")
    }
    let start = at
    at += 2 + name.utf8CodeUnitCount
    skipSpace()
    guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else {
      throw Refusal(offset: start, problem: "</\(name.description)> was expected")
    }
    at += 1
  }

  /// The character data up to `</name>`, its entities replaced: at most `maximumText` bytes,
  /// no carriage return, no `]]>`.
  mutating func text(until name: StaticString) throws(Refusal) -> String {
    let start = at
    // One pass to the `<` that ends the text, noting what needs a closer look: `&`, `>`
    // (of `]]>`), carriage return.
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
      throw Refusal(offset: start, problem: "the file ends early")
    }
    var end = start
    var ampersand = -1
    var closer = false
    while end < bytes.count {
      let byte = base[end]
      if byte > UInt8(ascii: ">") || byte == 0x20 || (byte >= 0x27 && byte < 0x3C) {
        end += 1
        continue
      }
      if byte == UInt8(ascii: "<") { break }
      if byte == UInt8(ascii: "&") {
        if ampersand < 0 { ampersand = end - start }
      } else if byte == UInt8(ascii: ">") {
        closer = true
      } else if byte == 0x0D {
        throw Refusal(offset: end, problem: PlistParser.forbidden("\r"))
      }
      end += 1
    }
    guard end < bytes.count else { throw Refusal(offset: start, problem: "the file ends early") }
    at = end
    let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    if closer {
      for index in 2..<max(2, raw.count) where raw[index] == UInt8(ascii: ">") {
        if raw[index - 1] == UInt8(ascii: "]") && raw[index - 2] == UInt8(ascii: "]") {
          throw Refusal(offset: start + index - 2, problem: "']]>' in a text")
        }
      }
    }
    guard bytes.count - end < 2 || bytes[end + 1] == UInt8(ascii: "/") else {
      throw Refusal(offset: end, problem: "a text holds markup")
    }
    try closeTag(name)
    guard ampersand >= 0 else {
      guard raw.count <= PlistParser.maximumText else { throw tooLong(start) }
      return String(decoding: raw, as: UTF8.self)
    }
    let text = try PlistParser.replacingEntities(raw, from: ampersand, offset: start, storedByUs: storedByUs)
    guard text.utf8.count <= PlistParser.maximumText else { throw tooLong(start) }
    return text
  }

  private func tooLong(_ start: Int) -> Refusal {
    Refusal(offset: start, problem: "a text longer than 64 KiB (\(PlistParser.maximumText) bytes)")
  }

  /// The text with its references replaced: XML's five entities and numeric references to
  /// characters a text may hold. `offset` is where `raw` starts in the document.
  static func replacingEntities(
    _ raw: UnsafeRawBufferPointer, from first: Int, offset: Int, storedByUs: Bool = false
  ) throws(Refusal)
    -> String
  {
    var out: [UInt8] = Array(raw[..<first])
    out.reserveCapacity(raw.count)
    var index = first
    while index < raw.count {
      let byte = raw[index]
      guard byte == UInt8(ascii: "&") else {
        out.append(byte)
        index += 1
        continue
      }
      let start = index
      guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
        throw Refusal(offset: offset + start, problem: "an '&' that begins no entity (write &amp;)")
      }
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
        guard let scalar = numericReference(entity) else {
          throw Refusal(offset: offset + start, problem: "unknown entity '&\(entity);'")
        }
        if scalar.value == 0
          || (!storedByUs && (TextCharacters.isForbidden(scalar, lineBreaks: true) || isRefused(scalar)))
        {
          throw Refusal(offset: offset + start, problem: forbidden(scalar))
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The character `#123` or `#x7B` refers to; nil for anything else (a sign, no digits, a
  /// surrogate, beyond U+10FFFF).
  static func numericReference(_ entity: String) -> Unicode.Scalar? {
    var digits = entity.utf8[...]
    guard digits.popFirst() == UInt8(ascii: "#") else { return nil }
    var radix: UInt32 = 10
    if digits.first == UInt8(ascii: "x") {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
        digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
        digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value * radix + digit
      guard value <= 0x10FFFF else { return nil }
    }
    return Unicode.Scalar(value)
  }

  // MARK: Bytes

  func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// XML's whitespace: space, tab, line feed, carriage return.
  func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  /// Skips whitespace; whether there was any.
  @discardableResult
  mutating func skipSpace() -> Bool {
    let start = at
    while at < bytes.count, isSpace(bytes[at]) { at += 1 }
    return at > start
  }

  func starts(with text: StaticString) -> Bool { matches(text, at: at) }

  /// Whether the bytes at `offset` are `text`.
  func matches(_ text: StaticString, at offset: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard bytes.count - offset >= count, let base = bytes.baseAddress else { return false }
    return memcmp(base + offset, text.utf8Start, count) == 0
  }

  /// The offset of the next `byte` from `at` (with `pair`, of the next two in a row).
  func find(_ byte: UInt8, pair: Bool = false) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var from = at
    while from < bytes.count, let found = memchr(base + from, Int32(byte), bytes.count - from) {
      let offset = base.distance(to: UnsafeRawPointer(found))
      if !pair { return offset }
      if offset + 1 < bytes.count, bytes[offset + 1] == byte { return offset }
      from = offset + 1
    }
    return nil
  }
}
