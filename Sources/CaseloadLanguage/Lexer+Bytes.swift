import CaseloadCore

/// The lexer's fast path: the same words read from UTF-8 bytes, for text of `SimpleScalars`
/// (ASCII, Latin-1 and Latin Extended, spacing modifiers, precomposed Vietnamese), where a
/// word's place in characters is its place in scalars.
/// Anything else — another script, a combining mark, a control character, a backslash
/// outside double quotes, an unknown escape, an unfinished quote, a key that is not ASCII —
/// makes it answer nil, and `Lexer.lex` reads the text by characters instead.
extension Lexer {
  static func lexBytes(_ text: String) -> Lexed? {
    var text = text
    return text.withUTF8 { bytes in
      var lexer = ByteLexer(bytes: bytes)
      return lexer.lex()
    }
  }
}

private struct ByteLexer {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read, and how many scalars (here: characters) come before it.
  var index = 0
  var scalars = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func lex() -> Lexed? {
    var words: [Word] = []
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A:
        advance()
      case 0x23:
        return restIsSimple() ? .words(words, commentStart: scalars) : nil
      default:
        guard let word = readWord() else { return nil }
        words.append(word)
      }
    }
    return .words(words, commentStart: nil)
  }

  /// Whether every scalar from `index` on is simple (a comment's text is checked as the
  /// character lexer checks it: for control characters, and for a mark joining the `#`).
  private mutating func restIsSimple() -> Bool {
    while index < bytes.count {
      guard let length = simpleScalarLength() else { return false }
      index += length
    }
    return true
  }

  /// Moves past one byte, counting the scalars it starts.
  private mutating func advance() {
    if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
    index += 1
  }

  private func simpleScalarLength() -> Int? { SimpleScalars.length(in: bytes, at: index) }

  private mutating func readWord() -> Word? {
    let start = scalars
    var text: [UInt8] = []
    var key: String?
    var quoted = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x20, 0x09, 0x0A, 0x23:
        return Word(
          text: String(decoding: text, as: UTF8.self), key: key, quoted: quoted, range: start..<scalars)
      case 0x3D where key == nil && !quoted && isKey(text):
        key = String(decoding: text.map(lowercase), as: UTF8.self)
        text.removeAll(keepingCapacity: true)
        advance()
      case 0x3D where key == nil && !quoted && text.contains(where: { $0 >= 0x80 }):
        return nil  // `Lexer.isKey` decides whether a non-ASCII word is a key
      case 0x27:
        quoted = true
        advance()
        guard readUntilQuote(0x27, into: &text) else { return nil }
      case 0x22:
        quoted = true
        advance()
        guard readUntilQuote(0x22, into: &text) else { return nil }
      case 0x5C:
        return nil
      default:
        guard copyScalar(into: &text) else { return nil }
      }
    }
    return Word(text: String(decoding: text, as: UTF8.self), key: key, quoted: quoted, range: start..<scalars)
  }

  /// Copies the scalar at `index`, if simple, and moves past it.
  private mutating func copyScalar(into text: inout [UInt8]) -> Bool {
    guard let length = simpleScalarLength() else { return false }
    text.append(contentsOf: bytes[index..<(index + length)])
    index += length
    scalars += 1
    return true
  }

  /// Reads up to and past the closing `quote`, taking `\"`, `\\` and `\n` inside double quotes.
  private mutating func readUntilQuote(_ quote: UInt8, into text: inout [UInt8]) -> Bool {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote {
        advance()
        return true
      }
      if quote == 0x22, byte == 0x5C {
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case 0x22: text.append(0x22)
        case 0x5C: text.append(0x5C)
        case 0x6E: text.append(0x0A)
        default: return false
        }
        index += 2
        scalars += 2
        continue
      }
      guard copyScalar(into: &text) else { return false }
    }
    return false
  }

  /// An ASCII letter, then ASCII letters, digits and `-`: `Lexer.isKey` for ASCII text.
  private func isKey(_ text: [UInt8]) -> Bool {
    guard let first = text.first, isLetter(first) else { return false }
    return text.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private func lowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
