import CaseloadCore
import CaseloadLanguage
import CaseloadStore

/// A state played back from the journal, shown read-only instead of the live store.
struct ReplayView {
  var state: State
  /// Where the playback stopped, for messages.
  var label: Message
  /// Where it stopped, short, for the prompt: `seq 60` or `2026-11-01`.
  var tag: String
}

/// `audit verify` found something wrong; its message is the verdict.
struct AuditFailure: Error, CustomStringConvertible {
  let description: String
}

extension Session {
  func runAudit(_ command: AuditCommand) throws {
    switch command {
    case .log(let last, let person, let officer, let chosen):
      var entries = try store.entries()
      if let officer {
        entries = entries.filter { Folding.fold($0.officer) == Folding.fold(officer) }
      }
      if let person {
        let changing = try entriesChanging(person)
        entries = entries.filter { changing.contains($0.seq) }
      }
      if let last { entries = Array(entries.suffix(last)) }
      show(logReport(entries), as: chosen)
    case .show(let seq):
      try show(seq)
    case .verify(let kept):
      switch store.verify(warn: { warn($0) }) {
      case .ok(let count):
        if let kept { try check(kept) }
        say("ok: \(counted(count, "entry", "entries"))")
      case .bad(let message): throw AuditFailure(description: "audit verify: \(message)")
      }
    case .head(let chosen):
      try showHead(as: chosen)
    case .replay(let limit, let directory, let echo):
      try replay(limit: limit, into: directory, echo: echo)
    case .replayOff:
      guard view != nil else { throw SessionError("no replay is being viewed") }
      view = nil
      say("back to the live store")
    case .asOf(let day, let text, let offset):
      try asOf(day, text, offset: offset)
    case .why(let person, let chosen):
      show(try why(person), as: chosen)
    }
  }

  /// `audit verify head=N:HASH`: entry N's hash must begin with the kept one.
  private func check(_ kept: KeptHead) throws {
    let entries = try store.entries()
    guard kept.seq <= entries.count else {
      throw SessionError(
        "audit verify: the journal ends at entry \(entries.count), before the kept entry \(kept.seq): entries were removed, or the head is another store's"
      )
    }
    let hash = entries[kept.seq - 1].hash
    guard hash.hasPrefix(kept.hash) else {
      throw SessionError(
        "audit verify: entry \(kept.seq) has hash \(String(hash.prefix(12)))…, not the kept \(String(kept.hash.prefix(12)))…: the history up to entry \(kept.seq) was rewritten"
      )
    }
  }

  /// `audit head`: `entry N, hash H`, and the ward key's signature over it when the key file is there.
  private func showHead(as chosen: OutputFormat?) throws {
    let head = try store.signedHead(keyPath: keyPath)
    if (chosen ?? format) == .table {
      var lines: [Message] = ["entry \(head.seq), hash \(head.hash)"]
      if let signature = head.signature, let fingerprint = head.keyFingerprint {
        lines.append("signed by \(head.ward ?? "") with the key \(fingerprint): \(signature)")
      }
      for line in lines { say(line) }
      return
    }
    let text = { (value: String?) in value.map(Field.text) ?? .null }
    show(
      Report(
        body: .record(
          Record([
            ("seq", .number(head.seq)), ("hash", .text(head.hash)), ("at", text(head.at)),
            ("ward", text(head.ward)),
            ("keyFingerprint", text(head.keyFingerprint)), ("signature", text(head.signature)),
          ]))), as: chosen)
  }

  /// The entries up to `limit`: a sequence number, or the last day on which they were recorded
  /// (the date of the journal timestamp, in the zone it was written in).
  private func entries(upTo limit: ReplayLimit?) throws -> [JournalEntry] {
    let entries = try store.entries()
    switch limit {
    case nil: return entries
    case .seq(let seq):
      guard seq <= entries.count else {
        throw SessionError(
          "the journal has \(counted(entries.count, "entry", "entries")); there is no entry \(seq)")
      }
      return Array(entries.prefix(seq))
    case .recorded(let day):
      return Array(entries.prefix { $0.at.prefix(10) <= day.description })
    }
  }

  private func played(_ entries: [JournalEntry]) throws -> Playback {
    try Playback.played(entries, registry: registry, imports: store.imports)
  }

  private func logReport(_ entries: [JournalEntry]) -> Report {
    let rows = entries.map { entry in
      Record([
        ("seq", .number(entry.seq)), ("at", .text(entry.at)), ("officer", .text(entry.officer)),
        ("command", .text(entry.command)),
        ("hash", .annotated(.text(entry.hash), table: String(entry.hash.prefix(12)))),
      ])
    }
    return Report(body: .rows(rows), columns: ["seq", "at", "officer", "command", "hash"])
  }

  /// The sequence numbers of the entries that changed `person`.
  private func entriesChanging(_ person: PersonID) throws -> Set<Int> {
    let entries = try store.entries()
    var playback = Playback(registry: registry, planning: entries, imports: store.imports)
    var seqs = Set<Int>()
    for entry in entries where try playback.play(entry).touched.persons.contains(person) {
      seqs.insert(entry.seq)
    }
    return seqs
  }

  /// `#12 2026-11-27T10:00:00+07:00 "officer": command`, then its effect, indented.
  private func describe(_ entry: JournalEntry, effect: [String]) -> String {
    let transaction = entry.transaction.map { " tx=\($0.lowerBound)-\($0.upperBound)" } ?? ""
    let head =
      "#\(entry.seq) \(entry.at) \(Lexer.quote(entry.officer, always: true))\(transaction): \(entry.command)"
    // The journal's text as it was written (perhaps before control and format characters were
    // refused), shown so that it cannot drive the terminal.
    return TextCharacters.escaped(
      ([head] + (effect.isEmpty ? ["(no field changed)"] : effect).map { "  " + $0 }).joined(separator: "\n"))
  }

  private func show(_ seq: Int) throws {
    let entries = try entries(upTo: .seq(seq))
    guard seq >= 1 else { throw SessionError("journal entries are numbered from 1") }
    var playback = Playback(registry: registry, planning: entries, imports: store.imports)
    for entry in entries.dropLast() { try playback.play(entry) }
    let effect = try play(entries[seq - 1], showing: &playback)
    console.out(describe(entries[seq - 1], effect: effect) + "\n  hash \(entries[seq - 1].hash)")
  }

  /// Plays `entry` and returns what it changed, field by field.
  private func play(_ entry: JournalEntry, showing playback: inout Playback) throws -> [String] {
    let before = playback.state
    let outcome = try playback.play(entry)
    return Store.changes(from: before, to: playback.state, touched: outcome.touched)
  }

  private func replay(limit: ReplayLimit?, into directory: String?, echo: Bool) throws {
    if let directory { try store.refuseOutputInside(directory) }
    let entries = try entries(upTo: limit)
    // A new store plays the entries itself as it opens; play them here to show or view them.
    let playsHere = echo || directory == nil
    var playback = Playback(
      registry: registry, planning: entries, imports: store.imports, parseAhead: playsHere ? nil : false)
    for entry in entries where playsHere {
      if echo {
        console.out(describe(entry, effect: try play(entry, showing: &playback)))
      } else {
        try playback.play(entry)
      }
    }
    let through: Message = entries.last.map { "entry \($0.seq), recorded \($0.at)" } ?? "no entry"
    if let directory {
      let created = try Store.create(
        at: directory, entries: entries, officer: store.officer, imports: store.imports)
      say("replayed \(counted(entries.count, "entry", "entries")) into \(created.path), through \(through)")
    } else {
      let tag: String
      switch limit {
      case .recorded(let day): tag = day.description
      case .seq(let seq): tag = "seq \(seq)"
      case nil: tag = "seq \(entries.count)"
      }
      view = ReplayView(state: playback.state, label: through, tag: tag)
      say("viewing the state after \(through): read-only; 'audit replay off' returns to the live store")
    }
  }

  private func asOf(_ day: Day, _ text: String, offset: Int) throws {
    let recorded = try entries(upTo: .recorded(day))
    if recorded.isEmpty {
      let first: Message =
        try store.entries().first.map { "the first entry was recorded on \(String($0.at.prefix(10)))" }
        ?? "the journal is empty"
      console.warning(
        localizer.say(
          "note: nothing had been recorded by the end of \(day); as-of goes by the day entries were recorded, and \(first)"
        ))
    }
    let state = try played(recorded).state
    do {
      guard case .invocation(let invocation) = try registry.parse(text) else {
        throw LanguageError("'as-of' needs a complete query command after the date")
      }
      guard
        case .query(let query, let chosen) = try invocation.resolve(
          in: ResolveContext(state: state, today: today))
      else {
        throw LanguageError("'as-of' runs query commands only; '\(invocation.spec.name)' is not one")
      }
      if case .report(_, _, let page?) = query { return try printPage(query, page, past: state) }
      show(try state.answer(query, today: today), as: chosen)
    } catch let error as LanguageError {
      throw LanguageError(
        error.said, at: error.range.map { ($0.lowerBound + offset)..<($0.upperBound + offset) })
    }
  }

  /// The entries that made the person's current lead, helpers, group and status what they are.
  private func why(_ id: PersonID) throws -> Report {
    let entries = try store.entries()
    var playback = Playback(registry: registry, planning: entries, imports: store.imports)
    var reasons: [String: (now: String, entry: JournalEntry)] = [:]
    for entry in entries {
      let before = playback.state.persons[id]
      guard try playback.play(entry).touched.persons.contains(id), let after = playback.state.persons[id]
      else {
        continue
      }
      for (what, now) in aspects(after) where before.map({ aspects($0)[what] != now }) ?? true {
        reasons[what] = (now, entry)
      }
    }
    guard let person = playback.state.persons[id] else { throw DomainError("no person \(id)") }
    let current = aspects(person)
    let rows = reasons.filter { current[$0.key] == $0.value.now }.sorted {
      $0.value.entry.seq < $1.value.entry.seq
    }
    .map { what, reason in
      // A lead or helper is a supervisor, named in tables.
      let now = SupervisorID(parsing: reason.now).map {
        Field.named(reason.now, name: playback.state.supervisors[$0]?.name)
      }
      return Record([
        ("what", .word(what.hasPrefix("helper ") ? "helper" : what)), ("now", now ?? .word(reason.now)),
        ("seq", .number(reason.entry.seq)),
        ("at", .text(reason.entry.at)), ("officer", .text(reason.entry.officer)),
        ("command", .text(reason.entry.command)),
      ])
    }
    return Report(body: .rows(rows), columns: ["what", "now", "seq", "at", "officer", "command"])
  }

  /// What `why` explains: `lead`, one `helper Sn` per current helper, `group`, `status`.
  private func aspects(_ person: Person) -> [String: String] {
    var aspects = [
      "lead": person.leadAssignment?.supervisor.description ?? "none",
      "group": person.group?.rawValue ?? "unclassified",
      "status": person.status.rawValue + (person.reason.map { " (\($0.rawValue))" } ?? ""),
    ]
    for helper in person.helpers { aspects["helper \(helper)"] = helper.description }
    return aspects
  }
}
