import CaseloadCore
import CaseloadLanguage

/// A record as the journal sees it: what an entry can change.
enum RecordKey: Hashable, CustomStringConvertible {
  /// What `store.plist` holds besides the id counters: the visit policy and the ward.
  case settings
  case person(PersonID)
  case supervisor(SupervisorID)

  static func keys(_ touched: Touched) -> [RecordKey] {
    (touched.settings ? [.settings] : []) + touched.persons.sorted().map(RecordKey.person)
      + touched.supervisors.sorted().map(RecordKey.supervisor)
  }

  var description: String {
    switch self {
    case .settings: "settings"
    case .person(let id): id.description
    case .supervisor(let id): id.description
    }
  }
}

/// The one path by which canonical text changes a state, live or played back: the language
/// reads it, the core applies it. An `undo` entry restores records through `restoration`.
func apply(
  canonical: String, parsed: Invocation? = nil, to state: inout State, today: Day?, registry: Registry,
  imports: ImportShelf, restoration: (ClosedRange<Int>) throws -> Restoration
) throws -> Outcome {
  let invocation = try parsed ?? registry.canonicalInvocation(canonical)
  switch try registry.journalCommand(fromCanonical: canonical, parsed: invocation, in: state) {
  case .mutation(let mutation):
    // A journaled key names its fingerprint for `ward show` and the audit log; it must be the key's.
    if case .createWardKey(let publicKey, let fingerprint, _, _) = mutation,
      WardKeys.fingerprint(publicKey: publicKey) != fingerprint
    {
      throw DomainError("the fingerprint \(fingerprint) is not that of the public key \(publicKey)")
    }
    return try state.apply(mutation, today: today)
  case .undo(let entries): return try state.restore(restoration(entries))
  case .importCase(let request):
    let (sent, digest) = try imports.load(request)
    return try state.apply(
      .importPerson(
        request.id, sent, digest: digest, received: request.received, decision: request.decision),
      today: today)
  }
}

/// Plays journal entries, from the first, into an empty state.
///
/// An `undo` entry puts records back as they were before the entries it reverses, so a
/// playback reads ahead for the undo entries it will meet and keeps the states they need.
public struct Playback {
  public private(set) var state = State()
  /// The sequence number of the last entry played.
  public private(set) var seq = 0
  private let registry: Registry
  /// Where imported cases' transfer files are kept.
  private let imports: ImportShelf
  /// The entry that last changed each record, and its command.
  private var lastChange: [RecordKey: (seq: Int, command: String)] = [:]
  /// States after the entries whose number is a key (0: before the first): just before
  /// each range that an undo entry reverses.
  private var snapshots: [Int: State] = [:]
  private let snapshotPoints: Set<Int>
  /// What each entry inside an undone range changed, its command and who recorded it.
  private var changed: [Int: (touched: Touched, command: String, officer: String)] = [:]
  private let undoneEntries: Set<Int>
  /// The planned entries' commands, parsed on a second thread (a long journal's only), and
  /// the sequence number of the first.
  private let ahead: (parser: ParseAhead, first: Int)?
  /// Journals this long are parsed ahead; a shorter one is parsed as it plays.
  static let parseAheadFrom = 2 * ParseAhead.chunk

  /// Prepares to play `entries`, keeping what their undo entries (and `alsoUndoing`) need.
  /// `parseAhead` says whether to parse them on a second thread (by default, when long).
  public init(
    registry: Registry = .standard, planning entries: [JournalEntry], imports: ImportShelf,
    alsoUndoing: ClosedRange<Int>? = nil, parseAhead: Bool? = nil
  ) {
    self.registry = registry
    self.imports = imports
    ahead =
      (parseAhead ?? (entries.count >= Self.parseAheadFrom))
      ? entries.first.map { (ParseAhead(entries.map(\.command), registry: registry), $0.seq) } : nil
    var ranges = alsoUndoing.map { [$0] } ?? []
    for entry in entries where entry.command.hasPrefix("undo ") {
      if case .undo(let range)? = try? registry.journalCommand(fromCanonical: entry.command, in: State()) {
        ranges.append(range)
      }
    }
    snapshotPoints = Set(ranges.map { $0.lowerBound - 1 })
    undoneEntries = Set(ranges.flatMap { Array($0) })
    if snapshotPoints.contains(0) { snapshots[0] = state }
  }

  /// A playback of `entries` from the first: the one way to play a journal through.
  public static func played(
    _ entries: [JournalEntry], registry: Registry = .standard, imports: ImportShelf,
    alsoUndoing: ClosedRange<Int>? = nil
  ) throws(StoreError) -> Playback {
    var playback = Playback(registry: registry, planning: entries, imports: imports, alsoUndoing: alsoUndoing)
    for entry in entries { try playback.play(entry) }
    return playback
  }

  /// Plays the next entry; an entry that cannot be played is a journal that does not hold together.
  @discardableResult
  public mutating func play(_ entry: JournalEntry) throws(StoreError) -> Outcome {
    guard entry.seq == seq + 1 else {
      throw .inconsistent("journal entry \(entry.seq) follows entry \(seq)")
    }
    let outcome: Outcome
    do {
      // The state moves out while it changes, so that the restoration closure may read `self`.
      var next = state
      state = State()
      defer { state = next }
      let parsed = ahead.flatMap { $0.parser.invocation(at: entry.seq - $0.first, command: entry.command) }
      outcome = try apply(
        canonical: entry.command, parsed: parsed, to: &next, today: nil, registry: registry,
        imports: imports, restoration: { try restoration(undoing: $0) })
    } catch {
      throw .inconsistent("journal entry \(entry.seq) cannot be played back: \(error)")
    }
    seq = entry.seq
    // Which entry last changed each record matters only to an undo this playback plans for.
    if !snapshotPoints.isEmpty {
      for key in RecordKey.keys(outcome.touched) { lastChange[key] = (seq, entry.command) }
    }
    if undoneEntries.contains(seq) { changed[seq] = (outcome.touched, entry.command, entry.officer) }
    if snapshotPoints.contains(seq) { snapshots[seq] = state }
    return outcome
  }

  /// The records `entries` changed, as they were before them; refused when a later entry
  /// (or `alsoChanged`, a transaction's staged work) has changed one of those records since.
  /// Its summary notes entries recorded by someone other than `officer`.
  func restoration(
    undoing entries: ClosedRange<Int>, alsoChanged: Touched = Touched(), officer: String? = nil
  ) throws -> Restoration {
    guard entries.upperBound <= seq else {
      throw DomainError("there is no journal entry \(entries.upperBound) to undo yet")
    }
    guard let before = snapshots[entries.lowerBound - 1] else {
      throw DomainError("entries \(entries) were not planned for undo")
    }
    var touched = Touched()
    for entry in entries { touched.formUnion(changed[entry]?.touched ?? Touched()) }
    let staged = Set(RecordKey.keys(alsoChanged))
    for key in RecordKey.keys(touched) {
      if let later = lastChange[key], later.seq > entries.upperBound {
        throw DomainError(
          "cannot undo \(Playback.describe(entries)): \(key) has changed since, in entry \(later.seq) (\(later.command)); undoing would overwrite that"
        )
      }
      if staged.contains(key) {
        throw DomainError(
          "cannot undo \(Playback.describe(entries)): this transaction has changed \(key) since")
      }
    }
    var summary = summary(undoing: entries)
    let others = Set(entries.compactMap { changed[$0]?.officer }).subtracting(officer.map { [$0] } ?? [])
    if officer != nil, !others.isEmpty {
      summary += " (recorded by officer \(others.sorted().joined(separator: ", ")))"
    }
    var restoration = Restoration(summary: summary)
    for id in touched.persons { restoration.persons[id] = .some(before.persons[id]) }
    for id in touched.supervisors { restoration.supervisors[id] = .some(before.supervisors[id]) }
    if touched.settings { restoration.settings = before.settings }
    return restoration
  }

  /// `undid entry 88: supervisor add …`; reversing an undo redoes what it undid, so it reads
  /// `redid entry 88: supervisor add …` (and reversing that, `undid entry 88 again: …`).
  private func summary(undoing entries: ClosedRange<Int>, depth: Int = 0) -> Message {
    if entries.count == 1, let command = changed[entries.lowerBound]?.command, command.hasPrefix("undo "),
      case .undo(let inner)? = try? registry.journalCommand(fromCanonical: command, in: State()),
      depth < 64
    {
      return summary(undoing: inner, depth: depth + 1)
    }
    let redoing = depth % 2 == 1
    let again: Message = depth >= 2 ? " again" : ""
    if entries.count == 1 {
      let command = changed[entries.lowerBound]?.command ?? ""
      let verb: Message =
        redoing ? "redid entry \(entries.lowerBound)" : "undid entry \(entries.lowerBound)"
      return verb + again + ": \(command)"
    }
    let verb: Message =
      redoing
      ? "redid entries \(entries.lowerBound)–\(entries.upperBound)"
      : "undid entries \(entries.lowerBound)–\(entries.upperBound)"
    return verb + again + " (a transaction of \(entries.count))"
  }

  static func describe(_ entries: ClosedRange<Int>) -> Message {
    entries.count == 1 ? "entry \(entries.lowerBound)" : "entries \(entries.lowerBound)-\(entries.upperBound)"
  }
}
