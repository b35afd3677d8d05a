import CaseloadCore

/// One word of a command line, with quotes removed and its place in the line kept for carets.
public struct Word: Equatable, Sendable {
  /// The word's value (for `key=value`, the value).
  public var text: String
  /// The key of a `key=value` word, lowercased; nil for a plain word.
  public var key: String?
  /// Whether any part of the value was quoted (a quoted word is a name, never an id).
  public var quoted: Bool
  /// Character offsets of the whole word in the source text.
  public var range: Range<Int>

  public init(text: String, key: String? = nil, quoted: Bool = false, range: Range<Int>) {
    self.text = text
    self.key = key
    self.quoted = quoted
    self.range = range
  }
}

/// A mistake in the text of a command, with the place it was found.
public struct LanguageError: ExplainedError, Equatable, Sendable, CustomStringConvertible {
  /// What was wrong and what is allowed, in a form each language can say.
  public let said: Message
  /// Character offsets in the command text to underline; nil when the whole command is meant.
  public let range: Range<Int>?
  public init(_ said: Message, at range: Range<Int>? = nil) {
    self.said = said
    self.range = range
  }
  /// The message in English.
  public var message: String { said.english }
  public var description: String { message }

  /// Two mistakes are the same when they say the same about the same place.
  public static func == (lhs: LanguageError, rhs: LanguageError) -> Bool {
    lhs.message == rhs.message && lhs.range == rhs.range
  }
}

/// The result of reading a command text.
public enum Lexed: Equatable, Sendable {
  /// Complete: the words (possibly none) and, when a `#` comment was present, where it starts.
  case words([Word], commentStart: Int?)
  /// An unclosed quote or a trailing backslash: more lines are needed.
  case incomplete
}

/// Splits command text into words: quotes, escapes, comments, `key=value` and continuations.
public enum Lexer {
  /// The words of `text`. Control characters are refused, and so are invisible format
  /// characters, unless `journaled`: the journal's own text, read back, may hold one typed
  /// before they were refused, and the store must still open (what shows it escapes it).
  public static func lex(_ text: String, journaled: Bool = false) throws -> Lexed {
    if let words = lexBytes(text) { return words }
    return try lexCharacters(text, journaled: journaled)
  }

  /// `lex` character by character: the reference, and the path for any text `lexBytes` declines.
  static func lexCharacters(_ text: String, journaled: Bool = false) throws -> Lexed {
    let characters = Array(text)
    // XML 1.0, and so every plist reader, refuses control characters; format characters are
    // invisible, so that two names that print alike differ: keep both out of the store.
    let refused: (Unicode.Scalar) -> Bool =
      journaled ? { isForbidden($0) && !TextCharacters.isFormat($0) } : isForbidden
    if let bad = characters.firstIndex(where: { $0.unicodeScalars.contains(where: refused) }) {
      let scalar = characters[bad].unicodeScalars.first(where: refused)!
      let refusal = TextCharacters.refusal(scalar)
      throw LanguageError(
        TextCharacters.isFormat(scalar)
          ? refusal : refusal + "; text may hold tabs, and \\n in double quotes",
        at: bad..<(bad + 1))
    }
    var words: [Word] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == " " || character == "\t" || character == "\n" {
        index += 1
        continue
      }
      if character == "\\", index + 1 < characters.count, characters[index + 1] == "\n" {
        index += 2
        continue
      }
      if character == "#" { return .words(words, commentStart: index) }
      guard let word = try readWord(characters, from: &index) else { return .incomplete }
      words.append(word)
    }
    return .words(words, commentStart: nil)
  }

  /// Reads one word starting at `index`; nil when the text ends inside it.
  private static func readWord(_ characters: [Character], from index: inout Int) throws
    -> Word?
  {
    let start = index
    var text = ""
    var key: String?
    var quoted = false
    while index < characters.count {
      let character = characters[index]
      switch character {
      case " ", "\t", "\n", "#":
        return Word(text: text, key: key, quoted: quoted, range: start..<index)
      case "=" where key == nil && !quoted && isKey(text):
        key = text.lowercased()
        text = ""
        index += 1
      case "'":
        quoted = true
        index += 1
        guard let close = characters[index...].firstIndex(of: "'") else { return nil }
        text += String(characters[index..<close])
        index = close + 1
      case "\"":
        quoted = true
        index += 1
        guard try readDoubleQuoted(characters, from: &index, into: &text) else { return nil }
      case "\\":
        if index + 1 == characters.count { return nil }
        if characters[index + 1] == "\n" {
          return Word(text: text, key: key, quoted: quoted, range: start..<index)
        }
        text.append(character)
        index += 1
      default:
        text.append(character)
        index += 1
      }
    }
    return Word(text: text, key: key, quoted: quoted, range: start..<index)
  }

  /// Reads up to and past the closing `"`; false when the text ends first.
  private static func readDoubleQuoted(
    _ characters: [Character], from index: inout Int, into text: inout String
  ) throws -> Bool {
    while index < characters.count {
      let character = characters[index]
      if character == "\"" {
        index += 1
        return true
      }
      if character == "\\" {
        guard index + 1 < characters.count else { return false }
        switch characters[index + 1] {
        case "\"": text.append("\"")
        case "\\": text.append("\\")
        case "n": text.append("\n")
        default:
          throw LanguageError(
            "unknown escape '\\\(characters[index + 1])' in double quotes; allowed: \\\" \\\\ \\n",
            at: index..<(index + 2))
        }
        index += 2
        continue
      }
      text.append(character)
      index += 1
    }
    return false
  }

  /// The characters `TextCharacters` refuses, but tab and newline, which are the lexer's own.
  /// A carriage return is refused too: the readers drop the one that ends a CRLF line, and
  /// any other would reach the journal, whose reader splits lines at LF alone.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    TextCharacters.isForbidden(scalar, lineBreaks: true)
  }

  private static func isKey(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// Writes `text` so that the lexer reads it back as one word: bare when safe, else double-quoted.
  public static func quote(_ text: String, always: Bool = false) -> String {
    switch specialBytes(text) {
    case .none? where !always && !text.isEmpty: return text
    case .none?, .spacing?: return "\"" + text + "\""
    case .escaped?, nil: return quoteCharacters(text, always: always)
    }
  }

  /// `quote` character by character: the reference, and the path for text with escapes.
  static func quoteCharacters(_ text: String, always: Bool) -> String {
    let special: Set<Character> = [" ", "\t", "\n", "#", "\"", "'", "\\", "="]
    if !always, !text.isEmpty, !text.contains(where: special.contains) { return text }
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  /// What quoting a text needs: nothing, quotes, or quotes and escapes.
  private enum Special { case none, spacing, escaped }

  /// What quoting `text` needs, read from its bytes; nil unless it is `SimpleScalars` text
  /// (elsewhere a scalar might join a special character into another character).
  private static func specialBytes(_ text: String) -> Special? {
    var text = text
    return text.withUTF8 { bytes in
      var found = Special.none
      var index = 0
      while index < bytes.count {
        guard let length = SimpleScalars.length(in: bytes, at: index) else { return nil }
        switch bytes[index] {
        case 0x22, 0x5C, 0x0A: found = .escaped
        case 0x20, 0x09, 0x23, 0x27, 0x3D: if found == .none { found = .spacing }
        default: break
        }
        index += length
      }
      return found
    }
  }
}
