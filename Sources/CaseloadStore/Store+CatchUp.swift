import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

/// Catching up: entries other sessions appended are played into this session's state through
/// the replay path, the one way a canonical command changes a state.
extension Store {
  /// Catches up with entries other sessions appended since this one last looked, through the
  /// replay path. Does nothing inside a write, which already holds the latest state, nor on
  /// a store with a known problem, which stays as it was loaded, for reading.
  public func refresh() throws(StoreError) {
    guard staged.isEmpty, problem == nil else { return }
    let size = FileIO.size(journalPath)
    guard size != head.bytes else { return }
    guard size > head.bytes else {
      let error = StoreError.inconsistent(
        "the journal shrank to \(size) bytes while open (\(head.bytes) expected)")
      problem = error
      throw error
    }
    let (entries, bytes) = try refuseUnreadable { () throws(StoreError) in try readJournal(after: head).read }
    try replay(entries)
    head.bytes += bytes
  }

  /// Runs `read`; a journal it finds unreadable becomes the store's problem, so that every
  /// write is refused from then on, naming the entry (as for a journal shorter than recorded).
  func refuseUnreadable<T>(_ read: () throws(StoreError) -> T) throws(StoreError) -> T {
    do {
      return try read()
    } catch {
      if case .unreadable = error { problem = problem ?? error }
      throw error
    }
  }

  /// The one way a command changes the live state, typed (with today) or caught up (without).
  /// An undo plays the whole journal back to find the records as they were before.
  func apply(canonical: String, parsed: Invocation? = nil, today: Day?) throws -> Outcome {
    try CaseloadStore.apply(
      canonical: canonical, parsed: parsed, to: &state, today: today, registry: registry, imports: imports,
      restoration: { entries in
        let playback = try Playback.played(
          self.entries(), registry: self.registry, imports: self.imports, alsoUndoing: entries)
        return try playback.restoration(undoing: entries, alsoChanged: self.touched, officer: self.officer)
      })
  }

  private func replay(_ entries: [JournalEntry]) throws(StoreError) {
    for entry in entries {
      do {
        if isComplete {
          unsaved.formUnion(try apply(canonical: entry.command, today: nil).touched)
        } else {
          try catchUp(entry)
        }
      } catch {
        let failure = StoreError.inconsistent(
          "journal entry \(entry.seq) cannot be played back: \(error)")
        problem = failure
        throw failure
      }
      head.entries = entry.seq
      head.hash = entry.hash
    }
  }

  /// Catches up a state that holds only some records: an entry whose records are all here
  /// goes through the replay path; otherwise the records it names are forgotten, to be read
  /// again from their files, which include it. An entry that may change records it does not
  /// name (a retirement, an undo) makes the session forget every record.
  func catchUp(_ entry: JournalEntry) throws {
    guard case .invocation(let invocation) = try registry.parse(entry.command, journaled: true) else {
      throw LanguageError("not a complete command: \(entry.command)")
    }
    if invocation.spec.changesUnnamed {
      state.persons = [:]
      state.supervisors = [:]
      headerStale = true
      unsavedKnown = false
      return
    }
    guard case .records(let persons, let supervisors) = invocation.named else { return }
    let present =
      persons.allSatisfy { state.persons[$0] != nil }
      && supervisors.allSatisfy { state.supervisors[$0] != nil }
    if present {
      unsaved.formUnion(try apply(canonical: entry.command, today: nil).touched)
    } else {
      unsavedKnown = false
      noteCreatedID(invocation)
      for id in persons { state.persons[id] = nil }
      for id in supervisors { state.supervisors[id] = nil }
    }
  }

  /// Moves the id counters past an id the entry creates, whether or not it is applied here.
  func noteCreatedID(_ invocation: Invocation) {
    guard let text = invocation.word("id") else { return }
    if let id = PersonID(parsing: text) { state.nextPerson = max(state.nextPerson, PersonID(id.number + 1)) }
    if let id = SupervisorID(parsing: text) {
      state.nextSupervisor = max(state.nextSupervisor, SupervisorID(id.number + 1))
    }
    if let id = VisitID(parsing: text) { state.nextVisit = max(state.nextVisit, VisitID(id.number + 1)) }
    if let id = SupportID(parsing: text) {
      state.nextSupport = max(state.nextSupport, SupportID(id.number + 1))
    }
    if let id = TeamID(parsing: text) { state.nextTeam = max(state.nextTeam, TeamID(id.number + 1)) }
  }
}
