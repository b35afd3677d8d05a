import Foundation

/// Where a session writes: results to `out`, errors and warnings to `err`.
public protocol Console: AnyObject {
  func out(_ text: String)
  func err(_ text: String)
}

/// The process's standard output and standard error, unbuffered so the two interleave in order.
public final class StandardConsole: Console {
  public init() {}
  public func out(_ text: String) { write(1, text + "\n") }
  public func err(_ text: String) { write(2, text + "\n") }

  private func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
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

/// Lines of text already in memory (a file, standard input, `-c`).
struct TextLines: LineReader {
  private var lines: ArraySlice<Substring>

  init(_ text: String) {
    var all = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { all.removeLast() }
    lines = all[...]
  }

  mutating func read(continuation: Bool) -> LineInput {
    guard let line = lines.popFirst() else { return .end }
    return .line(String(line))
  }
}
