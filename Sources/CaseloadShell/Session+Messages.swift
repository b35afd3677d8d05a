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
    var range: Range<Int>?
    failed = true
    switch error {
    case let error as LanguageError:
      range = error.range
    case let error as StoreError:
      // An internal error or a file the command could not write refused one command and left
      // the store as it was.
      switch error {
      case .internalError, .refused: break
      default:
        failed = false
        storeFailed = true
      }
    default:
      break
    }
    let characters = Array(text)
    let offset = min(range?.lowerBound ?? 0, characters.count)
    // "\r\n" is one Character: a line break is any Character that holds a LF.
    func isBreak(_ character: Character) -> Bool { character.unicodeScalars.contains("\n") }
    let lineIndex = characters[..<offset].filter(isBreak).count
    let placed = Place(name: place.name, line: place.line + lineIndex)
    console.error(placed.prefix + localizer.say("error: \(error)"))
    guard let range else { return }
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    let lineStart = characters[..<offset].lastIndex(where: isBreak).map { $0 + 1 } ?? 0
    let column = TextWidth.of(visible(String(characters[lineStart..<offset])))
    let end = min(range.upperBound, characters.count)
    let width = max(1, TextWidth.of(visible(String(characters[offset..<max(offset, end)]))))
    console.err("  " + visible(String(lines[lineIndex])))
    console.err("  " + String(repeating: " ", count: column) + "^" + String(repeating: "~", count: width - 1))
  }

  /// Prints a line for the officer, in the session's language.
  func say(_ message: Message) { console.out(localizer.say(message)) }

  /// Prints a warning, with the place it came from in batch.
  func warn(_ message: Message, at place: Place? = nil) {
    console.warning((place?.prefix ?? "") + localizer.say("warning: \(message)"))
  }

  /// Prints a query's answer in `chosen` format, else the session's.
  func show(_ report: Report, as chosen: OutputFormat?) {
    console.out(
      Renderer.render(report, as: chosen ?? format, palette: console.style.output, localizer: localizer))
  }

  /// What `commit` says became durable: `committed 6 changes, entries 12–17`.
  static func committed(_ entries: ClosedRange<Int>?) -> Message {
    guard let entries else { return "committed nothing: the transaction held no change" }
    return "committed \(counted(entries.count, "change")), \(describe(entries))"
  }

  /// `entry 12` or `entries 12–17`.
  static func describe(_ entries: ClosedRange<Int>) -> Message {
    entries.count == 1 ? "entry \(entries.lowerBound)" : "entries \(entries.lowerBound)–\(entries.upperBound)"
  }

  /// After a batch stopped at a failing command: what it kept, and how not to repeat it.
  /// `skipped` names inputs never started. Nil when the input did not stop.
  func stopSummary(skipped: [String]) -> Message? {
    let count = recorded.reduce(0) { $0 + $1.count }
    // A lone failing command that was the whole input leaves nothing to say.
    guard let stop, count > 0 || stop.linesNotRun > 0 || !skipped.isEmpty else { return nil }
    let place = stop.place.name.map { "\($0):\(stop.place.line)" } ?? "the terminal:\(stop.place.line)"
    var summary: Message = "stopped at \(place)"
    if count == 0 {
      summary += "; nothing was recorded"
    } else {
      let entries: Message =
        recorded.count == 1
        ? Self.describe(recorded[0])
        : "entries \(recorded.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", "))"
      summary +=
        count == 1
        ? "; the 1 change before it is recorded (\(entries))"
        : "; the \(count) changes before it are recorded (\(entries))"
    }
    switch (stop.linesNotRun > 0, skipped.isEmpty) {
    case (true, true): summary += "; \(counted(stop.linesNotRun, "line")) not run"
    case (true, false):
      summary += "; \(counted(stop.linesNotRun, "line")) not run, nor \(skipped.joined(separator: ", "))"
    case (false, false): summary += "; not run: \(skipped.joined(separator: ", "))"
    case (false, true): break
    }
    if count > 0 {
      summary +=
        "; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)"
    }
    return summary
  }
}

/// Where a command came from, for messages.
struct Place {
  var name: String?
  var line: Int
  var prefix: String { name.map { "\($0):\(line): " } ?? "" }
}

/// A mistake in using the session itself (commit with no transaction, a missing file).
struct SessionError: ExplainedError, CustomStringConvertible {
  let said: Message
  init(_ said: Message) { self.said = said }
  var description: String { said.english }
}

/// A failure whose message was already printed (inside a sourced file).
enum SessionFailure: Error { case alreadyReported }
