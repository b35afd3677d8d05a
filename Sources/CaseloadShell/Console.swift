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
    pending.append(contentsOf: text.utf8)
    pending.append(0x0A)
    if !buffered || pending.count >= 1 << 16 { flush() }
  }

  public func err(_ text: String) {
    flush()
    StandardConsole.write(2, Array((text + "\n").utf8))
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
}

/// `text` with each control character but tab shown as its Unicode control picture
/// (`␍` for a carriage return, `␀` for NUL), so an echoed line cannot move the cursor and
/// the caret under it lines up.
func visible(_ text: String) -> String {
  var shown = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    switch scalar.value {
    case 0x09: shown.append(scalar)
    case 0x00...0x1F: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: shown.append("\u{2421}")
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
