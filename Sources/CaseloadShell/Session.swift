import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import FoundationEssentials

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
  /// The language of everything the officer reads (never of JSON, CSV or the journal).
  var localizer: Localizer
  let keepGoing: Bool
  let echo: Bool
  let dryRun: Bool
  /// The ward's signing key file: `ward key create` writes it (and the session then uses the
  /// file it wrote), transfers and `audit head` sign with it.
  var keyPath: String?

  /// Set only by the transaction lifecycle (`Session+Transactions.swift`).
  var inTransaction = false
  private(set) var quitRequested = false
  /// A command failed (exit status 1 in batch).
  var failed = false
  /// The store could not be used (exit status 3).
  var storeFailed = false
  private var sourceDepth = 0
  /// The journal entries this session made durable, as runs of consecutive numbers.
  var recorded: [ClosedRange<Int>] = []
  /// Where a failing command stopped the input, and how many lines it left unrun.
  private(set) var stop: Stop?
  /// Ctrl-D was pressed once with a transaction open; a second press leaves.
  private var warnedOfOpenTransaction = false
  /// A playback shown instead of the live store (`audit replay` without `to=`).
  var view: ReplayView?

  public init(
    store: Store, console: Console, today: Day, format: OutputFormat = .table,
    keepGoing: Bool = false, echo: Bool = false, dryRun: Bool = false,
    language: DisplayLanguage = .en, registry: Registry = .standard, keyPath: String? = nil
  ) {
    self.keyPath = keyPath
    self.localizer = Localizer(language: language)
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
      let input = reader.read(continuation: buffer != nil)
      if case .end = input, buffer == nil, name == nil, holdsOpenTransactionAtEnd() { continue }
      if case .line = input { warnedOfOpenTransaction = false }
      switch input {
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
        let line = SimpleScalars.only(raw) ? raw : raw.composed
        if buffer == nil { firstLine = lineNumber }
        let text = buffer.map { $0 + "\n" + line } ?? line
        let parsed: Parsed
        do { parsed = try registry.parse(text) } catch {
          buffer = nil
          reader.remember(text)
          report(error, text: text, place: place(name, firstLine))
          if stopOnError { return stopped(at: place(name, firstLine), leaving: &reader) }
          continue
        }
        if case .incomplete = parsed {
          buffer = text
          continue
        }
        buffer = nil
        reader.remember(text)
        if case .invocation(let invocation) = parsed {
          if echo { console.out("> " + text) }
          let succeeded = execute(invocation, text: text, place: place(name, firstLine))
          if !inTransaction { console.flush() }
          if !succeeded, stopOnError {
            return stopped(at: place(name, firstLine), leaving: &reader)
          }
        }
      }
    }
    return true
  }

  private func place(_ name: String?, _ line: Int) -> Place { Place(name: name, line: line) }

  /// Notes where the input stopped (the innermost place, for a sourced file) and counts the
  /// command lines left unrun in `reader`; returns false, for `run`.
  private func stopped(at place: Place, leaving reader: inout some LineReader) -> Bool {
    var notRun = 0
    while case .line(let line) = reader.read(continuation: false) {
      let trimmed = line.trimmed
      if !trimmed.isEmpty, !trimmed.hasPrefix("#") { notRun += 1 }
    }
    if stop == nil { stop = Stop(place: place, linesNotRun: 0) }
    stop?.linesNotRun += notRun
    return false
  }

  /// Ctrl-D with a transaction open: the first press warns and keeps the session; returns
  /// whether it did so.
  private func holdsOpenTransactionAtEnd() -> Bool {
    guard inTransaction, !warnedOfOpenTransaction else { return false }
    warnedOfOpenTransaction = true
    let staged = store.stagedCount
    warn(
      staged == 1
        ? "a transaction is open with 1 staged change; 'commit' keeps it, Ctrl-D again rolls it back and leaves"
        : "a transaction is open with \(staged) staged changes; 'commit' keeps them, Ctrl-D again rolls them back and leaves"
    )
    return true
  }

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
  var shownState: State { view?.state ?? store.state }

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
    if case .report(_, _, let page?) = query { return try printPage(query, page) }
    var report = try answer(query)
    // Tables name the persons and supervisors they refer to: read those not read yet.
    if (chosen ?? format) == .table, view == nil, let unnamed = report.unnamed {
      try store.ensure(unnamed)
      report = try answer(query)
    }
    show(report, as: chosen)
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
    var imported: ImportedFile?
    var keyFile: String?
    do {
      try store.ensure(invocation.needs)
      switch try invocation.resolve(in: context) {
      case .mutation(let mutation, let text):
        if case .transferPerson(_, _, let file, _, _) = mutation {
          try store.refuseOutputInside(file)
          try Store.checkTransferTarget(file)
          try store.prepareTransfer(keyPath: keyPath)
        }
        canonical = text
      case .makeKey(let request, _):
        guard !inTransaction else {
          throw SessionError(
            "ward key create writes a key file, so it runs on its own: not in a transaction, --atomic or --dry-run"
          )
        }
        let file = request.file ?? keyPath
        (_, canonical) = try store.makeKey(request, file: file)
        keyFile = file
      case .undo(let requested): canonical = AuditCommand.undoText(try store.undoTarget(requested))
      case .importCase(let request, _):
        let file = try store.prepareImport(request.source)
        (imported, canonical) = (file, request.canonical(digest: file.digest))
      default: throw SessionError("'\(invocation.spec.name)' is declared as a change but makes none")
      }
      outcome = try store.stage(canonical, today: today, importing: imported)
      if ownWrite { try commitWrite() }
    } catch {
      if ownWrite, store.isWriting { store.rollbackWrite() }
      // A key whose public half was not journaled is no key of this ward's.
      if let keyFile { try? FileManager.default.removeItem(atPath: keyFile) }
      throw error
    }
    for warning in outcome.warnings { warn(warning, at: place) }
    if dryRun {
      say(outcome.summary)
      say("  would record: \(canonical)")
    } else {
      say(inTransaction ? "staged: \(outcome.summary)" : outcome.summary)
    }
    if let keyFile {
      keyPath = keyFile
      say("the private key is in \(keyFile) (0600): keep it outside the store, and a copy in a safe place")
    }
  }

  private func runSessionCommand(_ invocation: Invocation) throws {
    guard case .session(let command) = try invocation.resolve(in: context) else {
      throw SessionError("'\(invocation.spec.name)' is declared as a session command but is not one")
    }
    switch command {
    case .help(let words):
      let help = Help(localizer: localizer)
      console.out(words.isEmpty ? help.overview(registry) : help.command(try registry.spec(named: words)))
    case .quit:
      quitRequested = true
    case .set(let chosenFormat, let chosenLanguage):
      if let chosenLanguage {
        localizer = Localizer(language: chosenLanguage)
        say("language: \(chosenLanguage)")
      }
      if let chosenFormat {
        format = chosenFormat
        say("output format: \(chosenFormat)")
      }
    case .source(let path):
      try source(path)
    case .begin:
      guard !inTransaction else {
        throw SessionError("a transaction is already open; commit or rollback first")
      }
      try beginTransaction()
      say("transaction open: changes are held until commit or rollback")
    case .commit:
      guard inTransaction, !dryRun else { throw SessionError("no transaction is open") }
      say(Self.committed(try commitTransaction()))
    case .rollback:
      guard inTransaction, !dryRun else { throw SessionError("no transaction is open") }
      say("rolled back \(counted(rollbackTransaction(), "change"))")
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
}
