import CaseloadCore

private struct AuditLog: CommandArguments {
  let last = OptionalArgument<Int>.key("last", "only the last N entries")
  let person = OptionalArgument<PersonID>.key("person", "only entries that changed this person")
  let officer = OptionalArgument<String>.key("officer", "only entries recorded by this officer")
  let format = formatKey
}

private struct AuditShow: CommandArguments {
  let seq = RequiredArgument<Int>.slot("SEQ")
}

private struct AuditVerify: CommandArguments {
  let head = OptionalArgument<String>.key(
    "head",
    "also check that entry N's hash is HASH (N:HASH, from a report or audit head; 12 hex digits or more)")
}

private struct AuditHead: CommandArguments {
  let format = formatKey
}

private struct AuditReplay: CommandArguments {
  let until = OptionalArgument<Day>.key("until", "entries recorded on or before this day")
  let seq = OptionalArgument<Int>.key("seq", "entries up to this sequence number")
  let to = OptionalArgument<String>.key("to", "a new store directory to build")
  let echo = FlagArgument("echo", "print each entry and its effect as it plays")
  let off = FlagArgument("off", "leave the view and return to the live store")
}

private struct AsOf: CommandArguments {
  let date = RequiredArgument<Day>.slot("DATE")
  let command = NestedCommandArgument("COMMAND")
}

private struct Why: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let format = formatKey
}

private struct Undo: CommandArguments {
  let seq = OptionalArgument<String>.slot("SEQ")
}

let auditCommands: [CommandSpec] = [
  .audit(
    "audit log", "journal entries: seq, when, officer, command, hash", AuditLog.self,
    build: { values in
      .log(last: values.last, person: values.person, officer: values.officer, format: values.format)
    }),
  .audit(
    "audit show", "one journal entry and its effect: each field it changed, before → after",
    AuditShow.self, build: { .show(seq: try $0.seq) }),
  .audit(
    "audit verify", "check the hash chain, replay the journal and compare with every file",
    AuditVerify.self, build: { values in .verify(head: try values.head.map(KeptHead.init)) }),
  .audit(
    "audit head", "the journal's last entry and hash, signed with the ward key, to keep",
    AuditHead.self, build: { values in .head(format: values.format) }),
  .audit(
    "audit replay", "play the journal back into a new store (to=) or as a read-only view",
    AuditReplay.self,
    build: { values in
      if values.off {
        guard values.until == nil, values.seq == nil, values.to == nil, !values.echo else {
          throw LanguageError("'audit replay off' takes nothing else")
        }
        return .replayOff
      }
      if values.until != nil, values.seq != nil { throw LanguageError("give until= or seq=, not both") }
      let limit = values.seq.map(ReplayLimit.seq) ?? values.until.map(ReplayLimit.recorded)
      return .replay(limit: limit, directory: values.to, echo: values.echo)
    }),
  .audit(
    "as-of", "run a query on the state as recorded at the end of a day", AsOf.self,
    build: { values in
      guard let nested = values.command else {
        throw LanguageError("'as-of' needs a query command after the date; usage: as-of DATE COMMAND")
      }
      return .asOf(try values.date, command: nested.text, offset: nested.offset)
    }),
  .audit(
    "why", "the journal entries behind a person's current lead, helpers, group and status",
    Why.self, build: { values in .why(try values.person, format: values.format) }),
  .undo(
    "undo", "reverse your last change or transaction (or entry SEQ) with a compensating entry",
    Undo.self, build: { values in try values.seq.map(entryRange) }),
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
