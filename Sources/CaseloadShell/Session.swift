import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import Foundation

/// One officer's session on a store: runs command text from any source through one loop.
///
/// Every mutation takes the same path: parse → resolve → canonical text → `Store.stage`
/// (the replay path) → `Store.commitWrite` (journal, then files), then its line is printed.
public final class Session {
  let store: Store
  let registry: Registry
  let console: Console
  let today: Day
  var format: OutputFormat
  let keepGoing: Bool
  let echo: Bool
  let dryRun: Bool

  private(set) var inTransaction = false
  private(set) var quitRequested = false
  /// A command failed (exit status 1 in batch).
  private(set) var failed = false
  /// The store could not be used (exit status 3).
  private(set) var storeFailed = false
  private var sourceDepth = 0
  /// A playback shown instead of the live store (`audit replay` without `to=`).
  var view: ReplayView?

  public init(
    store: Store, console: Console, today: Day, format: OutputFormat = .table,
    keepGoing: Bool = false, echo: Bool = false, dryRun: Bool = false,
    registry: Registry = .standard
  ) {
    self.store = store
    self.console = console
    self.today = today
    self.format = format
    self.keepGoing = keepGoing
    self.echo = echo
    self.dryRun = dryRun
    self.registry = registry
  }

  /// The exit status so far: 3 if the store could not be used, 1 if a command failed, else 0.
  public var exitStatus: Int32 { storeFailed ? 3 : failed ? 1 : 0 }

  /// Runs every command of `reader`. `name` is the source's name for messages (`nil` at the
  /// terminal, where messages carry no place). Stops at quit, or at the first failure when
  /// `stopOnError`; returns false if it stopped on a failure.
  @discardableResult
  func run(_ reader: inout some LineReader, name: String?, stopOnError: Bool) -> Bool {
    var buffer: String?
    var firstLine = 0
    var lineNumber = 0
    while !quitRequested {
      switch reader.read(continuation: buffer != nil) {
      case .end:
        if let buffer {
          report(
            LanguageError("the input ended inside a command (an unclosed quote or a trailing \\)"),
            text: buffer, place: place(name, firstLine))
          return false
        }
        return true
      case .interrupted:
        buffer = nil
      case .line(let raw):
        lineNumber += 1
        let line = raw.precomposedStringWithCanonicalMapping
        if buffer == nil { firstLine = lineNumber }
        let text = buffer.map { $0 + "\n" + line } ?? line
        let parsed: Parsed
        do { parsed = try registry.parse(text) } catch {
          buffer = nil
          report(error, text: text, place: place(name, firstLine))
          if stopOnError { return false }
          continue
        }
        switch parsed {
        case .incomplete:
          buffer = text
        case .empty:
          buffer = nil
        case .invocation(let invocation):
          buffer = nil
          if echo { console.out("> " + text) }
          if !execute(invocation, text: text, place: place(name, firstLine)), stopOnError {
            return false
          }
        }
      }
    }
    return true
  }

  private func place(_ name: String?, _ line: Int) -> Place { Place(name: name, line: line) }

  /// Runs one parsed command; reports its failure and returns false if it failed.
  @discardableResult
  func execute(_ invocation: Invocation, text: String, place: Place) -> Bool {
    do {
      switch invocation.spec.effect {
      case .query: try runQuery(invocation)
      case .mutation: try runMutation(invocation, place: place)
      case .session: try runSessionCommand(invocation)
      case .audit:
        try prepareToRead(invocation)
        guard case .audit(let command) = try invocation.resolve(in: context) else {
          throw SessionError("'\(invocation.spec.name)' is declared as an audit command but is not one")
        }
        try runAudit(command)
      }
      return true
    } catch SessionFailure.alreadyReported {
      failed = true
      return false
    } catch {
      report(error, text: text, place: place)
      return false
    }
  }

  /// The state commands read: the replay being viewed, else the live store.
  private var shownState: State { view?.state ?? store.state }

  private var context: ResolveContext { ResolveContext(state: shownState, today: today) }

  /// Catches up with other sessions and reads the records the command needs, unless it
  /// reads a replay being viewed.
  private func prepareToRead(_ invocation: Invocation) throws {
    if !inTransaction { try store.refresh() }
    if view == nil { try store.ensure(invocation.needs) }
  }

  private func runQuery(_ invocation: Invocation) throws {
    try prepareToRead(invocation)
    guard case .query(let query, let chosen) = try invocation.resolve(in: context) else {
      throw SessionError("'\(invocation.spec.name)' is declared as a query but is not one")
    }
    let report = try shownState.answer(query, today: today)
    console.out(Renderer.render(report, as: chosen ?? format))
  }

  private func runMutation(_ invocation: Invocation, place: Place) throws {
    if let view {
      throw SessionError(
        "this session shows a read-only replay (after \(view.label)); 'audit replay off' returns to the live store"
      )
    }
    let ownWrite = !inTransaction
    if ownWrite { try store.beginWrite() }
    let outcome: Outcome
    let canonical: String
    do {
      try store.ensure(invocation.needs)
      switch try invocation.resolve(in: context) {
      case .mutation(_, let text): canonical = text
      case .undo(let requested): canonical = AuditCommand.undoText(try store.undoTarget(requested))
      default: throw SessionError("'\(invocation.spec.name)' is declared as a change but makes none")
      }
      outcome = try store.stage(canonical, today: today)
      if ownWrite { try store.commitWrite() }
    } catch {
      if ownWrite, store.isWriting { store.rollbackWrite() }
      throw error
    }
    for warning in outcome.warnings { console.err(place.prefix + "warning: " + warning) }
    console.out(outcome.summary)
    if dryRun { console.out("  would record: \(canonical)") }
  }

  private func runSessionCommand(_ invocation: Invocation) throws {
    guard case .session(let command) = try invocation.resolve(in: context) else {
      throw SessionError("'\(invocation.spec.name)' is declared as a session command but is not one")
    }
    switch command {
    case .help(let words):
      console.out(words.isEmpty ? Help.overview(registry) : Help.command(try registry.spec(named: words)))
    case .quit:
      quitRequested = true
    case .setFormat(let chosen):
      format = chosen
      console.out("output format: \(chosen.rawValue)")
    case .source(let path):
      try source(path)
    case .begin:
      guard !inTransaction else {
        throw SessionError("a transaction is already open; commit or rollback first")
      }
      try beginTransaction()
      console.out("transaction open: changes are held until commit or rollback")
    case .commit:
      guard inTransaction, !dryRun else { throw SessionError("no transaction is open") }
      let count = store.stagedCount
      try commitTransaction()
      console.out("committed \(counted(count, "change"))")
    case .rollback:
      guard inTransaction, !dryRun else { throw SessionError("no transaction is open") }
      console.out("rolled back \(counted(rollbackTransaction(), "change"))")
    }
  }

  private func source(_ path: String) throws {
    guard sourceDepth < 16 else { throw SessionError("source is nested more than 16 deep") }
    let text: [String]
    switch ScriptText.lines(ofFile: path) {
    case .success(let lines): text = lines
    case .failure(let error): throw SessionError("cannot read '\(path)': \(error)")
    }
    sourceDepth += 1
    defer { sourceDepth -= 1 }
    var lines = TextLines(text)
    if !run(&lines, name: path, stopOnError: !keepGoing) { throw SessionFailure.alreadyReported }
  }

  func beginTransaction() throws {
    try store.beginWrite(transaction: true)
    inTransaction = true
  }

  func commitTransaction() throws {
    inTransaction = false
    try store.commitWrite()
  }

  /// Drops the open transaction; returns how many changes it held.
  @discardableResult
  func rollbackTransaction() -> Int {
    let count = store.stagedCount
    inTransaction = false
    store.rollbackWrite()
    return count
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
      // An internal error refused one command and left the store as it was.
      if case .internalError = error { failed = true } else { storeFailed = true }
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
