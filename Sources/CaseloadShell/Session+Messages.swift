import CaseloadCore
import CaseloadLanguage
import CaseloadStore

/// Where a failing command stopped a batch, and how many command lines it left unrun.
struct Stop {
  var place: Place
  var linesNotRun: Int
}

extension Session {
  /// What the prompt shows of the session's state: `*` inside a transaction, `[seq 60]` or
  /// `[2026-11-01]` while a replay is viewed, else nothing.
  var promptState: String {
    if let view { return "[\(view.tag)]" }
    return inTransaction ? "*" : ""
  }

  /// Prints `error` the way the source wants: `FILE:LINE: error: …` in batch, `error: …` at
  /// the terminal, then the offending line with a caret under the bad word.
  func report(_ error: Error, text: String, place: Place) {
    let message: String
    var range: Range<Int>?
    switch error {
    case let error as LanguageError:
      message = error.message
      range = error.range
      failed = true
    case let error as DomainError:
      message = error.message
      failed = true
    case let error as StoreError:
      message = error.description
      // An internal error or a file the command could not write refused one command and left
      // the store as it was.
      switch error {
      case .internalError, .refused: failed = true
      default: storeFailed = true
      }
    case let error as AuditFailure:
      message = error.description
      failed = true
    default:
      message = "\(error)"
      failed = true
    }
    let characters = Array(text)
    let offset = min(range?.lowerBound ?? 0, characters.count)
    // "\r\n" is one Character: a line break is any Character that holds a LF.
    func isBreak(_ character: Character) -> Bool { character.unicodeScalars.contains("\n") }
    let lineIndex = characters[..<offset].filter(isBreak).count
    let placed = Place(name: place.name, line: place.line + lineIndex)
    console.err(placed.prefix + "error: " + message)
    guard let range else { return }
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    let lineStart = characters[..<offset].lastIndex(where: isBreak).map { $0 + 1 } ?? 0
    let column = TextWidth.of(visible(String(characters[lineStart..<offset])))
    let end = min(range.upperBound, characters.count)
    let width = max(1, TextWidth.of(visible(String(characters[offset..<max(offset, end)]))))
    console.err("  " + visible(String(lines[lineIndex])))
    console.err("  " + String(repeating: " ", count: column) + "^" + String(repeating: "~", count: width - 1))
  }

  /// What `commit` says became durable: `committed 6 changes, entries 12–17`.
  static func committed(_ entries: ClosedRange<Int>?) -> String {
    guard let entries else { return "committed nothing: the transaction held no change" }
    return "committed \(counted(entries.count, "change")), \(describe(entries))"
  }

  /// `entry 12` or `entries 12–17`.
  static func describe(_ entries: ClosedRange<Int>) -> String {
    entries.count == 1 ? "entry \(entries.lowerBound)" : "entries \(entries.lowerBound)–\(entries.upperBound)"
  }

  /// After a batch stopped at a failing command: what it kept, and how not to repeat it.
  /// `skipped` names inputs never started. Nil when the input did not stop.
  func stopSummary(skipped: [String]) -> String? {
    let count = recorded.reduce(0) { $0 + $1.count }
    // A lone failing command that was the whole input leaves nothing to say.
    guard let stop, count > 0 || stop.linesNotRun > 0 || !skipped.isEmpty else { return nil }
    var parts = ["stopped at \(stop.place.name ?? "the terminal"):\(stop.place.line)"]
    if count == 0 {
      parts.append("nothing was recorded")
    } else {
      let entries =
        recorded.count == 1
        ? Self.describe(recorded[0])
        : "entries "
          + recorded.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
          .joined(separator: ", ")
      let changes = count == 1 ? "the 1 change before it is" : "the \(count) changes before it are"
      parts.append("\(changes) recorded (\(entries))")
    }
    var notRun = stop.linesNotRun > 0 ? "\(counted(stop.linesNotRun, "line")) not run" : nil
    if !skipped.isEmpty {
      notRun = (notRun.map { $0 + ", nor " } ?? "not run: ") + skipped.joined(separator: ", ")
    }
    if let notRun { parts.append(notRun) }
    if count > 0 {
      parts.append(
        "rerunning the whole input would repeat them (with --atomic, a script records all or nothing)")
    }
    return parts.joined(separator: "; ")
  }
}

/// Where a command came from, for messages.
struct Place {
  var name: String?
  var line: Int
  var prefix: String { name.map { "\($0):\(line): " } ?? "" }
}

/// A mistake in using the session itself (commit with no transaction, a missing file).
struct SessionError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// A failure whose message was already printed (inside a sourced file).
enum SessionFailure: Error { case alreadyReported }
