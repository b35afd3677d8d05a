import CaseloadCore

let auditCommands: [CommandSpec] = [
  CommandSpec(
    "audit log", "journal entries: seq, when, officer, command, hash",
    keys: [
      Key("last", .count, "only the last N entries"),
      Key("person", .person, "only entries that changed this person"),
      Key("officer", .text, "only entries recorded by this officer"), formatKey,
    ], effect: .audit,
    build: { arguments in
      .audit(
        .log(
          last: arguments.number("last"), person: arguments.person("person"),
          officer: arguments.text("officer"), format: arguments.format))
    }),
  CommandSpec(
    "audit show", "one journal entry and its effect: each field it changed, before → after",
    slots: [Slot("SEQ", .count)], effect: .audit,
    build: { arguments in .audit(.show(seq: arguments.number("SEQ")!)) }),
  CommandSpec(
    "audit verify", "check the hash chain, replay the journal and compare with every file",
    effect: .audit, build: { _ in .audit(.verify) }),
  CommandSpec(
    "audit replay", "play the journal back into a new store (to=) or as a read-only view",
    keys: [
      Key("until", .date, "entries recorded on or before this day"),
      Key("seq", .count, "entries up to this sequence number"),
      Key("to", .text, "a new store directory to build"),
    ],
    flags: [
      Flag("echo", "print each entry and its effect as it plays"),
      Flag("off", "leave the view and return to the live store"),
    ], effect: .audit,
    build: { arguments in
      let until = arguments.day("until")
      let seq = arguments.number("seq")
      let directory = arguments.text("to")
      let echo = arguments.flags.contains("echo")
      if arguments.flags.contains("off") {
        guard until == nil, seq == nil, directory == nil, !echo else {
          throw LanguageError("'audit replay off' takes nothing else")
        }
        return .audit(.replayOff)
      }
      if until != nil, seq != nil { throw LanguageError("give until= or seq=, not both") }
      let limit = seq.map(ReplayLimit.seq) ?? until.map(ReplayLimit.recorded)
      return .audit(.replay(limit: limit, directory: directory, echo: echo))
    }),
  CommandSpec(
    "as-of", "run a query on the state as recorded at the end of a day",
    slots: [Slot("DATE", .date), Slot("COMMAND", .text, command: true)], effect: .audit,
    build: { arguments in
      guard let nested = arguments.nestedCommand else {
        throw LanguageError("'as-of' needs a query command after the date; usage: as-of DATE COMMAND")
      }
      return .audit(.asOf(arguments.day("DATE")!, command: nested.text, offset: nested.offset))
    }),
  CommandSpec(
    "why", "the journal entries behind a person's current lead, helpers, group and status",
    slots: [Slot("PERSON", .person)], keys: [formatKey], effect: .audit,
    build: { arguments in .audit(.why(arguments.person("PERSON")!, format: arguments.format)) }),
  CommandSpec(
    "undo", "reverse your last change or transaction (or entry SEQ) with a compensating entry",
    slots: [Slot("SEQ", .text, optional: true)], effect: .mutation, reads: .everything,
    changesUnnamed: true,
    build: { arguments in .audit(.undo(try arguments.text("SEQ").map(entryRange))) }),
]

/// `12` or `10-12`: the entries an undo reverses.
func entryRange(_ text: String) throws -> ClosedRange<Int> {
  let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
  switch bounds.count {
  case 1: if let seq = bounds[0], seq > 0 { return seq...seq }
  case 2: if let low = bounds[0], let high = bounds[1], low > 0, low <= high { return low...high }
  default: break
  }
  throw LanguageError(
    "'\(text)' is not a journal entry; give a sequence number like 12 or a range like 10-12")
}

extension AuditCommand {
  /// The journal line of an undo: `undo 12` or `undo 10-12`.
  public static func undoText(_ entries: ClosedRange<Int>) -> String {
    entries.count == 1 ? "undo \(entries.lowerBound)" : "undo \(entries.lowerBound)-\(entries.upperBound)"
  }
}
