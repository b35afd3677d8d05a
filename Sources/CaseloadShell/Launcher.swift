import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Where batch commands come from, in the order given on the command line.
public enum Input: Equatable, Sendable {
  case command(String)
  case file(String)
  case standardInput
}

/// Everything the command line decided.
public struct LaunchOptions: Sendable {
  public var storePath: String
  public var officer: String
  public var today: Day
  public var format: OutputFormat = .table
  /// The language the officer reads (`--lang`, `CASELOAD_LANG`, the locale).
  public var language: DisplayLanguage = .en
  public var keepGoing = false
  public var echo = false
  public var atomic = false
  public var dryRun = false
  public var inputs: [Input] = []
  public var historyPath: String?
  /// The ward's signing key file (`--key`, `CASELOAD_KEY`, else under `~/.config`).
  public var keyPath: String?
  /// Whether standard output and standard error are coloured (`Style.decide`).
  public var style: Style = .plain
  var hooks = TestHooks()

  public init(storePath: String, officer: String, today: Day) {
    self.storePath = storePath
    self.officer = officer
    self.today = today
  }

  /// Takes the test hooks (`CASELOAD_TEST_CLOCK`, `CASELOAD_TEST_FAULT`) from the environment;
  /// a release build has none (see `TestHooks.init(environment:)`).
  public mutating func readTestHooks(from environment: [String: String]) {
    hooks = TestHooks(environment: environment)
  }
}

/// Runs caseload as the options say, returning the exit status.
public enum Launcher {
  /// Runs caseload as the options say, writing to `console` (default: standard output and
  /// error, coloured as `options.style` says); returns the exit status.
  public static func run(_ options: LaunchOptions, console: Console? = nil) -> Int32 {
    let interactive = options.inputs.isEmpty && isatty(0) == 1
    let console = console ?? StandardConsole(style: options.style, buffered: !interactive)
    defer { console.flush() }
    // A dry run on a store that does not exist yet runs against an empty one made for it and
    // removed after, so that it leaves no directory behind.
    var storePath = options.storePath
    if options.dryRun, !FileManager.default.fileExists(atPath: storePath) {
      storePath = FileManager.default.temporaryDirectory.path + "/caseload-dry-run-" + UUID().uuidString
    }
    defer {
      if storePath != options.storePath { try? FileManager.default.removeItem(atPath: storePath) }
    }
    let store: Store
    do {
      store = try Store(path: storePath, officer: options.officer, hooks: options.hooks)
    } catch {
      console.error(Localizer(language: options.language).say("error: the store cannot be used: \(error)"))
      return 3
    }
    let localizer = Localizer(language: options.language)
    for notice in store.notices { console.err(localizer.say("caseload: \(notice)")) }
    if let problem = store.problem {
      console.error(localizer.say("error: \(problem); the store is read-only until this is fixed"))
    }
    let session = Session(
      store: store, console: console, today: options.today, format: options.format,
      keepGoing: options.keepGoing, echo: options.echo, dryRun: options.dryRun,
      language: options.language, keyPath: options.keyPath)
    if interactive {
      runTerminal(session, historyPath: options.historyPath)
      return store.problem == nil ? 0 : 3
    }
    return runBatch(session, options)
  }

  /// The default history file: `$CASELOAD_HISTORY`, else under `$XDG_STATE_HOME` or `~/.local/state`.
  /// The ward key file when `--key` does not name one: `CASELOAD_KEY`, else
  /// `$XDG_CONFIG_HOME/caseload/ward.key`, else `~/.config/caseload/ward.key`.
  public static func defaultKeyPath(environment: [String: String]) -> String? {
    WardKeys.defaultPath(environment: environment)
  }

  public static func defaultHistoryPath(environment: [String: String]) -> String? {
    if let path = environment["CASELOAD_HISTORY"], !path.isEmpty { return path }
    let base =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].map { $0 + "/.local/state" }
    return base.map { $0 + "/caseload/history" }
  }

  private static func runTerminal(_ session: Session, historyPath: String?) {
    if let historyPath {
      try? FileManager.default.createDirectory(
        atPath: PathText.parent(of: historyPath),
        withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    var terminal = Terminal(
      historyPath: historyPath, state: { session.promptState },
      completer: {
        // Names are completed from every record, read on the first Tab that needs them.
        try? session.store.ensure(.everything)
        return Completer(registry: session.registry, state: session.store.state)
      })
    session.say(
      "caseload: \(session.store.personCount) persons, store \(session.store.path). Type 'help' for commands."
    )
    session.run(&terminal, name: nil, stopOnError: false)
    if session.inTransaction {
      let count = session.rollbackTransaction()
      session.warn("the open transaction was rolled back (\(counted(count, "change")))")
    }
  }

  /// Journal entries a batch lets lie beyond the record files before it checkpoints them: a
  /// crash costs at most this many entries played forward on the next open (about a third of
  /// a second), and a long batch writes each record's file a few times rather than at every
  /// transaction.
  static let batchCheckpointInterval = 10_000

  private static func runBatch(_ session: Session, _ options: LaunchOptions) -> Int32 {
    // Every command is durable at its journal append; the files follow every
    // `batchCheckpointInterval` entries and when the batch ends.
    session.store.checkpointEvery = batchCheckpointInterval
    runInputs(session, options)
    session.checkpoint()
    return session.exitStatus
  }

  /// Runs a batch's inputs in order (as one transaction with `--atomic` or `--dry-run`).
  private static func runInputs(_ session: Session, _ options: LaunchOptions) {
    let wholeRun = options.atomic || options.dryRun
    if wholeRun {
      do { try session.beginTransaction() } catch {
        session.report(error, text: "", place: Place(name: nil, line: 0))
        return
      }
    }
    let inputs = options.inputs.isEmpty ? [.standardInput] : options.inputs
    var skipped: [String] = []
    for (index, input) in inputs.enumerated() {
      guard let (name, text) = read(input, session: session) else { break }
      var lines = TextLines(text)
      if !session.run(&lines, name: name, stopOnError: !options.keepGoing) || session.quitRequested {
        skipped = inputs[(index + 1)...].map(\.name)
        break
      }
    }
    if session.inTransaction {
      if options.dryRun || (options.atomic && session.exitStatus != 0) {
        let count = session.rollbackTransaction()
        if options.atomic && !options.dryRun {
          session.console.error(
            session.localizer.say(
              "error: --atomic: nothing was applied (\(counted(count, "change")) rolled back)"))
        }
      } else if options.atomic {
        do { session.say(Session.committed(try session.commitTransaction())) } catch {
          session.report(error, text: "", place: Place(name: nil, line: 0))
        }
      } else {
        let count = session.rollbackTransaction()
        session.report(
          SessionError("the input ended with a transaction open; rolled back \(counted(count, "change"))"),
          text: "", place: Place(name: nil, line: 0))
      }
    }
    if !wholeRun, let summary = session.stopSummary(skipped: skipped) {
      session.console.err(session.localizer.say(summary))
    }
  }

  /// The name and lines of one input; nil, with the reason reported, when it cannot be read.
  /// A script that is not UTF-8 runs not at all, rather than mangled.
  private static func read(_ input: Input, session: Session) -> (String, [String])? {
    let name: String
    let lines: Result<[String], ScriptTextError>
    switch input {
    case .command(let text):
      return ("<command>", ScriptText.lines(of: text))
    case .standardInput:
      name = "<stdin>"
      lines = ScriptText.standardInputLines()
    case .file(let path):
      name = path
      lines = ScriptText.lines(ofFile: path)
    }
    switch lines {
    case .success(let lines):
      return (name, lines)
    case .failure(let error):
      session.report(
        SessionError("cannot read '\(name)': \(error)"), text: "", place: Place(name: nil, line: 0))
      return nil
    }
  }
}

extension Input {
  /// How messages name this input.
  var name: String {
    switch self {
    case .command: "<command>"
    case .standardInput: "<stdin>"
    case .file(let path): path
    }
  }
}
