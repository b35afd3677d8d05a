import CaseloadCore
import Synchronization

/// A positional argument of a command.
public struct Slot: Sendable {
  public let name: String
  public let kind: ValueKind
  public let optional: Bool
  /// Takes every remaining plain word.
  public let rest: Bool
  /// Takes the rest of the line, verbatim, as a command of its own (`as-of DATE COMMAND`).
  public let command: Bool

  public init(
    _ name: String, _ kind: ValueKind, optional: Bool = false, rest: Bool = false, command: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.optional = optional
    self.rest = rest
    self.command = command
  }
}

/// A `key=value` argument of a command.
public struct Key: Sendable {
  public let name: String
  public let kind: ValueKind
  public let required: Bool
  public let help: String
  /// Whether an empty value (`phone=`) clears the field; elsewhere it is an error.
  public let clearable: Bool

  public init(
    _ name: String, _ kind: ValueKind, required: Bool = false, clearable: Bool = false, _ help: String
  ) {
    self.name = name
    self.kind = kind
    self.required = required
    self.clearable = clearable
    self.help = help
  }

  /// Keys whose value caseload fills in are not offered to people.
  public var isInternal: Bool { kind == .newID }
}

/// A bare word that switches something on (`force`).
public struct Flag: Sendable {
  public let name: String
  public let help: String
  public init(_ name: String, _ help: String) {
    self.name = name
    self.help = help
  }
}

/// What running a command does.
public enum Effect: Sendable {
  /// Changes the state; journaled.
  case mutation
  /// Reads the state only.
  case query
  /// Acts on the session (help, source, transactions…).
  case session
  /// Reads or plays back the journal.
  case audit
}

/// Which records a command reads, declared with it, so that a store loads only those.
public enum Reads: Sendable {
  /// Only the persons and supervisors its arguments name by id (none if it names none).
  case named
  /// Every record: lists, and rules that look across records.
  case everything
  /// Every record when the condition holds for the invocation, else only the named ones.
  case everythingWhen(@Sendable (Invocation) -> Bool)
}

/// The records one command needs in memory.
public enum Needs: Equatable, Sendable {
  case records(persons: Set<PersonID>, supervisors: Set<SupervisorID>)
  case everything
}

/// The output formats of query commands.
public enum OutputFormat: String, Choice { case table, csv, json }

/// The languages caseload speaks to the officer. Command words, keys, typed values, the
/// journal, JSON and CSV are the same in every language.
public enum DisplayLanguage: String, Choice { case en, vi }

/// A command of the session itself rather than of the domain.
public enum SessionCommand: Equatable, Sendable {
  /// The words of the command to explain, with their places in the line.
  case help([Word])
  case quit
  case source(String)
  /// `set format=… lang=…`: either or both.
  case set(format: OutputFormat?, language: DisplayLanguage?)
  case begin
  case commit
  case rollback
}

/// What a resolved command asks for.
public enum Action: Equatable, Sendable {
  /// A change, with its canonical text for the journal.
  case mutation(Mutation, canonical: String)
  case query(Query, format: OutputFormat?)
  case session(SessionCommand)
  case audit(AuditCommand)
  /// Reverses entries by appending one entry; nil means this officer's last entry or transaction.
  case undo(ClosedRange<Int>?)
  /// A case from another ward's transfer file, with its canonical text as resolved (naming
  /// the file as typed; the journal names it by digest).
  case importCase(ImportRequest, canonical: String)
  /// `ward key create`: the session makes the key and writes its private half; the journal
  /// gets the public half (`KeyRequest.canonical`).
  case makeKey(KeyRequest, canonical: String)
}

/// `ward key create`: where to write the private key (nil: the session's key file), the day,
/// and whether it replaces the ward's key. As journaled it carries the public key and its
/// fingerprint instead of a file, so that playback needs no private key.
public struct KeyRequest: Equatable, Sendable {
  public var file: String?
  /// 64 hex digits; only in the journal's text, where caseload wrote it.
  public var publicKey: String?
  /// `SHA256:…`; only in the journal's text.
  public var fingerprint: String?
  public var on: Day
  public var replace: Bool

  public init(file: String?, publicKey: String?, fingerprint: String?, on: Day, replace: Bool) {
    self.file = file
    self.publicKey = publicKey
    self.fingerprint = fingerprint
    self.on = on
    self.replace = replace
  }
}

/// `person import`: the file to read (a path, or `sha256:…` for a copy the store keeps) and
/// the new case's id, reception date and decision.
public struct ImportRequest: Equatable, Sendable {
  public var source: String
  public var id: PersonID
  public var received: Day
  public var decision: String?

  /// The 64 hex digits when `source` names a file by its digest (`sha256:…`), as the journal does.
  public var digest: String? { ImportRequest.digest(in: source) }

  /// The 64 hex digits of `sha256:…`; nil for anything else (a path).
  public static func digest(in source: String) -> String? {
    guard source.hasPrefix("sha256:") else { return nil }
    let hex = source.dropFirst("sha256:".count)
    guard hex.count == 64, hex.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
    return String(hex)
  }
}

/// A command on the journal (§8).
public enum AuditCommand: Equatable, Sendable {
  case log(last: Int?, person: PersonID?, officer: String?, format: OutputFormat?)
  case show(seq: Int)
  /// Checks the chain and replays the journal; with a kept head, also that its entry's hash
  /// is the one kept.
  case verify(head: KeptHead?)
  /// The journal's head, signed with the ward key when there is one.
  case head(format: OutputFormat?)
  /// Plays the journal back to `limit` (all of it when nil), into `directory` or as a view.
  case replay(limit: ReplayLimit?, directory: String?, echo: Bool)
  case replayOff
  /// A query command, run on the state as it was at the end of a day; `offset` is where the
  /// command's text starts in the line, for carets.
  case asOf(Day, command: String, offset: Int)
  case why(PersonID, format: OutputFormat?)
}

/// A head kept from earlier (printed on a report, or by `audit head`): `N:HASH`, the hash in
/// full or a prefix of at least 12 hex digits.
public struct KeptHead: Equatable, Sendable {
  public var seq: Int
  /// Lower-case hex, 12 to 64 digits.
  public var hash: String

  public init(seq: Int, hash: String) {
    self.seq = seq
    self.hash = hash
  }

  /// Reads `N:HASH`.
  public init(_ text: String) throws {
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, let seq = Int(parts[0]), seq > 0 else {
      throw LanguageError(
        "head= needs an entry and its hash, N:HASH (e.g. head=8:2d2270468ab1), not '\(text)'")
    }
    let hash = parts[1].lowercased()
    guard hash.count <= 64, hash.allSatisfy({ $0.isHexDigit }) else {
      throw LanguageError(
        "'\(String(parts[1]))' is not a hash: give the 64 hex digits, or at least the first 12")
    }
    guard hash.count >= 12 else {
      throw LanguageError(
        "the kept hash '\(String(parts[1]))' is too short to tell histories apart: give at least its first 12 hex digits"
      )
    }
    self.init(seq: seq, hash: hash)
  }
}

/// How far `audit replay` plays.
public enum ReplayLimit: Equatable, Sendable {
  /// Up to and including this sequence number.
  case seq(Int)
  /// Every entry recorded on or before this day (in the time zone it was recorded in).
  case recorded(Day)
}

/// What resolution may use: the state (for names and defaults) and today's date.
public struct ResolveContext: Sendable {
  public let state: State
  /// Today, for `today`, `yesterday` and default dates; nil when replaying canonical text.
  public let today: Day?
  public init(state: State, today: Day?) {
    self.state = state
    self.today = today
  }

  /// Today, or an error for replayed text, which must say every date itself.
  public func requireToday(for what: String) throws -> Day {
    guard let today else { throw LanguageError("\(what) needs an explicit date when replayed") }
    return today
  }
}

/// One command, declared once: its words, arguments, help, and how it becomes an action.
///
/// Commands are made by the factories in `CommandSpec+Factories.swift`, which derive the
/// slots, keys and flags from a `CommandArguments` type and the effect from what `build`
/// returns, so that the two cannot disagree.
public struct CommandSpec: Sendable {
  /// The words that name the command; the first is canonical, the others aliases.
  public let paths: [[String]]
  public let summary: String
  /// The slots, keys and flags, made when the command is first parsed, helped or completed:
  /// a run that uses one command makes that command's declaration alone.
  private let lazyDeclarations: Lazily<Declarations>
  /// The slots, keys and flags together, made on first use.
  var declarations: Declarations { lazyDeclarations.value }
  public var slots: [Slot] { declarations.slots }
  public var keys: [Key] { declarations.keys }
  public var flags: [Flag] { declarations.flags }
  public let effect: Effect
  public let reads: Reads
  /// Whether, played back, it may change records it does not name (retiring a supervisor
  /// ends assignments in persons' records; an undo restores whatever it reverses).
  public let changesUnnamed: Bool
  /// Fills in defaults (dates, ids, `by=`) so that the canonical text says everything.
  let fill: @Sendable (inout Arguments, ResolveContext) throws -> Void
  /// Builds the action from complete arguments.
  let build: @Sendable (Arguments) throws -> Action

  init(
    _ path: String, aliases: [String], _ summary: String,
    declared: @escaping @Sendable () -> [Declared], effect: Effect, reads: Reads, changesUnnamed: Bool,
    fill: @escaping @Sendable (inout Arguments, ResolveContext) throws -> Void,
    build: @escaping @Sendable (Arguments) throws -> Action
  ) {
    paths = ([path] + aliases).map { $0.split(separator: " ").map(String.init) }
    self.summary = summary
    lazyDeclarations = Lazily { Declarations(declared()) }
    name = paths[0].joined(separator: " ")
    self.effect = effect
    self.reads = reads
    self.changesUnnamed = changesUnnamed
    self.fill = fill
    self.build = build
  }

  /// The command's canonical words, `person add`.
  public let name: String

  /// The key called `name`, compared without case.
  public func key(named name: String) -> Key? {
    let index = declarations.keyIndex
    return (index[name] ?? index[name.lowercased()]).map { keys[$0] }
  }

  /// `person add NAME born=DATE released=DATE [gender=male|female] …`
  public var usage: String {
    var parts = [name]
    for slot in slots {
      let text = slot.rest ? "\(slot.name)…" : slot.name
      parts.append(slot.optional ? "[\(text)]" : text)
    }
    for key in keys where !key.isInternal {
      let text = "\(key.name)=\(key.kind.placeholder)"
      parts.append(key.required ? text : "[\(text)]")
    }
    parts += flags.map { "[\($0.name)]" }
    return parts.joined(separator: " ")
  }
}

/// A command's slots, keys and flags, sorted out of its declaration in order.
struct Declarations: Sendable {
  var slots: [Slot] = []
  var keys: [Key] = []
  var flags: [Flag] = []
  /// Each key's place in `keys`, by its name in lower case.
  var keyIndex: [String: Int] = [:]

  init(_ declared: [Declared]) {
    for item in declared {
      switch item {
      case .slot(let slot): slots.append(slot)
      case .key(let key):
        keyIndex[key.name.lowercased()] = keys.count
        keys.append(key)
      case .flag(let flag): flags.append(flag)
      }
    }
  }
}

/// A value made on first use, once, whichever thread asks first; once made, it is read
/// without taking the lock (playback asks for a command's declaration several times an entry).
final class Lazily<Value: Sendable>: @unchecked Sendable {
  private let lock = Mutex(())
  /// Set, with release ordering, only after `made` is written; `made` never changes after.
  private let isMade = Atomic<Bool>(false)
  private var made: Value?
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var value: Value {
    if isMade.load(ordering: .acquiring), let made { return made }
    return lock.withLock { _ in
      if let made { return made }
      let value = make()
      made = value
      isMade.store(true, ordering: .releasing)
      return value
    }
  }
}
