import CaseloadCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a session writes: results to `out`, errors and warnings to `err`.
public protocol Console: AnyObject {
  func out(_ text: String)
  func err(_ text: String)
  /// Writes out whatever `out` has held back.
  func flush()
  /// Whether and how each stream is coloured; plain unless the console says otherwise.
  var style: Style { get }
}

extension Console {
  public var style: Style { .plain }
  public func flush() {}

  /// Writes an error message line to `err`, red where errors are coloured.
  func error(_ line: String) { err(style.errors.error(line)) }

  /// Writes a warning line to `err`, yellow where errors are coloured.
  func warning(_ line: String) { err(style.errors.warning(line)) }
}

/// The process's standard output and standard error, in order: `err` writes at once, after
/// whatever `out` holds. A buffered console (a batch's) holds `out`'s lines until `flush`
/// or until 64 KiB have gathered, so that the lines a transaction stages cost one write,
/// not one each; the session flushes after every command outside a transaction, so a
/// change is acknowledged as soon as it is durable.
public final class StandardConsole: Console {
  public let style: Style
  private let buffered: Bool
  private var pending: [UInt8] = []

  /// A console that colours as `style` decided (see `Style.decide`).
  public init(style: Style = .plain, buffered: Bool = false) {
    self.style = style
    self.buffered = buffered
  }

  deinit { flush() }

  public func out(_ text: String) {
    pending.append(contentsOf: StandardConsole.harmless(text, colors: style.output.colors).utf8)
    pending.append(0x0A)
    if !buffered || pending.count >= 1 << 16 { flush() }
  }

  public func err(_ text: String) {
    flush()
    StandardConsole.write(2, Array((StandardConsole.harmless(text, colors: style.errors.colors) + "\n").utf8))
  }

  public func flush() {
    guard !pending.isEmpty else { return }
    StandardConsole.write(1, pending)
    pending.removeAll(keepingCapacity: true)
  }

  /// Writes all of `text` to `fd`, again after an interrupted call; gives up on an error.
  public static func write(_ fd: Int32, _ text: [UInt8]) {
    var bytes = text[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// `text` as it may reach a terminal: every control and format character but tab, line feed
  /// and CRLF written as `TextCharacters.escaped` writes it, except, where the stream is coloured,
  /// the colour codes (`ESC [ 31 m`) that `Palette` writes. The messages and tables are
  /// escaped where they are made (`Localizer.say`, `Renderer`), so that they are measured as
  /// shown; this is the last line, through which everything written to stdout and stderr
  /// passes, so that no text from a store can retitle, clear or move the officer's terminal.
  static func harmless(_ text: String, colors: Bool) -> String {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      guard var index = firstRefused(bytes, from: 0, colors: colors) else { return text }
      var shown = Array(bytes[..<index])
      while index < bytes.count {
        // A refused scalar is one byte (C0, DEL), two (behind 0xC2) or three.
        let length = bytes[index] < 0x80 ? 1 : bytes[index] < 0xE0 ? 2 : 3
        let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        shown += TextCharacters.escaped(scalar).utf8
        index += length
        let next = firstRefused(bytes, from: index, colors: colors) ?? bytes.count
        shown += bytes[index..<next]
        index = next
      }
      return String(decoding: shown, as: UTF8.self)
    }
  }

  /// The offset of the first refused scalar in UTF-8 `bytes` from `start`, skipping the colour
  /// codes `Palette` writes when `colors`. Only a C0 byte, DEL, or a lead byte that the refused
  /// scalars share (0xC2: C1 and U+00AD; 0xE2: U+200B–U+2069; 0xEF: U+FEFF) is decoded and
  /// asked of `TextCharacters`: text with none (nearly all) costs one pass over its bytes.
  private static func firstRefused(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, colors: Bool) -> Int?
  {
    var index = start
    while index < bytes.count {
      let lead = bytes[index]
      switch lead {
      // Tab, line feed, and a carriage return that ends a CSV line (CRLF) move nothing back.
      case 0x09, 0x0A: break
      case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A: break
      case 0x1B where colors:
        guard let end = colourCodeEnd(bytes, from: index) else { return index }
        index = end
        continue
      case 0x00...0x1F, 0x7F: return index
      case 0xC2 where index + 1 < bytes.count:
        let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        if TextCharacters.isForbidden(Unicode.Scalar(value)!, lineBreaks: true) { return index }
      case 0xE2 where index + 2 < bytes.count, 0xEF where index + 2 < bytes.count:
        let value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        if let scalar = Unicode.Scalar(value), TextCharacters.isForbidden(scalar, lineBreaks: true) {
          return index
        }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The end of the SGR colour code (`ESC [`, digits and `;`, `m`) starting at `start`, if one does.
  private static func colourCodeEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start + 1
    guard index < bytes.count, bytes[index] == 0x5B else { return nil }
    index += 1
    while index < bytes.count, bytes[index] == 0x3B || (0x30...0x39).contains(bytes[index]) { index += 1 }
    return index < bytes.count && bytes[index] == 0x6D ? index + 1 : nil
  }
}

/// `text` with each control character but tab shown as its Unicode control picture
/// (`␍` for a carriage return, `␀` for NUL), so an echoed line cannot move the cursor and
/// the caret under it lines up; a C1 control or an invisible format character is shown as
/// `TextCharacters.escaped` shows it (`\u{200B}`), so that the caret points at something.
func visible(_ text: String) -> String {
  var shown = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    switch scalar.value {
    case 0x09: shown.append(scalar)
    case 0x00...0x1F: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: shown.append("\u{2421}")
    case _ where TextCharacters.isForbidden(scalar, lineBreaks: false):
      shown.append(contentsOf: TextCharacters.escaped(String(scalar)).unicodeScalars)
    default: shown.append(scalar)
    }
  }
  return String(shown)
}

/// A source of command lines: a terminal, a file, standard input or `-c` text.
protocol LineReader {
  /// The next line; `continuation` says a command is still open (for the prompt).
  mutating func read(continuation: Bool) -> LineInput
  /// Keeps `command` (the whole of a command, however many lines it took) in the history.
  mutating func remember(_ command: String)
}

extension LineReader {
  /// Only the terminal keeps a history.
  mutating func remember(_ command: String) {}
}

enum LineInput {
  case line(String)
  /// Ctrl-C at the terminal: drop what is being typed.
  case interrupted
  case end
}

/// Lines already in memory (a file, standard input, `-c`), split by `ScriptText`.
struct TextLines: LineReader {
  private var lines: ArraySlice<String>

  init(_ lines: [String]) { self.lines = lines[...] }

  /// The lines of `text`: each ends with LF or CRLF.
  init(_ text: String) { self.init(ScriptText.lines(of: text)) }

  mutating func read(continuation: Bool) -> LineInput {
    guard let line = lines.popFirst() else { return .end }
    return .line(line)
  }
}
